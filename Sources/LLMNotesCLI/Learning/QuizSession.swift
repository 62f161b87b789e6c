import LLMNotesCore

/// One quiz session: shows each planned card, reads the answer and the rating from the
/// console, and appends the review to the log (flushed and `fsync`ed) before the next card.
/// End of input ends the session; the snapshot is written at the end.
struct QuizSession {
  let graph: TopicGraph
  let plan: QuizPlan
  let scheduler: Scheduler
  let store: ProgressStore
  let renderer: any QuizRenderer
  let console: any Console
  /// Reading from a terminal: prompts are shown and a bad rating is asked again.
  let interactive: Bool
  let fixedNow: Double?
  /// `--limit`: re-asked cards count towards it.
  let limit: Int?

  private func now() -> Double { fixedNow ?? console.now() }

  /// Runs the session; a write failure stops it (what was written stays written).
  func run() -> Result<QuizSummary, ProgressError> {
    renderer.start(due: plan.due.count, new: plan.new.count, retired: plan.retired, to: console)
    var reviewed = 0
    var correct = 0
    var wrong = 0
    var selfGraded = 0
    var endedEarly = false
    let cards = plan.cards
    var asked: [String: Card] = [:]
    var total = cards.count
    var position = 0
    while console.isWritable {
      let card: Card
      if position < cards.count {
        card = cards[position]
      } else if limit.map({ reviewed < $0 }) ?? true, let again = dueAgain(asked) {
        // A card rated Again (or still on its steps) whose step has passed comes back, as in
        // Anki; with a fixed clock (LLMNOTES_NOW) none does.
        card = again
        total += 1
      } else {
        break
      }
      position += 1
      asked[card.id] = card
      let dealt = graph.deal(card, random: console.random(below:))
      let before = store.progress.state(of: card.id)
      renderer.card(dealt, number: position, total: total, state: before, to: console)
      guard let answer = console.readLine() else {
        endedEarly = true
        break
      }
      if !interactive { renderer.echo(answer: answer, to: console) }
      let verdict = dealt.check(answer, names: graph.names(of:))
      renderer.verdict(verdict, on: dealt, to: console)
      guard let rating = readRating(suggested: verdict.suggested) else {
        endedEarly = true
        break
      }
      let time = now()
      let after = scheduler.review(before, rating: rating, at: time, random: randomFraction)
      let record = ReviewRecord(
        sequence: store.nextSequence, cardID: card.id, topicID: card.topic.id, rating: rating,
        time: time,
        elapsedDays: before.phase == .new
          ? 0 : Scheduler.elapsedDays(from: before.lastReview, to: time),
        previousPhase: before.phase, state: after)
      do throws(ProgressError) {
        try store.append(record)
      } catch {
        return .failure(error)
      }
      renderer.recorded(record, to: console)
      reviewed += 1
      switch verdict.outcome {
      case .correct: correct += 1
      case .selfGraded: selfGraded += 1
      case .partlyCorrect, .wrong, .skipped: wrong += 1
      }
    }
    do throws(ProgressError) {
      try store.saveSnapshot()
    } catch {
      return .failure(error)
    }
    let time = now()
    let nextDue = store.progress.states.values.compactMap(\.due).filter { $0 > time }.min()
    return .success(
      QuizSummary(
        reviewed: reviewed, correct: correct, wrong: wrong, selfGraded: selfGraded,
        folder: store.folder, endedEarly: endedEarly, nextDue: nextDue, now: time))
  }

  /// The card asked in this session that is back on a learning step and due now, the most
  /// overdue first.
  private func dueAgain(_ asked: [String: Card]) -> Card? {
    let time = now()
    return asked.values.compactMap { card -> (Card, Double)? in
      let state = store.progress.state(of: card.id)
      guard state.phase == .learning || state.phase == .relearning, let due = state.due,
        due <= time
      else { return nil }
      return (card, due)
    }.min { ($0.1, $0.0.id) < ($1.1, $1.0.id) }?.0
  }

  /// The rating line: `again|hard|good|easy`, `1`–`4` or empty for the suggestion. A line
  /// that is none of these is said so and read again. Nil at the end of input.
  private func readRating(suggested: Rating) -> Rating? {
    while true {
      renderer.ratingPrompt(suggested: suggested, to: console)
      guard let line = console.readLine() else { return nil }
      let text = line.trimmingCharacters()
      if text.isEmpty {
        if !interactive { renderer.echo(rating: suggested, to: console) }
        return suggested
      }
      if let rating = Rating(answer: text) {
        if !interactive { renderer.echo(rating: rating, to: console) }
        return rating
      }
      console.writeError(
        "'\(TerminalText.line(text))' is not a rating; type 1-4, again, hard, good or easy, or an empty line for \(suggested.name)\n"
      )
    }
  }

  private func randomFraction() -> Double {
    Double(console.random(below: 1 << 30)) / Double(1 << 30)
  }
}

extension String {
  fileprivate func trimmingCharacters() -> String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
