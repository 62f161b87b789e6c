/// Serializes a loaded knowledge base: the loader's own result, so reading it back gives the
/// same graph (tests prove it for the repository's notes and synthetic folders).
///
/// Payload layout (offsets relative to the payload's start; `SnapshotFormat` for the values):
///
///     directory   7 fixed offsets: file count, topic count, topic table, id table, name table,
///                 name entries, diagnostics
///     topics      one record each, in graph order: edges, fields, body (`SnapshotEncoder+Topic`)
///     topic table topic count × fixed offset of its record
///     id table    slot count, then slots: 0 empty, else 1 + topic index (FNV-1a, linear probes)
///     name table  slot count, then slots: 0 empty, else 1 + offset of a name entry
///     name entries count, then each normalized name and the topics it finds, in the name
///                 index's own order (did-you-mean compares in that order)
///     diagnostics count, then each
enum SnapshotWriter {
  static func encode(_ base: KnowledgeBase) -> [UInt8] {
    let graph = base.graph
    var payload = SnapshotEncoder()
    let width = SnapshotFormat.offsetWidth
    for _ in 0..<7 { payload.fixed(0, width: width) }
    payload.patch(UInt64(base.fileCount), width: width, at: 0)
    payload.patch(UInt64(graph.count), width: width, at: width)

    // Records are encoded on all cores, then laid end to end.
    let records = concurrentMap(count: graph.count) { index in
      var record = SnapshotEncoder()
      record.topic(graph.topic(at: index), edges: graph.edges(at: index))
      return record.bytes
    }
    let recordBytes = records.reduce(0) { $0 + $1.count }
    payload.bytes.reserveCapacity(recordBytes + graph.count * 16 + 1 << 16)
    var recordOffsets: [Int] = []
    recordOffsets.reserveCapacity(graph.count)
    for record in records {
      recordOffsets.append(payload.count)
      payload.bytes += record
    }
    payload.patch(UInt64(payload.count), width: width, at: 2 * width)
    for offset in recordOffsets { payload.fixed(UInt64(offset), width: width) }

    payload.patch(UInt64(payload.count), width: width, at: 3 * width)
    var idSlots = [Int](repeating: 0, count: SnapshotFormat.slotCount(for: graph.count))
    for index in 0..<graph.count {
      place(index + 1, hash: SnapshotFormat.hash(graph.topic(at: index).id.utf8), in: &idSlots)
    }
    payload.fixed(UInt64(idSlots.count), width: width)
    for slot in idSlots { payload.fixed(UInt64(slot), width: width) }

    let entries = graph.nameEntries()
    var entryStarts: [Int] = []
    var entryBytes = SnapshotEncoder()
    entryBytes.integer(entries.count)
    for entry in entries {
      entryStarts.append(entryBytes.count)
      entryBytes.string(entry.key)
      entryBytes.integer(entry.topics.count)
      for topic in entry.topics { entryBytes.integer(topic) }
    }
    payload.patch(UInt64(payload.count), width: width, at: 4 * width)
    let nameSlotCount = SnapshotFormat.slotCount(for: entries.count)
    let entriesStart = payload.count + width * (1 + nameSlotCount)
    var nameSlots = [Int](repeating: 0, count: nameSlotCount)
    for (entry, start) in zip(entries, entryStarts) {
      place(entriesStart + start + 1, hash: SnapshotFormat.hash(entry.key.utf8), in: &nameSlots)
    }
    payload.fixed(UInt64(nameSlotCount), width: width)
    for slot in nameSlots { payload.fixed(UInt64(slot), width: width) }
    payload.patch(UInt64(payload.count), width: width, at: 5 * width)
    payload.bytes += entryBytes.bytes

    payload.patch(UInt64(payload.count), width: width, at: 6 * width)
    payload.integer(base.diagnostics.count)
    for diagnostic in base.diagnostics { payload.diagnostic(diagnostic) }

    var header = SnapshotEncoder()
    header.bytes = SnapshotFormat.magic
    header.fixed(UInt64(SnapshotFormat.version), width: SnapshotFormat.versionWidth)
    header.fixed(UInt64(payload.count), width: width)
    let checksum = payload.bytes.withUnsafeBytes { SnapshotFormat.checksum($0) }
    header.fixed(checksum, width: SnapshotFormat.checksumWidth)
    return header.bytes + payload.bytes
  }

  private static func place(_ value: Int, hash: UInt64, in slots: inout [Int]) {
    let mask = slots.count - 1
    var slot = Int(hash & UInt64(mask))
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = value
  }
}
