/// A value-type cursor over the lines of a UTF-8 buffer that knows its line number, so every
/// failure can say where it is. Lines end at `\n`; a `\r` before it is not part of the line.
struct LineCursor {
  let bytes: [UInt8]
  private(set) var offset: Int
  private(set) var lineNumber: Int

  init(bytes: [UInt8], offset: Int = 0, lineNumber: Int = 1) {
    self.bytes = bytes
    self.offset = offset
    self.lineNumber = lineNumber
  }

  /// The next line's byte range (without the line break) and number, advancing past it.
  mutating func nextLine() -> (range: Range<Int>, number: Int)? {
    guard offset < bytes.count else { return nil }
    let start = offset
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
    offset = end < bytes.count ? end + 1 : end
    var contentEnd = end
    if contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
    lineNumber += 1
    return (start..<contentEnd, lineNumber - 1)
  }
}

/// Columns on a line, counted incrementally: offsets asked for in increasing order cost the bytes
/// between them, not the bytes from the line start each time, so a line of 100,000 list items is
/// read in linear time. Going back, or to another line, counts again from the line start.
struct ColumnCounter {
  private var lineStart = -1
  private var offset = 0
  private var column = 1

  /// The column (1-based, in Unicode scalars) of `target` on the line starting at `lineStart`.
  mutating func column<Bytes: RandomAccessCollection<UInt8>>(
    of target: Int, lineStart: Int, in bytes: Bytes
  ) -> Int where Bytes.Index == Int {
    if lineStart != self.lineStart || target < offset {
      self.lineStart = lineStart
      offset = lineStart
      column = 1
    }
    let end = min(target, bytes.endIndex)
    while offset < end {
      if bytes[offset] & 0b1100_0000 != 0b1000_0000 { column += 1 }
      offset += 1
    }
    return column
  }
}

extension Array where Element == UInt8 {
  func string(_ range: Range<Int>) -> String {
    String(decoding: self[range], as: UTF8.self)
  }
}
