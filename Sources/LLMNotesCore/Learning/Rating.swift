/// How well the learner recalled a card, as FSRS and Anki grade it.
public enum Rating: Int, CaseIterable, Sendable, Comparable {
  case again = 1
  case hard = 2
  case good = 3
  case easy = 4

  /// The name typed at the rating prompt and written in the log.
  public var name: String {
    switch self {
    case .again: "again"
    case .hard: "hard"
    case .good: "good"
    case .easy: "easy"
    }
  }

  public var gloss: String {
    switch self {
    case .again: "忘了"
    case .hard: "困难"
    case .good: "良好"
    case .easy: "简单"
    }
  }

  /// `again|hard|good|easy` (any case, or the first letter), `1`–`4`, or the Chinese gloss.
  public init?(answer: String) {
    let word = answer.trimmingWhitespace().lowercased()
    if let number = Int(word), let rating = Rating(rawValue: number) {
      self = rating
      return
    }
    guard
      let rating = Rating.allCases.first(where: {
        $0.name == word || $0.gloss == word || (word.count == 1 && $0.name.first == word.first)
      })
    else { return nil }
    self = rating
  }

  public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension StringProtocol {
  /// Without leading and trailing spaces, tabs and line breaks (ideographic space included).
  func trimmingWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
