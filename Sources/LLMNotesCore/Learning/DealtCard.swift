/// A card as one session shows it: for a choice card, its numbered options (the correct
/// answers, or some of them, among plausible distractors), in a random order.
public struct DealtCard: Sendable {
  public let card: Card
  /// Empty unless the card is a choice.
  public let options: [TopicRef]
  /// Positions in `options` of the correct answers.
  public let correct: Set<Int>

  public var isMultiple: Bool {
    if case .choice(_, _, let multiple) = card.response { return multiple }
    return false
  }
}

extension TopicGraph {
  /// Deals a card's options. Distractors are topics of the answers' kind that are not answers
  /// and are plausible: ones that answer the same question for another topic, then ones that
  /// share the most neighbours with the answers; never random topics when plausible ones exist.
  public func deal(_ card: Card, random: (Int) -> Int) -> DealtCard {
    guard case .choice(let answers, let kind, let multiple) = card.response else {
      return DealtCard(card: card, options: [], correct: [])
    }
    var shownAnswers = answers
    if multiple, answers.count > 4 {
      shownAnswers = Array(shuffled(answers, random).prefix(2 + random(3)))
    }
    let wanted = multiple ? max(2, 6 - shownAnswers.count) : 3
    let distractors = plausibleDistractors(for: card, answers: answers, kind: kind)
    // Keep the best few, then pick among them, so sessions vary but stay plausible.
    let pool = Array(distractors.prefix(wanted + 3))
    let chosen = Array(shuffled(pool, random).prefix(wanted))
    let options = shuffled(shownAnswers + chosen, random)
    let answerIDs = Set(answers.map(\.id))
    let correct = Set(options.indices.filter { answerIDs.contains(options[$0].id) })
    return DealtCard(card: card, options: options, correct: correct)
  }

  private func plausibleDistractors(for card: Card, answers: [TopicRef], kind: Kind) -> [TopicRef] {
    let answerIDs = Set(answers.map(\.id))
    let label = card.template.split(separator: "/").first.flatMap { name in
      EdgeLabel.all.first { $0.name == name }
    }
    let attribute = Attribute(rawValue: card.template)
    var context: Set<Int> = []
    for id in answerIDs.union([card.topic.id]) {
      guard let index = self[id].flatMap(index(of:)) else { continue }
      context.formUnion(edges[index].map(\.target))
    }
    var scored: [(ref: TopicRef, score: Int)] = []
    for (index, topic) in topics.enumerated()
    where topic.kind == kind && !answerIDs.contains(topic.id) && topic.id != card.topic.id {
      var score = 0
      if let label, edges[index].contains(where: { $0.label == label.reversed }) { score += 10 }
      if let attribute, let value = topic.attributes[attribute] {
        // A sibling stating the same value would be a second right answer.
        if value == self[card.topic.id]?.attributes[attribute] { continue }
        score += 10
      }
      score += min(5, edges[index].lazy.filter { context.contains($0.target) }.count)
      scored.append((TopicRef(topic), score))
    }
    // Stable for equal scores: topics are already in id order.
    return scored.enumerated().sorted {
      ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset)
    }
    .map(\.element.ref)
  }
}

/// Fisher–Yates with the caller's random source (`random(n)` is in `0..<n`).
func shuffled<T>(_ items: [T], _ random: (Int) -> Int) -> [T] {
  var items = items
  guard items.count > 1 else { return items }
  for index in stride(from: items.count - 1, to: 0, by: -1) {
    items.swapAt(index, random(index + 1))
  }
  return items
}
