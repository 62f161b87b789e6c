import LLMNotesCore

/// The quiz for other programs: one JSON object per line, each with an `event`: `card`,
/// `verdict`, `review` (written after the review is on disk) and `end`.
struct QuizJSON: QuizRenderer {
  func start(due: Int, new: Int, retired: Int, to console: any Console) {
    emit(
      [
        ("event", .string("start")), ("due", .number(due)), ("new", .number(new)),
        ("retired", .number(retired)),
      ], to: console)
  }

  func card(_ card: DealtCard, number: Int, total: Int, state: CardState, to console: any Console) {
    let options = card.options.enumerated().map { index, option in
      JSONValue.object([
        ("number", .number(index + 1)), ("id", .string(option.id)),
        ("title", .string(option.title)),
      ])
    }
    emit(
      [
        ("event", .string("card")), ("number", .number(number)), ("total", .number(total)),
        ("id", .string(card.card.id)), ("topic", .topic(card.card.topic)),
        ("type", .string(card.typeName)), ("state", .string(state.phase.rawValue)),
        ("prompt", .string(card.card.prompt)), ("options", .array(options)),
      ], to: console)
  }

  func echo(answer: String, to console: any Console) {}

  func verdict(_ verdict: Verdict, on card: DealtCard, to console: any Console) {
    var members: [(String, JSONValue)] = [
      ("event", .string("verdict")), ("id", .string(card.card.id)),
      ("outcome", .string(verdict.outcome.name)),
      ("chosen", .array(verdict.chosen.map { .number($0 + 1) })),
      ("correct", .array(card.correct.sorted().map { .number($0 + 1) })),
      ("fact", .string(card.card.fact)), ("source", .string("llmnotes show \(card.card.topic.id)")),
      ("suggested", .string(verdict.suggested.name)),
    ]
    if case .selfGraded(.lines(let lines)) = card.card.response {
      members.append(("answer", .array(lines.map(JSONValue.string))))
    }
    emit(members, to: console)
  }

  func ratingPrompt(suggested: Rating, to console: any Console) {}
  func echo(rating: Rating, to console: any Console) {}

  func recorded(_ record: ReviewRecord, to console: any Console) {
    let state = record.state
    emit(
      [
        ("event", .string("review")), ("seq", .number(record.sequence)),
        ("id", .string(record.cardID)), ("rating", .string(record.rating.name)),
        ("time", .string(Timestamp.format(record.time))), ("state", .string(state.phase.rawValue)),
        ("stability", state.stability.map(JSONValue.decimal) ?? .null),
        ("difficulty", state.difficulty.map(JSONValue.decimal) ?? .null),
        ("due", state.due.map { .string(Timestamp.format($0)) } ?? .null),
      ], to: console)
    console.flush()
  }

  func end(_ summary: QuizSummary, to console: any Console) {
    emit(
      [
        ("event", .string("end")), ("reviewed", .number(summary.reviewed)),
        ("correct", .number(summary.correct)), ("wrong", .number(summary.wrong)),
        ("self_graded", .number(summary.selfGraded)), ("ended_early", .bool(summary.endedEarly)),
        ("next_due", summary.nextDue.map { .string(Timestamp.format($0)) } ?? .null),
        ("data", .string(summary.folder)),
      ], to: console)
  }

  private func emit(_ members: [(String, JSONValue)], to console: any Console) {
    console.write(JSONValue.object(members).line + "\n")
  }
}
