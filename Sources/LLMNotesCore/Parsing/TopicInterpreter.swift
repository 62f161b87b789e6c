/// Checks a parsed frontmatter against the vocabulary and builds the typed `Topic`.
/// Unknown keys and wrong shapes are diagnostics; the rest of the note still loads.
struct TopicInterpreter {
  let id: String
  let kind: Kind
  let path: String
  private(set) var diagnostics: [Diagnostic] = []

  init(id: String, kind: Kind, path: String) {
    self.id = id
    self.kind = kind
    self.path = path
  }

  mutating func interpret(_ note: RawNote) -> (Topic, nameLines: [Int]) {
    var title: String?
    var titleLine = 1
    var aliases: [String] = []
    var aliasLines: [Int] = []
    var summary = ""
    var sources: [String] = []
    var attributes: [Attribute: String] = [:]
    var references: [Relation: [Reference]] = [:]
    var present: [RequiredField] = []
    var undisclosed: [Relation] = []

    for entry in note.frontmatter.entries {
      if let field = RequiredField(rawValue: entry.key) {
        let values = field.isList ? list(entry) : one(entry).map { [$0] } ?? []
        let texts = values.map(\.text).filter { !$0.isEmpty }
        // `sources: []` is allowed: a note about the field around the seeds draws on none.
        if !texts.isEmpty || field == .sources { present.append(field) }
        switch field {
        case .title:
          title = texts.first
          titleLine = entry.line
        case .aliases:
          aliases = texts
          aliasLines = values.filter { !$0.text.isEmpty }.map(\.line)
        case .summary: summary = texts.first ?? ""
        case .sources: sources = texts
        }
      } else if let attribute = Attribute(rawValue: entry.key) {
        guard let value = one(entry), !value.text.isEmpty else { continue }
        if attribute.shape == .year, !Self.isYear(value.text) {
          report(
            .invalidYear, entry.line, value.column,
            "'\(value.text)' is not a year; write four digits, e.g. 'year: 2018'")
          continue
        }
        if attribute.shape == .month, !Self.isMonth(value.text) {
          report(
            .invalidMonth, entry.line, value.column,
            "'\(value.text)' is not a month; write year and month, e.g. 'released: 2018-10'")
          continue
        }
        attributes[attribute] = value.text
      } else if let relation = Relation(rawValue: entry.key), relation != .links {
        var values = relation.cardinality == .one ? one(entry).map { [$0] } ?? [] : list(entry)
        if relation.cardinality == .one, values.first?.text == Topic.undisclosedValue {
          undisclosed.append(relation)
          values = []
        }
        let refs = values.filter { !$0.text.isEmpty }.map {
          Reference(
            id: $0.text, location: SourceLocation(path: path, line: $0.line, column: $0.column))
        }
        references[relation, default: []].append(contentsOf: refs)
      } else {
        let suggestion =
          Self.knownKeys.nearest(to: entry.key).map { "; did you mean '\($0)'?" } ?? ""
        report(.unknownField, entry.line, 1, "unknown field '\(entry.key)'\(suggestion)")
      }
    }
    for field in RequiredField.allCases where !present.contains(field) {
      report(.missingField, 1, 1, "required field '\(field.rawValue)' is missing or empty")
    }
    let links = WikilinkScanner.links(in: note.bodyBytes, path: path, firstLine: note.bodyLine)
    if !links.isEmpty { references[.links] = links }
    let topic = Topic(
      id: id, kind: kind, title: title ?? id, aliases: aliases, summary: summary, sources: sources,
      attributes: attributes, references: references, undisclosed: undisclosed,
      bodyBytes: note.bodyBytes, path: path)
    return (topic, [titleLine] + aliasLines)
  }

  private static let knownKeys: [String] =
    RequiredField.allCases.map(\.rawValue) + Attribute.allCases.map(\.rawValue)
    + Relation.fields.map(\.rawValue)

  private static func isMonth(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
      isYear(String(decoding: bytes[0..<4], as: UTF8.self)),
      let month = Int(String(decoding: bytes[5...], as: UTF8.self))
    else { return false }
    return bytes[5...].allSatisfy { (0x30...0x39).contains($0) } && (1...12).contains(month)
  }

  private static func isYear(_ text: String) -> Bool {
    text.utf8.count == 4 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
      && (Int(text) ?? 0) >= 1000
  }

  /// A single value; a list of more than one is the wrong shape.
  private mutating func one(_ entry: Frontmatter.Entry) -> Frontmatter.Scalar? {
    switch entry.value {
    case .scalar(let scalar): return scalar
    case .list(let items) where items.count <= 1: return items.first
    case .list(let items):
      report(
        .wrongShape, entry.line, items[1].column,
        "'\(entry.key)' takes one value, not a list of \(items.count)")
      return nil
    }
  }

  /// A list; a single scalar is accepted as a one-item list.
  private func list(_ entry: Frontmatter.Entry) -> [Frontmatter.Scalar] {
    switch entry.value {
    case .scalar(let scalar): [scalar]
    case .list(let items): items
    }
  }

  private mutating func report(_ rule: Rule, _ line: Int, _ column: Int, _ message: String) {
    diagnostics.append(
      Diagnostic(rule, at: SourceLocation(path: path, line: line, column: column), message))
  }
}
