import LLMNotesCore

/// Writes the answer to `show`.
protocol TopicPageRenderer {
  func render(_ page: TopicPage, to console: any Console)
}

/// The page for reading: title, summary, a table of fields and links, the rendered note.
struct TopicPageText: TopicPageRenderer {
  let context: RenderContext

  func render(_ page: TopicPage, to console: any Console) {
    let topic = page.topic
    let style = context.style
    var rows: [(String, String)] = []
    if !topic.aliases.isEmpty {
      rows.append(("aliases 别名", topic.aliases.map(TerminalText.line).joined(separator: ", ")))
    }
    for attribute in Attribute.allCases {
      if let value = topic.attributes[attribute] {
        rows.append(("\(attribute.rawValue) \(attribute.gloss)", TerminalText.line(value.text)))
      }
    }
    for relation in topic.undisclosed {
      let label = EdgeLabel(relation)
      rows.append(("\(label.name) \(label.gloss)", Comparison.Value.undisclosed.text))
    }
    for group in page.relations {
      rows.append(
        (
          "\(group.label.name) \(group.label.gloss)",
          group.topics.map(mention).joined(separator: ", ")
        ))
    }
    var heading = StyledText(TerminalText.line(topic.title), .bold)
    heading.append("  [\(topic.kind.singular) \(topic.kind.gloss)]  \(topic.id)", .dim)
    for line in heading.wrapped(to: context.width) { console.write(line.rendered(style) + "\n") }
    if !topic.summary.isEmpty {
      for line in DisplayWidth.wrap(TerminalText.line(topic.summary), to: context.width) {
        console.write(line + "\n")
      }
    }
    console.write("\n" + FieldTable(rows: rows, context: context).text)
    let rule = style.dim(String(repeating: "─", count: min(context.width, 60))) + "\n"
    let body = BodyText(document: topic.document, linkTitles: page.linkTargets, style: style)
      .lines(width: context.width)
    if !body.isEmpty {
      console.write("\n" + rule)
      for line in body { console.write(line.trimmingTrailingSpaces() + "\n") }
    }
    console.write("\n" + rule)
    if !topic.sources.isEmpty {
      hanging(
        "sources 来源: " + topic.sources.map(TerminalText.line).joined(separator: "; "), to: console)
    }
    // A long path breaks after a `/`, never inside a folder's or the file's name.
    let path = TerminalText.line(context.paths.show(topic.path)).replacing("/", with: "/\u{200B}")
    hanging("note 笔记: \(path)", to: console)
  }

  /// A paragraph wrapped to the width, its continuation lines indented by two.
  private func hanging(_ text: String, to console: any Console) {
    let lines = DisplayWidth.wrap(text, to: context.width - 2)
    for (index, line) in lines.enumerated() {
      console.write((index == 0 ? "" : "  ") + line.replacing("\u{200B}", with: "") + "\n")
    }
  }

  /// A linked topic: its title, and its id in parentheses when the title would not find it.
  private func mention(_ topic: TopicRef) -> String {
    let title = TerminalText.line(topic.title)
    return title.lowercased() == topic.id ? title : "\(title) (\(topic.id))"
  }
}

/// The page as JSON: every field, relations as `{id, title, kind}`, the body as written.
struct TopicPageJSON: TopicPageRenderer {
  let context: RenderContext

  func render(_ page: TopicPage, to console: any Console) {
    let topic = page.topic
    JSONValue.object([
      ("id", .string(topic.id)), ("kind", .string(topic.kind.singular)),
      ("title", .string(topic.title)), ("summary", .string(topic.summary)),
      ("aliases", .array(topic.aliases.map(JSONValue.string))),
      (
        "attributes",
        .object(
          Attribute.allCases.compactMap { attribute in
            topic.attributes[attribute].map { (attribute.rawValue, JSONValue.attribute($0)) }
          })
      ),
      ("undisclosed", .array(topic.undisclosed.map { .string($0.rawValue) })),
      (
        "relations",
        .object(page.relations.map { ($0.label.name, .array($0.topics.map(JSONValue.topic))) })
      ),
      ("sources", .array(topic.sources.map(JSONValue.string))),
      ("path", .string(context.paths.show(topic.path))),
      ("body", .string(topic.body)),
    ]).write(to: console)
  }
}

/// Label–value rows, values wrapped beside their labels; when that leaves the values less than
/// `minimumValue` columns, each label stands on its own line with its value indented under it.
struct FieldTable {
  let rows: [(String, String)]
  let context: RenderContext
  static let minimumValue = 24

  var text: String {
    let labelWidth = min(30, rows.map { DisplayWidth.of($0.0) }.max() ?? 0)
    let valueWidth = context.width - labelWidth - 2
    guard valueWidth >= Self.minimumValue else { return stacked }
    var out = ""
    for (label, value) in rows {
      for (index, line) in DisplayWidth.wrap(value, to: valueWidth).enumerated() {
        out +=
          context.style.label(DisplayWidth.pad(index == 0 ? label : "", to: labelWidth)) + "  "
          + line + "\n"
      }
    }
    return out
  }

  private var stacked: String {
    var out = ""
    for (label, value) in rows {
      for line in DisplayWidth.wrap(label, to: context.width) {
        out += context.style.label(line) + "\n"
      }
      for line in DisplayWidth.wrap(value, to: context.width - 2) { out += "  " + line + "\n" }
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
}
