/// `--help` for the tool and for each command, generated from the command schemas.
enum HelpScreen {
  static var tool: String {
    let visible = Commands.specs.filter { !$0.isHidden }
    let nameWidth = (visible.map(\.name.count).max() ?? 0) + 2
    let commands = visible.map { "  \(DisplayWidth.pad($0.name, to: nameWidth))\($0.abstract)" }
    return """
      llmnotes — study notes on large language models, as a graph you can query.

      Usage: llmnotes <command> [<arguments>] [<options>]

      Commands:
      \(commands.joined(separator: "\n"))

      Options:
        -h, --help     Show help (for a command: llmnotes <command> --help).
        --version      Show the version.
      Every command that reads notes also takes --notes <dir>, --format <format>, --json and
      --color <auto|always|never>; see 'llmnotes <command> --help'.

      Examples:
        llmnotes show encoder-only
        llmnotes compare bert gpt
        llmnotes list --task summarization

      \(exitCodes)
      """ + "\n"
  }

  static func command(_ spec: CommandSpec) -> String {
    var text = "\(spec.abstract)\n\nUsage: \(spec.usage)\n"
    if !spec.discussion.isEmpty { text += "\n\(spec.discussion)\n" }
    let own = spec.options.filter { !$0.isHidden }
    if !own.isEmpty { text += "\nOptions:\n" + optionLines(own) }
    for group in spec.optionGroups {
      text += "\n\(group.title):\n" + compactLines(group.options)
    }
    text += "\nCommon options:\n" + optionLines(CommonOptions.options(for: spec))
    text += "\nExamples:\n" + spec.examples.map { "  \($0.command)" }.joined(separator: "\n") + "\n"
    if spec.readsNotes { text += "\n" + exitCodes + "\n" }
    return text
  }

  static var exitCodes: String {
    "Exit status:\n"
      + ExitCode.allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n")
  }

  private static func optionLines(_ options: [OptionSpec]) -> String {
    let width = min(30, (options.map { DisplayWidth.of($0.synopsis) }.max() ?? 0) + 2)
    return options.map { option in
      var help = option.help
      if case .many(let meaning) = option.repetition { help += " Repeat: \(meaning)." }
      if !option.aliases.isEmpty {
        help += " Also: " + option.aliases.map { "--\($0)" }.joined(separator: ", ") + "."
      }
      let lines = DisplayWidth.wrap(help, to: max(30, 100 - width - 2))
      let pad = String(repeating: " ", count: width + 2)
      // A synopsis wider than the column gets a line of its own.
      let head =
        DisplayWidth.of(option.synopsis) >= width
        ? option.synopsis + "\n" + pad : DisplayWidth.pad(option.synopsis, to: width)
      return "  " + head + (lines.first ?? "") + "\n"
        + lines.dropFirst().map { pad + $0 + "\n" }.joined()
    }.joined()
  }

  /// One line per option: its English spellings, then its Chinese name (also accepted).
  private static func compactLines(_ options: [OptionSpec]) -> String {
    let heads = options.map { option in
      option.spellings.dropLast().map { "--\($0)" }.joined(separator: ", ") + " <name>"
    }
    let width = (heads.map(\.count).max() ?? 0) + 2
    return zip(heads, options).map { head, option in
      "  " + DisplayWidth.pad(head, to: width) + "--" + (option.spellings.last ?? "") + "\n"
    }.joined()
  }
}
