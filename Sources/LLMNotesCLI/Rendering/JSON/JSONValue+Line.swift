extension JSONValue {
  /// The value on one line, for JSON Lines output (`quiz --format json`).
  var line: String {
    switch self {
    case .string, .number, .decimal, .bool, .null: rendered()
    case .array(let items): "[" + items.map(\.line).joined(separator: ",") + "]"
    case .object(let members):
      "{"
        + members.map { JSONValue.string($0.0).rendered() + ":" + $0.1.line }.joined(separator: ",")
        + "}"
    }
  }
}
