import Testing

@testable import LLMNotesCLI

/// In-process runs of the CLI on the built-in notes: what users see, without a subprocess.
@Suite("CLI in process")
struct CLITests {
  func run(_ words: String...) -> Outcome { CLI.run(words) }

  @Test("--help and --version answer on stdout with status 0")
  func helpAndVersion() {
    let help = run("--help")
    #expect(help.exitCode == .success)
    #expect(help.stdout.contains("Usage: llmnotes <command>"))
    #expect(help.stdout.contains("Exit status:"))
    #expect(run("--version").stdout == "llmnotes \(CLI.version)\n")
    for command in Command.allCases {
      let outcome = run(command.rawValue, "--help")
      #expect(outcome.exitCode == .success)
      #expect(outcome.stdout.contains("Usage: \(command.usage)"))
      #expect(outcome.stdout.contains("Examples:\n  llmnotes "))
    }
    #expect(run("help", "compare").stdout == run("compare", "--help").stdout)
  }

  @Test(
    "usage errors go to stderr with status 2 and a hint",
    arguments: [
      (["shwo", "bert"], "Error: unknown command 'shwo'. Did you mean 'show'?"),
      (["show"], "Error: 'show' needs the name of a topic"),
      (["show", "--json"], "Error: 'show' needs the name of a topic"),
      (["compare", "bert"], "Error: 'compare' needs at least two names"),
      (["list", "--taks", "ner"], "Error: unknown filter '--taks'. Did you mean '--tasks'?"),
      (["show", "bert", "--task", "x"], "Error: unknown option '--task' for 'show'"),
      (["list", "bert"], "Error: 'list' takes filters such as '--task bert', not a bare name"),
    ])
  func usageErrors(words: [String], message: String) {
    let outcome = CLI.run(words)
    #expect(outcome.exitCode == .usage)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.hasPrefix(message))
    #expect(outcome.stderr.contains("Usage: llmnotes"))
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

  @Test("list filters resolve like names: 摘要 is summarization, ner is token-classification")
  func filterValuesResolve() {
    #expect(run("list", "--task", "摘要").stdout == run("list", "--task", "summarization").stdout)
    #expect(
      run("list", "--task", "ner").stdout == run("list", "--task", "token-classification").stdout)
    #expect(run("list", "--task", "ner").stdout.contains("electra"))
  }

  @Test("JSON output is valid-looking and escapes what notes contain")
  func json() {
    let outcome = run("show", "bert", "--json")
    #expect(outcome.stdout.hasPrefix("{\n  \"id\": \"bert\""))
    #expect(outcome.stdout.contains("\"architecture\": [\"encoder-only\"]"))
  }
}
