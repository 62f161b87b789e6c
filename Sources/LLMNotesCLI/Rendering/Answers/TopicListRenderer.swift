import LLMNotesCore

/// Writes the answer to `list`.
protocol TopicListRenderer {
  func render(_ list: TopicList, to console: any Console)
}

/// One line per topic: id, title, (kind), then year and headline facts, fitted to the width.
/// With no filter, topics are grouped under their kinds.
struct TopicListText: TopicListRenderer {
  let context: RenderContext

  func render(_ list: TopicList, to console: any Console) {
    guard list.isWholeGraph else {
      write(list.items[...], showingKind: true, indent: "", to: console)
      return
    }
    var index = list.items.startIndex
    while index < list.items.endIndex, console.isWritable {
      let kind = list.items[index].topic.kind
      var end = index
      while end < list.items.endIndex, list.items[end].topic.kind == kind { end += 1 }
      if index > list.items.startIndex { console.write("\n") }
      let heading = "\(kind.singular) \(kind.gloss) (\(end - index))"
      for line in DisplayWidth.wrap(heading, to: context.width) {
        console.write(context.style.bold(line) + "\n")
      }
      write(list.items[index..<end], showingKind: false, indent: "  ", to: console)
      index = end
    }
  }

  private func write(
    _ items: ArraySlice<TopicList.Item>, showingKind: Bool, indent: String, to console: any Console
  ) {
    let rows = items.map { item -> [String] in
      var facts: [String] = []
      if let year = item.year { facts.append(String(year)) }
      for relation in item.undisclosed { facts.append("\(EdgeLabel(relation).gloss)未公开") }
      for group in item.facts {
        facts.append(group.topics.map { TerminalText.line($0.title) }.joined(separator: "/"))
      }
      return [item.topic.id, TerminalText.line(item.topic.title)]
        + (showingKind ? [item.topic.kind.singular] : []) + [facts.joined(separator: " · ")]
    }
    guard let columnCount = rows.first?.count else { return }
    var widths = [Int](repeating: 0, count: columnCount)
    for row in rows {
      for (column, cell) in row.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    // The id is never cut; the title is capped so the facts keep some room; the facts wrap
    // under their own column.
    let available = context.width - DisplayWidth.of(indent)
    let idWidth = widths[0]
    let kindWidth = showingKind ? widths[2] + 2 : 0
    guard idWidth + 2 + 8 + kindWidth <= available else {
      compact(rows, showingKind: showingKind, indent: indent, to: console)
      return
    }
    widths[1] = min(widths[1], max(8, (available - idWidth) / 2))
    let factsStart = widths.dropLast().reduce(0, +) + 2 * (columnCount - 1)
    let factsWidth = available - factsStart
    for row in rows {
      guard console.isWritable else { return }
      var cells: [String] = []
      var titleOverflow: [String] = []
      for column in 0..<(columnCount - 1) {
        if column == 1 {
          let lines = DisplayWidth.wrap(row[1], to: widths[1])
          cells.append(DisplayWidth.pad(lines.first ?? "", to: widths[1]))
          titleOverflow = Array(lines.dropFirst())
        } else {
          cells.append(DisplayWidth.pad(row[column], to: widths[column]))
        }
      }
      let facts = row[columnCount - 1]
      let factLines =
        factsWidth >= 12 ? DisplayWidth.wrap(facts, to: factsWidth) : (facts.isEmpty ? [] : [facts])
      if factsWidth >= 12 {
        console.write(
          (indent + cells.joined(separator: "  ") + "  " + (factLines.first ?? ""))
            .trimmingTrailingSpaces() + "\n")
        let titlePad = String(repeating: " ", count: idWidth + 2)
        let extra = max(titleOverflow.count, factLines.count - 1)
        for line in 0..<extra {
          let title = line < titleOverflow.count ? titleOverflow[line] : ""
          let fact = line + 1 < factLines.count ? factLines[line + 1] : ""
          let head = indent + titlePad + DisplayWidth.pad(title, to: widths[1])
          let rest = columnCount == 4 ? String(repeating: " ", count: widths[2] + 2) : ""
          console.write((head + "  " + rest + fact).trimmingTrailingSpaces() + "\n")
        }
      } else {
        // Too narrow for a facts column: the facts go on their own lines, indented.
        console.write((indent + cells.joined(separator: "  ")).trimmingTrailingSpaces() + "\n")
        for line in titleOverflow {
          console.write((indent + String(repeating: " ", count: idWidth + 2) + line) + "\n")
        }
        for line in DisplayWidth.wrap(facts, to: max(8, available - 4)) where !facts.isEmpty {
          console.write(indent + "    " + line + "\n")
        }
      }
    }
  }
}

extension TopicListText {
  /// Too narrow for columns: the id on a line of its own (whole, wrapping only if it alone is
  /// wider than the screen), then the title, kind and facts wrapped under it.
  fileprivate func compact(
    _ rows: [[String]], showingKind: Bool, indent: String, to console: any Console
  ) {
    let available = context.width - DisplayWidth.of(indent)
    for row in rows {
      guard console.isWritable, let id = row.first, let facts = row.last else { return }
      for line in DisplayWidth.wrap(id, to: available) { console.write(indent + line + "\n") }
      let title = row[1] + (showingKind ? "  [\(row[2])]" : "")
      let under = available >= 30 ? "    " : "  "
      for text in [title, facts] where !text.isEmpty {
        for line in DisplayWidth.wrap(text, to: max(8, available - under.count)) {
          console.write(indent + under + line + "\n")
        }
      }
    }
  }
}

/// The topics as a JSON array (`[]` when none): id, title, kind, summary, year (a number, or
/// absent) and the headline facts as `{id, title, kind}`. Written one topic at a time.
struct TopicListJSON: TopicListRenderer {
  func render(_ list: TopicList, to console: any Console) {
    guard !list.items.isEmpty else {
      console.write("[]\n")
      return
    }
    console.write("[\n")
    for (index, item) in list.items.enumerated() {
      guard console.isWritable else { return }
      var members: [(String, JSONValue)] = [
        ("id", .string(item.topic.id)), ("title", .string(item.topic.title)),
        ("kind", .string(item.topic.kind.singular)), ("summary", .string(item.summary)),
      ]
      if let year = item.year { members.append(("year", .number(year))) }
      if !item.undisclosed.isEmpty {
        members.append(("undisclosed", .array(item.undisclosed.map { .string($0.rawValue) })))
      }
      members.append(
        (
          "facts",
          .object(item.facts.map { ($0.label.name, .array($0.topics.map(JSONValue.topic))) })
        ))
      console.write(
        "  " + JSONValue.object(members).rendered(indent: 1)
          + (index == list.items.count - 1 ? "\n" : ",\n"))
    }
    console.write("]\n")
  }
}
