#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The only type that touches the disk: walks a notes folder and reads its Markdown files.
/// Hidden entries and non-Markdown files are skipped; `README.md` files are documentation.
///
/// The walk is bounded whatever the folder holds (`/`, `/proc`, a fan-out of links):
/// - every folder is read once, known by (device, inode) from its open descriptor, however many
///   links lead to it; a second way in is reported as `symlink-loop`;
/// - symbolic links are followed wherever they lead, inside the notes folder or outside it (a
///   notes folder may gather folders kept elsewhere), within the same limits;
/// - depth, folder count and entry count are capped (`WalkLimits`), and a limit hit is
///   reported as `walk-limit`;
/// - only regular files are read: a FIFO, socket or device named `*.md` is reported as
///   `not-a-regular-file`, and files are opened non-blocking with their type checked on the
///   open descriptor, so a file swapped for a FIFO after the listing cannot hang the tool;
/// - a name that is not valid UTF-8 is reported as `invalid-file-name`, with the bad bytes
///   shown as `\xFF`.
package enum NotesDirectoryReader {
  /// The Markdown files below a folder (relative paths, sorted), and what could not be walked.
  package struct Listing {
    package var paths: [String] = []
    package var diagnostics: [Diagnostic] = []
  }

  package static func list(folder: String) throws(NotesError) -> Listing {
    var info = stat()
    guard stat(folder, &info) == 0 else {
      if errno == ENOENT { throw .folderNotFound(path: folder) }
      throw .unreadableFolder(path: folder, reason: String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(path: folder) }
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0, fstat(descriptor, &info) == 0, let directory = fdopendir(descriptor)
    else {
      let reason = String(cString: strerror(errno))
      throw .unreadableFolder(path: folder, reason: reason)
    }
    var walk = Walk()
    walk.visited[DirectoryID(info)] = "."
    walk.read(directory, relative: "", depth: 0)
    closedir(directory)
    walk.listing.paths.sort()
    return walk.listing
  }

  /// One note file, read into memory (at most one byte past the size limit), as a parse result:
  /// its topic, or the reason it could not be read.
  static func parseFile(_ path: String, in folder: String) -> NoteParser.Parsed {
    switch readFile(folder + "/" + path) {
    case .success(let bytes): return NoteParser.parse(NoteFile(path: path, bytes: bytes))
    case .failure(let failure):
      var parsed = NoteParser.Parsed()
      let location = SourceLocation(path: path)
      switch failure {
      case .system(let code):
        parsed.diagnostics = [
          Diagnostic(.unreadableFile, at: location, "cannot read: \(describe(code))")
        ]
      case .notRegular(let type):
        parsed.diagnostics = [Diagnostic(.notARegularFile, at: location, notRegularMessage(type))]
      }
      return parsed
    }
  }

  private struct DirectoryID: Hashable {
    let device: UInt64
    let inode: UInt64
    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  /// The state of one walk: folders seen, what is counted against the limits, what was found.
  private struct Walk {
    /// Every folder read, with the path it was first read under.
    var visited: [DirectoryID: String] = [:]
    var folderCount = 1
    var entryCount = 0
    /// Set when the folder or entry limit is hit: nothing more is read.
    var stopped = false
    var listing = Listing()

    /// Reads the open folder `directory` (at `relative`, `depth` levels below the root).
    mutating func read(_ directory: OpaquePointer, relative: String, depth: Int) {
      let parent = dirfd(directory)
      for entry in entries(of: directory, relative: relative) {
        if stopped { return }
        let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
        let isNoteName = NotesDirectoryReader.isNote(entry.bytes)
        if !entry.isValidUTF8 {
          // Such a name cannot be shown or opened by path faithfully; report it if it is a
          // note or a folder, the things the walk would have read.
          if isNoteName || fileType(of: entry, in: parent) == S_IFDIR {
            report(
              .invalidFileName, at: child,
              "the name is not valid UTF-8 (invalid bytes shown as \\xFF); rename it")
          }
          continue
        }
        // The directory entry's type saves a stat call per note; links and file systems that
        // do not fill in the type are looked at with stat.
        switch Int32(entry.type) {
        case Int32(DT_REG):
          if isNoteName { listing.paths.append(child) }
        case Int32(DT_DIR):
          enter(entry, at: child, in: parent, depth: depth + 1)
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
          var info = stat()
          guard fstatat(parent, entry.cName, &info, 0) == 0 else {
            let failure = errno
            var linkInfo = stat()
            let isLink =
              fstatat(parent, entry.cName, &linkInfo, AT_SYMLINK_NOFOLLOW) == 0
              && linkInfo.st_mode & S_IFMT == S_IFLNK
            if isNoteName || !isLink {
              report(
                isLink && failure == ELOOP ? .symlinkLoop : .unreadableFile, at: child,
                "cannot read: \(describe(failure))")
            }
            continue
          }
          switch info.st_mode & S_IFMT {
          case S_IFDIR: enter(entry, at: child, in: parent, depth: depth + 1)
          case S_IFREG: if isNoteName { listing.paths.append(child) }
          case let type:
            if isNoteName { report(.notARegularFile, at: child, notRegularMessage(type)) }
          }
        default:
          if isNoteName {
            report(.notARegularFile, at: child, notRegularMessage(modeForEntryType(entry.type)))
          }
        }
      }
    }

    /// Opens and reads a child folder once, unless a limit forbids it.
    private mutating func enter(_ entry: Entry, at child: String, in parent: Int32, depth: Int) {
      guard depth <= WalkLimits.depth else {
        report(
          .walkLimit, at: child + "/",
          "folders nested more than \(WalkLimits.depth) levels deep are not read")
        return
      }
      let descriptor = openat(parent, entry.cName, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC)
      var info = stat()
      guard descriptor >= 0, fstat(descriptor, &info) == 0 else {
        let failure = errno
        if descriptor >= 0 { close(descriptor) }
        report(
          failure == ELOOP ? .symlinkLoop : .unreadableFile, at: child + "/",
          "cannot read folder: \(describe(failure))")
        return
      }
      let id = DirectoryID(info)
      if let first = visited[id] {
        close(descriptor)
        let firstPath = first == "." ? "the notes folder itself" : "'\(first)/'"
        report(
          .symlinkLoop, at: child + "/",
          "this folder is \(firstPath), already read by another way; not read again")
        return
      }
      guard folderCount < WalkLimits.folders else {
        close(descriptor)
        report(
          .walkLimit, at: child + "/",
          "the walk stopped after reading \(WalkLimits.folders) folders; the rest is not read")
        stopped = true
        return
      }
      visited[id] = child
      folderCount += 1
      guard let directory = fdopendir(descriptor) else {
        let failure = errno
        close(descriptor)
        report(.unreadableFile, at: child + "/", "cannot read folder: \(describe(failure))")
        return
      }
      defer { closedir(directory) }
      read(directory, relative: child, depth: depth)
    }

    /// The visible entries of a folder, sorted by name, counted against the entry limit.
    private mutating func entries(of directory: OpaquePointer, relative: String) -> [Entry] {
      var result: [Entry] = []
      while let pointer = readdir(directory) {
        let bytes = withUnsafeBytes(of: &pointer.pointee.d_name) { raw in
          Array(raw.prefix { $0 != 0 })
        }
        // Hidden entries, `.` and `..` included.
        if bytes.first == UInt8(ascii: ".") { continue }
        guard entryCount < WalkLimits.entries else {
          report(
            .walkLimit, at: relative.isEmpty ? "." : relative + "/",
            "the walk stopped after looking at \(WalkLimits.entries) entries; the rest is not read"
          )
          stopped = true
          break
        }
        entryCount += 1
        result.append(Entry(bytes: bytes, type: pointer.pointee.d_type))
      }
      return result.sorted { $0.name < $1.name }
    }

    /// The file type of an entry, from stat (following links); 0 when it cannot be known.
    private func fileType(of entry: Entry, in parent: Int32) -> mode_t {
      if Int32(entry.type) == Int32(DT_DIR) { return S_IFDIR }
      var info = stat()
      return fstatat(parent, entry.cName, &info, 0) == 0 ? info.st_mode & S_IFMT : 0
    }

    private mutating func report(_ rule: Rule, at path: String, _ message: String) {
      listing.diagnostics.append(Diagnostic(rule, at: SourceLocation(path: path), message))
    }
  }

  /// One directory entry: its name as bytes (for the system) and as text (for paths and
  /// messages; invalid UTF-8 shown as `\xFF`).
  private struct Entry {
    let bytes: [UInt8]
    let type: UInt8
    let name: String
    let isValidUTF8: Bool
    /// The name with a terminating zero, for `openat` and `fstatat`.
    let cName: [CChar]

    init(bytes: [UInt8], type: UInt8) {
      self.bytes = bytes
      self.type = type
      if let valid = String(validating: bytes, as: UTF8.self) {
        name = valid
        isValidUTF8 = true
      } else {
        name = escapedName(bytes)
        isValidUTF8 = false
      }
      cName = bytes.map { CChar(bitPattern: $0) } + [0]
    }
  }

  /// Whether a file name (as bytes) is a note's: `*.md`, but not `README.md`.
  private static func isNote(_ name: [UInt8]) -> Bool {
    name.count > 3 && name.suffix(3).elementsEqual(".md".utf8)
      && !name.elementsEqual("README.md".utf8)
  }

  private static func readFile(_ path: String) -> Result<[UInt8], ReadFailure> {
    // Non-blocking, so that opening a FIFO or a device cannot wait for a writer; the type is
    // then checked on the descriptor itself, not on a path that may have been swapped.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(.system(errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(.system(errno)) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return .failure(.notRegular(info.st_mode & S_IFMT))
    }
    // Read at most one byte past the limit: enough to know the note is too large.
    let capacity = min(Int(info.st_size), NoteLimits.maximumBytes + 1)
    var bytes = [UInt8](repeating: 0, count: capacity)
    var filled = 0
    while filled < capacity {
      let count = bytes.withUnsafeMutableBytes { buffer in
        systemRead(descriptor, buffer.baseAddress.map { $0 + filled }, capacity - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(.system(errno))
      }
      if count == 0 { break }
      filled += count
    }
    if filled < capacity { bytes.removeLast(capacity - filled) }
    return .success(bytes)
  }

  private enum ReadFailure: Error {
    case system(Int32)
    case notRegular(mode_t)
  }

  private static func systemRead(
    _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int
  ) -> Int {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
      Musl.read(descriptor, buffer, count)
    #else
      Darwin.read(descriptor, buffer, count)
    #endif
  }
}

private func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

private func notRegularMessage(_ type: mode_t) -> String {
  let name: String
  switch type {
  case S_IFIFO: name = "a FIFO"
  case S_IFSOCK: name = "a socket"
  case S_IFCHR: name = "a character device"
  case S_IFBLK: name = "a block device"
  case S_IFDIR: name = "a folder"
  default: name = "not a regular file"
  }
  return "this is \(name), not a note file; only regular files are read"
}

/// The `stat` file type for a directory entry type.
private func modeForEntryType(_ type: UInt8) -> mode_t {
  switch Int32(type) {
  case Int32(DT_FIFO): S_IFIFO
  case Int32(DT_SOCK): S_IFSOCK
  case Int32(DT_CHR): S_IFCHR
  case Int32(DT_BLK): S_IFBLK
  default: 0
  }
}

/// A name for messages: valid UTF-8 as it is, each invalid byte as `\xFF`.
private func escapedName(_ bytes: [UInt8]) -> String {
  var result = ""
  var index = 0
  while index < bytes.count {
    // The longest valid UTF-8 sequence starting here is 1 to 4 bytes.
    var length = 0
    for candidate in 1...4 where index + candidate <= bytes.count {
      if let text = String(validating: bytes[index..<(index + candidate)], as: UTF8.self) {
        result += text
        length = candidate
        break
      }
    }
    if length == 0 {
      let hex = String(bytes[index], radix: 16, uppercase: true)
      result += "\\x" + (hex.count == 1 ? "0" : "") + hex
      length = 1
    }
    index += length
  }
  return result
}
