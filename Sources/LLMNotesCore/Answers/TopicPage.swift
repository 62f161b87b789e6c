/// The answer to `show`: one topic with everything linked to it, both ways. Self-contained:
/// a renderer prints it without asking the graph anything.
public struct TopicPage: Sendable {
  public let topic: Topic
  /// Linked topics grouped by edge label, in vocabulary order.
  public let relations: [(label: EdgeLabel, topics: [TopicRef])]
  /// What each wikilink in the body points at, by target id; a broken link is absent.
  public let linkTargets: [String: TopicRef]
}

extension TopicGraph {
  public func page(of topic: Topic) -> TopicPage {
    let relations = neighborRefs(of: topic)
    var targets: [String: TopicRef] = [:]
    for link in topic.document.links where targets[link.target] == nil {
      if let target = index(ofID: link.target) { targets[link.target] = ref(at: target) }
    }
    return TopicPage(topic: topic, relations: relations, linkTargets: targets)
  }
}
