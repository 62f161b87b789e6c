import Foundation
import LLMNotesBuiltin
import LLMNotesCore

/// What `llmnotes show bert` spends on the notes themselves: building the graph from the
/// built-in notes in a fresh process (cold), and again in the same process (warm).
struct BuiltinMeasurement: Codable {
  var notes = 0
  var bytes = 0
  var coldMilliseconds = 0.0
  var warmMilliseconds = 0.0

  static func measure() -> BuiltinMeasurement {
    var result = BuiltinMeasurement()
    result.notes = BuiltinNotes.files.count
    result.bytes = BuiltinNotes.files.reduce(0) { $0 + $1.text.utf8.count }
    var start = DispatchTime.now()
    _ = KnowledgeBase(files: BuiltinNotes.files.map { NoteFile(path: $0.path, text: $0.text) })
    result.coldMilliseconds = FolderMeasurement.seconds(since: start) * 1000
    var warm: [Double] = []
    for _ in 0..<5 {
      start = DispatchTime.now()
      _ = KnowledgeBase(files: BuiltinNotes.files.map { NoteFile(path: $0.path, text: $0.text) })
      warm.append(FolderMeasurement.seconds(since: start) * 1000)
    }
    result.warmMilliseconds = warm.min() ?? 0
    return result
  }
}
