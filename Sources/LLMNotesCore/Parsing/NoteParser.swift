/// One file in, one topic (or nothing) and its diagnostics out. Pure: no disk, no shared state,
/// so files are parsed in parallel.
enum NoteParser {
  struct Parsed: Sendable {
    var topic: Topic?
    /// Lines of the title and each alias, for duplicate-alias diagnostics.
    var nameLines: [Int] = []
    /// The normalized id, title and aliases, computed here because parsing runs on all cores
    /// and building the name index does not.
    var nameKeys: [String] = []
    var diagnostics: [Diagnostic] = []
  }

  static func parse(_ file: NoteFile) -> Parsed {
    var parsed = Parsed()
    let path = file.path
    // Split by bytes: a name starting with a combining mark would otherwise join the `/`
    // before it into one character, and the note would lose its folder.
    let components = path.utf8.split(separator: UInt8(ascii: "/")).map(Substring.init)
    guard let fileName = components.last else { return parsed }
    let id = String(decoding: fileName.utf8.dropLast(3), as: UTF8.self)

    if file.bytes.count > NoteLimits.maximumBytes {
      parsed.diagnostics.append(
        Diagnostic(
          .noteTooLarge, at: SourceLocation(path: path),
          "the note is larger than the limit of \(NoteLimits.maximumBytes) bytes; split it"))
      return parsed
    }
    guard components.count > 1 else {
      parsed.diagnostics.append(
        Diagnostic(
          .outsideLayout, at: SourceLocation(path: path),
          "notes belong in a kind folder (e.g. models/\(fileName)); this file is skipped"))
      return parsed
    }
    guard let kind = Kind(folder: String(components[0])) else {
      let folders = Kind.allCases.map(\.folder)
      let hint = didYouMean(folders.nearest(to: String(components[0])), suffix: "/")
      parsed.diagnostics.append(
        Diagnostic(
          .unknownKind, at: SourceLocation(path: path),
          "'\(components[0])/' is not a kind folder\(hint) (kind folders: \(folders.joined(separator: ", ")))"
        ))
      return parsed
    }
    guard isValidID(id) else {
      parsed.diagnostics.append(
        Diagnostic(
          .invalidID, at: SourceLocation(path: path),
          "'\(id)' is not a valid id; use lower-case letters, digits, '.' and '-' (e.g. '\(suggestedID(id))')"
        ))
      return parsed
    }
    let bytes: [UInt8]
    switch NoteText.validated(file.bytes, known: file.isValidUTF8) {
    case .success(let valid): bytes = valid
    case .failure(let invalid):
      let line = file.bytes[..<invalid.offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      parsed.diagnostics.append(
        Diagnostic(
          .invalidUTF8, at: SourceLocation(path: path, line: line, column: 1),
          "invalid UTF-8 byte 0x\(String(invalid.value, radix: 16, uppercase: true)) at byte offset \(invalid.offset)"
        ))
      return parsed
    }
    var parser = FrontmatterParser(path: path, bytes: bytes)
    let raw = parser.parse()
    parsed.diagnostics = parser.diagnostics
    guard let raw, !parser.diagnostics.contains(where: { $0.rule.dropsNote }) else { return parsed }
    var interpreter = TopicInterpreter(id: id, kind: kind, path: path)
    let (topic, nameLines) = interpreter.interpret(raw)
    parsed.diagnostics += interpreter.diagnostics
    parsed.topic = topic
    parsed.nameLines = nameLines
    parsed.nameKeys = topic.names.map(NameKey.normalize)
    return parsed
  }

  static func isValidID(_ id: String) -> Bool {
    guard let first = id.utf8.first, first != UInt8(ascii: "."), first != UInt8(ascii: "-") else {
      return false
    }
    return id.utf8.allSatisfy {
      (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".")
        || $0 == UInt8(ascii: "-")
    }
  }

  private static func suggestedID(_ id: String) -> String {
    let mapped = id.lowercased().map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "-" }
    return String(mapped)
  }
}
