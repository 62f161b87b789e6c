import Foundation

/// One run of a program, started with posix_spawn (Foundation's Process costs tens of
/// milliseconds itself and would hide what is measured), output to /dev/null, reaped with
/// wait4 for its peak memory.
struct Spawn {
  var milliseconds = 0.0
  /// The child's peak resident memory (ru_maxrss).
  var peakBytes = 0
  var status: Int32 = -1

  static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:])
    -> Spawn
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var variables = ProcessInfo.processInfo.environment
    for (key, value) in environment { variables[key] = value }
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in envp { free(pointer) } }
    var pid = pid_t()
    var result = Spawn()
    let start = DispatchTime.now()
    guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { return result }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    result.milliseconds = FolderMeasurement.seconds(since: start) * 1000
    result.peakBytes = Int(usage.ru_maxrss) * 1024
    result.status = status
    return result
  }
}

extension Spawn {
  /// Wall time of one run, in milliseconds.
  static func time(_ path: String, _ arguments: [String]) -> Double {
    run(path, arguments).milliseconds
  }

  static func median(_ values: [Double]) -> Double { llmnotes_bench.median(values) }
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
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

  /// The first executable named `name` on PATH.
  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
