import Foundation
import LLMNotesCore

/// Single notes and folders built to be slow: each case at a small and a ten times larger size,
/// loaded in process, so the table shows the time and how it grows (linear growth is 10×).
struct HostileMeasurement: Codable {
  struct Case: Codable {
    let name: String
    /// Items in each size: aliases, keys, links, brackets or letters.
    var sizes: [Int] = []
    /// Wall-clock seconds per size, the best of a few runs.
    var seconds: [Double] = []
    /// Processor seconds of the whole process per size, the best of the same runs: steadier
    /// than wall time when other work shares the machine.
    var cpuSeconds: [Double] = []
  }

  var cases: [Case] = []

  /// `only` names the cases to measure (`HostileCase` names); empty for all.
  static func measure(sizes: [Int], only: [String] = []) -> HostileMeasurement {
    var result = HostileMeasurement()
    for hostile in HostileCase.allCases where only.isEmpty || only.contains("\(hostile)") {
      var measured = Case(name: hostile.title)
      for size in hostile.fixedSize.map({ [$0] }) ?? sizes {
        measured.sizes.append(size)
        let (wall, cpu) = best(of: 5) { hostile.run(size) }
        measured.seconds.append(wall)
        measured.cpuSeconds.append(cpu)
      }
      result.cases.append(measured)
    }
    return result
  }

  /// The best of `runs` runs, or the first alone when it took over a second (a case that slow
  /// has failed its target anyway, and three runs would only make the benchmark wait).
  private static func best(of runs: Int, _ body: () -> Void) -> (wall: Double, cpu: Double) {
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now()
      let startCPU = processorSeconds()
      body()
      cpu.append(processorSeconds() - startCPU)
      wall.append(FolderMeasurement.seconds(since: start))
      if wall[0] > 1 { break }
    }
    return (wall.min() ?? 0, cpu.min() ?? 0)
  }

  private static func processorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

/// The cases of issue 10, each a function of its size. Items are short, so that 100,000 of them
/// fit in one note under the 1 MiB limit (a larger note is skipped unread, and would time nothing),
/// and of one width at every size (`a00042`), so ten times the items is ten times the bytes.
enum HostileCase: CaseIterable {
  case aliases, unknownKeys, sharedAliases, wikilinks, openBrackets, nearMissName, relations
  case brokenIDs, symlinkFanOut

  var title: String {
    switch self {
    case .aliases: "aliases in one flow list"
    case .unknownKeys: "unknown keys in one note"
    case .sharedAliases: "aliases shared by two notes"
    case .wikilinks: "wikilinks on one line"
    case .openBrackets: "'[' on one line (unclosed [[)"
    case .nearMissName: "near-miss name, letters (did-you-mean)"
    case .relations: "one note related to every other note"
    case .brokenIDs: "broken ids, a tenth as many notes"
    case .symlinkFanOut: "symlink fan-out, 30 levels x 2 links"
    }
  }

  /// A case measured at one size only.
  var fixedSize: Int? { self == .symlinkFanOut ? 30 : nil }

  func run(_ size: Int) {
    switch self {
    case .aliases:
      let aliases = (0..<size).map { "a" + padded($0) }.joined(separator: ", ")
      load([note("models/many.md", "aliases: [\(aliases)]")])
    case .unknownKeys:
      let keys = (0..<size).map { "k" + padded($0) + ": 1" }.joined(separator: "\n")
      load([note("models/keys.md", "aliases: [k]\n" + keys)])
    case .sharedAliases:
      let aliases = (0..<size).map { "s" + padded($0) }.joined(separator: ", ")
      load([
        note("models/first.md", "aliases: [\(aliases)]"),
        note("models/second.md", "aliases: [\(aliases)]"),
      ])
    case .wikilinks:
      let links = (0..<size).map { "[[t\(10 + $0 % 90)]]" }.joined(separator: " ")
      load([note("models/links.md", "aliases: [l]", body: links + "\n")])
    case .openBrackets:
      load([note("models/brackets.md", "aliases: [b]", body: String(repeating: "[", count: size))])
    case .nearMissName:
      let name = String(repeating: "a", count: size)
      let base = load([
        note("models/long.md", "aliases: [\(name)]"),
        note("models/near.md", "aliases: [n]\nbased-on: \(name)b"),
      ])
      _ = try? base.graph.topic(named: name + "b")
    case .relations:
      let tasks = (0..<size).map { "t" + padded($0) }
      var files = tasks.map { note("tasks/\($0).md", "aliases: [\($0)-task]") }
      files.append(
        note("models/hub.md", "aliases: [hub]\ntasks: [\(tasks.joined(separator: ", "))]"))
      load(files)
    case .brokenIDs:
      var files = (0..<(size / 10)).map {
        note("tasks/n\(padded($0)).md", "aliases: [n\($0)-task]")
      }
      let broken = (0..<size).map { "x" + padded($0) }.joined(separator: ", ")
      files.append(note("models/lost.md", "aliases: [lost]\ntasks: [\(broken)]"))
      load(files)
    case .symlinkFanOut:
      let folder = FileManager.default.temporaryDirectory.appending(
        path: "llmnotes-fanout-\(getpid())")
      defer { try? FileManager.default.removeItem(at: folder) }
      guard (try? SymlinkFanOut(depth: size).write(to: folder)) != nil else { return }
      _ = try? KnowledgeBase(folder: folder.path)
    }
  }

  /// Five digits: every item the same width up to 99,999.
  private func padded(_ number: Int) -> String {
    let digits = String(number % 100_000)
    return String(repeating: "0", count: 5 - digits.count) + digits
  }

  @discardableResult
  private func load(_ files: [NoteFile]) -> KnowledgeBase {
    let base = KnowledgeBase(files: files)
    if base.diagnostics.contains(where: { $0.rule == .noteTooLarge }) {
      FileHandle.standardError.write(Data("warning: a hostile note is over the size limit\n".utf8))
    }
    return base
  }

  private func note(_ path: String, _ extra: String, body: String = "正文。\n") -> NoteFile {
    let id = path.split(separator: "/").last.map { $0.dropLast(3) } ?? ""
    return NoteFile(
      path: path,
      text: "---\ntitle: \(id)\nsummary: s\nsources: [x]\n\(extra)\n---\n\(body)")
  }
}

/// A folder where each level holds two links, `a` and `b`, to the next level: 2^depth paths
/// to the last level, which holds one note.
struct SymlinkFanOut {
  let depth: Int

  func write(to folder: URL) throws {
    let manager = FileManager.default
    let levels = folder.appending(path: ".levels")
    for level in 1...depth {
      try manager.createDirectory(
        at: levels.appending(path: "l\(level)"), withIntermediateDirectories: true)
    }
    try manager.createDirectory(
      at: folder.appending(path: "models"), withIntermediateDirectories: true)
    for name in ["a", "b"] {
      try manager.createSymbolicLink(
        atPath: folder.appending(path: "models/\(name)").path,
        withDestinationPath: "../.levels/l1")
      for level in 1..<depth {
        try manager.createSymbolicLink(
          atPath: levels.appending(path: "l\(level)/\(name)").path,
          withDestinationPath: "../l\(level + 1)")
      }
    }
    let note = "---\ntitle: Deep\naliases: [deep]\nsummary: s\nsources: [x]\n---\n正文。\n"
    try Data(note.utf8).write(to: levels.appending(path: "l\(depth)/deep.md"))
  }
}
