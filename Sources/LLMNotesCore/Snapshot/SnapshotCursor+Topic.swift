/// Reads what `SnapshotEncoder+Topic` writes, checking every number against the vocabulary and
/// every nesting against `SnapshotFormat.maximumDepth`.
extension SnapshotCursor {
  /// A topic record's edges; targets are checked against the topic count.
  mutating func edges(topicCount: Int) throws(SnapshotError) -> [Edge] {
    let count = try count()
    var edges: [Edge] = []
    edges.reserveCapacity(count)
    for _ in 0..<count {
      let label = SnapshotVocabulary.labels[try index(below: SnapshotVocabulary.labels.count)]
      edges.append(Edge(label: label, target: try index(below: topicCount)))
    }
    return edges
  }

  mutating func skipEdges() throws(SnapshotError) {
    let count = try count()
    for _ in 0..<count {
      _ = try integer()
      _ = try integer()
    }
  }

  /// The fields after the edges; the cursor is left at the body.
  mutating func topicFields(body: (Int) -> Topic.Body) throws(SnapshotError) -> Topic {
    let id = try string()
    let kind = SnapshotVocabulary.kinds[try index(below: SnapshotVocabulary.kinds.count)]
    let title = try string()
    let aliases = try strings()
    let summary = try string()
    let sources = try strings()
    var attributes: [Attribute: AttributeValue] = [:]
    for _ in 0..<(try count()) {
      let attribute =
        SnapshotVocabulary.attributes[try index(below: SnapshotVocabulary.attributes.count)]
      switch try integer() {
      case 0: attributes[attribute] = .year(try signed())
      case 1: attributes[attribute] = .month(year: try signed(), month: try signed())
      case 2: attributes[attribute] = .text(try string())
      default: throw failure("bad attribute value")
      }
    }
    let path = try lookAheadPath()
    var references: [Relation: [Reference]] = [:]
    for _ in 0..<(try count()) {
      let relation =
        SnapshotVocabulary.relations[try index(below: SnapshotVocabulary.relations.count)]
      let count = try count()
      var list: [Reference] = []
      list.reserveCapacity(count)
      for _ in 0..<count {
        let id = try string()
        list.append(Reference(id: id, location: try location(defaultPath: path)))
      }
      references[relation] = list
    }
    var undisclosed: [Relation] = []
    for _ in 0..<(try count()) {
      undisclosed.append(
        SnapshotVocabulary.relations[try index(below: SnapshotVocabulary.relations.count)])
    }
    _ = try string()
    return Topic(
      id: id, kind: kind, title: title, aliases: aliases, summary: summary, sources: sources,
      attributes: attributes, references: references, undisclosed: undisclosed,
      storedBody: body(position), path: path)
  }

  /// The topic's path, written after its references (which default to it): read ahead.
  private func lookAheadPath() throws(SnapshotError) -> String {
    var ahead = self
    for _ in 0..<(try ahead.count()) {
      _ = try ahead.integer()
      for _ in 0..<(try ahead.count()) {
        _ = try ahead.rawBytes()
        _ = try ahead.location(defaultPath: "")
      }
    }
    for _ in 0..<(try ahead.count()) { _ = try ahead.integer() }
    return try ahead.string()
  }

  mutating func document() throws(SnapshotError) -> MarkdownDocument {
    let bytes = try rawBytes()
    let start = try integer()
    // The body's bytes at the offsets the tree's ranges use (a slice of the note file).
    guard start <= NoteLimits.maximumBytes else { throw failure("body offset too large") }
    var padded = [UInt8](repeating: 0, count: start)
    padded.append(contentsOf: bytes)
    let source = padded[start...]
    let blocks = try blocks(depth: 0)
    let count = try count()
    var links: [MarkdownDocument.Wikilink] = []
    links.reserveCapacity(count)
    for _ in 0..<count { links.append(try wikilink()) }
    return MarkdownDocument(source: source, blocks: blocks, links: links)
  }

  private mutating func blocks(depth: Int) throws(SnapshotError) -> [MarkdownDocument.Block] {
    guard depth < SnapshotFormat.maximumDepth else { throw failure("blocks nested too deep") }
    let count = try count()
    var blocks: [MarkdownDocument.Block] = []
    blocks.reserveCapacity(count)
    for _ in 0..<count {
      switch try integer() {
      case 0:
        let level = try signed()
        let content = try inlines(depth: depth + 1)
        blocks.append(.heading(level: level, content: content, line: try signed()))
      case 1:
        let count = try self.count()
        var lines: [[MarkdownDocument.Inline]] = []
        for _ in 0..<count { lines.append(try inlines(depth: depth + 1)) }
        blocks.append(.paragraph(lines: lines, line: try signed()))
      case 2:
        let ordered = try bool()
        let start = try signed()
        let count = try self.count()
        var items: [[MarkdownDocument.Block]] = []
        for _ in 0..<count { items.append(try self.blocks(depth: depth + 1)) }
        blocks.append(.list(ordered: ordered, start: start, items: items, line: try signed()))
      case 3:
        let info = try range()
        let count = try self.count()
        var lines: [Range<Int>] = []
        for _ in 0..<count { lines.append(try range()) }
        blocks.append(.code(info: info, lines: lines, line: try signed()))
      case 4:
        let header = try cells(depth: depth + 1)
        let count = try self.count()
        var rows: [[[MarkdownDocument.Inline]]] = []
        for _ in 0..<count { rows.append(try cells(depth: depth + 1)) }
        blocks.append(.table(header: header, rows: rows, line: try signed()))
      case 5:
        let inner = try self.blocks(depth: depth + 1)
        blocks.append(.quote(inner, line: try signed()))
      case 6: blocks.append(.rule(line: try signed()))
      default: throw failure("bad block")
      }
    }
    return blocks
  }

  private mutating func cells(depth: Int) throws(SnapshotError) -> [[MarkdownDocument.Inline]] {
    let count = try count()
    var cells: [[MarkdownDocument.Inline]] = []
    for _ in 0..<count { cells.append(try inlines(depth: depth)) }
    return cells
  }

  private mutating func inlines(depth: Int) throws(SnapshotError) -> [MarkdownDocument.Inline] {
    guard depth < SnapshotFormat.maximumDepth else { throw failure("spans nested too deep") }
    let count = try count()
    var spans: [MarkdownDocument.Inline] = []
    spans.reserveCapacity(count)
    for _ in 0..<count {
      switch try integer() {
      case 0: spans.append(.text(try range()))
      case 1: spans.append(.code(try range()))
      case 2: spans.append(.emphasis(try inlines(depth: depth + 1)))
      case 3: spans.append(.strong(try inlines(depth: depth + 1)))
      case 4: spans.append(.link(try wikilink()))
      default: throw failure("bad span")
      }
    }
    return spans
  }

  private mutating func wikilink() throws(SnapshotError) -> MarkdownDocument.Wikilink {
    let target = try string()
    let label = try bool() ? try range() : nil
    let line = try signed()
    return MarkdownDocument.Wikilink(target: target, label: label, line: line, column: try signed())
  }

  mutating func location(defaultPath: String) throws(SnapshotError) -> SourceLocation {
    let path = try bool() ? try string() : defaultPath
    let line = try signed()
    return SourceLocation(path: path, line: line, column: try signed())
  }

  mutating func diagnostic() throws(SnapshotError) -> Diagnostic {
    let name = try string()
    guard let rule = Rule(rawValue: name) else { throw failure("unknown rule") }
    let location = try location(defaultPath: "")
    let message = try string()
    var notes: [Diagnostic.Note] = []
    for _ in 0..<(try count()) {
      let place = try self.location(defaultPath: "")
      notes.append(Diagnostic.Note(try string(), at: place))
    }
    return Diagnostic(rule, at: location, message, notes: notes)
  }
}
