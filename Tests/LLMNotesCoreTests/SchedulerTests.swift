import Testing

@testable import LLMNotesCore

/// FSRS-6 against the vectors py-fsrs 6.x publishes in its tests (`test_review_card`,
/// `test_memo_state`, the first-review stabilities and difficulties).
@Suite("FSRS-6 scheduler")
struct SchedulerTests {
  /// 2022-11-29 12:30 UTC.
  static let start = 1_669_725_000.0

  @Test("Good×6, Again×2, Good×5 at each due time: the published intervals")
  func intervals() {
    let scheduler = Scheduler(fuzz: false)
    let ratings: [Rating] = [
      .good, .good, .good, .good, .good, .good, .again, .again, .good, .good, .good, .good, .good,
    ]
    var card = CardState.new
    var time = Self.start
    var intervals: [Int] = []
    for rating in ratings {
      card = scheduler.review(card, rating: rating, at: time)
      let due = card.due ?? time
      intervals.append(Scheduler.elapsedDays(from: time, to: due))
      time = due
    }
    #expect(intervals == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
  }

  @Test("Again then Good×5 at day gaps 0, 0, 1, 3, 8, 21: stability and difficulty")
  func memoryState() {
    let scheduler = Scheduler()
    let ratings: [Rating] = [.again, .good, .good, .good, .good, .good]
    var card = CardState.new
    var time = Self.start
    for (rating, gap) in zip(ratings, [0.0, 0, 1, 3, 8, 21]) {
      time += gap * Scheduler.day
      card = scheduler.review(card, rating: rating, at: time, random: { 0.3 })
    }
    #expect(abs((card.stability ?? 0) - 53.62691) < 1e-4)
    #expect(abs((card.difficulty ?? 0) - 6.3574867) < 1e-4)
  }

  @Test("a new card rated Again, Hard, Good, Easy: initial stability and difficulty")
  func firstReview() {
    let scheduler = Scheduler(fuzz: false)
    let states = Rating.allCases.map { scheduler.review(.new, rating: $0, at: Self.start) }
    let stability = states.map { $0.stability ?? 0 }
    let difficulty = states.map { $0.difficulty ?? 0 }
    for (actual, expected) in zip(stability, [0.212, 1.2931, 2.3065, 8.2956]) {
      #expect(abs(actual - expected) < 1e-6)
    }
    for (actual, expected) in zip(difficulty, [6.4133, 5.11217071, 2.11810397, 1]) {
      #expect(abs(actual - expected) < 1e-6)
    }
  }

  @Test("learning steps 1 min and 10 min, relearning 10 min, Hard between the first two")
  func steps() {
    let scheduler = Scheduler(fuzz: false)
    let again = scheduler.review(.new, rating: .again, at: Self.start)
    #expect(again.phase == .learning && again.due == Self.start + 60)
    let hard = scheduler.review(.new, rating: .hard, at: Self.start)
    #expect(hard.due == Self.start + 330)
    let good = scheduler.review(.new, rating: .good, at: Self.start)
    #expect(good.step == 1 && good.due == Self.start + 600)
    let easy = scheduler.review(.new, rating: .easy, at: Self.start)
    #expect(easy.phase == .review)
    var review = easy
    let due = review.due ?? 0
    review = scheduler.review(review, rating: .again, at: due)
    #expect(review.phase == .relearning && review.due == due + 600 && review.lapses == 1)
  }

  @Test("fuzz stays within py-fsrs's range and never beyond the maximum interval")
  func fuzz() {
    let plain = Scheduler(fuzz: false)
    let fuzzed = Scheduler(fuzz: true)
    var card = plain.review(.new, rating: .easy, at: Self.start)
    card = plain.review(card, rating: .good, at: card.due ?? 0)
    let time = card.due ?? 0
    let base = plain.review(card, rating: .good, at: time)
    let baseDays = Scheduler.elapsedDays(from: time, to: base.due ?? 0)
    for random in [0.0, 0.25, 0.5, 0.999] {
      let next = fuzzed.review(card, rating: .good, at: time, random: { random })
      let days = Scheduler.elapsedDays(from: time, to: next.due ?? 0)
      #expect(abs(days - baseDays) <= max(2, baseDays / 10 + 2))
    }
    let capped = Scheduler(maximumInterval: 10, fuzz: true)
    let long = capped.review(card, rating: .easy, at: time, random: { 0.999 })
    #expect(Scheduler.elapsedDays(from: time, to: long.due ?? 0) <= 10)
  }

  @Test("retrievability is 0.9 after one stability's worth of days at the default decay")
  func retrievability() {
    let scheduler = Scheduler()
    let state = CardState(
      phase: .review, step: nil, stability: 10, difficulty: 5, due: nil, lastReview: Self.start,
      reviews: 1, lapses: 0)
    let value = scheduler.retrievability(of: state, at: Self.start + 10 * Scheduler.day)
    #expect(abs(value - 0.9) < 1e-9)
    #expect(scheduler.retrievability(of: .new, at: Self.start) == 0)
  }

  @Test("ISO-8601 times round-trip, with zones and fractions")
  func timestamps() {
    #expect(Timestamp.format(Self.start) == "2022-11-29T12:30:00Z")
    #expect(Timestamp.parse("2022-11-29T12:30:00Z") == Self.start)
    #expect(Timestamp.parse("2022-11-29T20:30:00+08:00") == Self.start)
    #expect(Timestamp.parse("2022-11-29T12:30Z") == Self.start)
    #expect(Timestamp.parse("2022-11-29T12:30:00.250Z") == Self.start + 0.25)
    #expect(Timestamp.format(Self.start + 0.25) == "2022-11-29T12:30:00.250Z")
    #expect(Timestamp.parse("2024-02-30T00:00:00Z") == nil)
    #expect(Timestamp.parse("yesterday") == nil)
    #expect(Timestamp.parse("1969-12-31T23:59:59Z") == -1)
  }
}
