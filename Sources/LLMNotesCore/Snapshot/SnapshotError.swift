/// Why snapshot bytes were not used. The reader treats every byte as hostile: any of these
/// means "load the notes again", never a crash and never a partly trusted graph.
public enum SnapshotError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bytes do not start with the snapshot magic.
  case notASnapshot
  /// Written by another version of the format.
  case unsupportedVersion(Int)
  /// Shorter or longer than the header says.
  case wrongLength(expected: Int, actual: Int)
  /// The checksum of the payload differs from the header's.
  case checksumMismatch
  /// A value points outside the bytes, or does not decode, at this byte offset.
  case malformed(offset: Int, what: String)

  public var description: String {
    switch self {
    case .notASnapshot: "not a snapshot"
    case .unsupportedVersion(let version): "snapshot format version \(version) is not supported"
    case .wrongLength(let expected, let actual):
      "snapshot is \(actual) bytes, its header says \(expected)"
    case .checksumMismatch: "snapshot checksum does not match"
    case .malformed(let offset, let what): "malformed snapshot at byte \(offset): \(what)"
    }
  }
}
