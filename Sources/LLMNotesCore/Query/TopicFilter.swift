/// What `list` asks for, as typed terms: topics matching every term.
///
/// Repeated terms: several kinds mean *any* of them (`--kind model --kind task`); several
/// relation or field terms must *all* hold.
public struct TopicFilter: Sendable {
  public var kinds: Set<Kind> = []
  public var years: YearRange?
  /// Topics linked over `label` to the topic named `name` (`tasks` → `摘要`), resolved like names.
  public var relations: [(label: EdgeLabel, name: String)] = []
  /// Topics whose text field equals the value, compared as names are.
  public var attributes: [(attribute: Attribute, value: String)] = []

  public init() {}

  public var isEmpty: Bool {
    kinds.isEmpty && years == nil && relations.isEmpty && attributes.isEmpty
  }
}

extension TopicGraph {
  /// The topics matching every term of `filter`, in kind-then-id order (the graph's own).
  /// Each relation term is answered from its target's own edges, so the cost follows the
  /// answer, not the graph. A name that finds no topic, or several, is a lookup error.
  public func topics(matching filter: TopicFilter) throws(LookupError) -> [Topic] {
    var candidates: [Int]?
    for (label, name) in filter.relations {
      let target = try topic(named: name)
      guard let index = index(of: target) else { return [] }
      let sources = Set(targets(of: index, over: label.reversed))
      candidates = candidates.map { $0.filter(sources.contains) } ?? sources.sorted()
    }
    var result = candidates.map { $0.map(topic(at:)) } ?? topics
    if !filter.kinds.isEmpty { result.removeAll { !filter.kinds.contains($0.kind) } }
    if let years = filter.years {
      result.removeAll { topic in
        guard let year = topic.attributes[.year]?.year else { return true }
        return !years.contains(year)
      }
    }
    for (attribute, value) in filter.attributes {
      let key = NameKey.normalize(value)
      result.removeAll { NameKey.normalize($0.attributes[attribute]?.text ?? "") != key }
    }
    return result
  }
}
