import LLMNotesCore

/// A minimal JSON value and writer: strings are escaped per RFC 8259 (every control character
/// as `\u00XX`), so note content can never break out of a string; U+2028, U+2029 and the
/// bidirectional controls are escaped too (`\u202e`), so no reader shows them raw.
enum JSONValue {
  case string(String)
  case number(Int)
  /// A fraction (a stability, a retention), written in the shortest form that reads back.
  case decimal(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  /// Keys keep their order, so output is stable.
  case object([(String, JSONValue)])

  func rendered(indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let closing = String(repeating: "  ", count: indent)
    switch self {
    case .string(let text): return Self.quote(text)
    case .number(let value): return String(value)
    case .decimal(let value): return value.isFinite ? "\(value)" : "null"
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    case .array(let items):
      if items.isEmpty { return "[]" }
      if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
        return "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]"
      }
      return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n")
        + "\n" + closing + "]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      return "{\n"
        + members.map { pad + Self.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
        .joined(separator: ",\n") + "\n" + closing + "}"
    }
  }

  private static func quote(_ text: String) -> String { jsonQuoted(text) }
}
