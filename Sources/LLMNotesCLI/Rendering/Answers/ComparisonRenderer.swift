import LLMNotesCore

/// Writes the answer to `compare`.
protocol ComparisonRenderer {
  func render(_ comparison: Comparison, to console: any Console)
}

/// A table with one column per topic, rows marked `≠` where the topics differ, `=` where they
/// agree; what all topics share is listed after it. When the columns would be narrower than
/// `minimumCell`, each row becomes a block with the topics' values under it.
struct ComparisonText: ComparisonRenderer {
  let context: RenderContext
  static let minimumCell = 14

  func render(_ comparison: Comparison, to console: any Console) {
    let style = context.style
    let labels = comparison.rows.map { row in
      (row.differs ? "≠ " : "= ") + row.field.name + " " + row.field.gloss
    }
    let labelWidth = min(28, labels.map(DisplayWidth.of).max() ?? 0)
    let count = max(1, comparison.topics.count)
    let cellWidth = (context.width - labelWidth - 3 * count) / count
    if cellWidth < Self.minimumCell {
      stacked(comparison, labels: labels, to: console)
      return
    }
    var table: [[[String]]] = []
    table.append(
      [[""]]
        + comparison.topics.map { DisplayWidth.wrap(TerminalText.line($0.title), to: cellWidth) })
    for (row, label) in zip(comparison.rows, labels) {
      let cells = row.cells.map { values in
        DisplayWidth.wrap(values.map(Self.text).joined(separator: ", "), to: cellWidth)
      }
      table.append([DisplayWidth.wrap(label, to: labelWidth)] + cells)
    }
    let widths =
      [labelWidth]
      + (0..<count).map { column in
        min(cellWidth, table.map { $0[column + 1].map(DisplayWidth.of).max() ?? 0 }.max() ?? 0)
      }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
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
        console.write(cells.joined(separator: " │ ").trimmingTrailingSpaces() + "\n")
      }
      if rowIndex == 0 || rowIndex < table.count - 1 { console.write(style.dim(rule) + "\n") }
    }
    shared(comparison, to: console)
  }

  private func stacked(_ comparison: Comparison, labels: [String], to console: any Console) {
    let style = context.style
    let titles = comparison.topics.map { TerminalText.line($0.title) }
    let nameWidth = min(context.width / 2, titles.map(DisplayWidth.of).max() ?? 0)
    for (row, label) in zip(comparison.rows, labels) {
      let heading = DisplayWidth.wrap(label, to: context.width).joined(separator: "\n")
      console.write((row.differs ? style.highlight(heading) : style.bold(heading)) + "\n")
      for (title, cell) in zip(titles, row.cells) {
        let value = cell.map(Self.text).joined(separator: ", ")
        let valueWidth = max(8, context.width - nameWidth - 4)
        for (index, line) in DisplayWidth.wrap(value.isEmpty ? "—" : value, to: valueWidth)
          .enumerated()
        {
          let name =
            index == 0
            ? DisplayWidth.pad(title, to: nameWidth)
            : String(
              repeating: " ", count: nameWidth)
          console.write(("  " + style.label(name) + "  " + line).trimmingTrailingSpaces() + "\n")
        }
      }
    }
    shared(comparison, to: console)
  }

  private func shared(_ comparison: Comparison, to console: any Console) {
    let rows = comparison.rows.filter {
      !$0.shared.isEmpty && $0.field != .summary && $0.field != .kind
    }
    guard !rows.isEmpty else { return }
    console.write("\nshared 共同点:\n")
    for row in rows {
      let line =
        "\(row.field.name) \(row.field.gloss): " + row.shared.map(Self.text).joined(separator: ", ")
      for (index, part) in DisplayWidth.wrap(line, to: context.width - 4).enumerated() {
        console.write((index == 0 ? "  " : "    ") + part + "\n")
      }
    }
  }

  private static func text(_ value: Comparison.Value) -> String { TerminalText.line(value.text) }
}

/// The comparison as JSON: topics as `{id, title, kind}`, then rows of cells.
struct ComparisonJSON: ComparisonRenderer {
  func render(_ comparison: Comparison, to console: any Console) {
    JSONValue.object([
      ("topics", .array(comparison.topics.map(JSONValue.topic))),
      (
        "rows",
        .array(
          comparison.rows.map { row in
            .object([
              ("field", .string(row.field.name)),
              ("differs", .bool(row.differs)),
              ("cells", .array(row.cells.map { .array($0.map(Self.value)) })),
              ("shared", .array(row.shared.map(Self.value))),
            ])
          })
      ),
    ]).write(to: console)
  }

  /// A topic as `{id, title, kind}`, a year as a number, text as a string, and a fact the
  /// note says is not public as `{"undisclosed": true}`.
  private static func value(_ value: Comparison.Value) -> JSONValue {
    switch value {
    case .text(let text): .string(text)
    case .year(let year): .number(year)
    case .topic(let topic): .topic(topic)
    case .undisclosed: .object([("undisclosed", .bool(true))])
    }
  }
}
