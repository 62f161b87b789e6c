/// An id written in a note (a relation value or a wikilink), with where it was written.
public struct Reference: Hashable, Sendable {
  public let id: String
  public let location: SourceLocation
  /// The text shown for a `[[id|text]]` wikilink.
  public let label: String?
  /// Where a wikilink's `[[…]]` stands in the note's body, as indices into its bytes.
  let bodyRange: Range<Int>?

  public init(id: String, location: SourceLocation, label: String? = nil) {
    self.init(id: id, location: location, label: label, bodyRange: nil)
  }

  init(id: String, location: SourceLocation, label: String?, bodyRange: Range<Int>?) {
    self.id = id
    self.location = location
    self.label = label
    self.bodyRange = bodyRange
  }
}
