#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The only type that touches the disk: walks a notes folder and reads its Markdown files.
/// Hidden entries and non-Markdown files are skipped; `README.md` files are documentation.
/// Symbolic links are followed once: a link back into a folder already being read is reported.
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
    guard let directory = opendir(folder) else {
      throw .unreadableFolder(path: folder, reason: String(cString: strerror(errno)))
    }
    closedir(directory)
    var listing = Listing()
    walk(root: folder, relative: "", ancestors: [DirectoryID(info)], &listing)
    listing.paths.sort()
    return listing
  }

  /// One note file, read into memory (at most one byte past the size limit), as a parse result:
  /// its topic, or the reason it could not be read.
  static func parseFile(_ path: String, in folder: String) -> NoteParser.Parsed {
    switch readFile(folder + "/" + path) {
    case .success(let bytes): return NoteParser.parse(NoteFile(path: path, bytes: bytes))
    case .failure(let reason):
      var parsed = NoteParser.Parsed()
      parsed.diagnostics = [
        Diagnostic(.unreadableFile, at: SourceLocation(path: path), "cannot read: \(reason)")
      ]
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

  private static func walk(
    root: String, relative: String, ancestors: Set<DirectoryID>, _ listing: inout Listing
  ) {
    let absolute = relative.isEmpty ? root : root + "/" + relative
    guard let directory = opendir(absolute) else {
      listing.diagnostics.append(
        Diagnostic(
          .unreadableFile, at: SourceLocation(path: relative.isEmpty ? "." : relative + "/"),
          "cannot read folder: \(String(cString: strerror(errno)))"))
      return
    }
    defer { closedir(directory) }
    var entries: [(name: String, type: UInt8)] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name.hasPrefix(".") { continue }
      entries.append((name, entry.pointee.d_type))
    }
    for (name, type) in entries.sorted(by: { $0.name < $1.name }) {
      let child = relative.isEmpty ? name : relative + "/" + name
      // The directory entry's type saves a stat call per note; links and file systems that
      // do not fill in the type are looked at with stat.
      if Int32(type) == Int32(DT_REG) {
        if isNote(name) { listing.paths.append(child) }
        continue
      }
      var info = stat()
      guard stat(root + "/" + child, &info) == 0 else {
        let failure = errno
        var linkInfo = stat()
        let isLink =
          lstat(root + "/" + child, &linkInfo) == 0 && linkInfo.st_mode & S_IFMT == S_IFLNK
        if name.hasSuffix(".md") || !isLink {
          listing.diagnostics.append(
            Diagnostic(
              isLink && failure == ELOOP ? .symlinkLoop : .unreadableFile,
              at: SourceLocation(path: child), "cannot read: \(String(cString: strerror(failure)))")
          )
        }
        continue
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        let id = DirectoryID(info)
        if ancestors.contains(id) {
          listing.diagnostics.append(
            Diagnostic(
              .symlinkLoop, at: SourceLocation(path: child + "/"),
              "this folder is a link back to a folder above it; not followed"))
          continue
        }
        walk(root: root, relative: child, ancestors: ancestors.union([id]), &listing)
      case S_IFREG:
        if isNote(name) { listing.paths.append(child) }
      default:
        continue
      }
    }
  }

  private static func isNote(_ name: String) -> Bool {
    name.hasSuffix(".md") && name != "README.md"
  }

  private static func readFile(_ path: String) -> Result<[UInt8], ReadFailure> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(ReadFailure(errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(errno)) }
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
        return .failure(ReadFailure(errno))
      }
      if count == 0 { break }
      filled += count
    }
    if filled < capacity { bytes.removeLast(capacity - filled) }
    return .success(bytes)
  }

  private struct ReadFailure: Error, CustomStringConvertible {
    let code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { String(cString: strerror(code)) }
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
