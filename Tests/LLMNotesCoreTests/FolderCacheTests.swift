import Dispatch
import Foundation
import Testing

@testable import LLMNotesCore

/// A notes folder and a cache folder in a fresh temporary place, removed afterwards.
private final class Scratch {
  let root: URL
  var notes: String { root.appending(path: "notes").path }
  var cache: String { root.appending(path: "cache").path }

  init(_ files: [NoteFile] = tinyNotes) throws {
    root = FileManager.default.temporaryDirectory.appending(path: "llmnotes-cache-\(UUID())")
    for file in files { try write(file.path, String(decoding: file.bytes, as: UTF8.self)) }
    settle()
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  func write(_ path: String, _ text: String) throws {
    let url = root.appending(path: "notes/\(path)")
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func load() throws -> KnowledgeBase { try KnowledgeBase(folder: notes, cacheFolder: cache) }

  var cacheFile: String {
    FolderCache.file(for: FolderCache.realPath(notes) ?? notes, in: cache)
  }

  /// Loads twice: the first load writes the cache, the second must read it.
  func cached() throws -> KnowledgeBase {
    _ = try load()
    let second = try load()
    #expect(second.graph.snapshot != nil, "the second load should come from the cache")
    return second
  }
}

/// Waits out the file-time clock's tick, so the files just written are older than the next
/// load's start and the load may be cached.
private func settle() { usleep(30_000) }

@Suite("Folder cache: used only while every file and folder is unchanged", .serialized)
struct FolderCacheTests {
  @Test("a second load reads the cache, and it equals a fresh load")
  func cacheHit() throws {
    let scratch = try Scratch()
    let cached = try scratch.cached()
    expectSameGraph(cached, try KnowledgeBase(folder: scratch.notes))
  }

  @Test("an edit in the same second, keeping the size, is seen")
  func sameSecondEdit() throws {
    let scratch = try Scratch()
    _ = try scratch.cached()
    let path = scratch.notes + "/models/bert.md"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let edited = text.replacingOccurrences("year: 2018", "year: 2019")
    #expect(edited.utf8.count == text.utf8.count)
    try Data(edited.utf8).write(to: URL(filePath: path))
    let base = try scratch.load()
    #expect(base.graph["bert"]?.attributes[.year] == .year(2019))
    #expect(base.graph.snapshot == nil)
  }

  @Test("an edit whose modification time is set back is still seen (change time)")
  func mtimeSetBack() throws {
    let scratch = try Scratch()
    _ = try scratch.cached()
    let path = scratch.notes + "/models/bert.md"
    let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate]
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try Data(text.replacingOccurrences("year: 2018", "year: 2017").utf8).write(
      to: URL(filePath: path))
    try FileManager.default.setAttributes([.modificationDate: before as Any], ofItemAtPath: path)
    #expect(try scratch.load().graph["bert"]?.attributes[.year] == .year(2017))
  }

  @Test("a renamed, a deleted and a new file in a sub-folder are each seen")
  func setOfFiles() throws {
    let scratch = try Scratch()
    _ = try scratch.cached()
    try FileManager.default.moveItem(
      atPath: scratch.notes + "/models/gpt-2.md", toPath: scratch.notes + "/models/gpt-two.md")
    var base = try scratch.load()
    #expect(base.graph["gpt-2"] == nil && base.graph["gpt-two"] != nil)
    settle()
    _ = try scratch.cached()
    try FileManager.default.removeItem(atPath: scratch.notes + "/models/m2m100.md")
    base = try scratch.load()
    #expect(base.graph["m2m100"] == nil)
    settle()
    _ = try scratch.cached()
    try scratch.write("models/more/t5.md", "---\n" + fields(title: "T5") + "\n---\nbody\n")
    base = try scratch.load()
    #expect(base.graph["t5"] != nil)
    settle()
    #expect(try scratch.cached().graph["t5"] != nil)
  }

  @Test("diagnostics come from the cache exactly", arguments: [false, true])
  func diagnostics(brokenFolder: Bool) throws {
    let files =
      tinyNotes + [
        note("models/bad.md", fields(title: "Bad", "architecture: nowhere")),
        note("gadgets/g.md", fields(title: "G")),
      ] + (brokenFolder ? [NoteFile(path: "loose.md", text: "x")] : [])
    let scratch = try Scratch(files)
    let cached = try scratch.cached()
    let fresh = try KnowledgeBase(folder: scratch.notes)
    #expect(cached.diagnostics == fresh.diagnostics && !fresh.diagnostics.isEmpty)
    #expect(cached.report.filesChecked == fresh.report.filesChecked)
  }

  @Test("truncated, corrupt, wrong-version, foreign or hostile cache files are rebuilt")
  func badCacheFiles() throws {
    let scratch = try Scratch()
    _ = try scratch.cached()
    let good = try Data(contentsOf: URL(filePath: scratch.cacheFile))
    let fresh = try KnowledgeBase(folder: scratch.notes)
    var random = SplitMix64(seed: 5)
    var variants: [Data] = [
      Data(), Data("garbage".utf8), good.prefix(good.count / 2), good.prefix(40),
      good + Data([0]),
    ]
    var version = good
    version[FolderCache.magic.count] = 9
    variants.append(version)
    for _ in 0..<20 {
      var flipped = good
      flipped[random.next(flipped.count)] ^= UInt8(1 + random.next(255))
      variants.append(flipped)
    }
    for variant in variants {
      try variant.write(to: URL(filePath: scratch.cacheFile))
      let base = try scratch.load()
      #expect(base.graph.topics == fresh.graph.topics)
      #expect(base.diagnostics == fresh.diagnostics)
      // Rewritten whole: the next load reads it.
      #expect(try scratch.load().graph.snapshot != nil)
    }
    // A folder where the cache file should be: skipped, not an error.
    try FileManager.default.removeItem(atPath: scratch.cacheFile)
    try FileManager.default.createDirectory(
      atPath: scratch.cacheFile, withIntermediateDirectories: true)
    #expect(try scratch.load().graph.topics == fresh.graph.topics)
  }

  @Test("a cache that cannot be written is skipped")
  func unwritableCache() throws {
    let scratch = try Scratch()
    let blocker = scratch.root.appending(path: "file").path
    FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
    for folder in [blocker + "/cache", "/proc/llmnotes-cache", ""] {
      let base = try KnowledgeBase(folder: scratch.notes, cacheFolder: folder)
      #expect(base.graph.count == tinyNotes.count)
    }
  }

  @Test("writers at once leave a valid cache")
  func concurrentWriters() throws {
    let files = SyntheticNotes(count: 150, seed: 2, brokenEvery: 11).files().map {
      NoteFile(path: $0.path, text: $0.text)
    }
    let scratch = try Scratch(files)
    let fresh = try KnowledgeBase(folder: scratch.notes)
    let notes = scratch.notes
    let cache = scratch.cache
    for _ in 0..<3 {
      try? FileManager.default.removeItem(atPath: scratch.cacheFile)
      DispatchQueue.concurrentPerform(iterations: 6) { _ in
        _ = try? KnowledgeBase(folder: notes, cacheFolder: cache)
      }
      let cached = try scratch.load()
      #expect(cached.graph.snapshot != nil)
      expectSameGraph(cached, fresh)
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.cache)
    #expect(leftovers.count == 1)
  }

  @Test("a folder reached by another path shares its cache; the path is checked")
  func keyedByRealPath() throws {
    let scratch = try Scratch()
    _ = try scratch.cached()
    let link = scratch.root.appending(path: "link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.notes)
    let base = try KnowledgeBase(folder: link, cacheFolder: scratch.cache)
    #expect(base.graph.snapshot != nil)
    #expect(FolderCache.read(scratch.cacheFile, realPath: "/elsewhere") == nil)
  }
}
