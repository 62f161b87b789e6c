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
    var attributes: [Attribute: AttributeValue] = [:]
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
        switch attribute.shape {
        case .year:
          guard let year = Self.year(value.text) else {
            report(
              .invalidYear, entry.line, value.column,
              "'\(value.text)' is not a year; write four digits, e.g. 'year: 2018'")
            continue
          }
          attributes[attribute] = .year(year)
        case .month:
          guard let (year, month) = Self.month(value.text) else {
            report(
              .invalidMonth, entry.line, value.column,
              "'\(value.text)' is not a month; write year and month, e.g. 'released: 2018-10'")
            continue
          }
          attributes[attribute] = .month(year: year, month: month)
        case .text:
          attributes[attribute] = .text(value.text)
        }
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
          didYouMean(Self.knownKeys.nearest(to: entry.key))
        report(.unknownField, entry.line, 1, "unknown field '\(entry.key)'\(suggestion)")
      }
    }
    for field in RequiredField.allCases where !present.contains(field) {
      report(.missingField, 1, 1, "required field '\(field.rawValue)' is missing or empty")
    }
    let document = BodyParser.parse(note.bodyBytes, firstLine: note.bodyLine)
    if !document.links.isEmpty {
      references[.links] = document.links.map {
        Reference(
          id: $0.target, location: SourceLocation(path: path, line: $0.line, column: $0.column))
      }
    }
    let topic = Topic(
      id: id, kind: kind, title: title ?? id, aliases: aliases, summary: summary, sources: sources,
      attributes: attributes, references: references, undisclosed: undisclosed,
      document: document, path: path)
    return (topic, [titleLine] + aliasLines)
  }

  private static let knownKeys: [String] =
    RequiredField.allCases.map(\.rawValue) + Attribute.allCases.map(\.rawValue)
    + Relation.fields.map(\.rawValue)

  /// `2018`: four digits, from 1000.
  private static func year(_ text: String) -> Int? {
    guard text.utf8.count == 4, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
      let year = Int(text), year >= 1000
    else { return nil }
    return year
  }

  /// `2018-10`: a year, a hyphen and a two-digit month.
  private static func month(_ text: String) -> (Int, Int)? {
    let bytes = Array(text.utf8)
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
      let year = year(String(decoding: bytes[0..<4], as: UTF8.self)),
      bytes[5...].allSatisfy({ (0x30...0x39).contains($0) }),
      let month = Int(String(decoding: bytes[5...], as: UTF8.self)), (1...12).contains(month)
    else { return nil }
    return (year, month)
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
