import LLMNotesCore

extension JSONValue {
  /// A linked topic: `{"id": …, "title": …, "kind": …}`.
  static func topic(_ topic: TopicRef) -> JSONValue {
    .object([
      ("id", .string(topic.id)), ("title", .string(topic.title)),
      ("kind", .string(topic.kind.singular)),
    ])
  }

  /// A scalar fact: numbers as numbers, months and text as strings.
  static func attribute(_ value: AttributeValue) -> JSONValue {
    switch value {
    case .year(let year): .number(year)
    case .month, .text: .string(value.text)
    }
  }

  static func location(_ location: SourceLocation, _ paths: PathDisplay) -> [(String, JSONValue)] {
    [
      ("path", .string(paths.show(location.path))), ("line", .number(location.line)),
      ("column", .number(location.column)),
    ]
  }

  /// On one line: `{"id": "bert", "kind": "model"}`.
  var compact: String {
    switch self {
    case .array(let items): "[" + items.map(\.compact).joined(separator: ", ") + "]"
    case .object(let members):
      "{"
        + members.map { JSONValue.string($0.0).rendered() + ": " + $0.1.compact }
        .joined(separator: ", ") + "}"
    default: rendered()
    }
  }

  /// Writes the value and a line break.
  func write(to console: any Console) { console.write(rendered() + "\n") }
}
