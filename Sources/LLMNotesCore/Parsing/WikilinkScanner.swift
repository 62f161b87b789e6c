/// Finds `[[id]]` and `[[id|text]]` in a note's body, outside fenced code blocks and code spans.
enum WikilinkScanner {
  static func links(in body: ArraySlice<UInt8>, path: String, firstLine: Int) -> [Reference] {
    var references: [Reference] = []
    let bytes = Array(body)
    var cursor = LineCursor(bytes: bytes, lineNumber: firstLine)
    var inFence = false
    while let (range, line) = cursor.nextLine() {
      let trimmed = bytes[range].drop(while: { $0 == 0x20 })
      if trimmed.starts(with: [0x60, 0x60, 0x60]) || trimmed.starts(with: [0x7E, 0x7E, 0x7E]) {
        inFence.toggle()
        continue
      }
      if inFence { continue }
      var index = range.lowerBound
      var inCode = false
      while index + 1 < range.upperBound {
        if bytes[index] == 0x60 { inCode.toggle() }
        guard !inCode, bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "[")
        else {
          index += 1
          continue
        }
        let start = index + 2
        var end = start
        while end + 1 < range.upperBound,
          !(bytes[end] == UInt8(ascii: "]") && bytes[end + 1] == UInt8(ascii: "]"))
        {
          end += 1
        }
        guard end + 1 < range.upperBound else { break }
        let inner = bytes.string(start..<end)
        let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let id = parts.first.map { $0.trimmingBlanks() } ?? ""
        let label = parts.count > 1 ? parts[1].trimmingBlanks() : nil
        if !id.isEmpty {
          let column = bytes.column(of: index, lineStart: range.lowerBound)
          references.append(
            Reference(
              id: id, location: SourceLocation(path: path, line: line, column: column),
              label: label))
        }
        index = end + 2
      }
    }
    return references
  }
}

extension StringProtocol {
  func trimmingBlanks() -> String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view.removeFirst() }
    while let last = view.last, last.isWhitespace { view.removeLast() }
    return String(view)
  }
}
