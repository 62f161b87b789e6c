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

/// " Did you mean '--json'?" — the one wording of every suggestion, or "" when nothing is close.
func didYouMean(_ word: String, among candidates: [String], prefix: String = "") -> String {
  candidates.nearest(to: word).map { " Did you mean '\(prefix)\($0)'?" } ?? ""
}
