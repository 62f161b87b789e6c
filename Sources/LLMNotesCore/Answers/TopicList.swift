/// The answer to `list`: topics with the few facts that tell them apart.
public struct TopicList: Sendable {
  public struct Item: Sendable {
    public let topic: TopicRef
    public let summary: String
    public let year: Int?
    /// The headline relations (architecture, organization, family, domain, stages), forward.
    public let facts: [(label: EdgeLabel, topics: [TopicRef])]
    /// Headline relations the note says are not public (`architecture: undisclosed`).
    public let undisclosed: [Relation]
  }

  public let items: [Item]
  /// True when no filter was given: the text form then groups the items under their kinds.
  public let isWholeGraph: Bool
}

extension TopicGraph {
  public func list(_ topics: [Topic], isWholeGraph: Bool) -> TopicList {
    let items = topics.map { topic in
      TopicList.Item(
        topic: TopicRef(topic), summary: topic.summary, year: topic.attributes[.year]?.year,
        facts: neighbors(of: topic).filter { !$0.label.isInverse && $0.label.relation.isHeadline }
          .map { (label: $0.label, topics: $0.topics.map(TopicRef.init)) },
        undisclosed: topic.undisclosed.filter(\.isHeadline))
    }
    return TopicList(items: items, isWholeGraph: isWholeGraph)
  }
}
