import Foundation
import Testing

@testable import LLMNotesCore

/// Hostile folders (issue 10): the walk reads every folder once, opens nothing that can block,
/// reports every file it skips, and stops at its limits. Time bounds are generous multiples of
/// the release times, so a debug build on a busy machine passes and an exponential walk fails.
@Suite("Walking hostile folders")
struct DirectoryWalkTests {
  /// A fresh folder, removed when `body` returns.
  func withFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "llmnotes-walk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
  }

  func write(_ text: String, to path: String, in folder: URL) throws {
    let url = folder.appending(path: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func link(_ path: String, to destination: String, in folder: URL) throws {
    try FileManager.default.createSymbolicLink(
      atPath: folder.appending(path: path).path, withDestinationPath: destination)
  }

  /// Loads `folder`, checking it took less than `seconds`.
  func load(
    _ folder: String, within seconds: Int,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> KnowledgeBase {
    let clock = ContinuousClock()
    let start = clock.now
    let base = try KnowledgeBase(folder: folder)
    let elapsed = clock.now - start
    #expect(
      elapsed < .seconds(seconds), "loading \(folder) took \(elapsed)",
      sourceLocation: sourceLocation)
    return base
  }

  let deepNote = "---\ntitle: Deep\naliases: [deep]\nsummary: s\nsources: [x]\n---\n正文。\n"

  @Test("a fan-out of links, 30 levels of two links each, reads each folder once")
  func symlinkFanOut() throws {
    try withFolder { folder in
      // models/{a,b} → level 1; level k/{a,b} → level k+1: 2^30 paths to the last level.
      for level in 1...30 {
        try FileManager.default.createDirectory(
          at: folder.appending(path: ".levels/l\(level)"), withIntermediateDirectories: true)
      }
      try FileManager.default.createDirectory(
        at: folder.appending(path: "models"), withIntermediateDirectories: true)
      for name in ["a", "b"] {
        try link("models/\(name)", to: "../.levels/l1", in: folder)
        for level in 1..<30 {
          try link(".levels/l\(level)/\(name)", to: "../l\(level + 1)", in: folder)
        }
      }
      try write(deepNote, to: ".levels/l30/deep.md", in: folder)
      let base = try load(folder.path, within: 10)
      #expect(base.graph.topics.map(\.id) == ["deep"])
      #expect(
        base.graph["deep"]?.path == "models/" + String(repeating: "a/", count: 30) + "deep.md")
      // Each level is reached a second time through its `b` link, and said so once.
      let seconds = base.diagnostics.filter { $0.rule == .symlinkLoop }
      #expect(seconds.count == 30)
      #expect(base.diagnostics.count == 30)
      #expect(seconds.allSatisfy { $0.location.path.hasSuffix("b/") })
    }
  }

  @Test("two links to one folder: read once, the second way in reported")
  func diamond() throws {
    try withFolder { folder in
      try write(deepNote, to: "shared/deep.md", in: folder)
      try FileManager.default.createDirectory(
        at: folder.appending(path: "models"), withIntermediateDirectories: true)
      try link("models/one", to: "../shared", in: folder)
      try link("models/two", to: "../shared", in: folder)
      let base = try load(folder.path, within: 5)
      // The walk is sorted, so `models/one` is the first way in, and the folder itself a third.
      #expect(
        base.diagnostics.map { "\($0.rule.rawValue) \($0.location.path)" } == [
          "symlink-loop models/two/", "symlink-loop shared/",
        ])
      #expect(base.diagnostics.first?.message.contains("'models/one/'") == true)
      #expect(base.graph["deep"]?.path == "models/one/deep.md")
    }
  }

  @Test("a FIFO named like a note is reported and never opened")
  func fifo() throws {
    try withFolder { folder in
      try write(deepNote, to: "models/deep.md", in: folder)
      #expect(mkfifo(folder.appending(path: "models/x.md").path, 0o644) == 0)
      let base = try load(folder.path, within: 5)
      #expect(
        base.diagnostics.map(\.description) == [
          "models/x.md:1:1: error: this is a FIFO, not a note file; only regular files are read [not-a-regular-file]"
        ])
      #expect(base.graph.topics.map(\.id) == ["deep"])
      #expect(!base.errors.isEmpty)
    }
  }

  @Test("a file swapped for a FIFO after the listing cannot hang the read")
  func fifoAfterListing() throws {
    try withFolder { folder in
      // What the reader does with a listed path: here the path is a FIFO by the time it is read.
      #expect(mkfifo(folder.appending(path: "models.md").path, 0o644) == 0)
      let clock = ContinuousClock()
      let start = clock.now
      let parsed = NotesDirectoryReader.parseFile("models.md", in: folder.path)
      #expect(clock.now - start < .seconds(5))
      #expect(parsed.diagnostics.map(\.rule) == [.notARegularFile])
      #expect(parsed.topic == nil)
    }
  }

  @Test("a link to a device named like a note is reported")
  func device() throws {
    try withFolder { folder in
      try FileManager.default.createDirectory(
        at: folder.appending(path: "models"), withIntermediateDirectories: true)
      try link("models/null.md", to: "/dev/null", in: folder)
      let base = try load(folder.path, within: 5)
      #expect(base.diagnostics.map(\.brief) == ["not-a-regular-file@1:1"])
      #expect(base.diagnostics.first?.message.contains("character device") == true)
    }
  }

  @Test("a name that is not UTF-8 is reported with the bad byte escaped")
  func invalidUTF8Name() throws {
    try withFolder { folder in
      try write(deepNote, to: "models/deep.md", in: folder)
      // A Swift string cannot hold the byte 0xFF, so the name is made from bytes.
      let name = Array((folder.path + "/models/bad").utf8) + [0xFF] + Array(".md\0".utf8)
      let descriptor = name.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { path in
        path.baseAddress.map { open($0, O_CREAT | O_WRONLY, 0o644) } ?? -1
      }
      #expect(descriptor >= 0)
      close(descriptor)
      let base = try load(folder.path, within: 5)
      #expect(
        base.diagnostics.map { "\($0.rule.rawValue) \($0.location.path)" } == [
          "invalid-file-name models/bad\\xFF.md"
        ])
      #expect(base.graph.topics.count == 1)
    }
  }

  @Test("a name starting with a combining mark keeps its folder and is reported as an id")
  func combiningMarkName() throws {
    try withFolder { folder in
      try write(deepNote, to: "models/\u{301}x.md", in: folder)
      let base = try load(folder.path, within: 5)
      #expect(base.diagnostics.map(\.rule) == [.invalidID])
      #expect(base.diagnostics.first?.location.path == "models/\u{301}x.md")
      #expect(!base.errors.isEmpty)
    }
  }

  @Test("a hidden file starting with '.' and a combining mark stays hidden")
  func hiddenWithMark() throws {
    try withFolder { folder in
      try write(deepNote, to: "models/.\u{301}x.md", in: folder)
      let base = try load(folder.path, within: 5)
      #expect(base.diagnostics.isEmpty)
    }
  }

  @Test("folders nested deeper than the limit are reported, not read")
  func depthLimit() throws {
    try withFolder { folder in
      let deep = "models/" + String(repeating: "d/", count: WalkLimits.depth + 2)
      try write(deepNote, to: deep + "deep.md", in: folder)
      let base = try load(folder.path, within: 5)
      #expect(
        base.diagnostics.map { "\($0.rule.rawValue) \($0.location.path)" } == [
          "walk-limit models/" + String(repeating: "d/", count: WalkLimits.depth)
        ])
      #expect(base.graph.topics.isEmpty)
    }
  }

  @Test("/proc finishes within seconds and says what it found")
  func proc() throws {
    guard FileManager.default.fileExists(atPath: "/proc/self") else { return }
    let base = try load("/proc", within: 60)
    // Whatever this machine's /proc holds, the walk ends, and every problem has a rule.
    #expect(!base.diagnostics.isEmpty)
    #expect(base.diagnostics.allSatisfy { !$0.message.isEmpty })
  }

  @Test("/ finishes within seconds, stopped by the folder limit or at its end")
  func root() throws {
    let base = try load("/", within: 60)
    #expect(!base.diagnostics.isEmpty)
  }
}
