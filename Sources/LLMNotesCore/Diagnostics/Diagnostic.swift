/// One problem found in a notes folder, made by the library and printed by the CLI as
/// `path:line:column: error: message [rule-id]`.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }

  public let rule: Rule
  public let location: SourceLocation
  public let message: String

  public init(_ rule: Rule, at location: SourceLocation, _ message: String) {
    self.rule = rule
    self.location = location
    self.message = message
  }

  public var severity: Severity { rule.severity }

  public var description: String {
    "\(location): \(severity.rawValue): \(message) [\(rule.rawValue)]"
  }

  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.location, lhs.rule.rawValue, lhs.message) < (rhs.location, rhs.rule.rawValue, rhs.message)
  }
}
