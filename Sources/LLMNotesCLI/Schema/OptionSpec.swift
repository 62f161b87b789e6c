import LLMNotesCore

/// One option a command accepts: every spelling, what value it takes, what repeating it means
/// and its help line. Parsing, help, completions and the man page all read this.
struct OptionSpec: Sendable {
  /// The name shown in help, without `--`.
  let name: String
  /// Other spellings: the other grammatical number, Chinese names.
  var aliases: [String] = []
  /// A one-letter form (`-h`).
  var short: Character?
  let value: ValueKind
  var repetition: Repetition = .once
  let help: String
  /// Hidden from help (kept for scripts, e.g. the `--json` shorthand stays listed).
  var isHidden = false

  /// What follows the option on the command line.
  enum ValueKind: Sendable, Equatable {
    /// No value: `--json`.
    case flag
    /// Free text, not empty: `--notes <dir>`.
    case text(placeholder: String)
    /// One of a fixed set: `--format text|json`.
    case choice([String])
    /// A topic name, resolved against the notes after they load.
    case topic
    /// A kind's name in any of its spellings.
    case kind
    /// A year or a range: `2019`, `2019..2021`, `2019..`, `..2018`.
    case years
    /// A whole number from 1.
    case count
    /// One year, four digits: `2017`.
    case year

    var placeholder: String? {
      switch self {
      case .flag: nil
      case .text(let placeholder): placeholder
      case .choice(let values): values.joined(separator: "|")
      case .topic: "name"
      case .kind: "kind"
      case .years: "year[..year]"
      case .count: "n"
      case .year: "year"
      }
    }
  }

  /// What giving the option more than once means, said in help.
  enum Repetition: Sendable, Equatable {
    /// Given twice is a usage error.
    case once
    /// Each value counts; `meaning` says how ("any of them", "all must hold").
    case many(meaning: String)
  }

  /// Every spelling, for matching and did-you-mean.
  var spellings: [String] { [name] + aliases }

  /// `--format <text|json>` as help writes it.
  var synopsis: String {
    let names = (short.map { "-\($0), " } ?? "") + "--\(name)"
    return value.placeholder.map { "\(names) <\($0)>" } ?? names
  }
}
