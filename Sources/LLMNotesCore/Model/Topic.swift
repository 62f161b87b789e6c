/// One note, interpreted against the vocabulary: what `show` prints and the graph links.
public struct Topic: Sendable, Hashable {
  public let id: String
  public let kind: Kind
  public let title: String
  public let aliases: [String]
  public let summary: String
  public let sources: [String]
  public let attributes: [Attribute: String]
  /// Declared relations in the order written, links included.
  public let references: [Relation: [Reference]]
  /// Markdown after the frontmatter.
  public let body: String
  /// Where the note lives, relative to the notes folder.
  public let path: String

  public init(
    id: String, kind: Kind, title: String, aliases: [String] = [], summary: String = "",
    sources: [String] = [], attributes: [Attribute: String] = [:],
    references: [Relation: [Reference]] = [:], body: String = "", path: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.aliases = aliases
    self.summary = summary
    self.sources = sources
    self.attributes = attributes
    self.references = references
    self.body = body
    self.path = path
  }

  /// Every name the topic answers to: id, title, aliases.
  public var names: [String] { [id, title] + aliases }
}
