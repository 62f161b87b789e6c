import LLMNotesCore

/// Machine-readable output: stable keys, ids for every linked topic.
struct JSONRenderer: Renderer {
  func page(of topic: Topic, in graph: TopicGraph) -> String {
    var members = summary(of: topic)
    members.append(("aliases", .array(topic.aliases.map(JSONValue.string))))
    members.append(
      (
        "attributes",
        .object(
          Attribute.allCases.compactMap { attribute in
            topic.attributes[attribute].map { (attribute.rawValue, JSONValue.string($0)) }
          })
      ))
    members.append(
      (
        "relations",
        .object(
          graph.neighbors(of: topic).map { group in
            (group.label.name, .array(group.topics.map { .string($0.id) }))
          })
      ))
    members.append(("sources", .array(topic.sources.map(JSONValue.string))))
    members.append(("path", .string(topic.path)))
    members.append(("body", .string(topic.body)))
    return JSONValue.object(members).rendered() + "\n"
  }

  func list(_ topics: [Topic], in graph: TopicGraph, groupedByKind: Bool) -> String {
    JSONValue.array(topics.map { .object(summary(of: $0)) }).rendered() + "\n"
  }

  func comparison(_ comparison: Comparison) -> String {
    let value = { (value: Comparison.Value) -> JSONValue in
      value.topicID.map(JSONValue.string) ?? .string(value.text)
    }
    return JSONValue.object([
      ("topics", .array(comparison.topics.map { .string($0.id) })),
      (
        "rows",
        .array(
          comparison.rows.map { row in
            .object([
              ("name", .string(row.name)),
              ("differs", .bool(row.differs)),
              ("cells", .array(row.cells.map { .array($0.map(value)) })),
              ("shared", .array(row.shared.map(value))),
            ])
          })
      ),
    ]).rendered() + "\n"
  }

  func report(_ diagnostics: [Diagnostic], noteCount: Int) -> String {
    JSONValue.object([
      ("notes", .number(noteCount)),
      ("errors", .number(diagnostics.filter { $0.severity == .error }.count)),
      ("warnings", .number(diagnostics.filter { $0.severity == .warning }.count)),
      (
        "diagnostics",
        .array(
          diagnostics.map { diagnostic in
            .object([
              ("path", .string(diagnostic.location.path)),
              ("line", .number(diagnostic.location.line)),
              ("column", .number(diagnostic.location.column)),
              ("severity", .string(diagnostic.severity.rawValue)),
              ("rule", .string(diagnostic.rule.rawValue)),
              ("message", .string(diagnostic.message)),
            ])
          })
      ),
    ]).rendered() + "\n"
  }

  private func summary(of topic: Topic) -> [(String, JSONValue)] {
    [
      ("id", .string(topic.id)), ("kind", .string(topic.kind.rawValue)),
      ("title", .string(topic.title)), ("summary", .string(topic.summary)),
    ]
  }
}
