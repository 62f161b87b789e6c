#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The cache of a notes folder's load: the snapshot of the loader's result, with the stamp of
/// every folder and note file it was made from. It is used only while every stamp still
/// matches (same files, same folders, each with the same device, inode, size, modification
/// and change times to the nanosecond); otherwise the folder is loaded again and the cache
/// rewritten.
///
/// - A stamp taken in the clock tick the load started in (or later) could hide an edit made in
///   the same tick, so such a load is not cached: the next run, a tick later, caches it.
/// - Written to a temporary file, then renamed: readers see the old file or the new one, and
///   two writers leave one of their two whole files.
/// - Anything wrong with a cache file (truncated, corrupt, another version, hostile, not a
///   regular file) means "load the folder"; a cache folder that cannot be written is skipped.
///
/// File layout: magic, version, fingerprint length and checksum (`SnapshotFormat` values),
/// the fingerprint (the folder's real path, then each folder's and file's path and stamp),
/// then the snapshot, which checks itself.
enum FolderCache {
  static let magic: [UInt8] = Array("llmnotes folder cache\n".utf8)
  static let version = 1
  /// Cache files larger than this are not read.
  static let maximumBytes = 1 << 34

  /// The cache file for the folder at real path `realPath`: named by its hash, and holding the
  /// path itself, which is compared.
  static func file(for realPath: String, in cacheFolder: String) -> String {
    let hash = SnapshotFormat.hash(realPath.utf8)
    let hex = String(hash, radix: 16)
    return cacheFolder + "/" + String(repeating: "0", count: 16 - hex.count) + hex + ".cache"
  }

  /// The canonical path of a folder (links resolved), or nil when it has none.
  static func realPath(_ folder: String) -> String? {
    guard let resolved = realpath(folder, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The knowledge base cached for `realPath`, when the cache file is whole and every stamp in
  /// it still matches the disk.
  static func read(_ file: String, realPath: String) -> KnowledgeBase? {
    guard let storage = readWhole(file) else { return nil }
    let bytes = storage.buffer
    let header =
      magic.count + SnapshotFormat.versionWidth + SnapshotFormat.offsetWidth
      + SnapshotFormat.checksumWidth
    guard bytes.count >= header, bytes.prefix(magic.count).elementsEqual(magic) else {
      return nil
    }
    var cursor = SnapshotCursor(bytes, at: magic.count)
    guard let version = try? cursor.fixed(width: SnapshotFormat.versionWidth),
      version == UInt64(Self.version),
      let length = try? cursor.fixed(width: SnapshotFormat.offsetWidth),
      length <= UInt64(bytes.count - header),
      let checksum = try? cursor.fixed(width: SnapshotFormat.checksumWidth)
    else { return nil }
    let fingerprint = UnsafeRawBufferPointer(rebasing: bytes[header..<(header + Int(length))])
    guard SnapshotFormat.checksum(fingerprint) == checksum,
      let stamps = try? Fingerprint(decoding: fingerprint), stamps.realPath == realPath,
      stamps.matchesDisk()
    else { return nil }
    return try? KnowledgeBase(
      snapshot: SnapshotBytes(sharing: storage, from: header + Int(length)))
  }

  /// Writes the cache for a fresh load, unless a stamp is too recent to be trusted; failures
  /// are silent (a cache is an optimization).
  static func store(
    _ base: KnowledgeBase, fingerprint: Fingerprint, startedAt start: Int64, to file: String,
    in cacheFolder: String
  ) {
    guard !fingerprint.isRacy(since: start) else { return }
    var encoded = SnapshotEncoder()
    fingerprint.encode(into: &encoded)
    var out = SnapshotEncoder()
    out.bytes = magic
    out.fixed(UInt64(version), width: SnapshotFormat.versionWidth)
    out.fixed(UInt64(encoded.count), width: SnapshotFormat.offsetWidth)
    out.fixed(
      encoded.bytes.withUnsafeBytes { SnapshotFormat.checksum($0) },
      width: SnapshotFormat.checksumWidth)
    out.bytes += encoded.bytes
    out.bytes += base.snapshot()
    makeFolders(cacheFolder)
    var suffix = SplitBits(FileStamp.now() ^ Int64(getpid()) &* 0x9E37_79B9)
    let temporary = file + ".tmp-\(getpid())-\(suffix.next())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { return }
    let written = out.bytes.withUnsafeBytes { writeAll(descriptor, $0) }
    if close(descriptor) != 0 || !written || rename(temporary, file) != 0 {
      unlink(temporary)
    }
  }

  /// `mkdir -p`, private to the user; errors are left for the write to meet.
  private static func makeFolders(_ path: String) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      mkdir(prefix, 0o700)
      prefix += "/"
    }
  }

  private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var done = 0
    while done < bytes.count {
      guard let base = bytes.baseAddress else { return true }
      let count = write(descriptor, base + done, bytes.count - done)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      done += count
    }
    return true
  }

  /// A regular file's bytes, mapped read-only (no copy, no fresh pages: the page cache's own),
  /// or nil. Cache files are only ever replaced by rename, never rewritten in place, so the
  /// mapped file does not change under the reader.
  private static func readWhole(_ path: String) -> SnapshotBytes? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
      info.st_size > 0, Int(info.st_size) <= maximumBytes
    else { return nil }
    let size = Int(info.st_size)
    #if os(Linux)
      let flags = MAP_PRIVATE | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE
    #endif
    guard let base = mmap(nil, size, PROT_READ, flags, descriptor, 0), base != MAP_FAILED else {
      return nil
    }
    return SnapshotBytes(mapped: UnsafeMutableRawBufferPointer(start: base, count: size))
  }

  /// A few pseudo-random bits for temporary names (SplitMix64).
  private struct SplitBits {
    var state: UInt64
    init(_ seed: Int64) { state = UInt64(bitPattern: seed) }
    mutating func next() -> String {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return String(z ^ (z >> 31), radix: 36)
    }
  }
}

extension FolderCache {
  /// The stamps a cache is valid for.
  struct Fingerprint {
    var realPath: String
    var folders: [(path: String, stamp: FileStamp)]
    var files: [(path: String, stamp: FileStamp)]

    /// Whether any stamp was taken in the tick the load started in, or after.
    func isRacy(since start: Int64) -> Bool {
      (folders + files).contains { $0.stamp.modified >= start || $0.stamp.changed >= start }
    }

    /// Every folder and file as it is on disk now, checked on all cores. Each folder is opened
    /// once and its files are looked up in it by name, so a check costs one short lookup per
    /// file, not a walk of the whole path.
    func matchesDisk() -> Bool {
      var descriptors: [String: Int32] = [:]
      defer { for descriptor in descriptors.values { close(descriptor) } }
      for (path, stamp) in folders {
        let full = path.isEmpty ? realPath : realPath + "/" + path
        let descriptor = open(full, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        descriptors[path] = descriptor
        var info = stat()
        guard fstat(descriptor, &info) == 0, FileStamp(info) == stamp else { return false }
      }
      let folderOf = descriptors
      let files = self.files
      let root = realPath
      let chunk = 512
      let matches = concurrentMap(count: (files.count + chunk - 1) / chunk) { part in
        files[(part * chunk)..<min(files.count, (part + 1) * chunk)].allSatisfy { entry in
          let slash = entry.path.utf8.lastIndex(of: UInt8(ascii: "/"))
          let folder = slash.map { String(entry.path[..<$0]) } ?? ""
          let name = slash.map { String(entry.path[entry.path.index(after: $0)...]) } ?? entry.path
          var info = stat()
          let found =
            if let descriptor = folderOf[folder] {
              fstatat(descriptor, name, &info, 0) == 0
            } else {
              stat(root + "/" + entry.path, &info) == 0
            }
          return found && FileStamp(info) == entry.stamp
        }
      }
      return !matches.contains(false)
    }

    func encode(into encoder: inout SnapshotEncoder) {
      encoder.string(realPath)
      for list in [folders, files] {
        encoder.integer(list.count)
        for (path, stamp) in list {
          encoder.string(path)
          encoder.integer(Int(truncatingIfNeeded: stamp.device))
          encoder.integer(Int(truncatingIfNeeded: stamp.inode))
          encoder.signed(Int(stamp.size))
          encoder.signed(Int(stamp.modified))
          encoder.signed(Int(stamp.changed))
        }
      }
    }

    init(
      realPath: String, folders: [(path: String, stamp: FileStamp)],
      files: [(path: String, stamp: FileStamp)]
    ) {
      self.realPath = realPath
      self.folders = folders
      self.files = files
    }

    init(decoding bytes: UnsafeRawBufferPointer) throws(SnapshotError) {
      var cursor = SnapshotCursor(bytes)
      realPath = try cursor.string()
      var lists: [[(path: String, stamp: FileStamp)]] = []
      for _ in 0..<2 {
        let count = try cursor.count()
        var list: [(path: String, stamp: FileStamp)] = []
        list.reserveCapacity(count)
        for _ in 0..<count {
          let path = try cursor.string()
          let stamp = FileStamp(
            device: UInt64(truncatingIfNeeded: try cursor.integer()),
            inode: UInt64(truncatingIfNeeded: try cursor.integer()),
            size: Int64(try cursor.signed()), modified: Int64(try cursor.signed()),
            changed: Int64(try cursor.signed()))
          list.append((path, stamp))
        }
        lists.append(list)
      }
      folders = lists[0]
      files = lists[1]
    }
  }
}
