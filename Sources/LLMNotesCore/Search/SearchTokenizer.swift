/// Splits text into search terms. Chinese (and Japanese, Korean) has no spaces between words,
/// so a run of ideographs is cut into overlapping pairs (`位置编码` → 位置 置编 编码), which find
/// a word wherever it sits in the run; single characters are indexed too, for one-character
/// queries (`量`). Latin letters and digits form words, folded as names are (`RoPE` → `rope`,
/// full-width `ＲｏＰＥ` too); everything else separates. English plurals meet their singular
/// (`models` → `model`).
///
/// Offsets count Unicode scalars from the start of the text, so a snippet's highlights point at
/// the same characters in any language.
enum SearchTokenizer {
  /// One search term: a folded word, or one or two ideographs packed in a number (hashing a
  /// number is far cheaper than hashing Chinese text, which Swift normalizes first).
  enum Term: Hashable, Sendable {
    case word(String)
    case ideographs(UInt64)

    static func single(_ a: Unicode.Scalar) -> Term { .ideographs(UInt64(a.value)) }

    static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Term {
      .ideographs(UInt64(a.value) << 21 | UInt64(b.value))
    }

    /// As the user would write it: `rope`, `位置`, `量`.
    var text: String {
      switch self {
      case .word(let word): return word
      case .ideographs(let packed):
        var view = String.UnicodeScalarView()
        if packed >> 21 != 0, let first = Unicode.Scalar(UInt32(packed >> 21)) {
          view.append(first)
        }
        if let last = Unicode.Scalar(UInt32(packed & 0x1F_FFFF)) { view.append(last) }
        return String(view)
      }
    }
  }

  struct Token: Equatable {
    let term: Term
    /// Scalar offsets in the tokenized text.
    let range: Range<Int>
  }

  /// What a piece of text is made of, in reading order: words and runs of ideographs.
  enum Piece: Equatable {
    case word(String, Range<Int>)
    case ideographs([Unicode.Scalar], start: Int)
  }

  /// Terms for the index: words, every ideograph pair and every single ideograph.
  static func indexTerms(_ text: some StringProtocol, into add: (Term) -> Void) {
    for piece in pieces(text) {
      switch piece {
      case .word(let word, _): add(.word(word))
      case .ideographs(let scalars, _):
        for index in scalars.indices {
          add(.single(scalars[index]))
          if index + 1 < scalars.count { add(.pair(scalars[index], scalars[index + 1])) }
        }
      }
    }
  }

  /// Terms for a query, with where each sits: words, and ideograph pairs, or the single
  /// ideograph of a one-character run.
  static func queryTokens(_ text: some StringProtocol) -> [Token] {
    var tokens: [Token] = []
    for piece in pieces(text) {
      switch piece {
      case .word(let word, let range): tokens.append(Token(term: .word(word), range: range))
      case .ideographs(let scalars, let start):
        if scalars.count == 1 {
          tokens.append(Token(term: .single(scalars[0]), range: start..<start + 1))
        }
        for index in scalars.indices.dropLast() {
          tokens.append(
            Token(
              term: .pair(scalars[index], scalars[index + 1]),
              range: start + index..<start + index + 2))
        }
      }
    }
    return tokens
  }

  /// The text as a sequence of units, a word or one ideograph each, for finding a query's
  /// terms together as a phrase.
  static func units(_ text: some StringProtocol) -> [Term] {
    var units: [Term] = []
    for piece in pieces(text) {
      switch piece {
      case .word(let word, _): units.append(.word(word))
      case .ideographs(let scalars, _): units += scalars.map(Term.single)
      }
    }
    return units
  }

  static func pieces(_ text: some StringProtocol) -> [Piece] {
    var pieces: [Piece] = []
    var word = String.UnicodeScalarView()
    var wordStart = 0
    var ideographs: [Unicode.Scalar] = []
    var ideographStart = 0
    var offset = 0

    func endWord() {
      guard !word.isEmpty else { return }
      let folded = fold(NameKey.normalize(String(word)))
      if !folded.isEmpty { pieces.append(.word(folded, wordStart..<offset)) }
      word = String.UnicodeScalarView()
    }
    func endIdeographs() {
      guard !ideographs.isEmpty else { return }
      pieces.append(.ideographs(ideographs, start: ideographStart))
      ideographs = []
    }

    for original in text.unicodeScalars {
      let scalar = halfWidth(original)
      if isIdeograph(scalar) {
        endWord()
        if ideographs.isEmpty { ideographStart = offset }
        ideographs.append(scalar)
      } else if isWordScalar(scalar) {
        endIdeographs()
        if word.isEmpty { wordStart = offset }
        word.append(scalar)
      } else {
        endWord()
        endIdeographs()
      }
      offset += 1
    }
    endWord()
    endIdeographs()
    return pieces
  }

  /// How many units (words and ideographs) a text has: its length for BM25. Counted without
  /// building the words.
  static func length(_ text: some StringProtocol) -> Int {
    var count = 0
    var inWord = false
    for original in text.unicodeScalars {
      let scalar = halfWidth(original)
      if isIdeograph(scalar) {
        count += 1
        inWord = false
      } else if isWordScalar(scalar) {
        if !inWord { count += 1 }
        inWord = true
      } else {
        inWord = false
      }
    }
    return count
  }

  // MARK: Characters

  /// Full-width forms (`ＡＢＣ１２３`) as their ASCII letters and digits.
  static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    guard (0xFF01...0xFF5E).contains(value) else { return scalar }
    return Unicode.Scalar(value - 0xFEE0) ?? scalar
  }

  static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
    // Kana and Hangul are written without spaces too.
    case 0x3041...0x30FF, 0xAC00...0xD7AF: true
    default: false
    }
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// English plurals to their singular, the one stemming step that helps more than it hurts:
  /// `models` → `model`, `attentions` → `attention`; `class`, `corpus`, `analysis` stay.
  /// A wrong cut (`bias` → `bia`) does no harm: the query and the notes are cut alike.
  private static func fold(_ word: String) -> String {
    let utf8 = word.utf8
    guard utf8.count >= 4, utf8.last == UInt8(ascii: "s"),
      utf8.allSatisfy({ (0x61...0x7A).contains($0) })
    else { return word }
    let beforeLast = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
    if beforeLast == UInt8(ascii: "s") || beforeLast == UInt8(ascii: "u")
      || beforeLast == UInt8(ascii: "i")
    {
      return word
    }
    return String(word.dropLast())
  }
}
