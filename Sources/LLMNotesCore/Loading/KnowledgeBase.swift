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

  /// A knowledge base read back from a snapshot (the built-in notes, a folder's cache):
  /// decoded as it is used, after the header, version, length and checksum are checked.
  /// `isBuiltIn`: the bytes are compiled into this binary and were read back by the embedder
  /// at build time, so their checksum (a pass over every byte) is not computed again.
  package init(snapshot: SnapshotBytes, isBuiltIn: Bool = false) throws(SnapshotError) {
    let graph = try SnapshotGraph(snapshot, verifyingChecksum: !isBuiltIn)
    self.graph = TopicGraph(snapshot: graph)
    diagnostics = try graph.diagnostics()
    fileCount = graph.fileCount
  }

  /// The snapshot of this knowledge base: every topic, edge, name and diagnostic.
  package func snapshot() -> [UInt8] { SnapshotWriter.encode(self) }

  /// `init(folder:)` through the cache kept in `cacheFolder` (see `FolderCache`): the cached
  /// snapshot when every file and folder is as it was, else a fresh load, then cached. Nil
  /// `cacheFolder` loads without a cache.
  public init(folder: String, cacheFolder: String?) throws(NotesError) {
    guard let cacheFolder, !cacheFolder.isEmpty, let realPath = FolderCache.realPath(folder)
    else {
      try self.init(folder: folder)
      return
    }
    let file = FolderCache.file(for: realPath, in: cacheFolder)
    if let cached = FolderCache.read(file, realPath: realPath) {
      self = cached
      return
    }
    let start = FileStamp.now()
    let listing = try NotesDirectoryReader.list(folder: folder)
    let paths = listing.paths
    let read = concurrentMap(count: paths.count) {
      NotesDirectoryReader.readAndParse(paths[$0], in: folder)
    }
    self.init(parsed: read.map(\.parsed), diagnostics: listing.diagnostics)
    var files: [(path: String, stamp: FileStamp)] = []
    files.reserveCapacity(paths.count)
    for (path, entry) in zip(paths, read) {
      // A file that could not be read has no stamp to check: such a load is not cached.
      guard let stamp = entry.stamp else { return }
      files.append((path, stamp))
    }
    FolderCache.store(
      self,
      fingerprint: FolderCache.Fingerprint(
        realPath: realPath, folders: listing.folders, files: files),
      startedAt: start, to: file, in: cacheFolder)
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
