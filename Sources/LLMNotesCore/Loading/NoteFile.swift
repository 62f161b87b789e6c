/// A note file's path (relative to the notes folder, `/`-separated) and its bytes, however they
/// were obtained: from disk, from the binary's built-in notes, or from a test.
public struct NoteFile: Sendable {
  public let path: String
  public let bytes: [UInt8]
  /// Set when the bytes come from a Swift string, which is valid UTF-8 by construction, so the
  /// parser need not check again.
  let isValidUTF8: Bool

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    self.isValidUTF8 = false
  }

  public init(path: String, text: String) {
    self.path = path
    self.bytes = Array(text.utf8)
    self.isValidUTF8 = true
  }
}
