import LLMNotesCore

/// Plain text for a terminal or a pipe. Every string that comes from a note passes through
/// `TerminalText` before it is printed.
struct TextRenderer: Renderer {
  /// Columns available; tables and wrapped values fit within it.
  let width: Int
  var style = TextStyle.plain

  // MARK: show

  func page(of topic: Topic, in graph: TopicGraph) -> String {
    var rows: [(String, String)] = []
    if !topic.aliases.isEmpty {
      rows.append(("aliases 别名", topic.aliases.map(TerminalText.line).joined(separator: ", ")))
    }
    for attribute in Attribute.allCases {
      if let value = topic.attributes[attribute] {
        rows.append(("\(attribute.rawValue) \(attribute.gloss)", TerminalText.line(value)))
      }
    }
    for group in graph.neighbors(of: topic) {
      rows.append(
        (
          "\(group.label.name) \(group.label.gloss)",
          group.topics.map(mention).joined(separator: ", ")
        ))
    }
    var out =
      style.bold(TerminalText.line(topic.title))
      + style.dim("  [\(topic.kind.rawValue) \(topic.kind.gloss)]  \(topic.id)") + "\n"
    if !topic.summary.isEmpty {
      out +=
        DisplayWidth.wrap(TerminalText.line(topic.summary), to: width).joined(separator: "\n")
        + "\n"
    }
    out += "\n" + fieldTable(rows)
    let body = TerminalText.block(graph.readableBody(of: topic))
      .trimmingBlankLines()
    if !body.isEmpty {
      out += "\n" + String(repeating: "─", count: min(width, 60)) + "\n" + body + "\n"
    }
    out += "\n" + String(repeating: "─", count: min(width, 60)) + "\n"
    if !topic.sources.isEmpty {
      out += "sources 来源: " + topic.sources.map(TerminalText.line).joined(separator: "; ") + "\n"
    }
    out += "note 笔记: \(TerminalText.line(topic.path))\n"
    return out
  }

  // MARK: list

  func list(_ topics: [Topic], in graph: TopicGraph, groupedByKind: Bool) -> String {
    if groupedByKind {
      var out = ""
      var index = 0
      while index < topics.count {
        let kind = topics[index].kind
        var end = index
        while end < topics.count, topics[end].kind == kind { end += 1 }
        if !out.isEmpty { out += "\n" }
        out += style.bold("\(kind.rawValue) \(kind.gloss) (\(end - index))") + "\n"
        out += listLines(Array(topics[index..<end]), in: graph, showingKind: false, indent: "  ")
        index = end
      }
      return out
    }
    return listLines(topics, in: graph, showingKind: true, indent: "")
  }

  private func listLines(_ topics: [Topic], in graph: TopicGraph, showingKind: Bool, indent: String)
    -> String
  {
    let rows = topics.map { topic -> [String] in
      var facts: [String] = []
      if let year = topic.attributes[.year] { facts.append(TerminalText.line(year)) }
      for group in graph.neighbors(of: topic)
      where !group.label.isInverse && group.label.relation.isHeadline {
        facts.append(group.topics.map { TerminalText.line($0.title) }.joined(separator: "/"))
      }
      return [topic.id, TerminalText.line(topic.title)] + (showingKind ? [topic.kind.rawValue] : [])
        + [facts.joined(separator: " · ")]
    }
    guard let columnCount = rows.first?.count else { return "" }
    var widths = [Int](repeating: 0, count: columnCount)
    for row in rows {
      for (column, cell) in row.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    return rows.map { row in
      let cells = row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[column])
      }
      return (indent + cells.joined(separator: "  ")).trimmingTrailingSpaces()
    }.joined(separator: "\n") + "\n"
  }

  // MARK: compare

  func comparison(_ comparison: Comparison) -> String {
    let labels = comparison.rows.map { row in
      (row.differs ? "≠ " : "= ") + row.name + Self.gloss(ofRow: row.name)
    }
    let labelWidth = min(28, labels.map(DisplayWidth.of).max() ?? 0)
    let count = max(1, comparison.topics.count)
    let cellWidth = max(12, (width - labelWidth - 3 * count) / count)
    var table: [[[String]]] = []
    table.append(
      [[""]]
        + comparison.topics.map { DisplayWidth.wrap(TerminalText.line($0.title), to: cellWidth) })
    for (row, label) in zip(comparison.rows, labels) {
      let cells = row.cells.map { values in
        DisplayWidth.wrap(values.map(render).joined(separator: ", "), to: cellWidth)
      }
      table.append([[label]] + cells)
    }
    let widths =
      [labelWidth]
      + (0..<count).map { column in
        min(cellWidth, table.map { $0[column + 1].map(DisplayWidth.of).max() ?? 0 }.max() ?? 0)
      }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
    var out = ""
    for (rowIndex, row) in table.enumerated() {
      let height = row.map(\.count).max() ?? 1
      for line in 0..<height {
        let cells = row.enumerated().map { column, lines in
          var cell = DisplayWidth.pad(line < lines.count ? lines[line] : "", to: widths[column])
          // The line ends here: no padding for styling to trap inside its escape codes.
          if column == row.count - 1 { cell = cell.trimmingTrailingSpaces() }
          if rowIndex == 0 { return style.bold(cell) }
          return column == 0 && cell.hasPrefix("≠") ? style.highlight(cell) : cell
        }
        out += cells.joined(separator: " │ ").trimmingTrailingSpaces() + "\n"
      }
      if rowIndex == 0 || rowIndex < table.count - 1 { out += style.dim(rule) + "\n" }
    }
    let shared = comparison.rows.filter {
      !$0.shared.isEmpty && $0.name != "summary" && $0.name != "kind"
    }
    if !shared.isEmpty {
      out += "\nshared 共同点:\n"
      for row in shared {
        out +=
          "  \(row.name)\(Self.gloss(ofRow: row.name)): \(row.shared.map(render).joined(separator: ", "))\n"
      }
    }
    return out
  }

  private static func gloss(ofRow name: String) -> String {
    if let attribute = Attribute(rawValue: name) { return " " + attribute.gloss }
    if let label = EdgeLabel.all.first(where: { $0.name == name }) { return " " + label.gloss }
    switch name {
    case "kind": return " 类型"
    case "summary": return " 简介"
    default: return ""
    }
  }

  private func render(_ value: Comparison.Value) -> String { TerminalText.line(value.text) }

  // MARK: check

  func report(_ diagnostics: [Diagnostic], noteCount: Int) -> String {
    diagnostics.map { TerminalText.line($0.description) + "\n" }.joined()
      + diagnosticSummary(diagnostics, noteCount: noteCount) + "\n"
  }

  // MARK: Helpers

  /// A linked topic: its title, and its id when the title would not find it by itself.
  private func mention(_ topic: Topic) -> String {
    let title = TerminalText.line(topic.title)
    return title.lowercased() == topic.id ? title : "\(title) (\(topic.id))"
  }

  private func fieldTable(_ rows: [(String, String)]) -> String {
    let labelWidth = min(30, rows.map { DisplayWidth.of($0.0) }.max() ?? 0)
    let valueWidth = max(20, width - labelWidth - 2)
    var out = ""
    for (label, value) in rows {
      for (index, line) in DisplayWidth.wrap(value, to: valueWidth).enumerated() {
        out +=
          style.label(DisplayWidth.pad(index == 0 ? label : "", to: labelWidth)) + "  " + line
          + "\n"
      }
    }
    return out
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var view = Substring(self)
    while view.last == " " { view.removeLast() }
    return String(view)
  }

  func trimmingBlankLines() -> String {
    var lines = split(separator: "\n", omittingEmptySubsequences: false)
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
