/// Parses a note's body into a `MarkdownDocument`: the Markdown the notes use (ATX headings,
/// paragraphs, nested lists, fenced code, pipe tables, block quotes, rules; code spans, `*em*`,
/// `**strong**`, `[[wikilinks]]`), over one byte cursor.
///
/// Linear in the body: each line is classified once per nesting level (at most `maximumDepth`),
/// and every closing delimiter is found by binary search in positions collected in one pass.
struct BodyParser {
  /// Deeper lists and quotes are read as paragraphs, so hostile nesting cannot recurse far.
  static let maximumDepth = 16

  static func parse(_ bytes: ArraySlice<UInt8>, firstLine: Int) -> MarkdownDocument {
    var parser = BodyParser(bytes: bytes)
    let lines = parser.splitLines(firstLine: firstLine)
    let blocks = parser.blocks(lines[...], depth: 0)
    return MarkdownDocument(source: bytes, blocks: blocks, links: parser.links)
  }

  /// A line, or what is left of it once list and quote markers are stripped.
  struct Line {
    var start: Int
    let end: Int
    /// Where the line starts in the file, for columns.
    let origin: Int
    let number: Int
  }

  private let bytes: ArraySlice<UInt8>
  private var links: [MarkdownDocument.Wikilink] = []
  /// Columns along one line are counted once, whatever the number of links on it.
  private var columns = ColumnCounter()

  private init(bytes: ArraySlice<UInt8>) { self.bytes = bytes }

  private func splitLines(firstLine: Int) -> [Line] {
    var lines: [Line] = []
    var start = bytes.startIndex
    var number = firstLine
    while start < bytes.endIndex {
      var end = start
      while end < bytes.endIndex, bytes[end] != 0x0A { end += 1 }
      let contentEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
      lines.append(Line(start: start, end: contentEnd, origin: start, number: number))
      number += 1
      start = end + 1
    }
    return lines
  }

  // MARK: Blocks

  private mutating func blocks(_ lines: ArraySlice<Line>, depth: Int) -> [MarkdownDocument.Block] {
    var result: [MarkdownDocument.Block] = []
    var index = lines.startIndex
    while index < lines.endIndex {
      let line = lines[index]
      let first = firstNonSpace(line)
      if first == line.end {
        index += 1
        continue
      }
      let indent = first - line.start
      if indent < 4, let fence = fence(at: first, line) {
        index = code(lines, from: index, fence: fence, indent: indent, into: &result)
      } else if indent < 4, let level = headingLevel(at: first, line) {
        let content = trimmed(min(first + level + 1, line.end)..<line.end, droppingHashes: true)
        result.append(.heading(level: level, content: inlines(content, line), line: line.number))
        index += 1
      } else if indent < 4, isRule(first, line) {
        result.append(.rule(line: line.number))
        index += 1
      } else if indent < 4, bytes[first] == UInt8(ascii: "|"), index + 1 < lines.endIndex,
        isTableSeparator(lines[index + 1])
      {
        index = table(lines, from: index, into: &result)
      } else if indent < 4, bytes[first] == UInt8(ascii: ">"), depth < Self.maximumDepth {
        var inner: [Line] = []
        var next = index
        while next < lines.endIndex {
          var quoted = lines[next]
          let start = firstNonSpace(quoted)
          guard start < quoted.end, bytes[start] == UInt8(ascii: ">") else { break }
          quoted.start = start + 1
          if quoted.start < quoted.end, bytes[quoted.start] == 0x20 { quoted.start += 1 }
          inner.append(quoted)
          next += 1
        }
        result.append(.quote(blocks(inner[...], depth: depth + 1), line: line.number))
        index = next
      } else if let marker = listMarker(at: first, line), depth < Self.maximumDepth {
        index = list(lines, from: index, marker: marker, depth: depth, into: &result)
      } else {
        var paragraph: [[MarkdownDocument.Inline]] = []
        var next = index
        while next < lines.endIndex {
          let candidate = lines[next]
          let start = firstNonSpace(candidate)
          if start == candidate.end { break }
          if next > index, interruptsParagraph(at: start, candidate) { break }
          paragraph.append(inlines(trimmed(start..<candidate.end), candidate))
          next += 1
        }
        result.append(.paragraph(lines: paragraph, line: line.number))
        index = next
      }
    }
    return result
  }

  private func interruptsParagraph(at start: Int, _ line: Line) -> Bool {
    let indent = start - line.start
    guard indent < 4 else { return false }
    return fence(at: start, line) != nil || headingLevel(at: start, line) != nil
      || isRule(start, line) || bytes[start] == UInt8(ascii: ">")
      || listMarker(at: start, line) != nil
  }

  private struct Fence {
    let byte: UInt8
    let length: Int
    let info: Range<Int>
  }

  private func fence(at start: Int, _ line: Line) -> Fence? {
    let byte = bytes[start]
    guard byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") else { return nil }
    var end = start
    while end < line.end, bytes[end] == byte { end += 1 }
    guard end - start >= 3 else { return nil }
    return Fence(byte: byte, length: end - start, info: trimmed(end..<line.end))
  }

  private mutating func code(
    _ lines: ArraySlice<Line>, from index: Int, fence: Fence, indent: Int,
    into result: inout [MarkdownDocument.Block]
  ) -> Int {
    var content: [Range<Int>] = []
    var next = index + 1
    while next < lines.endIndex {
      let line = lines[next]
      let start = firstNonSpace(line)
      if start < line.end, start - line.start < 4, let closing = self.fence(at: start, line),
        closing.byte == fence.byte, closing.length >= fence.length, closing.info.isEmpty
      {
        next += 1
        break
      }
      // The fence's own indentation is not part of the code.
      var codeStart = line.start
      while codeStart < line.end, codeStart - line.start < indent, bytes[codeStart] == 0x20 {
        codeStart += 1
      }
      content.append(codeStart..<line.end)
      next += 1
    }
    result.append(.code(info: fence.info, lines: content, line: lines[index].number))
    return next
  }

  private func headingLevel(at start: Int, _ line: Line) -> Int? {
    var end = start
    while end < line.end, bytes[end] == UInt8(ascii: "#") { end += 1 }
    let level = end - start
    guard (1...6).contains(level), end == line.end || bytes[end] == 0x20 else { return nil }
    return level
  }

  private func isRule(_ start: Int, _ line: Line) -> Bool {
    let byte = bytes[start]
    guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
    else { return false }
    var count = 0
    for index in start..<line.end {
      if bytes[index] == byte {
        count += 1
      } else if bytes[index] != 0x20 {
        return false
      }
    }
    return count >= 3
  }

  // MARK: Lists

  private struct ListMarker {
    let ordered: Bool
    let number: Int
    /// `-`, `*`, `+`, or `.` / `)` after a number: items of one list share it.
    let delimiter: UInt8
    /// Columns from the line's start to the item's content.
    let contentOffset: Int
  }

  private func listMarker(at start: Int, _ line: Line) -> ListMarker? {
    let byte = bytes[start]
    let indent = start - line.start
    if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
      guard start + 1 == line.end || bytes[start + 1] == 0x20 else { return nil }
      return ListMarker(
        ordered: false, number: 1, delimiter: byte, contentOffset: indent + 2)
    }
    var end = start
    var number = 0
    while end < line.end, end - start < 9, (0x30...0x39).contains(bytes[end]) {
      number = number * 10 + Int(bytes[end] - 0x30)
      end += 1
    }
    guard end > start, end < line.end,
      bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"),
      end + 1 == line.end || bytes[end + 1] == 0x20
    else { return nil }
    return ListMarker(
      ordered: true, number: number, delimiter: bytes[end], contentOffset: indent + end - start + 2)
  }

  private mutating func list(
    _ lines: ArraySlice<Line>, from index: Int, marker first: ListMarker, depth: Int,
    into result: inout [MarkdownDocument.Block]
  ) -> Int {
    let listIndent = firstNonSpace(lines[index]) - lines[index].start
    var items: [[MarkdownDocument.Block]] = []
    var next = index
    while next < lines.endIndex {
      let line = lines[next]
      let start = firstNonSpace(line)
      guard start < line.end, start - line.start == listIndent,
        let marker = listMarker(at: start, line), marker.ordered == first.ordered,
        marker.delimiter == first.delimiter
      else { break }
      // The item: its first line after the marker, then every line indented past the list's
      // own indentation (blank lines inside it included), de-indented to the item's content.
      var itemLines = [
        Line(
          start: min(line.start + marker.contentOffset, line.end), end: line.end,
          origin: line.origin, number: line.number)
      ]
      next += 1
      while next < lines.endIndex {
        let candidate = lines[next]
        let candidateStart = firstNonSpace(candidate)
        if candidateStart == candidate.end {
          // A blank line belongs to the item only if the item goes on after it.
          var after = next + 1
          while after < lines.endIndex, firstNonSpace(lines[after]) == lines[after].end {
            after += 1
          }
          guard after < lines.endIndex,
            firstNonSpace(lines[after]) - lines[after].start > listIndent
          else { break }
          itemLines.append(candidate)
          next += 1
          continue
        }
        guard candidateStart - candidate.start > listIndent else { break }
        var stripped = candidate
        stripped.start = min(candidate.start + marker.contentOffset, candidateStart)
        itemLines.append(stripped)
        next += 1
      }
      items.append(blocks(itemLines[...], depth: depth + 1))
    }
    result.append(
      .list(ordered: first.ordered, start: first.number, items: items, line: lines[index].number))
    return next
  }

  // MARK: Tables

  private func isTableSeparator(_ line: Line) -> Bool {
    let start = firstNonSpace(line)
    guard start < line.end, bytes[start] == UInt8(ascii: "|") else { return false }
    var dashes = 0
    for index in start..<line.end {
      switch bytes[index] {
      case UInt8(ascii: "-"): dashes += 1
      case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20: continue
      default: return false
      }
    }
    return dashes > 0
  }

  private mutating func table(
    _ lines: ArraySlice<Line>, from index: Int, into result: inout [MarkdownDocument.Block]
  ) -> Int {
    let header = cells(lines[index])
    var rows: [[[MarkdownDocument.Inline]]] = []
    var next = index + 2
    while next < lines.endIndex {
      let line = lines[next]
      let start = firstNonSpace(line)
      guard start < line.end, bytes[start] == UInt8(ascii: "|") else { break }
      rows.append(cells(line))
      next += 1
    }
    result.append(.table(header: header, rows: rows, line: lines[index].number))
    return next
  }

  /// A row's cells: split at `|` outside code spans, outer pipes dropped, each cell trimmed.
  private mutating func cells(_ line: Line) -> [[MarkdownDocument.Inline]] {
    var ranges: [Range<Int>] = []
    var start = firstNonSpace(line)
    if start < line.end, bytes[start] == UInt8(ascii: "|") { start += 1 }
    var cellStart = start
    var inCode = false
    var index = start
    while index < line.end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "`") {
        inCode.toggle()
      } else if byte == UInt8(ascii: "\\"), index + 1 < line.end {
        index += 2
        continue
      } else if byte == UInt8(ascii: "|"), !inCode {
        ranges.append(cellStart..<index)
        cellStart = index + 1
      }
      index += 1
    }
    let last = trimmed(cellStart..<line.end)
    if !last.isEmpty { ranges.append(cellStart..<line.end) }
    return ranges.map { inlines(trimmed($0), line) }
  }

  // MARK: Inlines

  /// Positions of the delimiters in one line, each list sorted, found in one pass.
  private struct Delimiters {
    var backtickRuns: [Int: [Int]] = [:]
    var closingBrackets: [Int] = []
    var doubleStars: [Int] = []
    var singleStars: [Int] = []
  }

  private mutating func inlines(_ range: Range<Int>, _ line: Line) -> [MarkdownDocument.Inline] {
    var delimiters = Delimiters()
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "`") {
        var end = index
        while end < range.upperBound, bytes[end] == byte { end += 1 }
        delimiters.backtickRuns[end - index, default: []].append(index)
        index = end
        continue
      }
      if byte == UInt8(ascii: "]"), index + 1 < range.upperBound,
        bytes[index + 1] == UInt8(ascii: "]")
      {
        delimiters.closingBrackets.append(index)
        index += 2
        continue
      }
      if byte == UInt8(ascii: "*") {
        if index + 1 < range.upperBound, bytes[index + 1] == byte {
          delimiters.doubleStars.append(index)
          index += 2
          continue
        }
        delimiters.singleStars.append(index)
      }
      index += 1
    }
    return spans(range, line, delimiters, depth: 0)
  }

  private mutating func spans(
    _ range: Range<Int>, _ line: Line, _ delimiters: Delimiters, depth: Int
  ) -> [MarkdownDocument.Inline] {
    var result: [MarkdownDocument.Inline] = []
    var textStart = range.lowerBound
    var index = range.lowerBound
    func flush(upTo end: Int) {
      if end > textStart { result.append(.text(textStart..<end)) }
    }
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == UInt8(ascii: "`") {
        var end = index
        while end < range.upperBound, bytes[end] == byte { end += 1 }
        let length = end - index
        if let close = Self.first(in: delimiters.backtickRuns[length] ?? [], atLeast: end),
          close + length <= range.upperBound
        {
          flush(upTo: index)
          result.append(.code(end..<close))
          index = close + length
          textStart = index
        } else {
          index = end
        }
        continue
      }
      if byte == UInt8(ascii: "["), index + 1 < range.upperBound,
        bytes[index + 1] == UInt8(ascii: "["),
        let close = Self.first(in: delimiters.closingBrackets, atLeast: index + 2),
        close + 2 <= range.upperBound, let link = wikilink(index, close, line)
      {
        flush(upTo: index)
        result.append(.link(link))
        links.append(link)
        index = close + 2
        textStart = index
        continue
      }
      if byte == UInt8(ascii: "*"), depth < 4 {
        let isDouble = index + 1 < range.upperBound && bytes[index + 1] == byte
        let width = isDouble ? 2 : 1
        let candidates = isDouble ? delimiters.doubleStars : delimiters.singleStars
        if let close = Self.first(in: candidates, atLeast: index + width + 1),
          close + width <= range.upperBound
        {
          flush(upTo: index)
          let inner = spans((index + width)..<close, line, delimiters, depth: depth + 1)
          result.append(isDouble ? .strong(inner) : .emphasis(inner))
          index = close + width
          textStart = index
          continue
        }
        index += width
        continue
      }
      index += 1
    }
    flush(upTo: range.upperBound)
    return result
  }

  private mutating func wikilink(_ open: Int, _ close: Int, _ line: Line)
    -> MarkdownDocument.Wikilink?
  {
    let inner = (open + 2)..<close
    var bar = inner.lowerBound
    while bar < inner.upperBound, bytes[bar] != UInt8(ascii: "|") { bar += 1 }
    let target = trimmed(inner.lowerBound..<bar)
    guard !target.isEmpty else { return nil }
    let label = bar < inner.upperBound ? trimmed((bar + 1)..<inner.upperBound) : nil
    return MarkdownDocument.Wikilink(
      target: String(decoding: bytes[target], as: UTF8.self), label: label,
      line: line.number, column: column(of: open, origin: line.origin))
  }

  private mutating func column(of offset: Int, origin: Int) -> Int {
    columns.column(of: offset, lineStart: origin, in: bytes)
  }

  // MARK: Helpers

  /// The first position in sorted `positions` that is `>= bound`.
  private static func first(in positions: [Int], atLeast bound: Int) -> Int? {
    var low = 0
    var high = positions.count
    while low < high {
      let middle = (low + high) / 2
      if positions[middle] < bound { low = middle + 1 } else { high = middle }
    }
    return low < positions.count ? positions[low] : nil
  }

  private func firstNonSpace(_ line: Line) -> Int {
    var index = line.start
    while index < line.end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    return index
  }

  private func trimmed(_ range: Range<Int>, droppingHashes: Bool = false) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
    if droppingHashes {
      var end = upper
      while end > lower, bytes[end - 1] == UInt8(ascii: "#") { end -= 1 }
      if end == lower || bytes[end - 1] == 0x20 {
        upper = end
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
      }
    }
    return lower..<upper
  }
}
