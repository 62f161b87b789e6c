/// `llmnotes man`
struct ManCommand: Command {
  static let spec = CommandSpec(
    name: "man",
    abstract: "Print the manual page (roff), generated from the same declarations as the help.",
    formats: [.text],
    readsNotes: false,
    examples: [
      .init(command: "llmnotes man | man -l -", meaning: "read it"),
      .init(
        command: "llmnotes man > ~/.local/share/man/man1/llmnotes.1", meaning: "install it"),
    ])

  init(_ arguments: ParsedArguments) throws(UsageError) {}

  func run(_ context: CommandContext) -> ExitCode {
    context.console.write(ManPage.roff)
    return .success
  }
}
