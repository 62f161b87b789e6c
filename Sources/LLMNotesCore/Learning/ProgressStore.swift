#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place that touches the learner's progress files, in a folder of their own (never
/// inside the notes):
/// - `reviews.jsonl`: the review log, the source of truth. One JSON line per answer, appended
///   and `fsync`ed before the next card is shown.
/// - `snapshot.jsonl`: every card's state and how much of the log it covers; written
///   atomically (temporary file, `fsync`, rename, `fsync` of the folder) at the end of a
///   session, rebuilt from the log when missing, behind it or unreadable.
/// - `lock`: an advisory `flock` held by the one session that writes.
public final class ProgressStore {
  public let folder: String
  public private(set) var progress: Progress
  public private(set) var warnings: [ProgressWarning] = []
  /// Open for appending while the store is writable.
  private var logDescriptor: Int32 = -1
  private var lockDescriptor: Int32 = -1
  private var logBytes = 0
  private var snapshotIsCurrent: Bool

  public static let logName = "reviews.jsonl"
  public static let snapshotName = "snapshot.jsonl"
  public static let lockName = "lock"

  public var logPath: String { folder + "/" + Self.logName }
  public var snapshotPath: String { folder + "/" + Self.snapshotName }
  public var isWritable: Bool { logDescriptor >= 0 }

  /// Opens the folder for a session: creates it, takes the lock (waiting up to `lockWait`
  /// seconds for another session), loads the progress and repairs what needs repairing.
  public static func open(folder: String, lockWait: Double, now: Double) throws(ProgressError)
    -> ProgressStore
  {
    try makeFolders(folder)
    let lock = try takeLock(folder + "/" + lockName, wait: lockWait)
    let store = ProgressStore(folder: folder)
    store.lockDescriptor = lock
    do throws(ProgressError) {
      try store.load(repairing: true, now: now)
      let path = store.logPath
      let descriptor = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else {
        throw ProgressError.cannotWrite(path: path, reason: lastError())
      }
      store.logDescriptor = descriptor
      _ = fsync(descriptor)
      try syncFolder(folder)
    } catch {
      store.close()
      throw error
    }
    return store
  }

  /// Reads the progress without the lock and without writing anything (for `stats` and
  /// `study`, which may run beside a session). A missing folder is no progress yet.
  public static func read(folder: String) throws(ProgressError) -> ProgressStore {
    let store = ProgressStore(folder: folder)
    try store.load(repairing: false, now: 0)
    return store
  }

  private init(folder: String) {
    self.folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    progress = Progress()
    snapshotIsCurrent = false
  }

  deinit { close() }

  /// Appends one record and `fsync`s it: when this returns, the answer survives a crash.
  public func append(_ record: ReviewRecord) throws(ProgressError) {
    guard logDescriptor >= 0 else {
      throw .cannotWrite(path: logPath, reason: "the progress is open read-only")
    }
    let bytes = Array((record.json.line + "\n").utf8)
    try Self.writeAll(bytes, to: logDescriptor, path: logPath)
    guard fsync(logDescriptor) == 0 else {
      throw .cannotWrite(path: logPath, reason: Self.lastError())
    }
    logBytes += bytes.count
    progress.apply(record)
    snapshotIsCurrent = false
  }

  /// The next record's sequence number.
  public var nextSequence: Int { progress.lastSequence + 1 }

  /// Writes the snapshot atomically if the log moved on since it was written.
  public func saveSnapshot() throws(ProgressError) {
    guard !snapshotIsCurrent else { return }
    let text = progress.snapshotLines(logBytes: logBytes).joined(separator: "\n") + "\n"
    try Self.writeAtomically(Array(text.utf8), to: snapshotPath, folder: folder)
    snapshotIsCurrent = true
  }

  /// Releases the lock and closes the log.
  public func close() {
    if logDescriptor >= 0 { _ = Glibc.close(logDescriptor) }
    logDescriptor = -1
    if lockDescriptor >= 0 {
      _ = flock(lockDescriptor, LOCK_UN)
      _ = Glibc.close(lockDescriptor)
    }
    lockDescriptor = -1
  }

  // MARK: Loading

  private func load(repairing: Bool, now: Double) throws(ProgressError) {
    let log = try Self.readFile(logPath) ?? []
    // The snapshot covers the log up to `logBytes` when the log still ends a line there.
    var start = 0
    var base = Progress()
    var snapshotReason: String?
    switch try Self.readFile(snapshotPath).map(Progress.parseSnapshot) {
    case nil:
      snapshotReason = log.isEmpty ? nil : "missing"
    case .newerVersion(let version)?:
      throw .newerVersion(path: snapshotPath, version: version)
    case .invalid?:
      if repairing {
        let aside = try Self.moveAside(snapshotPath, now: now)
        warnings.append(.movedAside(path: snapshotPath, to: aside, kept: 0))
      }
      snapshotReason = "unreadable"
    case .snapshot(let progress, let covered)?:
      if covered <= log.count, covered == 0 || log[covered - 1] == UInt8(ascii: "\n") {
        base = progress
        start = covered
      } else {
        snapshotReason = "behind the log"
      }
    }
    var progress = base
    var lineNumber = start == 0 ? 0 : -1  // unknown line numbers after a snapshot
    var position = start
    var bad: [Int] = []
    var end = start  // where the last complete, parsed line ends
    while position < log.count {
      let newline = log[position...].firstIndex(of: UInt8(ascii: "\n"))
      let lineEnd = newline ?? log.count
      if lineNumber >= 0 { lineNumber += 1 }
      let line = log[position..<lineEnd]
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
        // A blank line: nothing lost.
      } else {
        switch ReviewRecord.parse(line) {
        case .record(let record):
          progress.apply(record)
        case .newerVersion(let version):
          throw .newerVersion(path: logPath, version: version)
        case .invalid:
          if newline == nil {
            warnings.append(.tornLine(path: logPath, line: max(lineNumber, 1)))
          } else {
            bad.append(lineNumber)
          }
        }
      }
      if newline != nil { end = lineEnd + 1 }
      position = lineEnd + 1
    }
    if !bad.isEmpty, repairing {
      // A line in the middle cannot be read: keep the file as it is under another name and
      // write every record that can be read as the new log.
      let aside = try Self.moveAside(logPath, now: now)
      var recovered = Progress()
      var lines = ""
      for record in Self.parseAll(log) {
        recovered.apply(record)
        lines += record.json.line + "\n"
      }
      try Self.writeAtomically(Array(lines.utf8), to: logPath, folder: folder)
      warnings.append(.movedAside(path: logPath, to: aside, kept: recovered.reviewCount))
      logBytes = lines.utf8.count
      self.progress = recovered
      snapshotIsCurrent = false
      try saveSnapshot()
      warnings.append(.snapshotRebuilt(reason: "behind the repaired log"))
      return
    }
    if repairing, end < log.count {
      // Drop the torn tail so the next answer starts on a line of its own.
      guard truncate(logPath, off_t(end)) == 0 else {
        throw .cannotWrite(path: logPath, reason: Self.lastError())
      }
    }
    logBytes = end
    self.progress = progress
    snapshotIsCurrent = snapshotReason == nil && start == end
    if let snapshotReason {
      if repairing {
        try saveSnapshot()
        warnings.append(.snapshotRebuilt(reason: snapshotReason))
      }
    }
  }

  private static func parseAll(_ bytes: [UInt8]) -> [ReviewRecord] {
    bytes.split(separator: UInt8(ascii: "\n")).compactMap { line in
      if case .record(let record) = ReviewRecord.parse(line) { return record }
      return nil
    }
  }

  // MARK: Files

  /// The file's bytes, or nil when it does not exist.
  private static func readFile(_ path: String) throws(ProgressError) -> [UInt8]? {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw .cannotRead(path: path, reason: lastError())
    }
    defer { _ = Glibc.close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotRead(path: path, reason: lastError())
      }
      if count == 0 { break }
      bytes += chunk[0..<count]
    }
    return bytes
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String)
    throws(ProgressError)
  {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw .cannotWrite(path: path, reason: lastError())
      }
      offset += written
    }
  }

  /// Temporary file, `fsync`, rename over `path`, `fsync` of the folder.
  private static func writeAtomically(_ bytes: [UInt8], to path: String, folder: String)
    throws(ProgressError)
  {
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .cannotWrite(path: temporary, reason: lastError()) }
    do throws(ProgressError) {
      try writeAll(bytes, to: descriptor, path: temporary)
      guard fsync(descriptor) == 0 else { throw .cannotWrite(path: temporary, reason: lastError()) }
    } catch {
      _ = Glibc.close(descriptor)
      _ = unlink(temporary)
      throw error
    }
    _ = Glibc.close(descriptor)
    guard rename(temporary, path) == 0 else {
      let reason = lastError()
      _ = unlink(temporary)
      throw .cannotWrite(path: path, reason: reason)
    }
    try syncFolder(folder)
  }

  private static func syncFolder(_ folder: String) throws(ProgressError) {
    let descriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .cannotWrite(path: folder, reason: lastError()) }
    _ = fsync(descriptor)
    _ = Glibc.close(descriptor)
  }

  /// Renames `path` to `path.corrupt-<time>`; the new name.
  private static func moveAside(_ path: String, now: Double) throws(ProgressError) -> String {
    let stamp = Timestamp.format(now.rounded(.down)).filter { $0 != ":" && $0 != "-" }
    var target = path + ".corrupt-" + stamp
    var suffix = 1
    while access(target, F_OK) == 0 {
      suffix += 1
      target = path + ".corrupt-" + stamp + "-\(suffix)"
    }
    guard rename(path, target) == 0 else { throw .cannotWrite(path: path, reason: lastError()) }
    return target
  }

  /// `mkdir -p`.
  private static func makeFolders(_ folder: String) throws(ProgressError) {
    var path = folder.hasPrefix("/") ? "" : "."
    for part in folder.split(separator: "/") {
      path += "/" + part
      if mkdir(path, 0o755) != 0, errno != EEXIST {
        throw .cannotCreate(path: folder, reason: lastError())
      }
    }
    var info = stat()
    guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
      throw .cannotCreate(path: folder, reason: "not a folder")
    }
  }

  /// An exclusive `flock` on `path`, retried every 50 ms for up to `wait` seconds.
  private static func takeLock(_ path: String, wait: Double) throws(ProgressError) -> Int32 {
    let descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: lastError()) }
    var waited = 0.0
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, waited < wait else {
        _ = Glibc.close(descriptor)
        throw .locked(path: path, waited: (waited * 10).rounded() / 10)
      }
      usleep(50_000)
      waited += 0.05
    }
    return descriptor
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}
