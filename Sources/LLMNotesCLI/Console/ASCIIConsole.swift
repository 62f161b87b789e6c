/// Output for terminals that draw East Asian ambiguous-width characters (`│ ─ ≠ • · “ ”`) two
/// columns wide, as many Chinese users set them up (`LLMNOTES_ASCII=1` or `--ascii`): each such
/// character is replaced by one ASCII character. Every replacement is one column for one
/// column, so layouts measured with the usual widths stay aligned.
final class ASCIIConsole: Console {
  /// The console the folded text goes to.
  let base: any Console

  init(_ base: any Console) { self.base = base }

  var terminal: TerminalFacts { base.terminal }
  var isWritable: Bool { base.isWritable }
  var outputFailure: OutputFailure? { base.outputFailure }
  func write(_ text: String) { base.write(Self.fold(text)) }
  func writeError(_ text: String) { base.writeError(Self.fold(text)) }
  func readLine() -> String? { base.readLine() }
  func flush() { base.flush() }
  func now() -> Double { base.now() }
  func random(below bound: Int) -> Int { base.random(below: bound) }

  /// `text` with every character of `replacements` swapped for its ASCII stand-in.
  static func fold(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { replacements[$0] != nil }) else { return text }
    var folded = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { folded.append(replacements[scalar] ?? scalar) }
    return String(folded)
  }

  /// Ambiguous-width characters the tool draws or notes often hold, each with a one-column
  /// ASCII stand-in (`·` is `*`: it separates facts and multiplies in formulas). Letters
  /// (Greek, Cyrillic) and mathematical signs such as `²` and `√` are left alone.
  static let replacements: [Unicode.Scalar: Unicode.Scalar] = [
    "│": "|", "─": "-", "┼": "+", "═": "=", "≠": "*", "•": "*", "·": "*", "“": "\"", "”": "\"",
    "‘": "'", "’": "'", "…": ".", "—": "-", "–": "-", "×": "x", "→": ">", "←": "<", "≈": "~",
    "°": "o", "§": "S",
  ]
}
