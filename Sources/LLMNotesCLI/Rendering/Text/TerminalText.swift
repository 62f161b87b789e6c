import LLMNotesCore

/// Text from notes, made safe to print: escape sequences, carriage returns and other C0/C1
/// control characters, the line and paragraph separators (U+2028, U+2029) and the bidirectional
/// controls (LRM, RLM, ALM, embeddings, overrides, isolates) are shown as visible `\u{…}`
/// escapes, so a shared note cannot move the cursor, recolour, reorder or rewrite the terminal.
enum TerminalText {
  /// For one-line values (titles, aliases, summaries): line breaks and tabs are controls too.
  static func line(_ text: String) -> String { sanitize(text, keepingLayout: false) }

  /// For the body: line breaks and tabs are kept.
  static func block(_ text: String) -> String { sanitize(text, keepingLayout: true) }

  private static func sanitize(_ text: String, keepingLayout: Bool) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if keepingLayout, scalar == "\n" || scalar == "\t" {
        result.append(scalar)
      } else if isUnsafe(scalar) {
        result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || isSeparatorOrBidiControl(value)
  }
}
