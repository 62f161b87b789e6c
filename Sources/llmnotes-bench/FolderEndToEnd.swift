import Foundation

/// The release binary on a synthetic folder, end to end: a cold load (`--no-cache`), the run
/// that writes the cache, then cache hits; the cache's size, and each run's peak memory.
struct FolderEndToEnd: Codable {
  var command: [String] = []
  var coldMilliseconds = 0.0
  var coldPeakBytes = 0
  var cacheWriteMilliseconds = 0.0
  var cachedMilliseconds = 0.0
  var cachedPeakBytes = 0
  var cacheBytes = 0
  var cachedRuns = 0

  static func measure(binary: String, folder: URL, notes: Int) -> FolderEndToEnd {
    let cache = folder.deletingLastPathComponent().appending(
      path: folder.lastPathComponent + "-cache")
    try? FileManager.default.removeItem(at: cache)
    defer { try? FileManager.default.removeItem(at: cache) }
    // The 16th note is a model (see SyntheticNotes.shares).
    var result = FolderEndToEnd(command: ["show", "model-15", "--notes", folder.path])
    let environment = ["LLMNOTES_CACHE": cache.path]
    let cold = Spawn.run(binary, result.command + ["--no-cache"], environment: environment)
    result.coldMilliseconds = cold.milliseconds
    result.coldPeakBytes = cold.peakBytes
    result.cacheWriteMilliseconds =
      Spawn.run(binary, result.command, environment: environment)
      .milliseconds
    let files = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
    result.cacheBytes = files.reduce(0) { total, name in
      let size = try? FileManager.default.attributesOfItem(
        atPath: cache.appending(path: name).path)[.size]
      return total + ((size as? Int) ?? 0)
    }
    result.cachedRuns = notes >= 100_000 ? 11 : 21
    var times: [Double] = []
    for _ in 0..<result.cachedRuns {
      let run = Spawn.run(binary, result.command, environment: environment)
      times.append(run.milliseconds)
      result.cachedPeakBytes = max(result.cachedPeakBytes, run.peakBytes)
    }
    result.cachedMilliseconds = median(times)
    return result
  }
}
