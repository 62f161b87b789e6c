/// An id written in a note (a relation value or a wikilink), with where it was written.
public struct Reference: Hashable, Sendable {
  public let id: String
  public let location: SourceLocation

  init(id: String, location: SourceLocation) {
    self.id = id
    self.location = location
  }
}
