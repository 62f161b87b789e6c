/// One problem found in a notes folder, made by the library and printed by the CLI as
/// `path:line:column: error: message [rule-id]`, each note below it as
/// `path:line:column: note: message`.
public struct Diagnostic: Sendable, Comparable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }

  /// A secondary place the problem involves ("first claimed at models/a.md:3").
  public struct Note: Sendable, Equatable {
    public let location: SourceLocation
    public let message: String

    public init(_ message: String, at location: SourceLocation) {
      self.location = location
      self.message = message
    }
  }

  public let rule: Rule
  public let location: SourceLocation
  public let message: String
  public let notes: [Note]

  public init(_ rule: Rule, at location: SourceLocation, _ message: String, notes: [Note] = []) {
    self.rule = rule
    self.location = location
    self.message = message
    self.notes = notes
  }

  public var severity: Severity { rule.severity }

  /// `models/bert.md:12:3: error: message [rule-id]`, with the note-folder's own paths (the
  /// CLI shows them relative to the current folder instead), then a line for each note.
  public var description: String {
    "\(location): \(severity.rawValue): \(message) [\(rule.rawValue)]"
      + notes.map { "\n\($0.location): note: \($0.message)" }.joined()
  }

  public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.rule, lhs.location, lhs.message, lhs.notes) == (
      rhs.rule, rhs.location, rhs.message, rhs.notes
    )
  }

  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.location, lhs.rule.rawValue, lhs.message) < (rhs.location, rhs.rule.rawValue, rhs.message)
  }
}
