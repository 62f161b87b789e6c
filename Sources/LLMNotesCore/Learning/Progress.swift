/// The learner's progress in memory: every reviewed card's latest state and the counts stats
/// need, built by replaying the review log (or read from the snapshot, then the log's tail).
public struct Progress: Sendable {
  public private(set) var states: [String: CardState] = [:]
  /// The topic each reviewed card belongs to (kept for retired cards too).
  public private(set) var topics: [String: String] = [:]
  /// Reviews in the log.
  public private(set) var reviewCount = 0
  /// Answers given to cards in the review phase, and how many of them were not Again: the
  /// true retention.
  public private(set) var reviewPhaseAnswers = 0
  public private(set) var reviewPhaseRecalled = 0
  public private(set) var lastSequence = 0
  /// The time of the latest review.
  public private(set) var lastReviewTime: Double?

  public init() {}

  public func state(of cardID: String) -> CardState { states[cardID] ?? .new }

  public mutating func apply(_ record: ReviewRecord) {
    states[record.cardID] = record.state
    if !record.topicID.isEmpty { topics[record.cardID] = record.topicID }
    reviewCount += 1
    lastSequence = max(lastSequence, record.sequence)
    lastReviewTime = max(lastReviewTime ?? record.time, record.time)
    if record.previousPhase == .review {
      reviewPhaseAnswers += 1
      if record.rating != .again { reviewPhaseRecalled += 1 }
    }
  }

  /// True retention: the share of review-phase answers that were recalled; nil before any.
  public var trueRetention: Double? {
    reviewPhaseAnswers == 0 ? nil : Double(reviewPhaseRecalled) / Double(reviewPhaseAnswers)
  }

  // MARK: Snapshot lines

  func snapshotLines(logBytes: Int) -> [String] {
    var header = FlatJSON()
    header.set("version", ReviewRecord.version)
    header.set("type", "snapshot")
    header.set("reviews", reviewCount)
    header.set("log_bytes", logBytes)
    header.set("last_seq", lastSequence)
    header.set("review_phase_answers", reviewPhaseAnswers)
    header.set("review_phase_recalled", reviewPhaseRecalled)
    header.set("last_review", lastReviewTime.map(Timestamp.format))
    var lines = [header.line]
    for id in states.keys.sorted() {
      guard let state = states[id] else { continue }
      var json = FlatJSON()
      json.set("card", id)
      json.set("topic", topics[id])
      state.write(to: &json)
      lines.append(json.line)
    }
    return lines
  }

  enum SnapshotParse {
    case snapshot(Progress, logBytes: Int)
    case newerVersion(Int)
    case invalid
  }

  static func parseSnapshot(_ bytes: [UInt8]) -> SnapshotParse {
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
    guard bytes.last == UInt8(ascii: "\n"), let first = lines.first,
      let header = FlatJSON(parsing: first), let version = header.integer("version")
    else { return .invalid }
    if version > ReviewRecord.version { return .newerVersion(version) }
    guard header.string("type") == "snapshot", let reviews = header.integer("reviews"),
      let logBytes = header.integer("log_bytes"), reviews >= 0, logBytes >= 0
    else { return .invalid }
    var progress = Progress()
    progress.reviewCount = reviews
    progress.lastSequence = header.integer("last_seq") ?? reviews
    progress.reviewPhaseAnswers = header.integer("review_phase_answers") ?? 0
    progress.reviewPhaseRecalled = header.integer("review_phase_recalled") ?? 0
    progress.lastReviewTime = header.string("last_review").flatMap(Timestamp.parse)
    for line in lines.dropFirst() {
      guard let json = FlatJSON(parsing: line), let id = json.string("card"),
        let state = CardState(json)
      else { return .invalid }
      progress.states[id] = state
      if let topic = json.string("topic") { progress.topics[id] = topic }
    }
    return .snapshot(progress, logBytes: logBytes)
  }
}
