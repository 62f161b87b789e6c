/// Where a card stands in its schedule: what the review log records after every answer and
/// the snapshot keeps for every card. Times are seconds since 1970 (UTC).
public struct CardState: Sendable, Equatable {
  public enum Phase: String, Sendable, CaseIterable {
    /// Never reviewed.
    case new
    /// Being learned on the learning steps (1 min, 10 min).
    case learning
    /// Learned; scheduled in days.
    case review
    /// Forgotten after being learned; back on the relearning step (10 min).
    case relearning
  }

  public var phase: Phase
  /// The learning or relearning step the card is on (0-based); nil in review and when new.
  public var step: Int?
  /// Days until retrievability falls to 90 %; nil before the first review.
  public var stability: Double?
  /// 1 (easiest) to 10; nil before the first review.
  public var difficulty: Double?
  /// When the card is next due; nil when new.
  public var due: Double?
  public var lastReview: Double?
  public var reviews: Int
  /// Times a learned card was forgotten (rated Again in review).
  public var lapses: Int

  public static let new = CardState(
    phase: .new, step: nil, stability: nil, difficulty: nil, due: nil, lastReview: nil,
    reviews: 0, lapses: 0)

  public init(
    phase: Phase, step: Int?, stability: Double?, difficulty: Double?, due: Double?,
    lastReview: Double?, reviews: Int, lapses: Int
  ) {
    self.phase = phase
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
    self.reviews = reviews
    self.lapses = lapses
  }

  /// Whether the card is due at `time` (a new card never is).
  public func isDue(at time: Double) -> Bool { due.map { $0 <= time } ?? false }
}
