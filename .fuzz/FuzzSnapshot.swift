// libFuzzer target over the snapshot reader: the bytes of a snapshot (or a folder cache's
// snapshot) are hostile. Compiled with Sources/LLMNotesCore/**/*.swift as one module by
// `.fuzz/run --snapshot`. Each input is tried twice: as it is (the header checks must refuse
// it) and resealed with a matching checksum, so the fuzzer reaches every decoder behind the
// checksum. Then every topic, body, edge, name and diagnostic is read, lazily and in full.

/// A valid snapshot to start from: the fuzzer mutates inputs seeded from it.
private let seedNotes = [
  NoteFile(
    path: "models/bert.md",
    text: """
      ---
      title: BERT
      aliases: [Bidirectional Encoder, 伯特]
      summary: 一句话简介。
      sources: [LLM领域概览 (000)]
      year: 2018
      released: 2018-10
      architecture: encoder-only
      organization: google
      ---
      ## 是什么
      **粗** *斜* `码` 见 [[encoder-only|仅编码器]] 与 [[nowhere]]。
      - 一
        - 二
      > 引 [[google]]

      | a | b |
      |---|---|
      | 1 | 2 |
      ```
      code
      ```
      ---
      """),
  NoteFile(
    path: "architectures/encoder-only.md",
    text: "---\ntitle: Encoder-only\naliases: [仅编码器]\nsummary: s\nsources: [x]\n---\n见 [[bert]]。\n"
  ),
  NoteFile(
    path: "organizations/google.md",
    text: "---\ntitle: Google\naliases: [BERT]\nsummary: s\nsources: [x]\n---\n正文。\n"),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  var sink = 0
  // The seed's own header in front of the input, so a short input is a whole payload.
  let seed = KnowledgeBase(files: seedNotes).snapshot()
  let prefixed = Array(seed.prefix(SnapshotFormat.headerLength)) + bytes
  for candidate in [bytes, reseal(bytes), reseal(prefixed)] {
    guard let base = try? KnowledgeBase(snapshot: SnapshotBytes(candidate)) else { continue }
    sink &+= read(base)
  }
  if sink == Int.min { print("unreachable") }
  return 0
}

/// The header rewritten to match the bytes: right length, right checksum, current version.
private func reseal(_ bytes: [UInt8]) -> [UInt8] {
  let header = SnapshotFormat.headerLength
  guard bytes.count >= header else { return bytes }
  var encoder = SnapshotEncoder()
  encoder.bytes = SnapshotFormat.magic
  encoder.fixed(UInt64(SnapshotFormat.version), width: SnapshotFormat.versionWidth)
  encoder.fixed(UInt64(bytes.count - header), width: SnapshotFormat.offsetWidth)
  let checksum = bytes[header...].withUnsafeBytes { SnapshotFormat.checksum($0) }
  encoder.fixed(checksum, width: SnapshotFormat.checksumWidth)
  return encoder.bytes + bytes[header...]
}

private func read(_ base: KnowledgeBase) -> Int {
  let graph = base.graph
  var sink = base.diagnostics.count &+ base.fileCount
  for diagnostic in base.diagnostics.prefix(16) { sink &+= diagnostic.description.utf8.count }
  for name in ["bert", "BERT", "伯特", "google", "encoder only", "nothing", "bertt"] {
    if let topic = try? graph.topic(named: name) {
      let page = graph.page(of: topic)
      sink &+= page.relations.count &+ page.linkTargets.count
      let document = topic.document
      sink &+= document.blocks.count &+ document.links.count &+ topic.body.utf8.count
      for link in document.links { sink &+= link.label.map { document.text($0).utf8.count } ?? 0 }
      sink &+= graph.comparison(of: [topic, topic]).rows.count
    }
  }
  sink &+= graph["bert"]?.aliases.count ?? 0
  let topics = graph.topics
  for topic in topics.prefix(64) {
    sink &+= graph.neighbors(of: topic).count
    sink &+= graph.list([topic], isWholeGraph: false).items.count
  }
  if let snapshot = graph.snapshot { sink &+= (try? snapshot.validate()) == nil ? 1 : 0 }
  return sink
}
