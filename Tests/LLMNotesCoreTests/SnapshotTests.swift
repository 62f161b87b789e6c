import Foundation
import Testing

@testable import LLMNotesCore

/// A knowledge base written to a snapshot and read back.
func roundTrip(_ base: KnowledgeBase) throws -> KnowledgeBase {
  try KnowledgeBase(snapshot: SnapshotBytes(base.snapshot()))
}

/// Every topic, field, body, edge in both directions, name and diagnostic of `decoded` equals
/// `loaded`'s, and the decoded snapshot passes the full check.
func expectSameGraph(_ decoded: KnowledgeBase, _ loaded: KnowledgeBase) {
  #expect(decoded.fileCount == loaded.fileCount)
  #expect(decoded.diagnostics == loaded.diagnostics)
  let (mine, theirs) = (decoded.graph, loaded.graph)
  #expect(mine.count == theirs.count)
  #expect(mine.topics == theirs.topics)
  var mismatches = 0
  for index in 0..<min(mine.count, theirs.count) {
    let topic = theirs.topic(at: index)
    if mine.topic(at: index) != topic { mismatches += 1 }
    if mine.topic(at: index).document != topic.document { mismatches += 1 }
    if mine.edges(at: index) != theirs.edges(at: index) { mismatches += 1 }
    if mine.index(ofID: topic.id) != index || mine[topic.id] != topic { mismatches += 1 }
    let groups = mine.neighbors(of: topic).map { ($0.label, $0.topics.map(\.id)) }
    let expected = theirs.neighbors(of: topic).map { ($0.label, $0.topics.map(\.id)) }
    if !groups.elementsEqual(expected, by: { $0.0 == $1.0 && $0.1 == $1.1 }) { mismatches += 1 }
  }
  #expect(mismatches == 0)
  let names = theirs.nameEntries()
  #expect(mine.nameEntries().elementsEqual(names) { $0.key == $1.key && $0.topics == $1.topics })
  #expect(names.allSatisfy { mine.lookup($0.key) == theirs.lookup($0.key) })
  for probe in ["bertt", "encodr", "gpt", "摘要", "modle-5", "zzzz"] {
    let key = NameKey.normalize(probe)
    #expect(mine.suggestions(for: key) == theirs.suggestions(for: key), "\(probe)")
  }
  #expect(mine.lookup("no such name at all") == [])
  #expect(mine["no-such-id"] == nil)
  if let snapshot = mine.snapshot {
    #expect(throws: Never.self) { try snapshot.validate() }
  }
}

@Suite("Snapshot: the loader's result, written and read back")
struct SnapshotTests {
  @Test("the repository's Notes/ reads back as the same graph")
  func repositoryNotesRoundTrip() throws {
    expectSameGraph(try roundTrip(repositoryNotes), repositoryNotes)
  }

  @Test("small notes with Chinese text, every block and span, and broken notes")
  func tinyNotesRoundTrip() throws {
    let body = """
      ## 是什么
      **粗体** 与 *斜体* 和 `代码` 见 [[gpt-2|GPT-2]]、[[missing]]。
      - 一
        - 二 [[mlm]]
      1. 甲
      > 引用 **[[bert]]**

      | 列 | 值 |
      |---|---|
      | a | [[google]] |

      ```swift
      let x = 1
      ```
      ---
      """
    let files =
      tinyNotes + [
        note("models/rich.md", fields(title: "Rich", "released: 2020-03\nyear: 2020"), body: body),
        note("models/closed.md", fields(title: "Closed", "architecture: undisclosed")),
        note("models/dup.md", fields(title: "BERT")),
        note("models/bad.md", "title: [unclosed"),
        NoteFile(path: "models/bytes.md", bytes: [0x2D, 0x2D, 0x2D, 0x0A, 0xFF]),
        note("gadgets/g.md", fields(title: "G")),
      ]
    let loaded = load(files)
    #expect(!loaded.diagnostics.isEmpty)
    expectSameGraph(try roundTrip(loaded), loaded)
  }

  @Test("synthetic folders with broken notes read back as the same graph", arguments: [300, 3_000])
  func syntheticRoundTrip(count: Int) throws {
    let files = SyntheticNotes(count: count, seed: 7, brokenEvery: 9).files().map {
      NoteFile(path: $0.path, text: $0.text)
    }
    let loaded = load(files)
    #expect(loaded.errors.count >= count / 20)
    let decoded = try roundTrip(loaded)
    expectSameGraph(decoded, loaded)
    // Written again from the decoded graph: the same bytes.
    #expect(decoded.snapshot() == loaded.snapshot())
  }

  @Test("the empty knowledge base")
  func emptyRoundTrip() throws {
    expectSameGraph(try roundTrip(load([])), load([]))
  }

  @Test("wrong magic, version, length or checksum is refused with its reason")
  func refusals() throws {
    let bytes = load(tinyNotes).snapshot()
    let magic = SnapshotFormat.magic.count
    func error(_ changed: [UInt8]) -> SnapshotError? {
      do {
        _ = try KnowledgeBase(snapshot: SnapshotBytes(changed))
        return nil
      } catch {
        return error
      }
    }
    #expect(error([]) == .notASnapshot)
    #expect(error(Array("hello".utf8)) == .notASnapshot)
    var version = bytes
    version[magic] = 2
    #expect(error(version) == .unsupportedVersion(2))
    #expect(
      error(Array(bytes.dropLast())) == .wrongLength(expected: bytes.count, actual: bytes.count - 1)
    )
    var flipped = bytes
    flipped[bytes.count - 5] ^= 0x01
    #expect(error(flipped) == .checksumMismatch)
  }

  @Test("every truncation and many byte changes are refused, never a crash")
  func truncationsAndFlips() {
    let bytes = load(tinyNotes).snapshot()
    for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 500)) {
      #expect(throws: SnapshotError.self) {
        try KnowledgeBase(snapshot: SnapshotBytes(Array(bytes.prefix(length))))
      }
    }
    var random = SplitMix64(seed: 3)
    for _ in 0..<300 {
      var changed = bytes
      changed[random.next(changed.count)] ^= UInt8(1 + random.next(255))
      #expect(throws: SnapshotError.self) { try KnowledgeBase(snapshot: SnapshotBytes(changed)) }
    }
  }

  @Test("hostile bytes with a matching checksum decode to errors or empty values, never a crash")
  func hostileWithChecksum() {
    let bytes = load(tinyNotes).snapshot()
    var random = SplitMix64(seed: 11)
    var refused = 0
    for round in 0..<400 {
      var changed = bytes
      for _ in 0...(round % 4) {
        let position =
          SnapshotFormat.headerLength + random.next(bytes.count - SnapshotFormat.headerLength)
        changed[position] = UInt8(random.next(round % 2 == 0 ? 0x80 : 0x100))
      }
      guard let base = try? KnowledgeBase(snapshot: SnapshotBytes(resealed(changed))) else {
        refused += 1
        continue
      }
      exercise(base)
    }
    #expect(refused > 0)
  }
}

/// The bytes with their header's checksum recomputed, as a hostile writer would.
func resealed(_ bytes: [UInt8]) -> [UInt8] {
  guard bytes.count >= SnapshotFormat.headerLength else { return bytes }
  var encoder = SnapshotEncoder()
  let checksum = bytes[SnapshotFormat.headerLength...].withUnsafeBytes {
    SnapshotFormat.checksum($0)
  }
  encoder.fixed(checksum, width: SnapshotFormat.checksumWidth)
  var sealed = bytes
  let start = SnapshotFormat.headerLength - SnapshotFormat.checksumWidth
  sealed.replaceSubrange(start..<SnapshotFormat.headerLength, with: encoder.bytes)
  return sealed
}

/// Everything a command could ask of a graph.
func exercise(_ base: KnowledgeBase) {
  let graph = base.graph
  var sink = base.diagnostics.count
  for name in ["bert", "BERT", "摘要", "gpt-2", "nothing"] {
    if let topic = try? graph.topic(named: name) {
      sink &+= graph.page(of: topic).relations.count
      sink &+= topic.document.blocks.count &+ topic.body.utf8.count
      sink &+= graph.comparison(of: [topic, topic]).rows.count
    }
  }
  sink &+= graph.topics.count
  for topic in graph.topics { sink &+= graph.neighbors(of: topic).count }
  if let snapshot = graph.snapshot { _ = try? snapshot.validate() }
  #expect(sink >= 0)
}
