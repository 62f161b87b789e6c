/// Which cards a session asks, in order: due cards first, the most at risk (lowest
/// retrievability) first, then up to `newLimit` cards never seen.
public struct QuizPlan: Sendable {
  public let due: [Card]
  public let new: [Card]
  /// Reviewed cards whose fact has left the notes: kept in the log, never asked.
  public let retired: Int

  public var cards: [Card] { due + new }

  /// - Parameters:
  ///   - keepingOrder: take new cards in the given order (a study path) instead of mixing
  ///     them, so one topic's cards do not come in a row.
  public init(
    cards: [Card], progress: Progress, scheduler: Scheduler, now: Double, newLimit: Int,
    limit: Int?, dueOnly: Bool, keepingOrder: Bool, random: (Int) -> Int
  ) {
    var due: [(card: Card, risk: Double, time: Double)] = []
    var fresh: [Card] = []
    for card in cards {
      let state = progress.state(of: card.id)
      if state.phase == .new {
        fresh.append(card)
      } else if state.isDue(at: now) {
        due.append((card, scheduler.retrievability(of: state, at: now), state.due ?? now))
      }
    }
    due.sort { ($0.risk, $0.time, $0.card.id) < ($1.risk, $1.time, $1.card.id) }
    var chosenDue = due.map(\.card)
    var chosenNew =
      dueOnly ? [] : Array((keepingOrder ? fresh : shuffled(fresh, random)).prefix(newLimit))
    if let limit {
      chosenDue = Array(chosenDue.prefix(limit))
      chosenNew = Array(chosenNew.prefix(max(0, limit - chosenDue.count)))
    }
    self.due = chosenDue
    self.new = chosenNew
    let ids = Set(cards.map(\.id))
    retired = progress.states.keys.filter { !ids.contains($0) }.count
  }
}
