import LLMNotesCore

/// `--help` for the tool and for each command, built from `Command` and `ExitCode`.
enum HelpText {
  static var tool: String {
    let commands = Command.allCases.map {
      "  \(DisplayWidth.pad($0.rawValue, to: 9))\($0.abstract)"
    }
    return """
      llmnotes — study notes on large language models, as a graph you can query.

      Usage: llmnotes <command> [<arguments>] [--notes <dir>] [--json]

      Commands:
      \(commands.joined(separator: "\n"))

      Options:
        --notes <dir>  Read notes from <dir> (default: $LLMNOTES_NOTES, else the built-in notes).
        --json         Print JSON instead of text (show, compare, list, check).
        -h, --help     Show help (for a command: llmnotes <command> --help).
        --version      Show the version.

      Examples:
        llmnotes show encoder-only
        llmnotes compare bert gpt
        llmnotes list --task summarization

      \(exitCodes)
      """
  }

  static func command(_ command: Command) -> String {
    var text = "\(command.abstract)\n\nUsage: \(command.usage)\n"
    if !command.discussion.isEmpty { text += "\n\(command.discussion)\n" }
    text += "\nExamples:\n" + command.examples.map { "  \($0)" }.joined(separator: "\n") + "\n"
    if command != .help { text += "\n" + exitCodes }
    return text
  }

  static var exitCodes: String {
    "Exit status:\n"
      + ExitCode.allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n")
  }
}
