/// An id written in a note (a relation value or a wikilink), with where it was written.
public struct Reference: Hashable, Sendable {
  public let id: String
  public let location: SourceLocation
  /// The text shown for a `[[id|text]]` wikilink.
  public let label: String?

  public init(id: String, location: SourceLocation, label: String? = nil) {
    self.id = id
    self.location = location
    self.label = label
  }
}
