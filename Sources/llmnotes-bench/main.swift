import Foundation
import LLMNotesCore

// llmnotes-bench: load and query speed on synthetic notes folders, and the release binary's
// start-up, printed as one table (or JSON with --json). Run: swift run -c release llmnotes-bench

let usage = """
  usage: llmnotes-bench [--sizes 1000,10000,100000] [--seed N] [--runs N] [--json]
                        [--hostile-sizes 10000,100000] [--no-hostile]
         llmnotes-bench --hostile [--hostile-sizes 10000,100000] [--hostile-cases aliases,...]
                                   [--json]   (hostile notes only)
         llmnotes-bench --write <folder> [--sizes N] [--seed N]   (write one folder, keep it)
         llmnotes-bench --child <folder>   (internal: measures one folder in a fresh process)
  """

var options = BenchOptions()
do {
  options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n\(usage)\n".utf8))
  exit(2)
}

if options.builtinChild {
  print(BenchJSON.encode(BuiltinMeasurement.measure()))
  exit(0)
}

if let folder = options.childFolder {
  // One folder in this process: what it prints is read by the parent.
  let result = FolderMeasurement.measure(folder: folder)
  print(BenchJSON.encode(result))
  exit(0)
}

if let folder = options.writeFolder {
  do {
    let bytes = try SyntheticNotes(count: options.sizes[0], seed: options.seed)
      .write(to: URL(filePath: folder))
    print("wrote \(options.sizes[0]) notes, \(bytes) bytes, to \(folder)")
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
  }
}

var report = BenchReport(machine: Machine.describe())
/// Whether the binary has a `search` command (it came with another branch).
let hasSearch: Bool = {
  let binary = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appending(path: "llmnotes").path
  return Spawn.run(binary, ["search", "--help"]).status == 0
}()
if options.hostileOnly {
  report.hostile = HostileMeasurement.measure(
    sizes: options.hostileSizes, only: options.hostileCases)
  print(options.json ? BenchJSON.encode(report) : report.table)
  exit(0)
}
for size in options.sizes {
  let folder = FileManager.default.temporaryDirectory.appending(
    path: "llmnotes-bench-\(size)-\(getpid())")
  try? FileManager.default.removeItem(at: folder)
  defer { try? FileManager.default.removeItem(at: folder) }
  do {
    let bytes = try SyntheticNotes(count: size, seed: options.seed).write(to: folder)
    // Write the new files back before timing, so the load does not compete with writeback.
    sync()
    let child = try ChildProcess.run(CommandLine.arguments[0], ["--child", folder.path])
    guard var measurement = try? BenchJSON.decode(FolderMeasurement.self, from: child) else {
      FileHandle.standardError.write(Data("error: could not read the measurement: \(child)\n".utf8))
      exit(1)
    }
    measurement.notes = size
    measurement.bytes = bytes
    measurement.megabytesPerSecond =
      measurement.loadSeconds > 0 ? Double(bytes) / 1e6 / measurement.loadSeconds : 0
    let binary = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appending(path: "llmnotes").path
    if FileManager.default.isExecutableFile(atPath: binary) {
      measurement.endToEnd = EndToEndMeasurement.measure(
        folder: folder.path, binary: binary, runs: size >= 100_000 ? 1 : 5)
      measurement.cache = FolderEndToEnd.measure(binary: binary, folder: folder, notes: size)
    }
    report.folders.append(measurement)
  } catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
  }
}
report.startup = StartupMeasurement.measure(runs: options.runs, hasSearch: hasSearch)
if !options.skipHostile {
  report.hostile = HostileMeasurement.measure(
    sizes: options.hostileSizes, only: options.hostileCases)
}
print(options.json ? BenchJSON.encode(report) : report.table)
