import Dispatch

/// A loaded notes folder: the graph of every valid note, and every problem found on the way.
public struct KnowledgeBase: Sendable {
  public let graph: TopicGraph
  /// Sorted by file, line and column.
  public let diagnostics: [Diagnostic]

  /// Parses and links notes given in memory. Files are parsed on all cores; the result does not
  /// depend on the order the files come in.
  public init(files: [NoteFile], diagnostics extra: [Diagnostic] = []) {
    let sorted = files.sorted { $0.path < $1.path }
    let parsed = Self.parseConcurrently(sorted)
    var diagnostics = extra
    for entry in parsed { diagnostics += entry.diagnostics }
    graph = TopicGraph(parsed: parsed, diagnostics: &diagnostics)
    self.diagnostics = diagnostics.sorted()
  }

  /// Reads and loads a notes folder on disk.
  public init(folder: String) throws(NotesError) {
    let listing = try NotesDirectoryReader.read(folder: folder)
    self.init(files: listing.files, diagnostics: listing.diagnostics)
  }

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Files with at least one error.
  public var filesWithErrors: Set<String> { Set(errors.map(\.location.path)) }

  private static func parseConcurrently(_ files: [NoteFile]) -> [NoteParser.Parsed] {
    let results = ResultSlots(count: files.count)
    let chunk = 64
    let chunks = (files.count + chunk - 1) / chunk
    DispatchQueue.concurrentPerform(iterations: chunks) { part in
      let range = (part * chunk)..<min(files.count, (part + 1) * chunk)
      for index in range { results.store(NoteParser.parse(files[index]), at: index) }
    }
    return results.values
  }
}

/// Slots written once each from concurrent workers, each worker writing its own indices. The
/// buffer is allocated once so no worker ever touches the array's storage header.
private final class ResultSlots: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<NoteParser.Parsed>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: NoteParser.Parsed())
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ value: NoteParser.Parsed, at index: Int) { slots[index] = value }

  var values: [NoteParser.Parsed] { Array(slots) }
}
