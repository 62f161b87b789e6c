import Foundation
import Testing

@testable import LLMNotesCore

/// The progress files: the log is the truth, the snapshot follows it, and nothing the learner
/// did is ever silently lost.
@Suite("Progress store")
struct ProgressStoreTests {
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(
      path: "llmnotes-progress-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func record(_ sequence: Int, _ card: String = "bert/architecture") -> ReviewRecord {
    let state = Scheduler(fuzz: false).review(.new, rating: .good, at: Double(sequence) * 60)
    return ReviewRecord(
      sequence: sequence, cardID: card, topicID: "bert", rating: .good,
      time: Double(sequence) * 60, elapsedDays: 0, previousPhase: .new, state: state)
  }

  static func write(_ text: String, _ path: String) throws {
    try Data(text.utf8).write(to: URL(filePath: path))
  }

  static func text(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }

  @Test("records round-trip through the log and the snapshot")
  func roundTrip() throws {
    let folder = try Self.folder()
    let store = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    try store.append(Self.record(1))
    try store.append(Self.record(2, "bert/year"))
    try store.saveSnapshot()
    store.close()
    let again = try ProgressStore.read(folder: folder)
    #expect(again.progress.reviewCount == 2)
    #expect(again.progress.state(of: "bert/year") == Self.record(2).state)
    #expect(again.warnings.isEmpty)
    #expect(Self.text(folder + "/snapshot.jsonl").hasPrefix("{\"version\":1,\"type\":\"snapshot\""))
  }

  @Test("a torn last line is skipped with a warning and cut before the next append")
  func tornLine() throws {
    let folder = try Self.folder()
    let log = folder + "/reviews.jsonl"
    try Self.write(Self.record(1).json.line + "\n" + "{\"version\":1,\"seq\":2,\"card\":\"be", log)
    let store = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    #expect(store.progress.reviewCount == 1)
    #expect(store.warnings.contains(.tornLine(path: log, line: 2)))
    try store.append(Self.record(2))
    store.close()
    let lines = Self.text(log).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(try ProgressStore.read(folder: folder).progress.reviewCount == 2)
  }

  @Test("a log that cannot be parsed is moved aside, reported, and its readable records kept")
  func corruptLog() throws {
    let folder = try Self.folder()
    let log = folder + "/reviews.jsonl"
    try Self.write(Self.record(1).json.line + "\nnot json at all\n" + Self.record(2).json.line + "\n", log)
    let store = try ProgressStore.open(folder: folder, lockWait: 0, now: 1_669_725_000)
    let aside = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasPrefix("reviews.jsonl.corrupt-") }
    #expect(aside == ["reviews.jsonl.corrupt-20221129T123000Z"])
    #expect(store.progress.reviewCount == 2)
    #expect(
      store.warnings.contains(
        .movedAside(path: log, to: log + ".corrupt-20221129T123000Z", kept: 2)))
    #expect(Self.text(folder + "/" + (aside.first ?? "")).contains("not json at all"))
    store.close()
  }

  @Test("a snapshot that is missing, unreadable or behind the log is rebuilt from the log")
  func snapshotRebuilt() throws {
    let folder = try Self.folder()
    let snapshot = folder + "/snapshot.jsonl"
    var store = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    try store.append(Self.record(1))
    store.close()  // killed before the snapshot: none on disk
    store = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    #expect(store.warnings.contains(.snapshotRebuilt(reason: "missing")))
    #expect(FileManager.default.fileExists(atPath: snapshot))
    try store.append(Self.record(2))
    store.close()  // the snapshot is now behind the log
    store = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    #expect(store.progress.reviewCount == 2)
    store.close()
    try Self.write("{\"version\":1,\"type\":\"snap", snapshot)
    store = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    #expect(store.warnings.contains(.snapshotRebuilt(reason: "unreadable")))
    #expect(store.progress.reviewCount == 2)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).contains {
        $0.hasPrefix("snapshot.jsonl.corrupt-")
      })
    store.close()
  }

  @Test("the snapshot covers the log's head: only the tail is read again")
  func snapshotTail() throws {
    let folder = try Self.folder()
    let store = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    for sequence in 1...3 { try store.append(Self.record(sequence, "card/\(sequence)")) }
    try store.saveSnapshot()
    try store.append(Self.record(4, "card/4"))
    store.close()
    let read = try ProgressStore.read(folder: folder)
    #expect(read.progress.reviewCount == 4)
    #expect(read.progress.states.count == 4)
  }

  @Test("a second session waits briefly for the lock, then refuses clearly")
  func lock() throws {
    let folder = try Self.folder()
    let first = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    let started = Date()
    #expect {
      _ = try ProgressStore.open(folder: folder, lockWait: 0.3, now: 0)
    } throws: { error in
      guard case ProgressError.locked = error else { return false }
      return "\(error)".contains("another llmnotes quiz is using")
    }
    #expect(Date().timeIntervalSince(started) >= 0.25)
    first.close()
    let second = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    second.close()
  }

  @Test("a line from a newer format version is refused and nothing is changed")
  func newerVersion() throws {
    let folder = try Self.folder()
    let log = folder + "/reviews.jsonl"
    let line = "{\"version\":99,\"seq\":1}\n"
    try Self.write(line, log)
    #expect(throws: ProgressError.self) {
      _ = try ProgressStore.open(folder: folder, lockWait: 0, now: 0)
    }
    #expect(Self.text(log) == line)
  }

  @Test("the flat JSON lines read back what they wrote, escapes and Chinese included")
  func flatJSON() throws {
    var json = FlatJSON()
    json.set("text", "引号\" 反斜杠\\ 换行\n \u{01}")
    json.set("number", 2.118103970459015)
    json.set("whole", 3)
    json.set("none", nil as String?)
    let parsed = try #require(FlatJSON(parsing: Array(json.line.utf8)))
    #expect(parsed == json)
    #expect(FlatJSON(parsing: Array("{\"a\":1".utf8)) == nil)
    #expect(FlatJSON(parsing: Array("{\"a\":[1]}".utf8)) == nil)
  }
}
