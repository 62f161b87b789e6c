/// The answer to `llmnotes quiz stats`: where the learner stands over every card the notes
/// make.
public struct QuizStats: Sendable {
  public struct Mastery: Sendable {
    public let cards: Int
    public let reviewed: Int
    /// Mean retrievability over the cards, a new card counting 0.
    public let mastery: Double
  }

  public let cards: Int
  public let new: Int
  public let learning: Int
  public let review: Int
  /// Due by the end of today (UTC), overdue included.
  public let dueToday: Int
  /// Due after today and within the next 7 days.
  public let dueNextWeek: Int
  public let reviews: Int
  public let trueRetention: Double?
  public let desiredRetention: Double
  /// Reviewed cards whose fact left the notes.
  public let retired: Int
  public let byKind: [(kind: Kind, mastery: Mastery)]
  /// The 10 reviewed topics with the lowest mastery.
  public let weakest: [(topic: TopicRef, mastery: Mastery)]
  public let lastReview: Double?

  public init(cards: [Card], progress: Progress, scheduler: Scheduler, now: Double) {
    var counts: [CardState.Phase: Int] = [:]
    var dueToday = 0
    var dueNextWeek = 0
    let endOfToday = ((now / Scheduler.day).rounded(.down) + 1) * Scheduler.day
    var byKind: [Kind: (cards: Int, reviewed: Int, sum: Double)] = [:]
    var byTopic: [String: (ref: TopicRef, cards: Int, reviewed: Int, sum: Double)] = [:]
    for card in cards {
      let state = progress.state(of: card.id)
      counts[state.phase, default: 0] += 1
      if let due = state.due {
        if due < endOfToday {
          dueToday += 1
        } else if due < endOfToday + 7 * Scheduler.day {
          dueNextWeek += 1
        }
      }
      let recall = scheduler.retrievability(of: state, at: now)
      let seen = state.phase == .new ? 0 : 1
      let kind = card.topic.kind
      let old = byKind[kind] ?? (0, 0, 0)
      byKind[kind] = (old.cards + 1, old.reviewed + seen, old.sum + recall)
      let topic = byTopic[card.topic.id] ?? (card.topic, 0, 0, 0)
      byTopic[card.topic.id] = (
        topic.ref, topic.cards + 1, topic.reviewed + seen, topic.sum + recall
      )
    }
    self.cards = cards.count
    new = counts[.new] ?? 0
    learning = (counts[.learning] ?? 0) + (counts[.relearning] ?? 0)
    review = counts[.review] ?? 0
    self.dueToday = dueToday
    self.dueNextWeek = dueNextWeek
    reviews = progress.reviewCount
    trueRetention = progress.trueRetention
    desiredRetention = scheduler.desiredRetention
    let ids = Set(cards.map(\.id))
    retired = progress.states.keys.filter { !ids.contains($0) }.count
    self.byKind = Kind.allCases.compactMap { kind in
      byKind[kind].map {
        (kind, Mastery(cards: $0.cards, reviewed: $0.reviewed, mastery: $0.sum / Double($0.cards)))
      }
    }
    weakest = byTopic.values.filter { $0.reviewed > 0 }
      .map {
        (
          $0.ref,
          Mastery(cards: $0.cards, reviewed: $0.reviewed, mastery: $0.sum / Double($0.cards))
        )
      }
      .sorted { ($0.1.mastery, $0.0.id) < ($1.1.mastery, $1.0.id) }
      .prefix(10).map { (topic: $0.0, mastery: $0.1) }
    lastReview = progress.lastReviewTime
  }
}
