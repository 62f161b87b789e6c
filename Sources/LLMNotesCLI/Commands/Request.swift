import LLMNotesCore

/// A parsed command line, checked before any note is read so usage errors come back fast.
struct Request {
  let command: Command
  let arguments: Arguments
  let format: OutputFormat

  func validate() throws(UsageError) {
    if let option = arguments.options.first, command != .list {
      throw UsageError("unknown option '--\(option.name)' for '\(command.rawValue)'")
    }
    switch command {
    case .show:
      guard !arguments.positionals.isEmpty else {
        throw UsageError("'show' needs the name of a topic")
      }
    case .compare:
      guard arguments.positionals.count >= 2 else {
        throw UsageError("'compare' needs at least two names")
      }
    case .list:
      if let extra = arguments.positionals.first {
        throw UsageError("'list' takes filters such as '--task \(extra)', not a bare name")
      }
      try ListCommand.validateFilterNames(arguments.options.map(\.name))
    case .check:
      if let extra = arguments.positionals.first {
        throw UsageError("'check' takes no arguments; use '--notes \(extra)' to check a folder")
      }
    case .help: break
    }
  }

  func answer(from base: KnowledgeBase, into outcome: inout Outcome) {
    let renderer = format.renderer
    switch command {
    // The words after `show` are one name: `llmnotes show gpt 3.5` needs no quotes.
    case .show:
      ShowCommand.run(
        name: arguments.positionals.joined(separator: " "), base.graph, renderer, &outcome)
    case .compare: CompareCommand.run(names: arguments.positionals, base.graph, renderer, &outcome)
    case .list: ListCommand.run(filters: arguments.options, base.graph, renderer, &outcome)
    case .check: CheckCommand.run(base, renderer, &outcome)
    case .help: break
    }
  }
}

/// Turns a lookup failure into the message users see, on stderr, with exit status 1.
func reportLookupFailure(_ error: LookupError, _ outcome: inout Outcome, role: String = "topic") {
  switch error {
  case .unknown(let name, let suggestions):
    var message = "error: no \(role) named '\(TerminalText.line(name))'"
    if !suggestions.isEmpty {
      message +=
        "\nDid you mean: "
        + suggestions.map { "\($0.id) (\(TerminalText.line($0.title)))" }
        .joined(separator: ", ") + "?"
    }
    outcome.printError(message)
  case .ambiguous(let name, let candidates):
    outcome.printError(
      "error: '\(TerminalText.line(name))' names \(candidates.count) topics; say which:")
    for topic in candidates {
      outcome.printError(
        "  \(topic.id)  \(TerminalText.line(topic.title))  [\(topic.kind.rawValue)]")
    }
  }
  outcome.exitCode = .notFound
}
