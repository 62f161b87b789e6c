import LLMNotesCore

/// `llmnotes __complete topics`: every topic's id, title and aliases, one a line, for the
/// completion scripts (`--notes` makes it a user's own folder). Hidden from help.
struct CompleteCommand: Command {
  static let spec = CommandSpec(
    name: "__complete",
    abstract: "Names for shell completion, one a line (used by the completion scripts).",
    arguments: .words(placeholder: "what", minimum: 1, maximum: 1, joined: false),
    formats: [.text],
    isHidden: true)

  init(_ arguments: ParsedArguments) throws(UsageError) {
    guard arguments.words == ["topics"] else {
      throw UsageError("'__complete' completes 'topics' only", command: Self.spec)
    }
  }

  func run(_ context: CommandContext) -> ExitCode {
    var seen: Set<String> = []
    for topic in context.base.graph.topics {
      guard context.console.isWritable else { break }
      // A name with a space or a control character would complete as several words.
      for name in [topic.id, topic.title] + topic.aliases
      where !name.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
        && seen.insert(name).inserted
      {
        context.console.write(name + "\n")
      }
    }
    return .success
  }
}
