/// A place in a notes folder. `line` and `column` start at 1; the column counts Unicode scalars
/// (so `名` is one column, as in most editors), not bytes. Line 0 means the whole file.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Path relative to the notes folder, with `/` separators.
  public let path: String
  public let line: Int
  public let column: Int

  public init(path: String, line: Int = 0, column: Int = 0) {
    self.path = path
    self.line = line
    self.column = column
  }

  public var description: String {
    line > 0 ? "\(path):\(line):\(max(column, 1))" : path
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
  }
}
