/// A place in a notes folder. `line` and `column` start at 1; the column counts Unicode scalars
/// (so `名` is one column, as in most editors), not bytes. A problem with a whole file is at 1:1.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Path relative to the notes folder, with `/` separators.
  public let path: String
  public let line: Int
  public let column: Int

  public init(path: String, line: Int = 1, column: Int = 1) {
    self.path = path
    self.line = line
    self.column = column
  }

  public var description: String {
    "\(path):\(line):\(column)"
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
  }
}
