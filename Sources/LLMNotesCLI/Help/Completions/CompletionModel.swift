import LLMNotesCore

/// What a shell may complete, read from the command schemas: the commands, each one's options
/// with their spellings, and what follows an option or stands as an argument. Topic names are
/// not known here: the scripts ask the binary for them (`llmnotes __complete topics`), with the
/// `--notes` folder from the command line, so a user's own notes complete too.
struct CompletionModel {
  /// What a shell offers for a word.
  enum Values: Equatable {
    case nothing
    case words([String])
    case topics
    case directories
  }

  struct Option {
    /// Every spelling with its dashes: `--kind`, `--kinds`, `--类型`.
    let spellings: [String]
    let help: String
    /// What follows the option; nil for a flag.
    let values: Values?
  }

  struct Command {
    let name: String
    let abstract: String
    let options: [Option]
    /// What the positional arguments are.
    let arguments: Values
  }

  let commands: [Command]

  /// Options before any command.
  static let toolOptions = ["--help", "-h", "--version"]

  static var current: CompletionModel {
    let visible = Commands.specs.filter { !$0.isHidden }
    return CompletionModel(
      commands: visible.map { spec in
        Command(
          name: spec.name, abstract: spec.abstract,
          options: spec.allOptions.filter { !$0.isHidden }.map(option),
          arguments: arguments(of: spec, among: visible))
      })
  }

  private static func option(_ spec: OptionSpec) -> Option {
    let values: Values? =
      switch spec.value {
      case .flag: nil
      case .choice(let choices): .words(choices)
      case .kind: .words(Kind.allCases.flatMap(\.names))
      case .topic: .topics
      case .text("dir"): .directories
      case .text("relation"): .words(EdgeLabel.all.map(\.name))
      case .text: .nothing
      case .years, .year, .count: .nothing
      }
    let long = spec.spellings.map { "--" + $0 }
    return Option(
      spellings: long + (spec.short.map { ["-\($0)"] } ?? []), help: spec.help, values: values)
  }

  private static func arguments(of spec: CommandSpec, among visible: [CommandSpec]) -> Values {
    guard case .words(let placeholder, _, _, _) = spec.arguments else { return .nothing }
    switch placeholder {
    case "name": return .topics
    case "command": return .words(visible.map(\.name))
    case "shell": return .words(Shell.allCases.map(\.rawValue))
    default: return .nothing
    }
  }
}

/// The shells `llmnotes completions` writes scripts for.
enum Shell: String, CaseIterable, Sendable {
  case bash, zsh, fish

  var script: String {
    let model = CompletionModel.current
    return switch self {
    case .bash: BashCompletion(model: model).script
    case .zsh: ZshCompletion(model: model).script
    case .fish: FishCompletion(model: model).script
    }
  }
}

extension String {
  /// The text in single quotes for a POSIX shell, bash, zsh or fish.
  var singleQuoted: String {
    "'" + split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
