/// Terminal columns: East Asian wide and full-width characters take two, combining marks none.
enum DisplayWidth {
  static func of(_ text: some StringProtocol) -> Int {
    var width = 0
    for character in text { width += of(character) }
    return width
  }

  static func of(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    // Most text is ASCII or Chinese: answered without asking the Unicode tables, which cost more
    // than the rest of the line breaking together. No combining mark lies below U+0300 or in
    // the CJK ideograph blocks.
    if value < 0x300 { return 1 }
    if (0x3400...0x9FFF).contains(value) { return 2 }
    if scalar.properties.generalCategory == .nonspacingMark || (0x200B...0x200F).contains(value) {
      return 0
    }
    return isWide(value) ? 2 : 1
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      true
    default: false
    }
  }

  /// `text` padded with spaces to `width` columns.
  static func pad(_ text: String, to width: Int) -> String {
    let missing = width - of(text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
  }

  /// `text` broken into lines of at most `width` columns (see `LineBreaker`).
  static func wrap(_ text: String, to width: Int) -> [String] {
    let characters = Array(text)
    return LineBreaker.lines(characters, width: width).map { String(characters[$0]) }
  }
}
