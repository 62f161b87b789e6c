/// What a command declares about itself: its name, what it is for, its arguments and options
/// and examples. Help, parsing, the README's command reference, completions and the man page
/// are all generated from it.
struct CommandSpec: Sendable {
  let name: String
  /// One line, for the tool's command list.
  let abstract: String
  /// Paragraphs shown in the command's own help.
  var discussion: String = ""
  /// The positional arguments, as help shows them (`<name>...`), and how many are needed.
  var arguments: Arguments = .none
  var options: [OptionSpec] = []
  /// Grouped options shown under their own heading (the relation filters of `list`).
  var optionGroups: [(title: String, options: [OptionSpec])] = []
  /// Output formats the command can write; the first is the default.
  var formats: [OutputFormat] = [.text, .json]
  /// Whether the command reads notes (help does not).
  var readsNotes = true
  var examples: [Example] = []
  /// Hidden from the tool's help and the reference (internal helpers for completions).
  var isHidden = false

  struct Example: Sendable {
    let command: String
    let meaning: String
  }

  enum Arguments: Sendable {
    case none
    /// `<placeholder>`, at least `minimum` words; `joined` takes all words as one name.
    case words(placeholder: String, minimum: Int, maximum: Int?, joined: Bool)
  }

  /// Every option the command takes, the common ones included.
  var allOptions: [OptionSpec] {
    options + optionGroups.flatMap(\.options) + CommonOptions.options(for: self)
  }

  var usage: String {
    var parts = ["llmnotes", name]
    if case .words(let placeholder, let minimum, let maximum, _) = arguments {
      let one = "<\(placeholder)>"
      if minimum == 0 {
        parts.append(maximum == 1 ? "[\(one)]" : "[\(one)...]")
      } else {
        let required = Array(repeating: one, count: minimum).joined(separator: " ")
        parts.append(required + (maximum == minimum ? "" : "..."))
      }
    }
    parts.append("[<options>]")
    return parts.filter { !$0.isEmpty }.joined(separator: " ")
  }
}
