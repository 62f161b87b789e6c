import Synchronization

/// A graph read from snapshot bytes in place, decoding only what is asked for: `show bert`
/// reads the header, one name-table probe, bert's record and body, and its neighbours' fields;
/// nothing else is touched, no did-you-mean index is built.
///
/// The header, version, length and checksum are checked when it is opened, and the tables'
/// bounds; every later read is bounds-checked too. A record that still fails to decode (bytes
/// crafted to match the checksum) reads as an empty topic, never a crash.
// Safe to share: the bytes never change, and the two memos are behind locks.
final class SnapshotGraph: @unchecked Sendable {
  let storage: SnapshotBytes
  /// The payload: every offset below is into it.
  let bytes: UnsafeRawBufferPointer
  let fileCount: Int
  let count: Int
  private let topicTable: Int
  private let idSlots: (start: Int, count: Int)
  private let nameSlots: (start: Int, count: Int)
  private let nameEntriesStart: Int
  let diagnosticsStart: Int

  private let allTopics = Mutex<[Topic]?>(nil)
  private let names = Mutex<NameIndex?>(nil)

  /// - Parameter verifyingChecksum: false only for bytes compiled into the binary, which the
  ///   embedder read back at build time; the bounds checks stay on either way.
  init(_ storage: SnapshotBytes, verifyingChecksum: Bool = true) throws(SnapshotError) {
    let whole = storage.buffer
    let header = SnapshotFormat.headerLength
    guard whole.count >= header,
      whole.prefix(SnapshotFormat.magic.count).elementsEqual(SnapshotFormat.magic)
    else { throw .notASnapshot }
    var cursor = SnapshotCursor(whole, at: SnapshotFormat.magic.count)
    let version = Int(try cursor.fixed(width: SnapshotFormat.versionWidth))
    guard version == SnapshotFormat.version else { throw .unsupportedVersion(version) }
    let length = try cursor.fixed(width: SnapshotFormat.offsetWidth)
    guard length == UInt64(whole.count - header) else {
      throw .wrongLength(expected: Int(min(length, 1 << 40)) + header, actual: whole.count)
    }
    let checksum = try cursor.fixed(width: SnapshotFormat.checksumWidth)
    let payload = UnsafeRawBufferPointer(rebasing: whole[header...])
    guard !verifyingChecksum || SnapshotFormat.checksum(payload) == checksum else {
      throw .checksumMismatch
    }

    self.storage = storage
    bytes = payload
    var directory = SnapshotCursor(payload)
    fileCount = Int(try directory.fixed(width: SnapshotFormat.offsetWidth))
    let count = Int(try directory.fixed(width: SnapshotFormat.offsetWidth))
    let topicTable = try directory.offset()
    let idTable = try directory.offset()
    let nameTable = try directory.offset()
    nameEntriesStart = try directory.offset()
    diagnosticsStart = try directory.offset()
    let width = SnapshotFormat.offsetWidth
    guard count <= payload.count / width, topicTable + count * width <= payload.count else {
      throw .malformed(offset: topicTable, what: "topic table out of range")
    }
    self.count = count
    self.topicTable = topicTable
    idSlots = try Self.table(at: idTable, in: payload)
    nameSlots = try Self.table(at: nameTable, in: payload)
  }

  /// A hash table's slots: a power-of-two count of fixed offsets, all within the bytes.
  private static func table(at offset: Int, in bytes: UnsafeRawBufferPointer) throws(SnapshotError)
    -> (start: Int, count: Int)
  {
    var cursor = SnapshotCursor(bytes, at: offset)
    try cursor.seek(to: offset)
    let slots = Int(try cursor.fixed(width: SnapshotFormat.offsetWidth))
    let width = SnapshotFormat.offsetWidth
    guard slots > 0, slots & (slots - 1) == 0, slots <= (bytes.count - cursor.position) / width
    else { throw cursor.failure("bad table size \(slots)") }
    return (cursor.position, slots)
  }

  // MARK: Topics

  private func record(_ index: Int) throws(SnapshotError) -> SnapshotCursor {
    var table = SnapshotCursor(bytes, at: topicTable + index * SnapshotFormat.offsetWidth)
    let start = try table.offset()
    return SnapshotCursor(bytes, at: start)
  }

  /// Topic `index` (below `count`), its body left in the bytes until printed.
  func topic(at index: Int) -> Topic {
    if let all = allTopics.withLock({ $0 }) { return all[index] }
    do throws(SnapshotError) {
      var cursor = try record(index)
      try cursor.skipEdges()
      let payload = SnapshotFormat.headerLength
      return try cursor.topicFields { .stored(storage, offset: payload + $0) }
    } catch {
      return Topic.unreadable
    }
  }

  /// Topic `index`'s id, title and kind: what an answer names a neighbour by, without the rest
  /// of its record.
  func ref(at index: Int) -> TopicRef {
    if let all = allTopics.withLock({ $0 }) { return TopicRef(all[index]) }
    do throws(SnapshotError) {
      var cursor = try record(index)
      try cursor.skipEdges()
      let id = try cursor.string()
      let kind = SnapshotVocabulary.kinds[try cursor.index(below: SnapshotVocabulary.kinds.count)]
      return TopicRef(id: id, title: try cursor.string(), kind: kind)
    } catch {
      return TopicRef(Topic.unreadable)
    }
  }

  func edges(at index: Int) -> [Edge] {
    do throws(SnapshotError) {
      var cursor = try record(index)
      return try cursor.edges(topicCount: count)
    } catch {
      return []
    }
  }

  /// Every topic, decoded once (on all cores) for commands that walk the whole graph.
  var topics: [Topic] {
    if let all = allTopics.withLock({ $0 }) { return all }
    let decoded = concurrentMap(count: count) { self.topic(at: $0) }
    allTopics.withLock { $0 = decoded }
    return decoded
  }

  /// The body at `offset` of a snapshot's bytes.
  static func document(in storage: SnapshotBytes, at offset: Int) -> MarkdownDocument {
    let bytes = storage.buffer
    var cursor = SnapshotCursor(bytes, at: min(max(0, offset), bytes.count))
    return (try? cursor.document()) ?? MarkdownDocument(source: [], blocks: [], links: [])
  }

  // MARK: Lookups

  func index(ofID id: String) -> Int? {
    probe(idSlots, hash: SnapshotFormat.hash(id.utf8)) { slot throws(SnapshotError) in
      let index = slot - 1
      guard index < count else { return nil }
      var cursor = try record(index)
      try cursor.skipEdges()
      return try cursor.rawBytes().elementsEqual(id.utf8) ? index : nil
    }
  }

  /// The topics a normalized name finds, as the name index would answer.
  func lookup(_ key: String) -> [Int] {
    probe(nameSlots, hash: SnapshotFormat.hash(key.utf8)) { slot throws(SnapshotError) in
      var cursor = SnapshotCursor(bytes)
      try cursor.seek(to: slot - 1)
      guard try cursor.rawBytes().elementsEqual(key.utf8) else { return nil }
      return try topicList(&cursor)
    } ?? []
  }

  /// Linear probing from the hash's slot until an empty slot; at most every slot once.
  private func probe<Found>(
    _ table: (start: Int, count: Int), hash: UInt64,
    _ matches: (Int) throws(SnapshotError) -> Found?
  ) -> Found? {
    let mask = table.count - 1
    var slot = Int(hash & UInt64(mask))
    for _ in 0..<table.count {
      var cursor = SnapshotCursor(bytes, at: table.start + slot * SnapshotFormat.offsetWidth)
      guard let value = try? cursor.fixed(width: SnapshotFormat.offsetWidth), value != 0 else {
        return nil
      }
      if let found = try? matches(Int(value)) { return found }
      slot = (slot + 1) & mask
    }
    return nil
  }

  private func topicList(_ cursor: inout SnapshotCursor) throws(SnapshotError) -> [Int] {
    let count = try cursor.count()
    var topics: [Int] = []
    topics.reserveCapacity(count)
    for _ in 0..<count { topics.append(try cursor.index(below: self.count)) }
    return topics
  }

  /// Every name entry in the name index's order.
  func nameEntries() throws(SnapshotError) -> [(key: String, topics: [Int])] {
    var cursor = SnapshotCursor(bytes)
    try cursor.seek(to: nameEntriesStart)
    let count = try cursor.count()
    var entries: [(key: String, topics: [Int])] = []
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let key = try cursor.string()
      entries.append((key, try topicList(&cursor)))
    }
    return entries
  }

  /// The did-you-mean index, built on the first miss.
  var nameIndex: NameIndex {
    if let index = names.withLock({ $0 }) { return index }
    let index = NameIndex(restoring: (try? nameEntries()) ?? [])
    names.withLock { $0 = index }
    return index
  }

  func diagnostics() throws(SnapshotError) -> [Diagnostic] {
    var cursor = SnapshotCursor(bytes)
    try cursor.seek(to: diagnosticsStart)
    let count = try cursor.count()
    var diagnostics: [Diagnostic] = []
    diagnostics.reserveCapacity(count)
    for _ in 0..<count { diagnostics.append(try cursor.diagnostic()) }
    return diagnostics
  }

  /// Decodes every record, body and table entry, throwing at the first fault: what the fuzzer
  /// and the tests run, since lazy reads turn faults into empty values.
  func validate() throws(SnapshotError) {
    for index in 0..<count {
      var cursor = try record(index)
      _ = try cursor.edges(topicCount: count)
      _ = try cursor.topicFields { _ in .parsed(MarkdownDocument(source: [], blocks: [], links: []))
      }
      _ = try cursor.document()
    }
    _ = try nameEntries()
    _ = try diagnostics()
  }
}
