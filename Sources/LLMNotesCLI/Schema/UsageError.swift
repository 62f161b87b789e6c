import LLMNotesCore

/// A command-line mistake: printed as `error: …` with the usage, exit status 2.
struct UsageError: Error, Sendable {
  let message: String
  /// The command whose usage to show, if known.
  var command: CommandSpec?

  init(_ message: String, command: CommandSpec? = nil) {
    self.message = message
    self.command = command
  }
}

/// The core's one wording of a suggestion, for the nearest of `candidates` to `word`.
func didYouMean(_ word: String, among candidates: [String], prefix: String = "") -> String {
  didYouMean(candidates.nearest(to: word), prefix: prefix)
}
