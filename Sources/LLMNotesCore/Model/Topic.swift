/// One note, interpreted against the vocabulary: what `show` prints and the graph links.
public struct Topic: Sendable {
  public let id: String
  public let kind: Kind
  public let title: String
  public let aliases: [String]
  public let summary: String
  public let sources: [String]
  public let attributes: [Attribute: AttributeValue]
  /// Declared relations in the order written, links included.
  public let references: [Relation: [Reference]]
  /// One-valued relations the note says are not publicly known (`architecture: undisclosed`).
  public let undisclosed: [Relation]
  /// The Markdown after the frontmatter, parsed once; it shares the file's bytes.
  public let document: MarkdownDocument
  /// Where the note lives, relative to the notes folder.
  public let path: String

  init(
    id: String, kind: Kind, title: String, aliases: [String], summary: String,
    sources: [String], attributes: [Attribute: AttributeValue],
    references: [Relation: [Reference]], undisclosed: [Relation], document: MarkdownDocument,
    path: String
  ) {
    self.id = id
    self.kind = kind
    self.title = title
    self.aliases = aliases
    self.summary = summary
    self.sources = sources
    self.attributes = attributes
    self.references = references
    self.undisclosed = undisclosed
    self.document = document
    self.path = path
  }

  /// The Markdown after the frontmatter, as written.
  public var body: String { String(decoding: document.source, as: UTF8.self) }

  /// Every name the topic answers to: id, title, aliases.
  public var names: [String] { [id, title] + aliases }

  /// The value a one-valued relation takes when the fact is not public.
  static let undisclosedValue = "undisclosed"
}
