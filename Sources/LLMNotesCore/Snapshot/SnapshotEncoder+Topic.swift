/// Topics, documents and diagnostics, written in the order `SnapshotCursor+Topic` reads them.
extension SnapshotEncoder {
  /// Edges first (a neighbour list is read without the fields), then the fields, then the body
  /// (decoded only when printed).
  mutating func topic(_ topic: Topic, edges: [Edge]) {
    integer(edges.count)
    for edge in edges {
      integer(SnapshotVocabulary.labelNumbers[edge.label] ?? 0)
      integer(edge.target)
    }
    string(topic.id)
    integer(SnapshotVocabulary.kindNumbers[topic.kind] ?? 0)
    string(topic.title)
    strings(topic.aliases)
    string(topic.summary)
    strings(topic.sources)
    let attributes = SnapshotVocabulary.attributes.filter { topic.attributes[$0] != nil }
    integer(attributes.count)
    for attribute in attributes {
      integer(SnapshotVocabulary.attributeNumbers[attribute] ?? 0)
      switch topic.attributes[attribute] {
      case .year(let year)?:
        integer(0)
        signed(year)
      case .month(let year, let month)?:
        integer(1)
        signed(year)
        signed(month)
      case .text(let text)?:
        integer(2)
        string(text)
      case nil: integer(3)
      }
    }
    let relations = SnapshotVocabulary.relations.filter { topic.references[$0] != nil }
    integer(relations.count)
    for relation in relations {
      integer(SnapshotVocabulary.relationNumbers[relation] ?? 0)
      let references = topic.references[relation] ?? []
      integer(references.count)
      for reference in references {
        string(reference.id)
        location(reference.location, defaultPath: topic.path)
      }
    }
    integer(topic.undisclosed.count)
    for relation in topic.undisclosed { integer(SnapshotVocabulary.relationNumbers[relation] ?? 0) }
    string(topic.path)
    document(topic.document)
  }

  mutating func document(_ document: MarkdownDocument) {
    raw(document.source)
    integer(document.source.startIndex)
    blocks(document.blocks)
    integer(document.links.count)
    for link in document.links { wikilink(link) }
  }

  private mutating func blocks(_ blocks: [MarkdownDocument.Block]) {
    integer(blocks.count)
    for block in blocks {
      switch block {
      case .heading(let level, let content, let line):
        integer(0)
        signed(level)
        inlines(content)
        signed(line)
      case .paragraph(let lines, let line):
        integer(1)
        integer(lines.count)
        for spans in lines { inlines(spans) }
        signed(line)
      case .list(let ordered, let start, let items, let line):
        integer(2)
        bool(ordered)
        signed(start)
        integer(items.count)
        for item in items { self.blocks(item) }
        signed(line)
      case .code(let info, let lines, let line):
        integer(3)
        range(info)
        integer(lines.count)
        for range in lines { self.range(range) }
        signed(line)
      case .table(let header, let rows, let line):
        integer(4)
        cells(header)
        integer(rows.count)
        for row in rows { cells(row) }
        signed(line)
      case .quote(let inner, let line):
        integer(5)
        self.blocks(inner)
        signed(line)
      case .rule(let line):
        integer(6)
        signed(line)
      }
    }
  }

  private mutating func cells(_ cells: [[MarkdownDocument.Inline]]) {
    integer(cells.count)
    for cell in cells { inlines(cell) }
  }

  private mutating func inlines(_ spans: [MarkdownDocument.Inline]) {
    integer(spans.count)
    for span in spans {
      switch span {
      case .text(let range):
        integer(0)
        self.range(range)
      case .code(let range):
        integer(1)
        self.range(range)
      case .emphasis(let inner):
        integer(2)
        inlines(inner)
      case .strong(let inner):
        integer(3)
        inlines(inner)
      case .link(let link):
        integer(4)
        wikilink(link)
      }
    }
  }

  private mutating func wikilink(_ link: MarkdownDocument.Wikilink) {
    string(link.target)
    if let label = link.label {
      bool(true)
      range(label)
    } else {
      bool(false)
    }
    signed(link.line)
    signed(link.column)
  }

  private mutating func range(_ range: Range<Int>) {
    integer(range.lowerBound)
    integer(range.count)
  }

  /// A location; its path is left out when it is `defaultPath` (a topic's own file).
  mutating func location(_ location: SourceLocation, defaultPath: String? = nil) {
    if location.path == defaultPath {
      bool(false)
    } else {
      bool(true)
      string(location.path)
    }
    signed(location.line)
    signed(location.column)
  }

  mutating func diagnostic(_ diagnostic: Diagnostic) {
    string(diagnostic.rule.rawValue)
    location(diagnostic.location)
    string(diagnostic.message)
    integer(diagnostic.notes.count)
    for note in diagnostic.notes {
      location(note.location)
      string(note.message)
    }
  }
}
