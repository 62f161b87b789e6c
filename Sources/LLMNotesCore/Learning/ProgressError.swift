/// Why the progress files cannot be used. The message says what to do.
public enum ProgressError: Error, Sendable, CustomStringConvertible {
  case cannotCreate(path: String, reason: String)
  case cannotRead(path: String, reason: String)
  case cannotWrite(path: String, reason: String)
  /// Another session holds the lock (`waited` seconds).
  case locked(path: String, waited: Double)
  /// A line or snapshot was written by a newer llmnotes: nothing is touched.
  case newerVersion(path: String, version: Int)

  public var description: String {
    switch self {
    case .cannotCreate(let path, let reason): "cannot create the progress folder \(path): \(reason)"
    case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    case .locked(let path, let waited):
      "another llmnotes quiz is using \(path) (waited \(waited) s); finish it first, or set "
        + "LLMNOTES_DATA to a different folder"
    case .newerVersion(let path, let version):
      "\(path) has format version \(version), newer than this llmnotes reads "
        + "(\(ReviewRecord.version)); upgrade llmnotes. Nothing was changed."
    }
  }
}

/// Something about the progress files that was repaired or worked around, for the learner to
/// know; never fatal.
public enum ProgressWarning: Sendable, Equatable, CustomStringConvertible {
  /// The last line was cut off (the process was killed while writing it); it is skipped.
  case tornLine(path: String, line: Int)
  /// A file that could not be parsed was moved aside; `kept` of its records were recovered.
  case movedAside(path: String, to: String, kept: Int)
  /// The snapshot was missing, behind the log or unreadable, and was rebuilt from the log.
  case snapshotRebuilt(reason: String)

  public var description: String {
    switch self {
    case .tornLine(let path, let line):
      "\(path):\(line): the last line is incomplete (a session was interrupted while "
        + "writing it); it is skipped"
    case .movedAside(let path, let to, let kept):
      "\(path) could not be parsed; it was moved to \(to)"
        + (kept > 0 ? " and its \(kept) readable record\(kept == 1 ? "" : "s") kept" : "")
    case .snapshotRebuilt(let reason): "the progress snapshot was \(reason); rebuilt from the log"
    }
  }
}
