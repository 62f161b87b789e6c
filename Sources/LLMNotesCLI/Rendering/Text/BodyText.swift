import LLMNotesCore

/// A note's parsed body as terminal lines: headings without `#` marks (bold; a double rule under
/// level 1, a single rule under level 2), wrapped paragraphs, lists with hanging indents (nested
/// too), code indented and never re-wrapped, tables drawn aligned with wrapped cells, quotes and
/// rules. Off a terminal the same lines come out without escape codes, and never with Markdown
/// marks. Wikilinks are underlined on a terminal and show the linked topic's title off it.
///
/// Every line fits the width. A code line wider than the width is the one exception to
/// wrapping at breaks: it is cut at the width, the piece ends in `\`, and the rest follows on
/// the next line at the same indent (the code's own characters are never moved or dropped).
struct BodyText {
  let document: MarkdownDocument
  /// The title of a linked topic, by id (a broken link shows its id).
  let linkTitles: [String: TopicRef]
  let style: TextStyle

  func lines(width: Int) -> [String] { lines(of: document.blocks, width: width) }

  /// Some of the document's blocks (a question note's answer sections).
  func lines(of blocks: [MarkdownDocument.Block], width: Int) -> [String] {
    render(blocks, width: max(10, width), spaced: true).map { $0.rendered(style) }
  }

  private func render(_ blocks: [MarkdownDocument.Block], width: Int, spaced: Bool)
    -> [StyledText]
  {
    var lines: [StyledText] = []
    for block in blocks {
      let rendered = render(block, width: width)
      if rendered.isEmpty { continue }
      if spaced, !lines.isEmpty { lines.append(StyledText()) }
      lines += rendered
    }
    return lines
  }

  private func render(_ block: MarkdownDocument.Block, width: Int) -> [StyledText] {
    switch block {
    case .heading(let level, let content, _):
      var heading = StyledText()
      heading.append(inline(content).plain, .bold)
      let lines = heading.wrapped(to: width)
      guard level <= 2 else { return lines }
      let underline = min(width, lines.map(\.width).max() ?? 0)
      return lines + [StyledText(String(repeating: level == 1 ? "═" : "─", count: underline), .dim)]
    case .paragraph(let lines, _):
      return joined(lines).wrapped(to: width)
    case .list(let ordered, let start, let items, _):
      var lines: [StyledText] = []
      let lastNumber = start + items.count - 1
      let markerWidth = ordered ? String(lastNumber).count + 2 : 2
      for (offset, item) in items.enumerated() {
        let marker = ordered ? "\(start + offset)." : "•"
        let inner = render(item, width: width - markerWidth, spaced: false)
        for (index, line) in (inner.isEmpty ? [StyledText()] : inner).enumerated() {
          var prefixed = StyledText(
            index == 0
              ? DisplayWidth.pad(marker, to: markerWidth)
              : String(repeating: " ", count: markerWidth),
            index == 0 ? .dim : .plain)
          prefixed.append(line)
          lines.append(prefixed)
        }
      }
      return lines
    case .code(_, let codeLines, _):
      let indent = width >= 30 ? 4 : 2
      return codeLines.flatMap { line in
        Self.cut(TerminalText.line(document.text(line)), to: width - indent).map {
          StyledText(String(repeating: " ", count: indent) + $0, .code)
        }
      }
    case .table(let header, let rows, _):
      return table(header: header, rows: rows, width: width)
    case .quote(let blocks, _):
      return render(blocks, width: width - 2, spaced: true).map { line in
        var quoted = StyledText("│ ", .dim)
        quoted.append(line)
        return quoted
      }
    case .rule:
      return [StyledText(String(repeating: "─", count: min(width, 40)), .dim)]
    }
  }

  /// A paragraph's lines as one run of text: joined by a space, or by nothing between two
  /// Chinese characters (a line break in Chinese text is not a space).
  private func joined(_ lines: [[MarkdownDocument.Inline]]) -> StyledText {
    var text = StyledText()
    for line in lines {
      let next = inline(line)
      if let last = text.characters.last, let first = next.characters.first,
        DisplayWidth.of(last) < 2 || DisplayWidth.of(first) < 2
      {
        text.append(" ")
      }
      text.append(next)
    }
    return text
  }

  private func inline(_ spans: [MarkdownDocument.Inline], role: TextStyle.Role = .plain)
    -> StyledText
  {
    var text = StyledText()
    for span in spans {
      switch span {
      case .text(let range): text.append(TerminalText.line(document.text(range)), role)
      case .code(let range): text.append(TerminalText.line(document.text(range)), .code)
      case .emphasis(let inner): text.append(inline(inner, role: .emphasis))
      case .strong(let inner): text.append(inline(inner, role: .bold))
      case .link(let link):
        let shown = link.label.map(document.text) ?? linkTitles[link.target]?.title ?? link.target
        text.append(TerminalText.line(shown), .link)
      }
    }
    return text
  }

  /// A code line in pieces of at most `width` columns, each cut piece ending in `\`.
  static func cut(_ line: String, to width: Int) -> [String] {
    guard width >= 2 else { return [line] }
    var pieces: [String] = []
    var rest = Substring(line)
    while DisplayWidth.of(rest) > width {
      var pieceWidth = 0
      var end = rest.startIndex
      while end < rest.endIndex, pieceWidth + DisplayWidth.of(rest[end]) <= width - 1 {
        pieceWidth += DisplayWidth.of(rest[end])
        end = rest.index(after: end)
      }
      if end == rest.startIndex { end = rest.index(after: end) }
      pieces.append(rest[..<end] + "\\")
      rest = rest[end...]
    }
    pieces.append(String(rest))
    return pieces
  }

  // MARK: Tables

  private func table(
    header: [[MarkdownDocument.Inline]], rows: [[[MarkdownDocument.Inline]]], width: Int
  ) -> [StyledText] {
    let columns = max(header.count, rows.map(\.count).max() ?? 0)
    guard columns > 0 else { return [] }
    func cells(_ row: [[MarkdownDocument.Inline]]) -> [StyledText] {
      (0..<columns).map { $0 < row.count ? inline(row[$0]) : StyledText() }
    }
    let headerCells = cells(header)
    let bodyCells = rows.map(cells)
    let natural = (0..<columns).map { column in
      ([headerCells[column]] + bodyCells.map { $0[column] }).map(\.width).max() ?? 0
    }
    let available = width - 3 * (columns - 1)
    // Below a readable minimum per column, each row becomes a block of `header: value` lines.
    guard natural.map({ min($0, Self.minimumColumn) }).reduce(0, +) <= available else {
      return stackedTable(header: headerCells, rows: bodyCells, width: width)
    }
    let widths = Self.columnWidths(natural: natural, available: available)
    var lines = Self.tableRow(headerCells, widths: widths, role: .bold)
    lines.append(
      StyledText(widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"), .dim))
    for row in bodyCells { lines += Self.tableRow(row, widths: widths, role: nil) }
    return lines
  }

  /// The narrowest a table column is made before the table is stacked instead.
  static let minimumColumn = 6

  /// A table too wide for side-by-side columns: one block per row, `header: value` lines with
  /// the value wrapped under a hanging indent.
  private func stackedTable(header: [StyledText], rows: [[StyledText]], width: Int)
    -> [StyledText]
  {
    var lines: [StyledText] = []
    for (index, row) in rows.enumerated() {
      if index > 0 { lines.append(StyledText()) }
      for (name, cell) in zip(header, row) where !cell.isEmpty {
        var line = StyledText(name.isEmpty ? "" : name.plain + ": ", .bold)
        line.append(cell)
        for (number, piece) in line.wrapped(to: width - 2).enumerated() {
          var indented = StyledText(number == 0 ? "" : "  ")
          indented.append(piece)
          lines.append(indented)
        }
      }
    }
    return lines
  }

  /// Natural widths, the widest shrunk first until the row fits (down to `minimumColumn`).
  static func columnWidths(natural: [Int], available: Int) -> [Int] {
    var widths = natural.map { max(1, $0) }
    while widths.reduce(0, +) > available,
      let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
      widths[widest] > minimumColumn
    {
      widths[widest] -= 1
    }
    return widths
  }

  private static func tableRow(_ cells: [StyledText], widths: [Int], role: TextStyle.Role?)
    -> [StyledText]
  {
    let wrapped = zip(cells, widths).map { $0.wrapped(to: $1) }
    let height = wrapped.map(\.count).max() ?? 1
    var lines: [StyledText] = []
    for index in 0..<height {
      var line = StyledText()
      for column in wrapped.indices {
        if column > 0 { line.append(" │ ", .dim) }
        let cell = index < wrapped[column].count ? wrapped[column][index] : StyledText()
        var styled = StyledText()
        if let role { styled.append(cell.plain, role) } else { styled.append(cell) }
        line.append(styled)
        if column < wrapped.count - 1 {
          line.append(String(repeating: " ", count: max(0, widths[column] - cell.width)))
        }
      }
      lines.append(line)
    }
    return lines
  }
}
