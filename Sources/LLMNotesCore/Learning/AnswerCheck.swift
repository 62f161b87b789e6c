/// Whether a typed answer is right, and the rating that suggests.
public struct Verdict: Sendable, Equatable {
  public enum Outcome: Sendable, Equatable {
    case correct
    /// Some of the correct options chosen and no wrong one.
    case partlyCorrect
    case wrong
    /// A self-graded card: the learner says how it went.
    case selfGraded
    /// Nothing answered.
    case skipped
  }

  public let outcome: Outcome
  /// Option positions the answer chose (choice cards).
  public let chosen: [Int]

  /// Good when right, Hard when partly right, Again when wrong or skipped; Good for a
  /// self-graded card (the learner changes it).
  public var suggested: Rating {
    switch outcome {
    case .correct, .selfGraded: .good
    case .partlyCorrect: .hard
    case .wrong, .skipped: .again
    }
  }
}

extension DealtCard {
  /// Checks an answer line: option numbers (`2`, `1,3`, `1 3`, `13` for options below ten),
  /// or names matched the way the graph matches names (case, spaces, punctuation, aliases,
  /// Chinese or English), several separated by commas or `、`.
  public func check(_ line: String, names: (TopicRef) -> [String]) -> Verdict {
    let text = line.trimmingWhitespace()
    if card.isSelfGraded { return Verdict(outcome: .selfGraded, chosen: []) }
    guard !text.isEmpty else { return Verdict(outcome: .skipped, chosen: []) }
    switch card.response {
    case .typed(let accepted):
      let key = NameKey.normalize(text)
      let right = accepted.contains { NameKey.normalize($0) == key }
      return Verdict(outcome: right ? .correct : .wrong, chosen: [])
    case .choice:
      let chosen = choices(in: text, names: names)
      guard !chosen.isEmpty else { return Verdict(outcome: .wrong, chosen: []) }
      let picked = Set(chosen)
      if picked == correct { return Verdict(outcome: .correct, chosen: chosen) }
      if isMultiple, picked.isSubset(of: correct) {
        return Verdict(outcome: .partlyCorrect, chosen: chosen)
      }
      return Verdict(outcome: .wrong, chosen: chosen)
    case .selfGraded:
      return Verdict(outcome: .selfGraded, chosen: [])
    }
  }

  private func choices(in text: String, names: (TopicRef) -> [String]) -> [Int] {
    let parts = text.split { ",，、;；/".contains($0) }.map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
    var chosen: [Int] = []
    func add(_ index: Int) { if !chosen.contains(index) { chosen.append(index) } }
    for part in parts {
      let words = part.split(separator: " ").map(String.init)
      if words.allSatisfy({ Int($0) != nil }) {
        for word in words {
          if let number = Int(word), (1...options.count).contains(number) {
            add(number - 1)
          } else if options.count < 10, word.count > 1,
            word.allSatisfy({ $0.isASCII && $0.isNumber })
          {
            // `13` for options 1 and 3.
            for digit in word {
              guard let number = digit.wholeNumberValue, (1...options.count).contains(number)
              else { return [] }
              add(number - 1)
            }
          } else {
            return []
          }
        }
        continue
      }
      let key = NameKey.normalize(part)
      guard
        let index = options.indices.first(where: { position in
          names(options[position]).contains { NameKey.normalize($0) == key }
        })
      else { return [] }
      add(index)
    }
    return chosen
  }
}

extension TopicGraph {
  /// Every name a topic answers to, for checking typed answers.
  public func names(of ref: TopicRef) -> [String] { self[ref.id]?.names ?? [ref.id, ref.title] }
}
