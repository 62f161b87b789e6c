/// The exit statuses, documented in the README, `--help` and the man page.
public enum ExitCode: Int32, Sendable, CaseIterable {
  /// The question was answered (`check`: no errors).
  case success = 0
  /// No such topic, an ambiguous name, nothing matched (`check`: errors found).
  case notFound = 1
  /// The command line is wrong.
  case usage = 2
  /// The notes folder cannot be read at all.
  case notesUnavailable = 3
  /// Standard output could not be written (a full disk, a closed file); a closed pipe is not
  /// an error.
  case outputFailed = 4
  /// The learner's progress cannot be used: another session holds it, or it cannot be read
  /// or written (`quiz`, `study`).
  case progressUnavailable = 5

  var meaning: String {
    switch self {
    case .success: "answered (check: no errors)"
    case .notFound: "no such topic, ambiguous name or nothing matched (check: errors found)"
    case .usage: "usage error: unknown command or option, bad or missing value"
    case .notesUnavailable: "the notes folder does not exist or cannot be read"
    case .outputFailed: "standard output could not be written (a closed pipe is not an error)"
    case .progressUnavailable:
      "the learning progress is in use by another session or cannot be read or written"
    }
  }
}
