#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The FSRS-6 scheduler, formula for formula as py-fsrs 6.x (and fsrs-rs, ts-fsrs): 21
/// parameters, learning and relearning steps, same-day reviews by the short-term formula, whole
/// days between reviews (`(now - last).days`), intervals rounded half to even as Python does,
/// and the same interval fuzz.
public struct Scheduler: Sendable {
  /// FSRS-6 defaults; the last one is the decay (0.1542; FSRS-4.5 and 5 used 0.5 and 0.2).
  public static let defaultParameters: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]

  public let parameters: [Double]
  public let desiredRetention: Double
  /// Seconds.
  public let learningSteps: [Double]
  public let relearningSteps: [Double]
  /// Days.
  public let maximumInterval: Int
  public let fuzz: Bool

  private let decay: Double
  private let factor: Double

  public static let day = 86_400.0
  static let minimumStability = 0.001

  /// - Precondition: `parameters` has 21 values (the defaults are used otherwise).
  public init(
    parameters: [Double] = Scheduler.defaultParameters, desiredRetention: Double = 0.9,
    learningSteps: [Double] = [60, 600], relearningSteps: [Double] = [600],
    maximumInterval: Int = 36_500, fuzz: Bool = true
  ) {
    self.parameters = parameters.count == 21 ? parameters : Self.defaultParameters
    self.desiredRetention = min(max(desiredRetention, 0.01), 0.999)
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = max(1, maximumInterval)
    self.fuzz = fuzz
    decay = -self.parameters[20]
    factor = pow(0.9, 1 / decay) - 1
  }

  private func w(_ index: Int) -> Double { parameters[index] }

  /// Whole days from `last` to `time`, as Python's `timedelta.days` counts them (floor).
  public static func elapsedDays(from last: Double?, to time: Double) -> Int {
    guard let last else { return 0 }
    return Int(((time - last) / day).rounded(.down))
  }

  /// The probability of recalling the card at `time`: 0 for a new card.
  public func retrievability(of state: CardState, at time: Double) -> Double {
    guard let stability = state.stability, let last = state.lastReview else { return 0 }
    let days = Double(max(0, Self.elapsedDays(from: last, to: time)))
    return pow(1 + factor * days / stability, decay)
  }

  /// The state after rating the card at `time`. `random` gives numbers in [0, 1) for the fuzz.
  public func review(
    _ card: CardState, rating: Rating, at time: Double, random: () -> Double = { 0.5 }
  ) -> CardState {
    var next = card
    let daysSince = card.lastReview.map { _ in Self.elapsedDays(from: card.lastReview, to: time) }
    let sameDay = daysSince.map { $0 < 1 } ?? false
    var interval: Double  // seconds

    switch card.phase {
    case .new, .learning:
      let step = card.step ?? 0
      if let stability = card.stability, let difficulty = card.difficulty {
        next.stability =
          sameDay
          ? shortTermStability(stability, rating)
          : nextStability(difficulty, stability, retrievability(of: card, at: time), rating)
        next.difficulty = nextDifficulty(difficulty, rating)
      } else {
        next.stability = initialStability(rating)
        next.difficulty = clampDifficulty(initialDifficulty(rating))
      }
      next.phase = .learning
      next.step = step
      interval = steps(learningSteps, from: step, rating: rating, into: &next)
    case .review:
      let stability = card.stability ?? initialStability(rating)
      let difficulty = card.difficulty ?? clampDifficulty(initialDifficulty(rating))
      next.stability =
        sameDay
        ? shortTermStability(stability, rating)
        : nextStability(difficulty, stability, retrievability(of: card, at: time), rating)
      next.difficulty = nextDifficulty(difficulty, rating)
      if rating == .again {
        next.lapses += 1
        if let first = relearningSteps.first {
          next.phase = .relearning
          next.step = 0
          interval = first
        } else {
          interval = days(next.stability)
        }
      } else {
        interval = days(next.stability)
      }
    case .relearning:
      let step = card.step ?? 0
      let stability = card.stability ?? initialStability(rating)
      let difficulty = card.difficulty ?? clampDifficulty(initialDifficulty(rating))
      next.stability =
        sameDay
        ? shortTermStability(stability, rating)
        : nextStability(difficulty, stability, retrievability(of: card, at: time), rating)
      next.difficulty = nextDifficulty(difficulty, rating)
      interval = steps(relearningSteps, from: step, rating: rating, into: &next)
    }

    if fuzz, next.phase == .review { interval = fuzzed(interval, random: random()) }
    next.due = time + interval
    next.lastReview = time
    next.reviews += 1
    return next
  }

  /// The interval on (re)learning steps; moves the card to review past the last step.
  private func steps(_ steps: [Double], from step: Int, rating: Rating, into card: inout CardState)
    -> Double
  {
    func graduate() -> Double {
      card.phase = .review
      card.step = nil
      return days(card.stability)
    }
    if steps.isEmpty || (step >= steps.count && rating != .again) { return graduate() }
    switch rating {
    case .again:
      card.step = 0
      return steps[0]
    case .hard:
      if step == 0 { return steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2 }
      return steps[min(step, steps.count - 1)]
    case .good:
      if step + 1 >= steps.count { return graduate() }
      card.step = step + 1
      return steps[step + 1]
    case .easy:
      return graduate()
    }
  }

  // MARK: The formulas

  func initialStability(_ rating: Rating) -> Double {
    max(w(rating.rawValue - 1), Self.minimumStability)
  }

  func initialDifficulty(_ rating: Rating) -> Double {
    w(4) - exp(w(5) * Double(rating.rawValue - 1)) + 1
  }

  func clampDifficulty(_ difficulty: Double) -> Double { min(max(difficulty, 1), 10) }

  func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
    let delta = -(w(6) * Double(rating.rawValue - 3))
    let damped = difficulty + (10 - difficulty) * delta / 9
    return clampDifficulty(w(7) * initialDifficulty(.easy) + (1 - w(7)) * damped)
  }

  func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
    var increase = exp(w(17) * (Double(rating.rawValue) - 3 + w(18))) * pow(stability, -w(19))
    if rating >= .good { increase = max(increase, 1) }
    return max(stability * increase, Self.minimumStability)
  }

  func nextStability(
    _ difficulty: Double, _ stability: Double, _ retrievability: Double, _ rating: Rating
  ) -> Double {
    let next: Double
    if rating == .again {
      let longTerm =
        w(11) * pow(difficulty, -w(12)) * (pow(stability + 1, w(13)) - 1)
        * exp((1 - retrievability) * w(14))
      next = min(longTerm, stability / exp(w(17) * w(18)))
    } else {
      let hardPenalty = rating == .hard ? w(15) : 1
      let easyBonus = rating == .easy ? w(16) : 1
      next =
        stability
        * (1 + exp(w(8)) * (11 - difficulty) * pow(stability, -w(9))
          * (exp((1 - retrievability) * w(10)) - 1) * hardPenalty * easyBonus)
    }
    return max(next, Self.minimumStability)
  }

  /// Whole days for `stability` at the desired retention, in seconds.
  private func days(_ stability: Double?) -> Double {
    Double(intervalDays(stability ?? Self.minimumStability)) * Self.day
  }

  func intervalDays(_ stability: Double) -> Int {
    let raw = stability / factor * (pow(desiredRetention, 1 / decay) - 1)
    return min(max(Int(raw.rounded(.toNearestOrEven)), 1), maximumInterval)
  }

  /// py-fsrs's fuzz: a random whole number of days around the interval, wider for longer ones;
  /// none below 2.5 days.
  private func fuzzed(_ interval: Double, random: Double) -> Double {
    let days = Int((interval / Self.day).rounded(.down))
    guard Double(days) >= 2.5 else { return interval }
    var delta = 1.0
    for (start, end, factor) in [(2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, Double.infinity, 0.05)]
    {
      delta += factor * max(min(Double(days), end) - start, 0)
    }
    var low = Int((Double(days) - delta).rounded(.toNearestOrEven))
    var high = Int((Double(days) + delta).rounded(.toNearestOrEven))
    low = max(2, low)
    high = min(high, maximumInterval)
    low = min(low, high)
    let fuzzedDays = (random * Double(high - low + 1) + Double(low)).rounded(.toNearestOrEven)
    return min(fuzzedDays, Double(maximumInterval)) * Self.day
  }
}
