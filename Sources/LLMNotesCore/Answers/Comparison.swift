/// The answer to `compare`: topics side by side, one row per field or relation any of them has.
public struct Comparison: Sendable {
  /// What a row compares.
  public enum Field: Sendable, Equatable {
    case kind
    case attribute(Attribute)
    case relation(EdgeLabel)
    case summary

    /// The field or edge-label name (`year`, `architecture`, `models`...).
    public var name: String {
      switch self {
      case .kind: "kind"
      case .attribute(let attribute): attribute.rawValue
      case .relation(let label): label.name
      case .summary: "summary"
      }
    }

    /// The Chinese name shown beside it.
    public var gloss: String {
      switch self {
      case .kind: "类型"
      case .attribute(let attribute): attribute.gloss
      case .relation(let label): label.gloss
      case .summary: "简介"
      }
    }
  }

  public struct Row: Sendable {
    public let field: Field
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

  /// A cell value.
  public enum Value: Hashable, Sendable {
    case text(String)
    case year(Int)
    case topic(TopicRef)
    /// The note says the fact is not public (`architecture: undisclosed`).
    case undisclosed

    public var text: String {
      switch self {
      case .text(let text): text
      case .year(let year): String(year)
      case .topic(let topic): topic.title
      case .undisclosed: "未公开 (undisclosed)"
      }
    }
  }

  public let topics: [TopicRef]
  public let rows: [Row]
}

extension TopicGraph {
  /// Lines up the topics' kind, attributes and every relation (both directions). Body links are
  /// left out: they say a note mentions another, not how the topics differ.
  public func comparison(of compared: [Topic]) -> Comparison {
    var rows: [Comparison.Row] = []
    func add(_ field: Comparison.Field, _ cells: [[Comparison.Value]]) {
      guard cells.contains(where: { !$0.isEmpty }) else { return }
      let shared = cells.dropFirst().reduce(cells.first ?? []) { common, cell in
        let members = Set(cell)
        return common.filter(members.contains)
      }
      rows.append(Comparison.Row(field: field, cells: cells, shared: shared))
    }
    add(.kind, compared.map { [.text($0.kind.rawValue)] })
    for attribute in Attribute.allCases {
      add(
        .attribute(attribute),
        compared.map { topic in
          switch topic.attributes[attribute] {
          case .year(let year): [.year(year)]
          case let value?: [.text(value.text)]
          case nil: []
          }
        })
    }
    let neighborhoods = compared.map { neighborRefs(of: $0) }
    for label in EdgeLabel.all where label.relation != .links {
      add(
        .relation(label),
        zip(compared, neighborhoods).map { topic, groups in
          if !label.isInverse, topic.undisclosed.contains(label.relation) { return [.undisclosed] }
          return (groups.first { $0.label == label }?.topics ?? []).map { .topic($0) }
        })
    }
    add(.summary, compared.map { [.text($0.summary)] })
    return Comparison(topics: compared.map(TopicRef.init), rows: rows)
  }
}
