/// A linked topic as answers carry it: enough to print or to look it up again.
public struct TopicRef: Sendable, Hashable {
  public let id: String
  public let title: String
  public let kind: Kind

  public init(_ topic: Topic) {
    id = topic.id
    title = topic.title
    kind = topic.kind
  }

  init(id: String, title: String, kind: Kind) {
    self.id = id
    self.title = title
    self.kind = kind
  }
}
