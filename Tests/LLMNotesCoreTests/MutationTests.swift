import Foundation
import Testing

@testable import LLMNotesCore

/// Seeded random damage to the real notes: whatever happens to some notes, the loader must not
/// crash, must give every problem a line, and must still load every note left intact.
@Suite("Randomized damage to real notes")
struct MutationTests {
  static let notesRoot = URL(filePath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appending(path: "Notes")

  static func realNotes() throws -> [NoteFile] {
    let paths = try FileManager.default.subpathsOfDirectory(atPath: notesRoot.path)
      .filter { $0.hasSuffix(".md") && !$0.hasSuffix("README.md") }.sorted()
    return try paths.map { path in
      NoteFile(path: path, bytes: Array(try Data(contentsOf: notesRoot.appending(path: path))))
    }
  }

  enum Damage: CaseIterable {
    case truncate, flipBytes, controlCharacters, deleteFence, hugeLine, deepList, nestedBrackets
    case splitUTF8, duplicateFrontmatter, emptyValues
  }

  static func damage(_ bytes: [UInt8], _ kind: Damage, _ random: inout SeededRandom) -> [UInt8] {
    var bytes = bytes
    let position = bytes.isEmpty ? 0 : random.next(bytes.count)
    switch kind {
    case .truncate: bytes.removeLast(bytes.count - position)
    case .flipBytes:
      for _ in 0..<(1 + random.next(8)) where !bytes.isEmpty {
        bytes[random.next(bytes.count)] ^= UInt8(1 << random.next(8))
      }
    case .controlCharacters:
      let controls: [UInt8] = [0x00, 0x07, 0x08, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F, 0x09]
      for _ in 0..<(1 + random.next(6)) {
        bytes.insert(controls[random.next(controls.count)], at: random.next(bytes.count + 1))
      }
    case .deleteFence:
      if let fence = bytes.firstRange(of: Array("---".utf8)) { bytes.removeSubrange(fence) }
    case .hugeLine:
      bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "x"), count: 200_000), at: position)
    case .deepList:
      let list = "tasks:\n" + String(repeating: "  - a\n", count: 5_000)
      bytes.insert(contentsOf: Array(list.utf8), at: min(4, bytes.count))
    case .nestedBrackets:
      let nested =
        "title: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        + "\n"
      bytes.insert(contentsOf: Array(nested.utf8), at: min(4, bytes.count))
    case .splitUTF8:
      if let index = bytes.firstIndex(where: { $0 >= 0xE0 }) {
        bytes.remove(at: index + 1 < bytes.count ? index + 1 : index)
      }
    case .duplicateFrontmatter:
      bytes = Array("---\n---\n".utf8) + bytes
    case .emptyValues:
      bytes = Array(
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: ": ", with: ":\n").utf8)
    }
    return bytes
  }

  @Test(
    "no crash, every problem has a line, intact notes load", arguments: [1, 2, 3, 4, 5, 6, 7, 8])
  func survivesDamage(seed: UInt64) throws {
    let notes = try Self.realNotes()
    #expect(notes.count > 150)
    var random = SeededRandom(seed: seed)
    // A window of 40 notes per round keeps the debug build (about 6 ms a note, 100 times the
    // release build) to seconds; eight seeds times six rounds still cover every damage.
    for _ in 0..<6 {
      var damaged: Set<String> = []
      let start = random.next(notes.count - 40)
      let intact = Array(notes[start..<(start + 40)])
      var files = intact
      for _ in 0..<(1 + random.next(6)) {
        let index = random.next(files.count)
        let kind = Damage.allCases[random.next(Damage.allCases.count)]
        files[index] = NoteFile(
          path: files[index].path, bytes: Self.damage(files[index].bytes, kind, &random))
        damaged.insert(files[index].path)
      }
      let base = KnowledgeBase(files: files)
      for diagnostic in base.diagnostics {
        #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "\(diagnostic)")
        #expect(!diagnostic.location.path.isEmpty)
      }
      for note in intact where !damaged.contains(note.path) {
        let id = String(note.path.split(separator: "/").last?.dropLast(3) ?? "")
        #expect(base.graph[id] != nil, "intact note \(note.path) did not load")
      }
      let reported = Set(base.diagnostics.map(\.location.path))
      #expect(reported.isSubset(of: Set(intact.map(\.path))))
    }
  }
}

/// SplitMix64: the same damage for the same seed, on every machine.
struct SeededRandom {
  private var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return bound <= 0 ? 0 : Int(z % UInt64(bound))
  }
}
