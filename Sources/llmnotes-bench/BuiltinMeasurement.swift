import Foundation
import LLMNotesBuiltin
import LLMNotesCore

/// What `llmnotes show bert` spends on the notes themselves, in a fresh process: opening the
/// built-in snapshot (header and checksum), and answering `show bert` from it (name lookup,
/// one record, its body, its neighbours' fields).
struct BuiltinMeasurement: Codable {
  var notes = 0
  var bytes = 0
  var openMilliseconds = 0.0
  var showMilliseconds = 0.0

  static func measure() -> BuiltinMeasurement {
    var result = BuiltinMeasurement()
    let start = DispatchTime.now()
    guard
      let base = try? KnowledgeBase(
        snapshot: SnapshotBytes(BuiltinNotes.snapshot), isBuiltIn: true)
    else {
      return result
    }
    result.openMilliseconds = FolderMeasurement.seconds(since: start) * 1000
    let show = DispatchTime.now()
    if let bert = try? base.graph.topic(named: "bert") {
      let page = base.graph.page(of: bert)
      result.bytes = page.topic.document.source.count
    }
    result.showMilliseconds = FolderMeasurement.seconds(since: show) * 1000
    result.notes = base.fileCount
    result.bytes = BuiltinNotes.snapshot.utf8CodeUnitCount
    return result
  }
}
