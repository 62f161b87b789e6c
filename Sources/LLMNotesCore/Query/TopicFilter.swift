/// What `list` asks for: topics matching every condition.
public struct TopicFilter: Sendable {
  public var kind: Kind?
  /// Topics linked over `label` to `target` (`tasks` → summarization).
  public var links: [(label: EdgeLabel, target: Topic)] = []
  /// Topics whose attribute equals the value (compared as names are).
  public var attributes: [(attribute: Attribute, value: String)] = []

  public init(kind: Kind? = nil) { self.kind = kind }

  /// The edge labels a `--name` filter may mean: the label's own name, or its singular
  /// (`--task` for `tasks`, `--model` for `models`).
  public static func labels(named name: String) -> [EdgeLabel] {
    let key = name.lowercased()
    return EdgeLabel.all.filter { $0.name == key || $0.name == key + "s" }
  }

  /// Every name accepted as a `--name` filter, for help and did-you-mean.
  public static var filterNames: [String] {
    ["kind"] + Attribute.allCases.map(\.rawValue) + EdgeLabel.all.map(\.name)
  }
}

extension TopicGraph {
  /// The topics matching every condition, in kind order then id (the graph's own order). Each link condition is
  /// answered from the target's own edges, so the cost follows the answer, not the graph.
  public func topics(matching filter: TopicFilter) -> [Topic] {
    var candidates: [Int]?
    for condition in filter.links {
      guard let target = index(of: condition.target) else { return [] }
      let sources = Set(targets(of: target, over: condition.label.reversed))
      candidates = candidates.map { $0.filter(sources.contains) } ?? sources.sorted()
    }
    var result = (candidates ?? Array(topics.indices)).map { topics[$0] }
    if let kind = filter.kind { result.removeAll { $0.kind != kind } }
    for (attribute, value) in filter.attributes {
      let key = NameKey.normalize(value)
      result.removeAll { NameKey.normalize($0.attributes[attribute] ?? "") != key }
    }
    return result
  }
}
