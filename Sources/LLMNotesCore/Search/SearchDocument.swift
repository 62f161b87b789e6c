/// What search reads of one topic, field by field, the body as passages from its parsed tree
/// (never the Markdown again), each passage with the heading of the section it is in.
struct SearchDocument {
  enum Field: Int, CaseIterable {
    case title, aliases, summary, fields, body

    /// How much a term counts in this field (BM25F): a title or alias says what the topic
    /// is; a passing mention in the body says little.
    var weight: Float {
      switch self {
      case .title: 6
      case .aliases: 4
      case .summary: 2
      case .fields: 1.5
      case .body: 1
      }
    }

    var name: String {
      switch self {
      case .title: "title"
      case .aliases: "aliases"
      case .summary: "summary"
      case .fields: "fields"
      case .body: "body"
      }
    }
  }

  /// One piece of text a snippet can come from.
  struct Passage {
    let field: Field
    let text: String
    /// The section heading above it (`工作原理`), for body passages.
    let section: String?
  }

  let passages: [Passage]
  /// The topic's id, which the hit line shows already.
  let id: String

  /// - Parameter title: the title of a topic by id, for wikilinks written without their text.
  init(_ topic: Topic, title: @escaping (String) -> String) {
    id = topic.id
    var passages = [Passage(field: .title, text: topic.title, section: nil)]
    for name in [topic.id] + topic.aliases {
      passages.append(Passage(field: .aliases, text: name, section: nil))
    }
    passages.append(Passage(field: .summary, text: topic.summary, section: nil))
    for attribute in Attribute.allCases {
      guard case .text(let value)? = topic.attributes[attribute] else { continue }
      passages.append(Passage(field: .fields, text: value, section: nil))
    }
    var reader = BodyReader(document: topic.document, title: title)
    reader.read(topic.document.blocks)
    self.passages = passages + reader.passages
  }
}

/// Walks the body tree into passages: a paragraph, a list item, a table row, a code block.
private struct BodyReader {
  let document: MarkdownDocument
  let title: (String) -> String
  var section: String?
  var passages: [SearchDocument.Passage] = []

  init(document: MarkdownDocument, title: @escaping (String) -> String) {
    self.document = document
    self.title = title
  }

  mutating func read(_ blocks: [MarkdownDocument.Block]) {
    for block in blocks {
      switch block {
      case .heading(_, let content, _):
        let text = document.plainText(content, title: title)
        section = text
        add(text)
      case .paragraph(let lines, _):
        add(lines.map { document.plainText($0, title: title) }.joined(separator: " "))
      case .list(_, _, let items, _):
        for item in items { read(item) }
      case .code(_, let lines, _):
        add(lines.map(document.text).joined(separator: "\n"))
      case .table(let header, let rows, _):
        for row in [header] + rows {
          add(row.map { document.plainText($0, title: title) }.joined(separator: " | "))
        }
      case .quote(let inner, _): read(inner)
      case .rule: break
      }
    }
  }

  private mutating func add(_ text: String) {
    guard !text.isEmpty else { return }
    passages.append(SearchDocument.Passage(field: .body, text: text, section: section))
  }
}
