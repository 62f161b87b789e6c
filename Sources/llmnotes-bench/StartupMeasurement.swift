import Foundation

/// The release binary end to end on the built-in notes, against the floor and a peer, in one
/// run with the programs alternating: (a) a Swift hello-world the benchmark builds with
/// `-static-stdlib` (process start and nothing else), (b) `tldr --render` of a small page
/// (tealdeer, when installed).
struct StartupMeasurement: Codable {
  struct Command: Codable {
    var words: [String] = []
    var milliseconds = 0.0
    var overHello = 0.0
    var overTldr: Double?
  }

  var binary = ""
  var runs = 0
  var helloMilliseconds = 0.0
  var helloBuild = ""
  var tldrMilliseconds: Double?
  /// Why tldr was not measured, or which one was.
  var tldr = ""
  var commands: [Command] = []
  var linkedLibraries = ""
  /// The in-process part: opening the built-in snapshot and answering `show bert`.
  var builtin: BuiltinMeasurement?

  static func measure(runs: Int, hasSearch: Bool) -> StartupMeasurement? {
    let beside = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appending(path: "llmnotes")
    guard FileManager.default.isExecutableFile(atPath: beside.path) else { return nil }
    var result = StartupMeasurement(binary: beside.path, runs: runs)
    let scratch = FileManager.default.temporaryDirectory.appending(
      path: "llmnotes-bench-startup-\(getpid())")
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let hello = buildHello(in: scratch, note: &result.helloBuild)
    let page = scratch.appending(path: "tar.md")
    try? Data(tldrPage.utf8).write(to: page)
    let tldrPath = ChildProcess.find("tldr")
    result.tldr =
      tldrPath.map { "\($0) --render (\(tldrVersion($0)))" }
      ?? "tldr not installed (Debian package tealdeer): skipped"

    var commands = [
      ["show", "bert"], ["list", "--task", "summarization"], ["compare", "bert", "gpt"],
    ]
    if hasSearch { commands.append(["search", "attention"]) }
    var times = [[Double]](repeating: [], count: commands.count)
    var helloTimes: [Double] = []
    var tldrTimes: [Double] = []
    for _ in 0..<runs {
      if let hello { helloTimes.append(Spawn.run(hello, []).milliseconds) }
      if let tldrPath {
        tldrTimes.append(Spawn.run(tldrPath, ["--render", page.path]).milliseconds)
      }
      for (index, words) in commands.enumerated() {
        times[index].append(Spawn.run(beside.path, words).milliseconds)
      }
    }
    result.helloMilliseconds = median(helloTimes)
    result.tldrMilliseconds = tldrPath == nil ? nil : median(tldrTimes)
    for (words, samples) in zip(commands, times) {
      let milliseconds = median(samples)
      result.commands.append(
        Command(
          words: words, milliseconds: milliseconds,
          overHello: result.helloMilliseconds > 0 ? milliseconds / result.helloMilliseconds : 0,
          overTldr: result.tldrMilliseconds.map { $0 > 0 ? milliseconds / $0 : 0 }))
    }
    result.linkedLibraries = ((try? ChildProcess.run("/usr/bin/ldd", [beside.path])) ?? "")
      .split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
      .joined(separator: " ")
    result.builtin = (try? ChildProcess.run(CommandLine.arguments[0], ["--child-builtin"]))
      .flatMap { try? BenchJSON.decode(BuiltinMeasurement.self, from: $0) }
    return result
  }

  /// `print("Hello, world!")`, built with `swiftc -O -static-stdlib`.
  private static func buildHello(in folder: URL, note: inout String) -> String? {
    let source = folder.appending(path: "hello.swift")
    let binary = folder.appending(path: "hello")
    try? Data("print(\"Hello, world!\")\n".utf8).write(to: source)
    guard let swiftc = ChildProcess.find("swiftc") else {
      note = "swiftc not found: no hello-world"
      return nil
    }
    let built = Spawn.run(swiftc, ["-O", "-static-stdlib", source.path, "-o", binary.path])
    guard built.status == 0 else {
      note = "swiftc -O -static-stdlib failed"
      return nil
    }
    note = "swiftc -O -static-stdlib hello.swift"
    return binary.path
  }

  private static func tldrVersion(_ path: String) -> String {
    ((try? ChildProcess.run(path, ["--version"])) ?? "").trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// A small page in tldr's format.
  static let tldrPage = """
    # tar

    > Archiving utility.
    > More information: <https://www.gnu.org/software/tar>.

    - Create an archive and write it to a file:

    `tar cf {{path/to/target.tar}} {{path/to/file1 path/to/file2 ...}}`

    - Extract a (compressed) archive file into the current directory verbosely:

    `tar xvf {{path/to/source.tar[.gz|.bz2|.xz]}}`

    - List the contents of a tar file verbosely:

    `tar tvf {{path/to/source.tar}}`

    """
}
