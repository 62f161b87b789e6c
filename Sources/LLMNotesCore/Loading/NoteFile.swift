/// A note file's path (relative to the notes folder, `/`-separated) and its bytes, however they
/// were obtained: from disk, from the binary's built-in notes, or from a test.
public struct NoteFile: Sendable {
  public let path: String
  public let bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}
