import Foundation
import LLMNotesCore
import Testing

/// `llmnotes check` on a fixture folder holding one broken note per rule, run as a subprocess.
@Suite("check: one broken note per rule")
struct CheckCommandTests {
  static let fixtures = EndToEndTests.packageRoot.appending(
    path: "Tests/LLMNotesCLITests/Fixtures/broken-notes")

  /// Each rule, the file and line it must be reported at.
  static let expected: [(rule: Rule, place: String)] = [
    (.invalidUTF8, "models/bad-utf8.md:4:1"),
    (.emptyNote, "models/empty.md:1:1"),
    (.noteTooLarge, "models/huge.md:1:1"),
    (.unreadableFile, "models/dangling.md:1:1"),
    (.symlinkLoop, "models/loop/:1:1"),
    (.notARegularFile, "models/fifo.md:1:1"),
    (.invalidFileName, "models/bad\\xFF.md:1:1"),
    (.walkLimit, "models/" + String(repeating: "d/", count: 32) + ":1:1"),
    (.outsideLayout, "root-note.md:1:1"),
    (.unknownKind, "gadgets/gadget.md:1:1"),
    (.invalidID, "models/Spaced Name.md:1:1"),
    (.missingFrontmatter, "models/no-frontmatter.md:1:1"),
    (.unterminatedFrontmatter, "models/unterminated.md:1:1"),
    (.tabIndentation, "models/tabbed.md:4:1"),
    (.badIndentation, "models/indented.md:3:3"),
    (.unsupportedYAML, "models/block-scalar.md:4:10"),
    (.invalidEscape, "models/bad-escape.md:2:11"),
    (.duplicateKey, "models/duplicate-key.md:5:1"),
    (.missingField, "models/missing-summary.md:1:1"),
    (.unknownField, "models/unknown-field.md:6:1"),
    (.wrongShape, "models/wrong-shape.md:6:30"),
    (.invalidYear, "models/bad-year.md:6:7"),
    (.invalidMonth, "models/bad-month.md:6:11"),
    (.duplicateID, "tasks/google.md:1:1"),
    (.duplicateAlias, "organizations/google.md:3:1"),
    (.unreachableName, "models/invisible-alias.md:3:1"),
    (.brokenRelation, "models/broken-relation.md:6:15"),
    (.wrongTargetKind, "models/wrong-kind.md:6:9"),
    (.brokenWikilink, "models/broken-link.md:7:3"),
    (.selfRelation, "models/self-based.md:6:11"),
  ]

  @Test("every rule has a fixture")
  func everyRuleCovered() {
    #expect(Set(Self.expected.map(\.rule)) == Set(Rule.allCases))
  }

  /// The fixtures, copied, plus the problems better made than stored: a huge note, a link to
  /// nothing (unreadable even for root, unlike a mode-000 file), a symbolic-link loop, a FIFO,
  /// a name that is not UTF-8, folders nested past the depth limit.
  static func brokenFolder() throws -> URL {
    let folder = try EndToEndTests.temporaryFolder().appending(path: "notes")
    try FileManager.default.copyItem(at: fixtures, to: folder)
    let huge =
      "---\ntitle: Huge\n---\n"
      + String(repeating: "很长的正文。\n", count: NoteLimits.maximumBytes / 18 + 1)
    try EndToEndTests.write(huge, to: "models/huge.md", in: folder)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appending(path: "models/dangling.md").path, withDestinationPath: "nowhere.md")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appending(path: "models/loop").path, withDestinationPath: "..")
    #expect(mkfifo(folder.appending(path: "models/fifo.md").path, 0o644) == 0)
    // A Swift string cannot hold the byte 0xFF, so the name is made from bytes.
    let badName = Array((folder.path + "/models/bad").utf8) + [0xFF] + Array(".md\0".utf8)
    let descriptor = badName.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { name in
      name.baseAddress.map { open($0, O_CREAT | O_WRONLY, 0o644) } ?? -1
    }
    #expect(descriptor >= 0)
    close(descriptor)
    try FileManager.default.createDirectory(
      at: folder.appending(path: "models/" + String(repeating: "d/", count: 33)),
      withIntermediateDirectories: true)
    return folder
  }

  @Test("each rule's id, file and line; exit status 1")
  func reportsEveryRule() throws {
    let folder = try Self.brokenFolder()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    // Run from the folder above, naming the notes relatively: paths come out relative to the
    // current folder, ready for an editor to open.
    let result = try EndToEndTests.run(
      ["check", "--notes", "notes"], in: folder.deletingLastPathComponent())
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    for (rule, file) in Self.expected {
      let place = "notes/" + file
      let severity = rule.severity.rawValue
      #expect(
        lines.contains {
          $0.hasPrefix("\(place): \(severity): ") && $0.hasSuffix("[\(rule.rawValue)]")
        },
        "no '\(place): \(severity): … [\(rule.rawValue)]' in:\n\(result.stdout)")
    }
    #expect(lines.last?.hasPrefix("checked ") == true)
    // Secondary places are notes under the diagnostic, with their own locations.
    #expect(lines.contains("notes/models/alias-thief.md:3:1: note: 'alias-thief' claims it here"))
    #expect(lines.contains("notes/organizations/google.md:1:1: note: 'google' is first used here"))
  }

  @Test("other commands answer from the valid notes and warn once on stderr")
  func otherCommandsKeepWorking() throws {
    let result = try EndToEndTests.run(["show", "摘要", "--notes", Self.fixtures.path])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("摘要"))
    #expect(result.stderr.hasPrefix("warning: "))
    #expect(result.stderr.contains("notes have problems; run 'llmnotes check --notes"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test("the repository's own notes check clean")
  func repositoryNotesClean() throws {
    let result = try EndToEndTests.run(["check"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("checked "))
    #expect(result.stdout.hasSuffix(": no problems\n"))
  }

  @Test("text from a note cannot drive the terminal; JSON stays valid")
  func terminalSafety() throws {
    let folder = try EndToEndTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let hostile =
      "---\ntitle: \"Evil\u{1B}]0;pwned\u{07}\"\naliases: [evil]\nsummary: \"clear\u{1B}[2J screen\"\nsources: [x]\n---\nbody \u{1B}[31mred\u{1B}[0m\r over\u{9B}1m\n"
    try EndToEndTests.write(hostile, to: "concepts/evil.md", in: folder)
    let shown = try EndToEndTests.run(["show", "evil", "--notes", folder.path])
    #expect(shown.status == 0)
    #expect(
      !shown.stdout.unicodeScalars.contains {
        $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{9B}" || $0 == "\u{07}"
      })
    #expect(shown.stdout.contains("\\u{1b}[2J"))
    let json = try EndToEndTests.run(["show", "evil", "--json", "--notes", folder.path])
    #expect(!json.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" })
    let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((decoded?["summary"] as? String) == "clear\u{1B}[2J screen")
  }
}
