import LLMNotesCore

/// Writes a quiz session as it happens: each card, the verdict on its answer, the rating
/// prompt, the recorded review, and the end.
protocol QuizRenderer {
  func start(due: Int, new: Int, retired: Int, to console: any Console)
  func card(_ card: DealtCard, number: Int, total: Int, state: CardState, to console: any Console)
  /// The answer as read from piped input (a terminal echoes it itself).
  func echo(answer: String, to console: any Console)
  func verdict(_ verdict: Verdict, on card: DealtCard, to console: any Console)
  func ratingPrompt(suggested: Rating, to console: any Console)
  func echo(rating: Rating, to console: any Console)
  func recorded(_ record: ReviewRecord, to console: any Console)
  func end(_ summary: QuizSummary, to console: any Console)
}

/// What a session did, for its last lines.
struct QuizSummary {
  let reviewed: Int
  let correct: Int
  let wrong: Int
  let selfGraded: Int
  let folder: String
  /// The end of input came before the planned cards were done.
  let endedEarly: Bool
  /// When the next card falls due after this session, if any is scheduled.
  let nextDue: Double?
  let now: Double
}

extension Verdict.Outcome {
  var name: String {
    switch self {
    case .correct: "correct"
    case .partlyCorrect: "partly-correct"
    case .wrong: "wrong"
    case .selfGraded: "self-graded"
    case .skipped: "skipped"
    }
  }
}

extension DealtCard {
  var typeName: String {
    switch card.response {
    case .choice(_, _, let multiple): multiple ? "multiple-choice" : "choice"
    case .typed: "typed"
    case .selfGraded: "self-graded"
    }
  }
}

/// "10 分钟后", "3 天后": how far off a time is, the way the quiz says it.
func relativeTime(_ seconds: Double) -> String {
  let minutes = Int((seconds / 60).rounded())
  if minutes < 1 { return "现在" }
  if minutes < 60 { return "\(minutes) 分钟后" }
  let hours = Int((seconds / 3600).rounded())
  if hours < 24 { return "\(hours) 小时后" }
  return "\(Int((seconds / 86_400).rounded())) 天后"
}
