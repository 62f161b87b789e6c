import Foundation
import Testing

@testable import LLMNotesCLI

/// Golden files of what users see: every byte of stdout and stderr and the exit status.
/// Re-record after an intended change with `LLMNOTES_RECORD=1 swift test --filter Snapshot`,
/// then read the diff.
@Suite("Golden snapshots")
struct SnapshotTests {
  static let root = EndToEndTests.packageRoot
  static let folder = root.appending(path: "Tests/LLMNotesCLITests/Snapshots")
  static let tiny = "Tests/LLMNotesCLITests/Fixtures/tiny-notes"
  static let broken = "Tests/LLMNotesCLITests/Fixtures/broken-notes"

  /// Runs in process from the package root, the notes named relatively, `COLUMNS` set.
  static func transcript(_ words: [String], columns: Int) -> String {
    let absolute = words.map { $0.hasPrefix("Tests/") ? root.appending(path: $0).path : $0 }
    let outcome = CLI.capture(
      absolute, environment: ["COLUMNS": String(columns)], currentFolder: root.path)
    var text = "$ COLUMNS=\(columns) llmnotes \(words.joined(separator: " "))\n" + outcome.stdout
    if !outcome.stderr.isEmpty { text += "[stderr]\n" + outcome.stderr }
    return text + "[exit \(outcome.exitCode.rawValue)]\n"
  }

  static let cases: [(name: String, words: [String], columns: Int)] = [
    ("help", ["--help"], 100),
    ("help-show", ["show", "--help"], 100),
    ("help-compare", ["compare", "--help"], 100),
    ("help-list", ["list", "--help"], 100),
    ("help-check", ["check", "--help"], 100),
    ("show-decoder-only-100", ["show", "decoder-only", "--notes", tiny], 100),
    ("show-decoder-only-60", ["show", "decoder-only", "--notes", tiny], 60),
    ("show-encoder-only-60", ["show", "仅编码器", "--notes", tiny], 60),
    ("show-attention-40", ["show", "attention", "--notes", tiny], 40),
    ("show-attention-80", ["show", "attention", "--notes", tiny], 80),
    ("show-attention-120", ["show", "attention", "--notes", tiny], 120),
    ("show-attention-ascii-80", ["show", "attention", "--ascii", "--notes", tiny], 80),
    ("compare-ascii-100", ["compare", "bert", "gpt", "--ascii", "--notes", tiny], 100),
    ("list-all-20", ["list", "--notes", tiny], 20),
    ("show-bert-json", ["show", "bert", "--format", "json", "--notes", tiny], 100),
    ("show-unknown", ["show", "bret", "--notes", tiny], 100),
    ("compare-100", ["compare", "bert", "gpt", "--notes", tiny], 100),
    ("compare-60", ["compare", "bert", "gpt", "secret", "--notes", tiny], 60),
    ("compare-json", ["compare", "bert", "secret", "--json", "--notes", tiny], 100),
    ("list-all-100", ["list", "--notes", tiny], 100),
    ("list-task-60", ["list", "--task", "摘要", "--notes", tiny], 60),
    ("list-json", ["list", "--kind", "模型", "--year", "2018..", "--json", "--notes", tiny], 100),
    ("list-none-json", ["list", "--kind", "task", "--year", "1990", "--json", "--notes", tiny], 100),
    ("check-broken", ["check", "--notes", broken], 100),
    ("check-broken-json", ["check", "--json", "--notes", broken], 100),
    ("usage-error", ["show", "bert", "--jsn"], 100),
    ("help-quiz", ["quiz", "--help"], 100),
    ("help-study", ["study", "--help"], 100),
    // Find and see (issue 13).
    ("help-search", ["search", "--help"], 100),
    ("help-graph", ["graph", "--help"], 100),
    ("help-path", ["path", "--help"], 100),
    ("help-timeline", ["timeline", "--help"], 100),
    ("search-100", ["search", "双向", "上下文", "--notes", tiny], 100),
    ("search-60", ["search", "encoder", "--notes", tiny], 60),
    ("search-kind-json", ["search", "预训练", "--kind", "model", "--json", "--notes", tiny], 100),
    ("search-none", ["search", "量子", "--notes", tiny], 100),
    ("show-mentioned", ["show", "掩码", "--notes", tiny], 100),
    ("graph-text", ["graph", "encoder-only", "--notes", tiny], 100),
    ("graph-dot", ["graph", "encoder-only", "--format", "dot", "--notes", tiny], 100),
    ("graph-mermaid", ["graph", "bert", "--format", "mermaid", "--notes", tiny], 100),
    ("graph-json", ["graph", "--format", "json", "--notes", tiny], 100),
    ("path-100", ["path", "bert", "gpt", "--notes", tiny], 100),
    ("path-all-json", ["path", "bert", "gpt", "--all", "--max-hops", "3", "--json", "--notes", tiny], 100),
    ("path-none", ["path", "bert", "secret", "--via", "organization", "--notes", tiny], 100),
    ("timeline-100", ["timeline", "--notes", tiny], 100),
    ("timeline-json", ["timeline", "--kind", "model", "--from", "2018", "--json", "--notes", tiny], 100),
    ("list-sort-year", ["list", "--kind", "model", "--sort", "year", "--notes", tiny], 100),
  ]

  /// Quiz screens: runs in one fresh progress folder, with a fixed clock (`LLMNOTES_NOW`) and
  /// the capturing console's seeded random source; the folder's path is shown as
  /// `$LLMNOTES_DATA`.
  static let sessions: [(name: String, steps: [(words: [String], input: [String])])] = [
    (
      "quiz-session",
      [(["quiz", "--limit", "4", "--no-fuzz", "--notes", tiny], ["2", "good", "google", "", "2017", "hard", "", "again"])]
    ),
    (
      "quiz-session-json",
      [(["quiz", "--limit", "2", "--no-fuzz", "--format", "json", "--notes", tiny], ["1", "2", "1,2", ""])]
    ),
    (
      "quiz-stats",
      [
        (["quiz", "--limit", "3", "--no-fuzz", "--notes", tiny], ["1", "good", "2", "easy", "3", "again"]),
        (["quiz", "stats", "--notes", tiny], []),
        (["quiz", "stats", "--json", "--notes", tiny], []),
      ]
    ),
    ("quiz-empty-input", [(["quiz", "--notes", tiny], [])]),
    (
      "study-bert",
      [
        (["quiz", "--topic", "bert", "--with-prerequisites", "--limit", "2", "--notes", tiny], ["1", "easy", "1", "easy"]),
        (["study", "bert", "--notes", tiny], []),
        (["study", "bert", "--json", "--notes", tiny], []),
      ]
    ),
  ]

  static func session(_ steps: [(words: [String], input: [String])]) throws -> String {
    let data = try EndToEndTests.temporaryFolder().path
    defer { try? FileManager.default.removeItem(atPath: data) }
    let environment = ["COLUMNS": "80", "LLMNOTES_DATA": data, "LLMNOTES_NOW": "2022-11-29T12:30:00Z"]
    var text = ""
    for step in steps {
      let absolute = step.words.map { $0.hasPrefix("Tests/") ? root.appending(path: $0).path : $0 }
      let outcome = CLI.capture(
        absolute, environment: environment, input: step.input, currentFolder: root.path)
      text += "$ printf '\(step.input.map { $0 + "\\n" }.joined())' | llmnotes \(step.words.joined(separator: " "))\n"
      text += outcome.stdout
      if !outcome.stderr.isEmpty { text += "[stderr]\n" + outcome.stderr }
      text += "[exit \(outcome.exitCode.rawValue)]\n"
    }
    return text.replacingOccurrences(of: data, with: "$LLMNOTES_DATA")
  }

  @Test("each quiz screen matches its golden file", arguments: sessions.map(\.name))
  func sessionMatches(name: String) throws {
    guard let entry = Self.sessions.first(where: { $0.name == name }) else { return }
    try compare(try Self.session(entry.steps), name: name)
  }

  private func compare(_ actual: String, name: String) throws {
    let file = Self.folder.appending(path: name + ".txt")
    if ProcessInfo.processInfo.environment["LLMNOTES_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record("no golden file \(name).txt; record with LLMNOTES_RECORD=1")
      return
    }
    #expect(actual == expected, "\(name) differs from its golden file:\n\(actual)")
  }

  @Test("each screen matches its golden file", arguments: cases.map(\.name))
  func matches(name: String) throws {
    guard let entry = Self.cases.first(where: { $0.name == name }) else { return }
    let actual = Self.transcript(entry.words, columns: entry.columns)
    let file = Self.folder.appending(path: name + ".txt")
    if ProcessInfo.processInfo.environment["LLMNOTES_RECORD"] == "1" {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record("no golden file \(name).txt; record with LLMNOTES_RECORD=1")
      return
    }
    #expect(actual == expected, "\(name) differs from its golden file:\n\(actual)")
  }

  @Test("no golden file is left without a case")
  func noStrayFiles() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
    #expect(Set(files) == Set(Self.cases.map(\.name) + Self.sessions.map(\.name)))
  }
}
