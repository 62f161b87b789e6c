/// Reads the documented YAML subset between the `---` lines. Anything outside the subset is a
/// diagnostic with its line and column, never a guess: a misread note is worse than a reported one.
struct FrontmatterParser {
  let path: String
  let bytes: [UInt8]
  private(set) var diagnostics: [Diagnostic] = []
  private var columns = ColumnCounter()

  init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// The split note, or nil when the note cannot be read at all (its diagnostics say why).
  mutating func parse() -> RawNote? {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      report(.emptyNote, line: 1, column: 1, "the note is empty; write a frontmatter and a body")
      return nil
    }
    var cursor = LineCursor(bytes: bytes)
    guard let first = cursor.nextLine(), isFence(first.range) else {
      report(
        .missingFrontmatter, line: 1, column: 1,
        "a note must start with a '---' line opening its frontmatter")
      return nil
    }
    var frontmatter = Frontmatter()
    var seenKeys = SeenKeys()
    // The key of a block list being read; its items live apart so appending stays O(1).
    var openList: (key: String, line: Int)?
    var openItems: [Frontmatter.Scalar] = []
    // After a value outside the subset (`summary: |`), its indented continuation is part of
    // the same mistake, not a second one.
    var skippingContinuation = false

    func closeOpenList() {
      if let list = openList {
        let value: Frontmatter.Value =
          openItems.isEmpty
          ? .scalar(Frontmatter.Scalar(text: "", line: list.line, column: 1)) : .list(openItems)
        openItems = []
        frontmatter.entries.append(Frontmatter.Entry(key: list.key, line: list.line, value: value))
        openList = nil
      }
    }

    while let (range, line) = cursor.nextLine() {
      if isFence(range) {
        closeOpenList()
        let body = bytes[cursor.offset...]
        return RawNote(
          frontmatter: frontmatter, bodyBytes: body,
          bodyLine: line + 1)
      }
      let indent = leadingBlanks(range)
      let content = indent..<range.upperBound
      if content.isEmpty || bytes[content.lowerBound] == UInt8(ascii: "#") { continue }
      if skippingContinuation, indent > range.lowerBound { continue }
      let reportedBefore = diagnostics.count
      defer {
        skippingContinuation = diagnostics.count > reportedBefore && indent == range.lowerBound
      }
      if let tab = bytes[range.lowerBound..<indent].firstIndex(of: 0x09) {
        report(
          .tabIndentation, line: line, column: column(tab, range),
          "tab in indentation; indent with spaces")
        continue
      }
      let isItem =
        bytes[content.lowerBound] == UInt8(ascii: "-")
        && (content.count == 1 || bytes[content.lowerBound + 1] == 0x20)
      if isItem {
        guard openList != nil else {
          report(
            .badIndentation, line: line, column: column(content.lowerBound, range),
            "a '- item' must follow a 'key:' line with no value")
          continue
        }
        let itemStart = skipBlanks(content.lowerBound + 1, range.upperBound)
        let itemRange = trimmingComment(itemStart..<range.upperBound)
        if itemRange.isEmpty || bytes[itemStart] == UInt8(ascii: "[")
          || bytes[itemStart] == UInt8(ascii: "-")
        {
          report(
            .unsupportedYAML, line: line, column: column(itemStart, range),
            itemRange.isEmpty
              ? "empty list item" : "nested lists are outside the supported YAML subset")
          continue
        }
        if let item = scalar(itemRange, line: line, lineStart: range.lowerBound) {
          openItems.append(item)
        }
        continue
      }
      if indent > range.lowerBound {
        report(
          .badIndentation, line: line, column: column(content.lowerBound, range),
          "unexpected indentation; nested maps are outside the supported YAML subset")
        continue
      }
      closeOpenList()
      guard let colon = bytes[range].firstIndex(of: UInt8(ascii: ":")),
        colon + 1 == range.upperBound || bytes[colon + 1] == 0x20
      else {
        report(.unsupportedYAML, line: line, column: 1, "expected 'key: value'")
        continue
      }
      let key = bytes.string(range.lowerBound..<colon)
      guard isValidKey(range.lowerBound..<colon) else {
        report(
          .unsupportedYAML, line: line, column: 1,
          "'\(key)' is not a valid key; keys are lower-case letters, digits and '-'")
        continue
      }
      guard seenKeys.insert(key) else {
        report(.duplicateKey, line: line, column: 1, "'\(key)' is given twice; keep one")
        continue
      }
      let valueStart = skipBlanks(colon + 1, range.upperBound)
      let valueRange = valueStart..<trimmingComment(valueStart..<range.upperBound).upperBound
      if valueRange.isEmpty {
        openList = (key, line)
      } else if bytes[valueStart] == UInt8(ascii: "[") {
        if let items = flowList(valueRange, line: line, lineStart: range.lowerBound) {
          frontmatter.entries.append(Frontmatter.Entry(key: key, line: line, value: .list(items)))
        }
      } else if let value = scalar(valueRange, line: line, lineStart: range.lowerBound) {
        frontmatter.entries.append(Frontmatter.Entry(key: key, line: line, value: .scalar(value)))
      }
    }
    report(
      .unterminatedFrontmatter, line: 1, column: 1,
      "the frontmatter opened here is never closed with a '---' line")
    return nil
  }

  // MARK: Values

  /// A plain or quoted scalar filling `range` (a comment already removed for plain scalars).
  private mutating func scalar(_ range: Range<Int>, line: Int, lineStart: Int)
    -> Frontmatter.Scalar?
  {
    let start = range.lowerBound
    let col = column(start, lineStart..<range.upperBound)
    guard start < range.upperBound else {
      return Frontmatter.Scalar(text: "", line: line, column: col)
    }
    let first = bytes[start]
    if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
      guard let quoted = quoted(from: start, limit: range.upperBound) else {
        report(.unsupportedYAML, line: line, column: col, "unterminated quoted string")
        return nil
      }
      if let escape = quoted.invalidEscape {
        report(
          .invalidEscape, line: line, column: column(escape, lineStart..<escape),
          "unknown escape '\\\(character(at: escape + 1))' in a double-quoted string; the escapes are \\\" \\\\ \\n \\t (write \\\\ for a backslash)"
        )
        return nil
      }
      let text = quoted.text
      let end = quoted.end
      let rest = skipBlanks(end, range.upperBound)
      if rest < range.upperBound {
        report(
          .unsupportedYAML, line: line, column: column(rest, lineStart..<rest),
          "unexpected text after the closing quote")
        return nil
      }
      return Frontmatter.Scalar(text: text, line: line, column: col)
    }
    if Self.reservedIndicators.contains(first) {
      report(
        .unsupportedYAML, line: line, column: col,
        "'\(Character(Unicode.Scalar(first)))' starts YAML outside the supported subset; quote the value"
      )
      return nil
    }
    let trimmed = trimTrailingBlanks(range)
    if let mapping = findMappingIndicator(trimmed) {
      report(
        .unsupportedYAML, line: line, column: column(mapping, lineStart..<mapping),
        "': ' inside a plain value reads as a nested map in YAML; quote the value")
      return nil
    }
    return Frontmatter.Scalar(text: bytes.string(trimmed), line: line, column: col)
  }

  /// `[a, "b, c", 'd']` on one line.
  private mutating func flowList(_ range: Range<Int>, line: Int, lineStart: Int)
    -> [Frontmatter.Scalar]?
  {
    guard bytes[range.upperBound - 1] == UInt8(ascii: "]") else {
      report(
        .unsupportedYAML, line: line,
        column: column(range.lowerBound, lineStart..<range.lowerBound),
        "a '[' list must close with ']' on the same line")
      return nil
    }
    var items: [Frontmatter.Scalar] = []
    var index = skipBlanks(range.lowerBound + 1, range.upperBound - 1)
    let end = range.upperBound - 1
    while index < end {
      var itemEnd = index
      if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
        guard let closing = quoted(from: index, limit: end)?.end else {
          report(
            .unsupportedYAML, line: line, column: column(index, lineStart..<index),
            "unterminated quoted string")
          return nil
        }
        itemEnd = closing
        while itemEnd < end, bytes[itemEnd] != UInt8(ascii: ",") { itemEnd += 1 }
      } else {
        while itemEnd < end, bytes[itemEnd] != UInt8(ascii: ",") {
          if bytes[itemEnd] == UInt8(ascii: "[") || bytes[itemEnd] == UInt8(ascii: "]") {
            report(
              .unsupportedYAML, line: line, column: column(itemEnd, lineStart..<itemEnd),
              "nested lists are outside the supported YAML subset")
            return nil
          }
          itemEnd += 1
        }
      }
      let itemRange = index..<trimTrailingBlanks(index..<itemEnd).upperBound
      if itemRange.isEmpty {
        report(
          .unsupportedYAML, line: line, column: column(index, lineStart..<index),
          "empty list item")
        return nil
      }
      guard let item = scalar(itemRange, line: line, lineStart: lineStart) else { return nil }
      items.append(item)
      index = itemEnd < end ? skipBlanks(itemEnd + 1, end) : end
    }
    return items
  }

  /// A quoted string starting at `start`: its text, the offset after the closing quote, and the
  /// offset of the first backslash starting an escape outside the documented four (`\"`, `\\`,
  /// `\n`, `\t`); nil when the string is not closed before `limit`.
  private func quoted(from start: Int, limit: Int) -> (text: String, end: Int, invalidEscape: Int?)?
  {
    let quote = bytes[start]
    var text: [UInt8] = []
    var invalidEscape: Int?
    var index = start + 1
    while index < limit {
      let byte = bytes[index]
      if byte == quote {
        if quote == UInt8(ascii: "'"), index + 1 < limit, bytes[index + 1] == quote {
          text.append(quote)
          index += 2
          continue
        }
        return (String(decoding: text, as: UTF8.self), index + 1, invalidEscape)
      }
      if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\"), index + 1 < limit {
        switch bytes[index + 1] {
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "\\"), UInt8(ascii: "\""): text.append(bytes[index + 1])
        default: if invalidEscape == nil { invalidEscape = index }
        }
        index += 2
        continue
      }
      text.append(byte)
      index += 1
    }
    return nil
  }

  // MARK: Bytes

  private static let reservedIndicators: Set<UInt8> = Set("]{}&*!|>%@`".utf8)

  private func isFence(_ range: Range<Int>) -> Bool {
    let trimmed = trimTrailingBlanks(range)
    return trimmed.count == 3 && bytes[trimmed].allSatisfy { $0 == UInt8(ascii: "-") }
  }

  private func isValidKey(_ range: Range<Int>) -> Bool {
    !range.isEmpty
      && bytes[range].allSatisfy {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-")
          || $0 == UInt8(ascii: "_")
      }
  }

  private func leadingBlanks(_ range: Range<Int>) -> Int {
    var index = range.lowerBound
    while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    return index
  }

  private func skipBlanks(_ start: Int, _ end: Int) -> Int {
    var index = start
    while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    return index
  }

  private func trimTrailingBlanks(_ range: Range<Int>) -> Range<Int> {
    var end = range.upperBound
    while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    return range.lowerBound..<end
  }

  /// `range` without a ` # comment`; a `#` inside quotes or not after a blank is kept.
  private func trimmingComment(_ range: Range<Int>) -> Range<Int> {
    var quote: UInt8?
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        if index == range.lowerBound
          || [0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: ",")]
            .contains(bytes[index - 1])
        {
          quote = byte
        }
      } else if byte == UInt8(ascii: "#"),
        index == range.lowerBound || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09
      {
        return trimTrailingBlanks(range.lowerBound..<index)
      }
      index += 1
    }
    return trimTrailingBlanks(range)
  }

  /// The offset of a `: ` (or a final `:`) inside a plain scalar.
  private func findMappingIndicator(_ range: Range<Int>) -> Int? {
    var index = range.lowerBound
    while index < range.upperBound {
      if bytes[index] == UInt8(ascii: ":"),
        index + 1 == range.upperBound || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09
      {
        return index
      }
      index += 1
    }
    return nil
  }

  private mutating func column(_ offset: Int, _ line: Range<Int>) -> Int {
    columns.column(of: offset, lineStart: line.lowerBound, in: bytes)
  }

  /// The character starting at `offset`, for messages.
  private func character(at offset: Int) -> String {
    guard offset < bytes.count else { return "" }
    let lead = bytes[offset]
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    return bytes.string(offset..<min(offset + length, bytes.count))
  }

  private mutating func report(_ rule: Rule, line: Int, column: Int, _ message: String) {
    diagnostics.append(
      Diagnostic(rule, at: SourceLocation(path: path, line: line, column: column), message))
  }
}

/// The keys of one note seen so far: a linear search over a note's dozen keys is faster than
/// hashing, but a note of 100,000 keys must not make it quadratic, so a set takes over.
private struct SeenKeys {
  private var few: [String] = []
  private var many: Set<String> = []

  /// Adds `key`; false when it was already there.
  mutating func insert(_ key: String) -> Bool {
    if many.isEmpty {
      if few.contains(key) { return false }
      few.append(key)
      if few.count > 32 {
        many = Set(few)
        few = []
      }
      return true
    }
    return many.insert(key).inserted
  }
}
