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
  /// One-valued relations the note says are not publicly known (`architecture: undisclosed`).
  public let undisclosed: [Relation]
  /// Markdown after the frontmatter, kept as the file's bytes and decoded on demand: most
  /// answers never print a body, and a string for each of 100,000 notes would double the memory.
  let bodyBytes: ArraySlice<UInt8>
  /// Where the note lives, relative to the notes folder.
  public let path: String

  public init(
    id: String, kind: Kind, title: String, aliases: [String] = [], summary: String = "",
    sources: [String] = [], attributes: [Attribute: String] = [:],
    references: [Relation: [Reference]] = [:], undisclosed: [Relation] = [], body: String = "",
    path: String = ""
  ) {
    self.init(
      id: id, kind: kind, title: title, aliases: aliases, summary: summary, sources: sources,
      attributes: attributes, references: references, undisclosed: undisclosed,
      bodyBytes: Array(body.utf8)[...], path: path)
  }

  init(
    id: String, kind: Kind, title: String, aliases: [String], summary: String,
    sources: [String], attributes: [Attribute: String],
    references: [Relation: [Reference]], undisclosed: [Relation], bodyBytes: ArraySlice<UInt8>,
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
    self.bodyBytes = bodyBytes
    self.path = path
  }

  /// Markdown after the frontmatter.
  public var body: String { String(decoding: bodyBytes, as: UTF8.self) }

  /// The value a one-valued relation takes when the fact is not public.
  public static let undisclosedValue = "undisclosed"

  /// Every name the topic answers to: id, title, aliases.
  public var names: [String] { [id, title] + aliases }
}
