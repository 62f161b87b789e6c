import Foundation
import LLMNotesCore

/// The search index of one loaded folder: how long it takes to build, how big it is, and how
/// long queries take once it is built.
struct SearchMeasurement: Codable {
  var buildSeconds = 0.0
  var indexBytes = 0
  var terms = 0
  var postings = 0
  /// Mean over every query and repeat, and the slowest query's mean.
  var queryMilliseconds = 0.0
  var slowestQueryMilliseconds = 0.0
  var slowestQuery = ""

  /// Chinese, English, mixed, one character, a phrase, and a word no note has.
  static let queries = [
    "注意力", "attention", "模型 量化", "encoder 编码器", "专", "the model is pre-trained",
    "量化降低显存占用", "nothing-like-this",
  ]

  static func measure(_ graph: TopicGraph) -> SearchMeasurement {
    var result = SearchMeasurement()
    let start = DispatchTime.now()
    let index = SearchIndex(graph)
    result.buildSeconds = FolderMeasurement.seconds(since: start)
    result.indexBytes = index.byteSize
    result.terms = index.termCount
    result.postings = index.postingCount
    var total = 0.0
    let repeats = 10
    for query in queries {
      var sink = 0
      _ = index.search(query)  // the first call pays for nothing the others skip; run it once
      let began = DispatchTime.now()
      for _ in 0..<repeats { sink &+= index.search(query).hits.count }
      let milliseconds = FolderMeasurement.seconds(since: began) * 1000 / Double(repeats)
      if sink == Int.min { print(sink) }
      total += milliseconds
      if milliseconds > result.slowestQueryMilliseconds {
        result.slowestQueryMilliseconds = milliseconds
        result.slowestQuery = query
      }
    }
    result.queryMilliseconds = total / Double(queries.count)
    return result
  }
}

/// The release binary on a folder, end to end, against grep: `llmnotes search <word> --notes
/// folder` and `grep -rF <word> folder`, and the whole graph exported as JSON, output to
/// /dev/null, median of a few runs.
struct EndToEndMeasurement: Codable {
  var word = "注意力"
  var searchMilliseconds = 0.0
  var grepMilliseconds = 0.0
  var graphExportMilliseconds = 0.0
  var graphExportPeakBytes = 0

  static func measure(folder: String, binary: String, runs: Int) -> EndToEndMeasurement {
    var result = EndToEndMeasurement()
    var search: [Double] = []
    var grep: [Double] = []
    var export: [Double] = []
    for _ in 0..<runs {
      search.append(Spawn.time(binary, ["search", result.word, "--notes", folder]))
      grep.append(Spawn.time("/usr/bin/grep", ["-rF", result.word, folder]))
      let exported = Spawn.run(binary, ["graph", "--format", "json", "--notes", folder])
      export.append(exported.milliseconds)
      result.graphExportPeakBytes = max(result.graphExportPeakBytes, exported.peakBytes)
    }
    result.searchMilliseconds = Spawn.median(search)
    result.grepMilliseconds = Spawn.median(grep)
    result.graphExportMilliseconds = Spawn.median(export)
    return result
  }
}
