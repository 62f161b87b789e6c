import LLMNotesCore

/// Writes the answer to `timeline`.
protocol TimelineRenderer {
  func render(_ timeline: Timeline, to console: any Console)
}

/// A heading per year, then one line per topic: month, title, id, kind, organization and
/// family, in columns.
struct TimelineText: TimelineRenderer {
  let context: RenderContext

  func render(_ timeline: Timeline, to console: any Console) {
    let style = context.style
    let entries = timeline.years.flatMap(\.entries)
    let titleWidth = min(
      max(8, context.width / 3),
      entries.map { DisplayWidth.of(TerminalText.line($0.topic.title)) }.max() ?? 0)
    let idWidth = min(28, entries.map { DisplayWidth.of($0.topic.id) }.max() ?? 0)
    for (position, year) in timeline.years.enumerated() {
      guard console.isWritable else { return }
      if position > 0 { console.write("\n") }
      console.write(style.bold("\(year.year)") + style.dim("  (\(year.entries.count))") + "\n")
      for entry in year.entries {
        guard console.isWritable else { return }
        let month = entry.month.map { ($0 < 10 ? "0" : "") + String($0) } ?? "··"
        var facts = entry.organizations.map { TerminalText.line($0.title) }
        facts += entry.family.map { "family " + TerminalText.line($0.title) }
        let kind = entry.topic.kind == .model ? "" : "  [\(entry.topic.kind.singular)]"
        let head =
          "  " + style.dim(month) + "  "
          + DisplayWidth.pad(TerminalText.line(entry.topic.title), to: titleWidth) + "  "
          + style.dim(DisplayWidth.pad(entry.topic.id, to: idWidth)) + kind
        console.write(
          (head + (facts.isEmpty ? "" : "  " + facts.joined(separator: " · ")))
            .trimmingTrailingSpaces() + "\n")
      }
    }
    if !timeline.undated.isEmpty {
      let count = timeline.undated.count
      console.write(
        "\n"
          + style.dim(
            "\(count) matching topic\(count == 1 ? " has" : "s have") no year: "
              + timeline.undated.prefix(8).map(\.id).joined(separator: ", ")
              + (count > 8 ? ", …" : "")) + "\n")
    }
  }
}

/// `{"years": [{"year", "topics": [{id, title, kind, month?, released?, organizations,
/// family}]}], "undated": [{id, title, kind}]}`. Written one year at a time.
struct TimelineJSON: TimelineRenderer {
  func render(_ timeline: Timeline, to console: any Console) {
    console.write("{\n  \"years\": [")
    for (index, year) in timeline.years.enumerated() {
      guard console.isWritable else { return }
      let topics = year.entries.map { entry -> JSONValue in
        var members: [(String, JSONValue)] = [
          ("id", .string(entry.topic.id)), ("title", .string(entry.topic.title)),
          ("kind", .string(entry.topic.kind.singular)),
        ]
        if let month = entry.month {
          members.append(("month", .number(month)))
          members.append(
            ("released", .string(AttributeValue.month(year: year.year, month: month).text)))
        }
        members.append(("organizations", .array(entry.organizations.map(JSONValue.topic))))
        members.append(("family", .array(entry.family.map(JSONValue.topic))))
        return .object(members)
      }
      let value = JSONValue.object([("year", .number(year.year)), ("topics", .array(topics))])
      console.write((index == 0 ? "\n    " : ",\n    ") + value.rendered(indent: 2))
    }
    console.write(timeline.years.isEmpty ? "],\n" : "\n  ],\n")
    console.write(
      "  \"undated\": " + JSONValue.array(timeline.undated.map(JSONValue.topic)).rendered(indent: 1)
        + "\n}\n")
  }
}
