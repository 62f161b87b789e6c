import Foundation
import Testing

@testable import LLMNotesCore

@Suite("Loading a notes folder from disk")
struct NotesDirectoryReaderTests {
  /// A fresh folder, removed when `body` returns.
  func withFolder(_ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "llmnotes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
  }

  func write(_ file: NoteFile, in folder: URL) throws {
    let url = folder.appending(path: file.path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(file.bytes).write(to: url)
  }

  @Test("reads notes, skips README, hidden and non-Markdown files")
  func readsFolder() throws {
    try withFolder { folder in
      for file in tinyNotes { try write(file, in: folder) }
      try write(NoteFile(path: "README.md", text: "# docs"), in: folder)
      try write(NoteFile(path: "models/notes.txt", text: "not a note"), in: folder)
      try write(NoteFile(path: ".obsidian/x.md", text: "hidden"), in: folder)
      let base = try KnowledgeBase(folder: folder.path)
      #expect(base.diagnostics.map(\.description).isEmpty)
      #expect(base.graph.topics.count == tinyNotes.count)
    }
  }

  @Test("a symbolic-link loop is reported, not followed forever")
  func symlinkLoop() throws {
    try withFolder { folder in
      for file in tinyNotes { try write(file, in: folder) }
      try FileManager.default.createSymbolicLink(
        atPath: folder.appending(path: "models/loop").path, withDestinationPath: "..")
      try FileManager.default.createSymbolicLink(
        atPath: folder.appending(path: "models/self.md").path, withDestinationPath: "self.md")
      let base = try KnowledgeBase(folder: folder.path)
      #expect(base.diagnostics.map(\.rule) == [.symlinkLoop, .symlinkLoop])
      #expect(base.graph.topics.count == tinyNotes.count)
    }
  }

  @Test("a note that cannot be read is reported and the others load")
  func unreadableFile() throws {
    try withFolder { folder in
      for file in tinyNotes { try write(file, in: folder) }
      // A link to nothing cannot be read even by root (a mode-000 file can).
      try FileManager.default.createSymbolicLink(
        atPath: folder.appending(path: "models/dangling.md").path, withDestinationPath: "nowhere.md"
      )
      let base = try KnowledgeBase(folder: folder.path)
      #expect(base.diagnostics.map(\.brief) == ["unreadable-file@1:1"])
      #expect(base.graph.topics.count == tinyNotes.count)
    }
  }

  @Test("a missing folder is an error of its own")
  func missingFolder() {
    #expect(throws: NotesError.folderNotFound(path: "/no/such/folder")) {
      try KnowledgeBase(folder: "/no/such/folder")
    }
  }

  @Test("a note over the size limit is skipped")
  func tooLarge() throws {
    try withFolder { folder in
      let huge = note(
        "models/huge.md", fields(title: "Huge"),
        body: String(repeating: "字", count: NoteLimits.maximumBytes / 3 + 10))
      try write(huge, in: folder)
      let base = try KnowledgeBase(folder: folder.path)
      #expect(base.diagnostics.map(\.rule) == [.noteTooLarge])
    }
  }
}
