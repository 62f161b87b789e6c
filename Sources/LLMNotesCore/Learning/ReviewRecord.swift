/// One answer, as one line of the review log: which card, the rating, when, the whole days
/// since the card's previous review, and the card's state after it.
public struct ReviewRecord: Sendable, Equatable {
  /// The log format; a line with a higher version was written by a newer llmnotes.
  public static let version = 1

  /// Position in the log, from 1.
  public var sequence: Int
  public var cardID: String
  public var topicID: String
  public var rating: Rating
  public var time: Double
  public var elapsedDays: Int
  /// The phase before the answer: a review-phase answer counts towards true retention.
  public var previousPhase: CardState.Phase
  public var state: CardState

  public init(
    sequence: Int, cardID: String, topicID: String, rating: Rating, time: Double,
    elapsedDays: Int, previousPhase: CardState.Phase, state: CardState
  ) {
    self.sequence = sequence
    self.cardID = cardID
    self.topicID = topicID
    self.rating = rating
    self.time = time
    self.elapsedDays = elapsedDays
    self.previousPhase = previousPhase
    self.state = state
  }

  var json: FlatJSON {
    var json = FlatJSON()
    json.set("version", Self.version)
    json.set("seq", sequence)
    json.set("card", cardID)
    json.set("topic", topicID)
    json.set("rating", rating.name)
    json.set("time", Timestamp.format(time))
    json.set("elapsed_days", elapsedDays)
    json.set("from", previousPhase.rawValue)
    state.write(to: &json)
    return json
  }

  enum Parsed {
    case record(ReviewRecord)
    case newerVersion(Int)
    case invalid
  }

  static func parse(_ line: some Collection<UInt8>) -> Parsed {
    guard let json = FlatJSON(parsing: line), let version = json.integer("version") else {
      return .invalid
    }
    if version > Self.version { return .newerVersion(version) }
    guard let sequence = json.integer("seq"), let card = json.string("card"),
      let rating = json.string("rating").flatMap(Rating.init(answer:)),
      let time = json.string("time").flatMap(Timestamp.parse),
      let previous = json.string("from").flatMap(CardState.Phase.init(rawValue:)),
      let state = CardState(json)
    else { return .invalid }
    return .record(
      ReviewRecord(
        sequence: sequence, cardID: card, topicID: json.string("topic") ?? "", rating: rating,
        time: time, elapsedDays: json.integer("elapsed_days") ?? 0, previousPhase: previous,
        state: state))
  }
}

extension CardState {
  func write(to json: inout FlatJSON) {
    json.set("state", phase.rawValue)
    json.set("step", step)
    json.set("stability", stability)
    json.set("difficulty", difficulty)
    json.set("due", due.map(Timestamp.format))
    json.set("last_review", lastReview.map(Timestamp.format))
    json.set("reviews", reviews)
    json.set("lapses", lapses)
  }

  init?(_ json: FlatJSON) {
    guard let phase = json.string("state").flatMap(Phase.init(rawValue:)) else { return nil }
    func optionalTime(_ key: String) -> Double?? {
      if json.isNull(key) || json[key] == nil { return .some(nil) }
      return json.string(key).flatMap(Timestamp.parse).map { .some($0) }
    }
    guard let due = optionalTime("due"), let last = optionalTime("last_review") else { return nil }
    self.init(
      phase: phase, step: json.integer("step"), stability: json.number("stability"),
      difficulty: json.number("difficulty"), due: due, lastReview: last,
      reviews: json.integer("reviews") ?? 0, lapses: json.integer("lapses") ?? 0)
  }
}
