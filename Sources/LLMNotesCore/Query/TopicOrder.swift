/// How `list` orders its topics.
public enum TopicOrder: String, CaseIterable, Sendable {
  /// Kind, then id: the graph's own order.
  case kind
  case id
  /// By title as names compare (case and punctuation ignored), then id.
  case title
  /// Oldest first, by `released` month where the note has one (a year alone sorts after that
  /// year's months: the month is unknown, not January); topics with no year last; ties in
  /// kind-then-id order.
  case year
}

extension TopicGraph {
  /// `topics` in `order`; equal keys keep the graph's kind-then-id order.
  public func sorted(_ topics: [Topic], by order: TopicOrder) -> [Topic] {
    switch order {
    case .kind: return topics
    case .id: return topics.sorted { $0.id < $1.id }
    case .title:
      let keys = topics.map { (NameKey.normalize($0.title), $0.id) }
      return topics.indices.sorted { keys[$0] < keys[$1] }.map { topics[$0] }
    case .year:
      let keys = topics.indices.map { index in
        let month = topics[index].releaseMonth
        return (month.year ?? Int.max, month.month ?? 13, index)
      }
      return topics.indices.sorted { keys[$0] < keys[$1] }.map { topics[$0] }
    }
  }
}

extension Topic {
  /// The year and month the topic appeared, from `released` (YYYY-MM) or else `year`.
  public var releaseMonth: (year: Int?, month: Int?) {
    if case .month(let year, let month)? = attributes[.released] { return (year, month) }
    return (attributes[.year]?.year, nil)
  }
}
