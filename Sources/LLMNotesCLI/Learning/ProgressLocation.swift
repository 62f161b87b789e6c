import LLMNotesCore

/// Where the learner's progress lives and what the clock says, from the environment:
/// `LLMNOTES_DATA`, else `$XDG_DATA_HOME/llmnotes`, else `~/.local/share/llmnotes`; the time
/// from `LLMNOTES_NOW` (ISO-8601) when set, for reproducible sessions.
struct ProgressLocation {
  let folder: String
  /// Seconds to wait for another session's lock (`LLMNOTES_LOCK_WAIT`, default 2).
  let lockWait: Double

  init(environment: [String: String]) throws(UsageError) {
    func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
    if let data = value("LLMNOTES_DATA") {
      folder = data
    } else if let xdg = value("XDG_DATA_HOME"), xdg.hasPrefix("/") {
      folder = xdg + "/llmnotes"
    } else if let home = value("HOME") {
      folder = home + "/.local/share/llmnotes"
    } else {
      throw UsageError("cannot tell where to keep progress: set LLMNOTES_DATA or HOME")
    }
    if let wait = value("LLMNOTES_LOCK_WAIT") {
      guard let seconds = Double(wait), seconds >= 0, seconds <= 3600 else {
        throw UsageError(
          "LLMNOTES_LOCK_WAIT must be a number of seconds, not '\(TerminalText.line(wait))'")
      }
      lockWait = seconds
    } else {
      lockWait = 2
    }
  }

  /// `LLMNOTES_NOW` if set (a usage error when it is not an ISO-8601 time), else the console's
  /// clock.
  static func now(_ environment: [String: String], console: any Console) throws(UsageError)
    -> Double
  {
    guard let text = environment["LLMNOTES_NOW"], !text.isEmpty else { return console.now() }
    guard let time = Timestamp.parse(text) else {
      throw UsageError(
        "LLMNOTES_NOW='\(TerminalText.line(text))' is not an ISO-8601 time; write e.g. 2022-11-29T12:30:00Z"
      )
    }
    return time
  }
}
