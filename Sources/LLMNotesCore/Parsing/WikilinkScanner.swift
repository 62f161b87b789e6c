/// Finds `[[id]]` and `[[id|text]]` in a note's body, outside fenced code blocks and code spans.
enum WikilinkScanner {
  static func links(in body: ArraySlice<UInt8>, path: String, firstLine: Int) -> [Reference] {
    body.withUnsafeBufferPointer { bytes in
      var references: [Reference] = []
      var line = firstLine
      var lineStart = 0
      var inFence = false
      while lineStart < bytes.count {
        let lineEnd = endOfLine(bytes, from: lineStart)
        defer {
          line += 1
          lineStart = lineEnd + 1
        }
        var first = lineStart
        while first < lineEnd, first - lineStart < 3, bytes[first] == 0x20 { first += 1 }
        if startsFence(bytes, at: first) {
          inFence.toggle()
          continue
        }
        if inFence { continue }
        var index = first
        var inCode = false
        while index < lineEnd {
          let byte = bytes[index]
          if byte == 0x60 {
            inCode.toggle()
          } else if byte == UInt8(ascii: "["), !inCode, index + 1 < lineEnd,
            bytes[index + 1] == UInt8(ascii: "["),
            let close = closingBrackets(bytes, from: index + 2, end: lineEnd)
          {
            let column = column(bytes, of: index, lineStart: lineStart)
            if let reference = reference(
              bytes, inner: (index + 2)..<close, path: path, line: line, column: column,
              base: body.startIndex)
            {
              references.append(reference)
            }
            index = close + 2
            continue
          }
          index += 1
        }
      }
      return references
    }
  }

  private typealias Bytes = UnsafeBufferPointer<UInt8>

  private static func reference(
    _ bytes: Bytes, inner: Range<Int>, path: String, line: Int, column: Int, base: Int
  )
    -> Reference?
  {
    var bar = inner.lowerBound
    while bar < inner.upperBound, bytes[bar] != UInt8(ascii: "|") { bar += 1 }
    let id = trimmed(bytes, inner.lowerBound..<bar)
    guard !id.isEmpty else { return nil }
    let label =
      bar < inner.upperBound ? string(bytes, trimmed(bytes, (bar + 1)..<inner.upperBound)) : nil
    return Reference(
      id: string(bytes, id), location: SourceLocation(path: path, line: line, column: column),
      label: label, bodyRange: (base + inner.lowerBound - 2)..<(base + inner.upperBound + 2))
  }

  /// The offset of the `]]` closing a link before `end` (the end of its line).
  private static func closingBrackets(_ bytes: Bytes, from start: Int, end: Int) -> Int? {
    var index = start
    while index + 1 < end {
      if bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "]") { return index }
      index += 1
    }
    return nil
  }

  private static func startsFence(_ bytes: Bytes, at index: Int) -> Bool {
    guard index + 2 < bytes.count else { return false }
    let byte = bytes[index]
    return (byte == 0x60 || byte == 0x7E) && bytes[index + 1] == byte && bytes[index + 2] == byte
  }

  private static func endOfLine(_ bytes: Bytes, from start: Int) -> Int {
    var index = start
    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
    return index
  }

  private static func column(_ bytes: Bytes, of offset: Int, lineStart: Int) -> Int {
    var column = 1
    for index in lineStart..<offset where bytes[index] & 0b1100_0000 != 0b1000_0000 { column += 1 }
    return column
  }

  private static func trimmed(_ bytes: Bytes, _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
    return lower..<upper
  }

  private static func string(_ bytes: Bytes, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
