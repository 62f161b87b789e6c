import LLMNotesCore

/// `llmnotes help [<command>]`: the same screens as `--help`.
struct HelpCommand: Command {
  static let spec = CommandSpec(
    name: "help",
    abstract: "Show help for the tool or for one command.",
    arguments: .words(placeholder: "command", minimum: 0, maximum: 1, joined: false),
    formats: [.text],
    readsNotes: false,
    examples: [.init(command: "llmnotes help list", meaning: "the filters of list")])

  let topic: String?

  init(_ arguments: ParsedArguments) throws(UsageError) {
    topic = arguments.words.first
    if let topic, Commands.named(topic) == nil {
      throw UsageError(
        "unknown command '\(TerminalText.line(topic))'"
          + didYouMean(topic, among: Commands.specs.map(\.name)))
    }
  }

  func run(_ context: CommandContext) -> ExitCode {
    let text =
      topic.flatMap(Commands.named).map { HelpScreen.command($0.spec) } ?? HelpScreen.tool
    context.console.write(text)
    return .success
  }
}
