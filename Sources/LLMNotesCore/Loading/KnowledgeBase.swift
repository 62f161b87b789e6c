/// A loaded notes folder: the graph of every valid note, and every problem found on the way.
public struct KnowledgeBase: Sendable {
  public let graph: TopicGraph
  /// Sorted by file, line and column.
  public let diagnostics: [Diagnostic]
  /// How many note files were read, loaded or not.
  public let fileCount: Int

  /// Parses and links notes given in memory. Files are parsed on all cores; the result does not
  /// depend on the order the files come in.
  public init(files: [NoteFile]) {
    let sorted = files.sorted { $0.path < $1.path }
    self.init(parsed: concurrentMap(count: sorted.count) { NoteParser.parse(sorted[$0]) })

  }

  /// Reads and loads a notes folder on disk; each worker reads the files it parses.
  public init(folder: String) throws(NotesError) {
    let listing = try NotesDirectoryReader.list(folder: folder)
    let paths = listing.paths
    let parsed = concurrentMap(count: paths.count) {
      NotesDirectoryReader.parseFile(paths[$0], in: folder)
    }
    self.init(parsed: parsed, diagnostics: listing.diagnostics)
  }

  private init(parsed: [NoteParser.Parsed], diagnostics extra: [Diagnostic] = []) {
    fileCount = parsed.count
    var diagnostics = extra
    for entry in parsed { diagnostics += entry.diagnostics }
    graph = TopicGraph(parsed: parsed, diagnostics: &diagnostics)
    self.diagnostics = diagnostics.sorted()
  }

  /// The answer to `check`.
  public var report: CheckReport { CheckReport(diagnostics: diagnostics, filesChecked: fileCount) }

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Files with at least one error.
  public var filesWithErrors: Set<String> { Set(errors.map(\.location.path)) }
}
