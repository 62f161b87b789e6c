import LLMNotesCore
import Testing

@testable import LLMNotesCLI

/// Runs the CLI in process on a console in memory. All runs share one loaded copy of the
/// built-in notes.
func run(_ words: String..., columns: Int = 100, terminal: Bool = false) -> CLI.Outcome {
  CLI.capture(
    words, environment: ["COLUMNS": String(columns)],
    terminal: TerminalFacts(isTerminal: terminal, columns: columns, rows: 40))
}

@Suite("CLI in process")
struct CLITests {
  @Test("--help and --version answer on stdout with status 0; every command has help")
  func helpAndVersion() {
    let help = run("--help")
    #expect(help.exitCode == .success)
    #expect(help.stdout.contains("Usage: llmnotes <command>"))
    #expect(help.stdout.contains("Exit status:"))
    #expect(run("--version").stdout == "llmnotes \(CLI.version)\n")
    for spec in Commands.specs where !spec.isHidden {
      let outcome = run(spec.name, "--help")
      #expect(outcome.exitCode == .success)
      #expect(outcome.stdout.contains("Usage: \(spec.usage)"))
      #expect(outcome.stdout.contains("Examples:\n  llmnotes "))
      #expect(help.stdout.contains("  \(spec.name) "))
    }
    #expect(run("help", "compare").stdout == run("compare", "--help").stdout)
  }

  @Test(
    "usage errors: one 'error:' line, the usage, where to look; status 2; nothing on stdout",
    arguments: [
      (["shwo", "bert"], "error: unknown command 'shwo'. Did you mean 'show'?"),
      (["--foo"], "error: unknown option '--foo'; a command comes first\n"),
      (["show"], "error: 'show' needs a <name>"),
      (["show", "--json"], "error: 'show' needs a <name>"),
      (["show", "bert", "--jsn"], "error: unknown option '--jsn' for 'show'. Did you mean '--json'?"),
      (["compare", "bert"], "error: 'compare' needs at least 2 <name> arguments"),
      (["show", "bert", "--task", "x"], "error: unknown option '--task' for 'show'\n"),
      (["list", "bert"], "error: 'list' takes no arguments, but was given 'bert'"),
      (["list", "--year", ">2020"], "error: '>2020' is not a year or a range"),
      (["list", "--year", ""], "error: '--year' needs a value, not an empty one"),
      (["list", "--kind", "gadget"], "error: no kind named 'gadget' (kinds: "),
      (["help", "nothing"], "error: unknown command 'nothing'\n"),
      (["search"], "error: 'search' needs a <text>"),
      (["search", "!!", "——"], "error: '!! ——' has no letters, digits or Chinese characters"),
      (["search", "rag", "--limit", "0"], "error: '--limit' needs a whole number from 1, not '0'"),
      (["graph", "bert", "--relation", "architectur"], "error: no relation named 'architectur'. Did you mean 'architecture'?"),
      (["graph", "bert", "--format", "png"], "error: 'png' is not a value of '--format'; use one of: text, dot, mermaid, json"),
      (["path", "bert"], "error: 'path' needs at least 2 <name> arguments"),
      (["path", "bert", "gpt", "--max-hops", "3"], "error: --max-hops and --limit go with --all"),
      (["timeline", "--from", "17"], "error: '17' is not a year; write four digits, e.g. 2017"),
      (["timeline", "--from", "2020", "--to", "2017"], "error: --from 2020 is after --to 2017"),
      (["list", "--sort", "size"], "error: 'size' is not a value of '--sort'; use one of: kind, id, title, year"),
    ])
  func usageErrors(words: [String], message: String) {
    let outcome = CLI.capture(words)
    #expect(outcome.exitCode == .usage)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.hasPrefix(message))
    #expect(outcome.stderr.contains("\nUsage: llmnotes "))
    #expect(outcome.stderr.hasSuffix("for more information.\n"))
    #expect(!outcome.stderr.contains("Error:"))
  }

  @Test("several words after show are one name")
  func showJoinsWords() {
    #expect(run("show", "gpt", "3.5").stdout == run("show", "gpt-3.5").stdout)
    #expect(run("show", "gpt", "3.5").stdout.hasPrefix("GPT-3.5"))
  }

  @Test("an unknown name suggests near names on stderr, status 1")
  func unknownName() {
    let outcome = run("show", "berts")
    #expect(outcome.exitCode == .notFound)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.contains("error: no topic named 'berts'"))
    #expect(outcome.stderr.contains("Did you mean: bert (BERT)"))
  }

  @Test("list filters: Chinese category names, singular and plural, Chinese kinds, year ranges")
  func listFilters() {
    let open = run("list", "--category", "开源模型")
    #expect(open.exitCode == .success)
    #expect(open.stdout.contains("bert "))
    #expect(run("list", "--categories", "open-source-model").stdout == open.stdout)
    #expect(run("list", "--kind", "模型").stdout == run("list", "--kind", "model").stdout)
    #expect(run("list", "--kind", "面试题").stdout.contains("llm-architecture-overview"))
    #expect(run("list", "--task", "摘要").stdout == run("list", "--task", "summarization").stdout)
    #expect(run("list", "--task", "ner").stdout.contains("electra"))
  }

  @Test("list --year 2019..2020 lists only topics of those years")
  func yearRange() throws {
    let outcome = run("list", "--kind", "model", "--year", "2019..2020", "--json")
    #expect(outcome.exitCode == .success)
    let years = outcome.stdout.split(separator: "\n").filter { $0.contains("\"year\":") }
      .compactMap { Int($0.filter(\.isNumber)) }
    #expect(!years.isEmpty)
    #expect(years.allSatisfy { (2019...2020).contains($0) })
    #expect(Set(years) == [2019, 2020])
  }

  @Test("a repeated --kind means either kind")
  func repeatedKind() {
    let both = run("list", "--kind", "benchmark", "--kind", "stage").stdout
    #expect(both.contains("glue "))
    #expect(both.contains("pre-training "))
  }

  @Test("JSON: numbers as numbers, linked topics as {id, title, kind}, empty results as []")
  func json() {
    let page = run("show", "bert", "--format", "json")
    #expect(page.stdout.hasPrefix("{\n  \"id\": \"bert\""))
    #expect(page.stdout.contains("\"year\": 2018"))
    #expect(
      page.stdout.contains(
        "\"architecture\": [\n      {\n        \"id\": \"encoder-only\",\n        \"title\": \"Encoder-only 架构\",\n        \"kind\": \"architecture\"\n      }\n    ]"
      ))
    #expect(run("show", "bert", "--json").stdout == page.stdout)
    let none = run("list", "--json", "--kind", "benchmark", "--year", "1990")
    #expect(none.exitCode == .notFound)
    #expect(none.stdout == "[]\n")
    #expect(none.stderr == "no topics match\n")
    let list = run("list", "--task", "summarization", "--json").stdout
    #expect(list.contains("\"year\": 2019"))
    #expect(list.contains("\"facts\": {"))
  }

  @Test("a failed write is reported once with status 4; a closed pipe ends quietly")
  func writeFailures() {
    let full = CapturingConsole()
    full.outputFailure = .failed("No space left on device")
    #expect(CLI.run(["show", "bert"], console: full) == .outputFailed)
    #expect(full.stderr == "error: cannot write to standard output: No space left on device\n")
    let closed = CapturingConsole()
    closed.outputFailure = .closed
    #expect(CLI.run(["list"], console: closed) == .success)
    #expect(closed.stderr.isEmpty)
  }

  @Test("--color: always colours a pipe, never and NO_COLOR do not, CLICOLOR_FORCE does")
  func colour() {
    let escape = "\u{1B}["
    #expect(run("show", "bert", "--color", "always").stdout.contains(escape))
    #expect(!run("show", "bert", "--color", "never", terminal: true).stdout.contains(escape))
    #expect(run("show", "bert", terminal: true).stdout.contains(escape))
    #expect(!run("show", "bert").stdout.contains(escape))
    let noColor = CLI.capture(
      ["show", "bert"], environment: ["NO_COLOR": "1"], terminal: TerminalFacts(isTerminal: true))
    #expect(!noColor.stdout.contains(escape))
    let forced = CLI.capture(["show", "bert"], environment: ["CLICOLOR_FORCE": "1"])
    #expect(forced.stdout.contains(escape))
  }

  @Test("show renders the body: no Markdown marks, links by their titles")
  func renderedBody() {
    let page = run("show", "bert").stdout
    #expect(!page.contains("## "))
    #expect(!page.contains("**"))
    #expect(!page.contains("[["))
    #expect(page.contains("\n工作原理\n"))
    #expect(page.contains("• 输入："))
  }
}
