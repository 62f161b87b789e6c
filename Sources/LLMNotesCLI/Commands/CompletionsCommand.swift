/// `llmnotes completions bash|zsh|fish`
struct CompletionsCommand: Command {
  static let spec = CommandSpec(
    name: "completions",
    abstract: "Print a shell completion script: commands, options, their values and topic names.",
    discussion: """
      The script is generated from the same declarations as this help. Topic names and aliases
      are asked from llmnotes as you type, from the --notes folder on the line if there is one.
      """,
    arguments: .words(placeholder: "shell", minimum: 1, maximum: 1, joined: false),
    formats: [.text],
    readsNotes: false,
    examples: [
      .init(
        command: "llmnotes completions bash > ~/.local/share/bash-completion/completions/llmnotes",
        meaning: "bash"),
      .init(command: "llmnotes completions zsh > ~/.zfunc/_llmnotes", meaning: "zsh"),
      .init(
        command: "llmnotes completions fish > ~/.config/fish/completions/llmnotes.fish",
        meaning: "fish"),
    ])

  let shell: Shell

  init(_ arguments: ParsedArguments) throws(UsageError) {
    let name = arguments.words.first ?? ""
    guard let shell = Shell(rawValue: name.lowercased()) else {
      throw UsageError(
        "no completions for '\(TerminalText.line(name))'; use one of: "
          + Shell.allCases.map(\.rawValue).joined(separator: ", "), command: Self.spec)
    }
    self.shell = shell
  }

  func run(_ context: CommandContext) -> ExitCode {
    context.console.write(shell.script)
    return .success
  }
}
