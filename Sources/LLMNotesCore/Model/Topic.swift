/// One note, interpreted against the vocabulary: what `show` prints and the graph links.
public struct Topic: Sendable, Equatable {
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
  /// The body, parsed once: held here after a load, or read from a snapshot when asked for
  /// (so `show` decodes one body, not every neighbour's).
  let storedBody: Body
  /// Where the note lives, relative to the notes folder.
  public let path: String

  init(
    id: String, kind: Kind, title: String, aliases: [String], summary: String,
    sources: [String], attributes: [Attribute: AttributeValue],
    references: [Relation: [Reference]], undisclosed: [Relation], storedBody: Body, path: String
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
    self.storedBody = storedBody
    self.path = path
  }

  /// Where a topic's parsed body is.
  enum Body: Sendable {
    case parsed(MarkdownDocument)
    /// At this offset of a snapshot's bytes (the bytes, not the graph: topics the graph keeps
    /// must not keep the graph).
    case stored(SnapshotBytes, offset: Int)
  }

  /// The Markdown after the frontmatter, parsed once.
  public var document: MarkdownDocument {
    switch storedBody {
    case .parsed(let document): document
    case .stored(let bytes, let offset): SnapshotGraph.document(in: bytes, at: offset)
    }
  }

  /// The Markdown after the frontmatter, as written.
  public var body: String { String(decoding: document.source, as: UTF8.self) }

  /// Every name the topic answers to: id, title, aliases.
  public var names: [String] { [id, title] + aliases }

  /// Equal in every field and in the parsed body.
  public static func == (lhs: Topic, rhs: Topic) -> Bool {
    (lhs.id, lhs.kind, lhs.title, lhs.aliases, lhs.summary, lhs.path)
      == (rhs.id, rhs.kind, rhs.title, rhs.aliases, rhs.summary, rhs.path)
      && lhs.sources == rhs.sources
      && lhs.attributes == rhs.attributes && lhs.references == rhs.references
      && lhs.undisclosed == rhs.undisclosed && lhs.document == rhs.document
  }

  /// What a snapshot record that does not decode reads as.
  static let unreadable = Topic(
    id: "", kind: .concept, title: "", aliases: [], summary: "", sources: [], attributes: [:],
    references: [:], undisclosed: [],
    storedBody: .parsed(MarkdownDocument(source: [], blocks: [], links: [])), path: "")

  /// The value a one-valued relation takes when the fact is not public.
  static let undisclosedValue = "undisclosed"
}
