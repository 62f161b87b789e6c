/// Topics side by side: one row per field or relation any of them has.
public struct Comparison: Sendable {
  public struct Row: Sendable {
    /// The field or edge-label name (`year`, `architecture`, `models`...).
    public let name: String
    /// One cell per topic, in the order compared; each cell lists values.
    public let cells: [[Value]]
    /// Values every topic has in this row.
    public let shared: [Value]

    /// Whether the topics differ in this row.
    public var differs: Bool {
      let first = Set(cells.first ?? [])
      return cells.contains { Set($0) != first }
    }
  }

  /// A cell value: text, or a linked topic (shown by title).
  public struct Value: Hashable, Sendable {
    public let text: String
    public let topicID: String?
  }

  public let topics: [Topic]
  public let rows: [Row]
}

extension TopicGraph {
  /// Lines up the topics' kind, attributes and every relation (both directions). Body links are
  /// left out: they say a note mentions another, not how the topics differ.
  public func comparison(of compared: [Topic]) -> Comparison {
    var rows: [Comparison.Row] = []
    func add(_ name: String, _ cells: [[Comparison.Value]]) {
      guard cells.contains(where: { !$0.isEmpty }) else { return }
      let shared = cells.dropFirst().reduce(cells.first ?? []) { common, cell in
        let members = Set(cell)
        return common.filter(members.contains)
      }
      rows.append(Comparison.Row(name: name, cells: cells, shared: shared))
    }
    add("kind", compared.map { [Comparison.Value(text: $0.kind.rawValue, topicID: nil)] })
    for attribute in Attribute.allCases {
      add(
        attribute.rawValue,
        compared.map { topic in
          topic.attributes[attribute].map { [Comparison.Value(text: $0, topicID: nil)] } ?? []
        })
    }
    let neighborhoods = compared.map { neighbors(of: $0) }
    for label in EdgeLabel.all where label.relation != .links {
      add(
        label.name,
        neighborhoods.map { groups in
          (groups.first { $0.label == label }?.topics ?? []).map {
            Comparison.Value(text: $0.title, topicID: $0.id)
          }
        })
    }
    add("summary", compared.map { [Comparison.Value(text: $0.summary, topicID: nil)] })
    return Comparison(topics: compared, rows: rows)
  }
}
