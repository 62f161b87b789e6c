import Foundation
import Testing

@testable import LLMNotesCore

#if canImport(Glibc)
  import Glibc
#endif

/// The built binary's quiz sessions as child processes: the piped protocol end to end,
/// SIGKILL at random moments, two sessions at once, and a session on a pseudo-terminal.
@Suite("Quiz durability: the llmnotes binary", .serialized)
struct QuizDurabilityTests {
  static func dataFolder() throws -> String { try EndToEndTests.temporaryFolder().path }

  /// (seq, card id) of every `review` event printed in full.
  static func printedReviews(_ output: String) -> [(Int, String)] {
    output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { line in
      guard line.hasPrefix("{\"event\":\"review\""),
        let json = FlatJSON(parsing: Array(line.utf8)), let seq = json.integer("seq"),
        let id = json.string("id")
      else { return nil }
      return (seq, id)
    }
  }

  /// (seq, card id) of every record in the log, checked to be numbered 1, 2, 3… once each.
  static func logged(_ folder: String) throws -> [Int: String] {
    let text = (try? String(contentsOfFile: folder + "/reviews.jsonl", encoding: .utf8)) ?? ""
    var records: [Int: String] = [:]
    for line in text.split(separator: "\n") {
      guard case .record(let record) = ReviewRecord.parse(Array(line.utf8)) else {
        Issue.record("unreadable log line: \(line)")
        continue
      }
      #expect(records[record.sequence] == nil, "sequence \(record.sequence) written twice")
      records[record.sequence] = record.cardID
    }
    #expect(Set(records.keys) == Set(records.isEmpty ? [] : Array(1...records.count)))
    return records
  }

  /// The release binary when it is at least as new as the debug one (CI builds it before
  /// `swift test`): it starts several times faster, which keeps 200 kills within about a
  /// minute. Otherwise the debug binary.
  static let fastBinary: URL = {
    let release = EndToEndTests.packageRoot.appending(path: ".build/release/llmnotes")
    func modified(_ url: URL) -> Date? {
      (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
    if let releaseDate = modified(release), let debugDate = modified(EndToEndTests.binary),
      releaseDate >= debugDate
    {
      return release
    }
    return EndToEndTests.binary
  }()

  /// A notes folder of 300 small models (about 1,000 cards), so each killed session starts
  /// in milliseconds instead of parsing the built-in notes: the test is about the progress
  /// files, and 200 starts of the debug binary on a busy machine would take minutes.
  static let syntheticNotes: String = {
    let folder = (try? EndToEndTests.temporaryFolder()) ?? FileManager.default.temporaryDirectory
    func note(_ path: String, _ title: String, _ extra: String) {
      let text = """
        ---
        title: \(title)
        aliases: []
        summary: 合成笔记。
        sources: []
        \(extra)
        ---
        正文。

        """
      try? EndToEndTests.write(text, to: path, in: folder)
    }
    for index in 0..<6 {
      note("architectures/arch-\(index).md", "Arch \(index)", "mechanism: 方式 \(index)")
      note("organizations/org-\(index).md", "Org \(index)", "")
    }
    for index in 0..<300 {
      note(
        "models/model-\(index).md", "Model \(index)",
        "year: \(2000 + index % 25)\narchitecture: arch-\(index % 6)\norganization: org-\(index % 5)")
    }
    return folder.path
  }()

  /// Starts `llmnotes quiz` with `input` on its stdin (left open unless `closing`).
  static func start(_ arguments: [String], data: String, input: String, closing: Bool,
    environment: [String: String] = [:], binary: URL = EndToEndTests.binary) throws
    -> (Process, Pipe, Pipe)
  {
    let process = Process()
    process.executableURL = binary
    process.arguments = ["quiz"] + arguments
    process.environment = ["PATH": "/usr/bin:/bin", "LLMNOTES_DATA": data].merging(environment) { $1 }
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    if closing { try stdin.fileHandleForWriting.close() }
    return (process, stdin, stdout)
  }

  @Test("printf '1\\ngood\\n2\\nagain\\n' | llmnotes quiz --limit 2 records two reviews; stats says so")
  func pipedProtocol() throws {
    let data = try Self.dataFolder()
    let session = try EndToEndTests.shell(
      "printf '1\\ngood\\n2\\nagain\\n' | LLMNOTES_DATA='\(data)' '\(EndToEndTests.binary.path)' quiz --limit 2")
    #expect(session.status == 0)
    #expect(session.stdout.contains("评分：good"))
    #expect(session.stdout.contains("评分：again"))
    #expect(try Self.logged(data).count == 2)
    let stats = try EndToEndTests.run(
      ["quiz", "stats", "--format", "json"], environment: ["LLMNOTES_DATA": data])
    #expect(stats.status == 0)
    #expect(stats.stdout.contains("\"reviews\": 2,"))
  }

  @Test("SIGKILL at 200 random moments: every printed review is in the log, and all loads")
  func killNine() throws {
    let debug = ProcessInfo.processInfo.environment["LLMNOTES_DEBUG_KILLS"] != nil
    let workers = debug ? 1 : 4
    let killsEach = debug ? 3 : 50
    let answers = String(repeating: "1\ngood\n2\nagain\n", count: 100)
    let failures = Mutex<[String]>([])
    let kills = Mutex(0)
    let printedTotal = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var generator = SystemRandomNumberGenerator()
      do {
        let data = try Self.dataFolder()
        var printed: [(Int, String)] = []
        for round in 0..<killsEach {
          let (process, stdin, stdout) = try Self.start(
            ["--format", "json", "--new", "200", "--notes", Self.syntheticNotes], data: data,
            input: answers, closing: false,
            environment: ["LLMNOTES_LOCK_WAIT": "5"], binary: Self.fastBinary)
          // Read without blocking: a child spawned by another worker at the same moment may
          // hold this pipe open too, so its end of file can come late.
          let descriptor = stdout.fileHandleForReading.fileDescriptor
          _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
          var output = [UInt8]()
          func drain() {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
              let count = read(descriptor, &buffer, buffer.count)
              if count <= 0 { return }
              output += buffer[0..<count]
            }
          }
          if round % 5 == 0 {
            // Some kills land anywhere in start-up: loading, locking, repairing.
            usleep(UInt32.random(in: 0...300_000, using: &generator))
          } else {
            // The rest while cards are being answered and written.
            let started = Date()
            while Date().timeIntervalSince(started) < 10,
              !String(decoding: output, as: UTF8.self).contains("\"event\":\"card\"")
            {
              usleep(5_000)
              drain()
            }
            usleep(UInt32.random(in: 0...150_000, using: &generator))
          }
          kill(process.processIdentifier, SIGKILL)
          process.waitUntilExit()
          drain()
          try? stdin.fileHandleForWriting.close()
          try? stdout.fileHandleForReading.close()
          let text = String(decoding: output, as: UTF8.self)
          printed += Self.printedReviews(text)
          if debug { print("worker \(worker): \(Self.printedReviews(text).count) printed") }
          kills.withLock { $0 += 1 }
        }
        let store = try ProgressStore.open(folder: data, lockWait: 5, now: 0)
        let records = try Self.logged(data)
        store.close()
        printedTotal.withLock { $0 += printed.count }
        for (seq, id) in printed where records[seq] != id {
          failures.withLock { $0.append("worker \(worker): printed #\(seq) \(id) is not in the log") }
        }
        _ = try ProgressStore.read(folder: data)
      } catch {
        failures.withLock { $0.append("worker \(worker): \(error)") }
      }
    }
    #expect(failures.withLock { $0 } == [])
    #expect(kills.withLock { $0 } == workers * killsEach)
    #expect(printedTotal.withLock { $0 } > 0, "some reviews were printed before the kills")
    print("kill -9: \(kills.withLock { $0 }) kills, \(printedTotal.withLock { $0 }) printed reviews all in the logs")
  }

  @Test("two sessions at once answering 100 cards each: 200 reviews, none lost or interleaved")
  func concurrentSessions() throws {
    let data = try Self.dataFolder()
    let answers = String(repeating: "1\ngood\n", count: 100)
    let sessions = try (0..<2).map { _ in
      try Self.start(
        ["--format", "json", "--new", "100", "--limit", "100"], data: data, input: answers,
        closing: true, environment: ["LLMNOTES_LOCK_WAIT": "120"])
    }
    // Both outputs are read at once: a session whose pipe fills would stop holding the lock.
    let outputs = Mutex<[Int: Data]>([:])
    DispatchQueue.concurrentPerform(iterations: sessions.count) { index in
      let data = sessions[index].2.fileHandleForReading.readDataToEndOfFile()
      outputs.withLock { $0[index] = data }
    }
    var printed: [(Int, String)] = []
    for (index, session) in sessions.enumerated() {
      session.0.waitUntilExit()
      #expect(session.0.terminationStatus == 0)
      let output = outputs.withLock { $0[index] } ?? Data()
      let reviews = Self.printedReviews(String(decoding: output, as: UTF8.self))
      #expect(reviews.count == 100)
      printed += reviews
    }
    let records = try Self.logged(data)
    #expect(records.count == 200)
    for (seq, id) in printed { #expect(records[seq] == id) }
    // Each session's reviews are one run of sequence numbers: the second waited for the first.
    let runs = printed.map(\.0)
    #expect(Set(runs) == Set(1...200))
  }

  @Test("a session that cannot get the lock in time refuses with a clear message, exit 5")
  func lockRefusal() throws {
    let data = try Self.dataFolder()
    let holder = try ProgressStore.open(folder: data, lockWait: 0, now: 0)
    defer { holder.close() }
    let refused = try EndToEndTests.run(
      ["quiz", "--limit", "1"], environment: ["LLMNOTES_DATA": data, "LLMNOTES_LOCK_WAIT": "0.2"])
    #expect(refused.status == 5)
    #expect(refused.stderr.contains("error: another llmnotes quiz is using"))
    #expect(refused.stdout == "")
  }

  @Test("on a pseudo-terminal: a clean screen per card, numbered choices, prompts")
  func pseudoTerminal() throws {
    let data = try Self.dataFolder()
    var master: Int32 = -1
    var slave: Int32 = -1
    guard openpty(&master, &slave, nil, nil, nil) == 0 else {
      Issue.record("openpty failed")
      return
    }
    defer { close(master) }
    let process = Process()
    process.executableURL = EndToEndTests.binary
    process.arguments = ["quiz", "--limit", "2", "--no-fuzz", "--kind", "architecture"]
    process.environment = [
      "PATH": "/usr/bin:/bin", "LLMNOTES_DATA": data, "TERM": "xterm", "COLUMNS": "80",
      "LLMNOTES_NOW": "2022-11-29T12:30:00Z",
    ]
    let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = terminal
    process.standardOutput = terminal
    process.standardError = terminal
    try process.run()
    close(slave)

    var output = [UInt8]()
    func readUntil(_ marker: String, seconds: Double = 20) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        if String(decoding: output, as: UTF8.self).contains(marker) { return true }
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 100) > 0 else { continue }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count <= 0 { return String(decoding: output, as: UTF8.self).contains(marker) }
        output += buffer[0..<count]
      }
      return false
    }
    func type(_ text: String) { _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, text.utf8.count) } }
    #expect(readUntil("答案> "))
    type("1\n")
    #expect(readUntil("> ", seconds: 5))
    #expect(readUntil("回车 = "))
    type("good\n")
    #expect(readUntil("卡片 2/2"))
    #expect(readUntil("答案> "))
    type("\n")
    #expect(readUntil("回车 = "))
    type("\n")
    #expect(readUntil("本次复习 2 张"))
    process.waitUntilExit()
    let screen = String(decoding: output, as: UTF8.self)
    #expect(screen.components(separatedBy: "\u{1B}[H\u{1B}[2J").count == 3, "one clear per card")
    // Cards are dealt at random: a multiple-choice card shows numbered choices; a card that
    // asks for a typed answer (a year, say) shows the free-text prompt instead.
    let typedCards = screen.components(separatedBy: "输入答案").count - 1
    #expect(typedCards == 2 || screen.contains("  1. "), "a choice card shows numbered choices")
    #expect(screen.contains("卡片 1/2"))
    #expect(process.terminationStatus == 0)
    #expect(try Self.logged(data).count == 2)
  }
}

/// A lock around a value, for counting across worker threads.
final class Mutex<Value>: @unchecked Sendable {
  private var value: Value
  private let lock = NSLock()
  init(_ value: Value) { self.value = value }
  func withLock<T>(_ body: (inout Value) -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body(&value)
  }
}
