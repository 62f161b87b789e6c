/// Bold and colour for a terminal: only when standard output is one, and never with `NO_COLOR`
/// set or `TERM=dumb`. Styles are applied after widths are measured, so tables stay aligned.
struct TextStyle {
  let isEnabled: Bool

  static let plain = TextStyle(isEnabled: false)

  static func forTerminal(_ isTerminal: Bool, environment: [String: String]) -> TextStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return TextStyle(isEnabled: isTerminal && !noColor && environment["TERM"] != "dumb")
  }

  func bold(_ text: String) -> String { wrap(text, "1") }
  /// Field and relation names.
  func label(_ text: String) -> String { wrap(text, "36") }
  /// Rows where compared topics differ.
  func highlight(_ text: String) -> String { wrap(text, "33") }
  func dim(_ text: String) -> String { wrap(text, "2") }

  private func wrap(_ text: String, _ code: String) -> String {
    isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
