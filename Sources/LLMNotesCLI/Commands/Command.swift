import LLMNotesCore

/// A command: one declared value (its schema) and what it does with parsed arguments.
/// Adding a command is one file with a type conforming to this, and one line in `all` below.
protocol Command {
  static var spec: CommandSpec { get }
  /// Takes the parsed arguments; anything still wrong with them is a usage error here.
  init(_ arguments: ParsedArguments) throws(UsageError)
  /// Answers with the loaded notes, writing to the context's console.
  func run(_ context: CommandContext) -> ExitCode
}

/// Every command, in the order help lists them.
enum Commands {
  static let all: [any Command.Type] = [
    ShowCommand.self,
    CompareCommand.self,
    ListCommand.self,
    SearchCommand.self,
    GraphCommand.self,
    PathCommand.self,
    TimelineCommand.self,
    CheckCommand.self,
    QuizCommand.self,
    StudyCommand.self,
    HelpCommand.self,
    CompletionsCommand.self,
    ManCommand.self,
    CompleteCommand.self,
  ]

  static var specs: [CommandSpec] { all.map { $0.spec } }

  static func named(_ name: String) -> (any Command.Type)? {
    all.first { $0.spec.name == name }
  }
}

/// What a running command has: the notes, the console, the format and how text looks.
struct CommandContext {
  let base: KnowledgeBase
  let console: any Console
  let format: OutputFormat
  let render: RenderContext
  /// The process's environment (`LLMNOTES_DATA`, `LLMNOTES_NOW`, …).
  var environment: [String: String] = [:]

  /// The notes are the built-in ones, whose search index is built once per process.
  var isBuiltin = false

  /// The search index of the notes: the built-in notes' shared one, or built now.
  var searchIndex: SearchIndex { isBuiltin ? CLI.builtinIndex : SearchIndex(base.graph) }

  /// Says why a name found no single topic, on stderr; exit status 1.
  func report(_ error: LookupError) -> ExitCode {
    switch error {
    case .unknown(let name, let suggestions):
      var message = "error: no topic named '\(TerminalText.line(name))'"
      if !suggestions.isEmpty {
        message +=
          "\nDid you mean: "
          + suggestions.map { "\($0.id) (\(TerminalText.line($0.title)))" }.joined(separator: ", ")
          + "?"
      }
      console.writeError(message + "\n")
    case .ambiguous(let name, let candidates):
      console.writeError(
        "error: '\(TerminalText.line(name))' names \(candidates.count) topics; say which:\n")
      for topic in candidates {
        console.writeError(
          "  \(topic.id)  \(TerminalText.line(topic.title))  [\(topic.kind.singular)]\n")
      }
    }
    return .notFound
  }

  /// After a name found no topic: which notes mention it, on stderr
  /// (`'rag' is mentioned in 15 notes: a, b, c, … (llmnotes search rag)`).
  func reportMentions(of name: String) {
    guard SearchIndex.hasTerms(name) else { return }
    let results = searchIndex.search(name, limit: 5)
    let count = results.matchingAll
    guard count > 0 else { return }
    let shown = results.hits.prefix(min(count, 5)).map(\.topic.id)
    let more = count > shown.count ? ", …" : ""
    console.writeError(
      "'\(TerminalText.line(name))' is mentioned in \(count) note\(count == 1 ? "" : "s"): "
        + shown.joined(separator: ", ") + more + " (llmnotes search \(TerminalText.line(name)))\n")
  }
}
