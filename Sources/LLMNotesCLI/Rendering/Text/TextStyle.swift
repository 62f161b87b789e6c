/// Bold, colour and underline for a terminal. Whether they are on is decided once from
/// `--color`, the terminal and the environment. Styles are applied after widths are measured,
/// so tables stay aligned.
struct TextStyle: Sendable {
  let isEnabled: Bool

  static let plain = TextStyle(isEnabled: false)

  /// `auto`: on a terminal, unless `NO_COLOR` is set and not empty or `TERM=dumb`;
  /// `CLICOLOR_FORCE` (not empty, not `0`) turns it on in `auto` too.
  static func resolve(_ mode: ColorMode, isTerminal: Bool, environment: [String: String])
    -> TextStyle
  {
    switch mode {
    case .always: return TextStyle(isEnabled: true)
    case .never: return .plain
    case .auto:
      let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      let forced = environment["CLICOLOR_FORCE"].map { !$0.isEmpty && $0 != "0" } ?? false
      if noColor { return .plain }
      return TextStyle(isEnabled: forced || (isTerminal && environment["TERM"] != "dumb"))
    }
  }

  /// What a run of text looks like.
  enum Role: Sendable, Equatable {
    case plain, bold, dim, label, highlight, code, emphasis, link

    var code: String? {
      switch self {
      case .plain: nil
      case .bold: "1"
      case .dim: "2"
      case .label: "36"
      case .highlight: "33"
      case .code: "32"
      case .emphasis: "3"
      case .link: "4;34"
      }
    }
  }

  func bold(_ text: String) -> String { apply(.bold, text) }
  /// Field and relation names.
  func label(_ text: String) -> String { apply(.label, text) }
  /// Rows where compared topics differ.
  func highlight(_ text: String) -> String { apply(.highlight, text) }
  func dim(_ text: String) -> String { apply(.dim, text) }

  func apply(_ role: Role, _ text: String) -> String {
    guard isEnabled, !text.isEmpty, let code = role.code else { return text }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
