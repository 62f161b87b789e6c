import Foundation
import LLMNotesCore

/// Load and query figures for one notes folder, measured in a fresh process so that peak
/// memory belongs to this folder alone.
struct FolderMeasurement: Codable {
  var notes = 0
  var bytes = 0
  /// The first load in a fresh process, and a second one in the same process.
  var loadSeconds = 0.0
  var warmLoadSeconds = 0.0
  var showMilliseconds = 0.0
  var listMilliseconds = 0.0
  var compareMilliseconds = 0.0
  var didYouMeanMilliseconds = 0.0
  /// Peak resident memory of the process after loading, minus what it used before.
  var peakBytes = 0
  var errors = 0
  var search: SearchMeasurement?
  /// The release binary on this folder (filled in by the parent).
  var endToEnd: EndToEndMeasurement?
  /// The release binary on this folder through its cache (measured by the parent).
  var cache: FolderEndToEnd?

  static func measure(folder: String) -> FolderMeasurement {
    var result = measureColdLoadAndQueries(folder: folder)
    // Again with the first graph gone: files in the page cache, the allocator and the thread
    // pool warmed up.
    let start = DispatchTime.now()
    _ = try? KnowledgeBase(folder: folder)
    result.warmLoadSeconds = seconds(since: start)
    return result
  }

  private static func measureColdLoadAndQueries(folder: String) -> FolderMeasurement {
    var result = FolderMeasurement()
    let before = ProcessMemory.residentBytes()
    let start = DispatchTime.now()
    guard let base = try? KnowledgeBase(folder: folder) else { return result }
    result.loadSeconds = seconds(since: start)
    result.peakBytes = max(0, ProcessMemory.peakBytes() - before)
    result.errors = base.errors.count
    let graph = base.graph
    let models = graph.topics.filter { $0.kind == .model }
    let tasks = graph.topics.filter { $0.kind == .task }
    guard models.count >= 2, let task = tasks.first else { return result }

    let probe = models[models.count / 2]
    result.showMilliseconds = timePerCall(200) { index in
      let topic = try? graph.topic(named: models[(index * 7919) % models.count].title)
      return topic.map { graph.neighbors(of: $0).count } ?? 0
    }
    result.listMilliseconds = timePerCall(50) { _ in
      var filter = TopicFilter()
      filter.relations = [(EdgeLabel(.tasks), task.id)]
      return (try? graph.topics(matching: filter).count) ?? 0
    }
    result.compareMilliseconds = timePerCall(200) { index in
      graph.comparison(of: [probe, models[(index * 104_729) % models.count]]).rows.count
    }
    result.search = SearchMeasurement.measure(graph)
    result.didYouMeanMilliseconds = timePerCall(20) { index in
      do {
        _ = try graph.topic(named: "encodr \(index)x")
        return 0
      } catch {
        return 1
      }
    }
    return result
  }

  /// Milliseconds per call, averaged over `count` calls.
  private static func timePerCall(_ count: Int, _ body: (Int) -> Int) -> Double {
    var sink = 0
    let start = DispatchTime.now()
    for index in 0..<count { sink &+= body(index) }
    let elapsed = seconds(since: start)
    if sink == Int.min { print(sink) }
    return elapsed * 1000 / Double(count)
  }

  static func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }

  /// Set by the parent, which knows the size on disk.
  var megabytesPerSecond = 0.0

}

/// Resident memory from /proc/self/status (Linux).
enum ProcessMemory {
  static func residentBytes() -> Int { field("VmRSS:") }
  static func peakBytes() -> Int { field("VmHWM:") }

  private static func field(_ name: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix(name) {
      let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
      return digits * 1024
    }
    return 0
  }
}
