import Foundation

/// The release binary end to end: `llmnotes show bert` on the built-in notes against
/// `llmnotes --version` (process start, no notes loaded), interleaved in one run.
struct StartupMeasurement: Codable {
  var binary = ""
  var versionMilliseconds = 0.0
  var showMilliseconds = 0.0
  var runs = 0
  /// The in-process part: building the graph from the built-in notes.
  var builtin: BuiltinMeasurement?

  /// `show bert` over `--version`, stored so that the JSON carries it.
  var ratio = 0.0

  static func measure(runs: Int) -> StartupMeasurement? {
    let beside = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appending(path: "llmnotes")
    guard FileManager.default.isExecutableFile(atPath: beside.path) else { return nil }
    var version: [Double] = []
    var show: [Double] = []
    for _ in 0..<runs {
      version.append(time(beside.path, ["--version"]))
      show.append(time(beside.path, ["show", "bert"]))
    }
    let builtin = (try? ChildProcess.run(CommandLine.arguments[0], ["--child-builtin"]))
      .flatMap { try? BenchJSON.decode(BuiltinMeasurement.self, from: $0) }
    var result = StartupMeasurement(
      binary: beside.path, versionMilliseconds: median(version), showMilliseconds: median(show),
      runs: runs, builtin: builtin)
    result.ratio =
      result.versionMilliseconds > 0 ? result.showMilliseconds / result.versionMilliseconds : 0
    return result
  }

  private static func time(_ path: String, _ arguments: [String]) -> Double {
    Spawn.time(path, arguments)
  }

  private static func median(_ values: [Double]) -> Double { Spawn.median(values) }
}

enum Spawn {
  /// Wall time of one run, started with posix_spawn and output to /dev/null: Foundation's
  /// Process costs tens of milliseconds itself and would hide the difference being measured.
  static func time(_ path: String, _ arguments: [String]) -> Double {
    run(path, arguments).milliseconds
  }

  /// Wall time and peak resident memory of one run.
  static func run(_ path: String, _ arguments: [String]) -> (milliseconds: Double, peakBytes: Int) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let start = DispatchTime.now()
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return (0, 0) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    return (FolderMeasurement.seconds(since: start) * 1000, usage.ru_maxrss * 1024)
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }

}

enum ChildProcess {
  /// Runs a program to completion and returns its standard output.
  static func run(_ path: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(filePath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
