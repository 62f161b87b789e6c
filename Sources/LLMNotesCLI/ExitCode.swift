/// The exit statuses, documented in the README and `--help`.
public enum ExitCode: Int32, Sendable, CaseIterable {
  /// The question was answered (`check`: no errors).
  case success = 0
  /// No such topic, an ambiguous name, nothing matched (`check`: errors found).
  case notFound = 1
  /// The command line is wrong.
  case usage = 2
  /// The notes folder cannot be read at all.
  case notesUnavailable = 3

  var meaning: String {
    switch self {
    case .success: "answered (check: no errors)"
    case .notFound: "no such topic, ambiguous name or nothing matched (check: errors found)"
    case .usage: "usage error: unknown command or option, missing argument"
    case .notesUnavailable: "the notes folder does not exist or cannot be read"
    }
  }
}

/// What a run produced: the CLI writes nothing itself, so tests read this directly.
public struct Outcome: Sendable {
  public var stdout = ""
  public var stderr = ""
  public var exitCode = ExitCode.success

  mutating func print(_ line: String = "") { stdout += line + "\n" }
  mutating func printError(_ line: String) { stderr += line + "\n" }
}
