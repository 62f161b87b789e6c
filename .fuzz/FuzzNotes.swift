// libFuzzer target over the whole notes pipeline: bytes → NoteFile → KnowledgeBase (parse,
// interpret, link) → graph queries. Compiled together with Sources/LLMNotesCore/**/*.swift as
// one module (`-module-name LLMNotesCore`) by `.fuzz/run`, so internal API is reachable.
// Not part of the package: SwiftPM never sees this folder.

/// Fixed valid notes the fuzzed notes can link to, collide with and be compared against.
private let fixedNotes: [NoteFile] = [
  NoteFile(
    path: "models/bert.md",
    text: """
      ---
      title: BERT
      aliases: [Bidirectional Encoder, bert-base]
      summary: 一句话简介。
      sources: [LLM领域概览 (000)]
      year: 2018
      parameters: 110M
      architecture: encoder-only
      objectives: [mlm]
      organization: google
      tasks:
        - summarization
      ---
      ## 是什么
      BERT 见 [[fuzz|Fuzz]] 与 [[mlm]]，`[[not-a-link]]`。
      """),
  NoteFile(
    path: "architectures/encoder-only.md",
    text: """
      ---
      title: Encoder-only
      aliases: [仅编码器]
      summary: 只有编码器。
      sources: [LLM领域概览 (000)]
      ---
      ## 是什么
      见 [[bert]]。
      """),
  NoteFile(
    path: "objectives/mlm.md",
    text: """
      ---
      title: Masked LM
      aliases: [MLM, 掩码语言模型]
      summary: 遮住再猜。
      sources: [LLM领域概览 (000)]
      ---
      正文。
      """),
  NoteFile(
    path: "organizations/google.md",
    text: """
      ---
      title: Google
      aliases: [谷歌]
      summary: 公司。
      sources: ['LLM领域概览 (000)']
      ---
      正文。
      """),
  NoteFile(
    path: "tasks/summarization.md",
    text: """
      ---
      title: 摘要
      aliases: [Summarization]
      summary: "把长文本压缩成短文本。"
      sources: [LLM领域概览 (000)]
      ---
      正文。
      """),
]

/// Separator between the extra notes an input is split into.
private let separator: UInt8 = 0x00
/// Ids the split pieces are given, so ids collide across kinds and with the fixed notes.
private let pieceIDs = ["fuzz", "bert", "mlm", "google", "a", "gpt-2", "x.y", "summarization"]
private let folders = Kind.allCases.map(\.folder)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  let seed = Int(bytes.first ?? 0)

  // 1. The whole input as one note under a kind folder, next to valid notes.
  var files = fixedNotes
  files.append(NoteFile(path: "models/fuzz.md", bytes: bytes))

  // 2. The input split on the separator: each piece a note in some kind folder, with an id from
  //    a small set, so duplicate ids, alias conflicts and cross-kind relations come up.
  let pieces = bytes.split(separator: separator, maxSplits: 15, omittingEmptySubsequences: false)
  if pieces.count > 1 {
    for (index, piece) in pieces.enumerated() {
      let folder = folders[(seed + index * 5) % folders.count]
      let id = pieceIDs[(seed / 3 + index) % pieceIDs.count]
      let sub = index % 4 == 3 ? "group/" : ""
      files.append(NoteFile(path: "\(folder)/\(sub)\(id).md", bytes: Array(piece)))
    }
  }

  let base = KnowledgeBase(files: files)
  let graph = base.graph
  var sink = base.diagnostics.count + base.errors.count + base.filesWithErrors.count
  for diagnostic in base.diagnostics.prefix(64) { sink &+= diagnostic.description.utf8.count }

  // 3. Queries. A name from the input: the last piece's first line, at most 64 bytes.
  let lastPiece = pieces.last ?? []
  let firstLine = lastPiece.prefix { $0 != 0x0A }.prefix(64)
  var names = [String(decoding: firstLine, as: UTF8.self), "bert", "Summarization", "encoder only"]
  for topic in graph.topics.prefix(24) { names += topic.names.prefix(3) }

  var found: [Topic] = []
  for name in names.prefix(48) {
    do {
      let topic = try graph.topic(named: name)
      found.append(topic)
    } catch {
      switch error {
      case .unknown(_, let suggestions):
        sink &+= suggestions.count
      case .ambiguous(_, let candidates):
        sink &+= candidates.count
        found += candidates.prefix(2).compactMap { graph[$0.id] }
      }
    }
  }
  _ = names.nearest(to: names[0])

  for topic in found.prefix(16) {
    let page = graph.page(of: topic)
    for group in page.relations { sink &+= group.topics.count &+ group.label.name.utf8.count }
    // The parsed body: every block's spans, as a renderer or the search index reads them.
    sink &+= bodyText(topic.document).utf8.count
    // Filter by the topic's first relation, its kind, year and text attributes.
    var filter = TopicFilter()
    if seed % 2 == 0 { filter.kinds = [topic.kind] }
    if let group = page.relations.first, let target = group.topics.first {
      filter.relations.append((label: group.label.reversed, name: target.id))
    }
    for (attribute, value) in topic.attributes {
      if case .text(let text) = value { filter.attributes.append((attribute, text)) }
    }
    if let year = topic.attributes[.year]?.year { filter.years = YearRange(lower: year, upper: nil) }
    sink &+= (try? graph.topics(matching: filter).count) ?? 0
  }
  if !found.isEmpty {
    let compared = Array(found.prefix(4)) + (graph["bert"].map { [$0] } ?? [])
    let comparison = graph.comparison(of: compared)
    for row in comparison.rows {
      sink &+= row.cells.count &+ row.shared.count &+ (row.differs ? 1 : 0)
    }
  }
  let _ = graph.comparison(of: Array(graph.topics.prefix(3)))
  if let label = EdgeLabel.named(names[0]), let target = graph.topics.first {
    var filter = TopicFilter()
    filter.relations = [(label, target.id)]
    sink &+= (try? graph.topics(matching: filter).count) ?? 0
  }
  if let kind = Kind(name: names[0]) {
    var filter = TopicFilter()
    filter.kinds = [kind]
    sink &+= (try? graph.topics(matching: filter).count) ?? 0
  }
  sink &+= YearRange(parsing: names[0]) == nil ? 0 : 1
  _ = graph.list(Array(graph.topics.prefix(8)), isWholeGraph: false).items.count

  // Cross-check invariants that must hold for any input.
  let ids = graph.topics.map(\.id)
  precondition(Set(ids).count == ids.count, "duplicate id in graph")
  for topic in graph.topics { precondition(graph[topic.id] != nil, "topic not indexed by id") }
  blackHole(sink)
  return 0
}

/// Every block's text, depth first, the way renderers and the search index walk the tree.
private func bodyText(_ document: MarkdownDocument) -> String {
  var out = ""
  func walk(_ blocks: [MarkdownDocument.Block], depth: Int) {
    guard depth < 64 else { return }
    for block in blocks {
      switch block {
      case .heading(_, let spans, _): out += document.plainText(spans) { $0 }
      case .paragraph(let lines, _): for line in lines { out += document.plainText(line) { $0 } }
      case .list(_, _, let items, _): for item in items { walk(item, depth: depth + 1) }
      case .code(let info, let lines, _):
        out += document.text(info)
        for line in lines { out += document.text(line) }
      case .table(let header, let rows, _):
        for cell in header { out += document.plainText(cell) { $0 } }
        for row in rows { for cell in row { out += document.plainText(cell) { $0 } } }
      case .quote(let inner, _): walk(inner, depth: depth + 1)
      case .rule: out += "-"
      }
    }
  }
  walk(document.blocks, depth: 0)
  return out
}

@inline(never)
private func blackHole(_ value: Int) {
  if value == Int.min { print("unreachable") }
}
