/// The snapshot's byte-level conventions, shared by the writer and the reader.
///
/// Every byte the format itself writes is below 0x80, and strings are stored as their UTF-8
/// bytes, so a whole snapshot is valid UTF-8: the embedder compiles it into the binary as one
/// string literal (fast to compile, read in place through `StaticString`), and the folder cache
/// writes the same bytes to disk.
///
/// - An integer is written in 6-bit groups, lowest first; 0x40 marks "more groups follow".
///   Signed integers are zig-zag encoded first.
/// - A fixed-width integer (offsets, table slots) is `width` 6-bit groups with no marker, so
///   a table can be indexed without reading what comes before.
/// - A string is its byte count, then its bytes.
enum SnapshotFormat {
  static let magic: [UInt8] = Array("llmnotes snapshot\n".utf8)
  /// Raise on any change to what is written; a reader refuses every other version.
  static let version = 1
  static let versionWidth = 2
  /// 36 bits: offsets and lengths up to 64 GiB.
  static let offsetWidth = 6
  static let checksumWidth = 11
  static let headerLength = magic.count + versionWidth + offsetWidth + checksumWidth
  /// Nested lists, quotes and spans deeper than this are refused, so hostile bytes cannot
  /// recurse the reader off its stack.
  static let maximumDepth = 64

  /// A 64-bit checksum of `bytes`: each MiB hashed on its own (on all cores; a 100 MB cache
  /// is checked in milliseconds), the blocks' hashes then mixed in order. Not cryptographic:
  /// it catches torn and corrupted files; the reader's bounds checks handle bytes crafted to
  /// match it.
  static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let block = 1 << 20
    let count = (bytes.count + block - 1) / block
    let address = UInt(bitPattern: bytes.baseAddress)
    let total = bytes.count
    let hashes = concurrentMap(count: count) { index in
      let start = index * block
      let part = UnsafeRawBufferPointer(
        start: UnsafeRawPointer(bitPattern: address + UInt(start)),
        count: min(block, total - start))
      return blockHash(part, seed: UInt64(index))
    }
    var mixed: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    for hash in hashes {
      mixed = (mixed ^ hash) &* 0xFF51_AFD7_ED55_8CCD
      mixed ^= mixed >> 33
    }
    return mixed
  }

  /// Eight bytes a step in two lanes.
  private static func blockHash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
    var first: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count) ^ seed
    var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
    var offset = 0
    while offset + 16 <= bytes.count {
      first = (first ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
      second =
        (second ^ bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* multiplier
      first ^= first >> 29
      second ^= second >> 31
      offset += 16
    }
    while offset < bytes.count {
      first = (first ^ UInt64(bytes[offset])) &* multiplier
      first ^= first >> 29
      offset += 1
    }
    var mixed = first ^ (second &* 0x94D0_49BB_1331_11EB)
    mixed ^= mixed >> 33
    return mixed
  }

  /// FNV-1a of a key's bytes, for the id and name tables.
  static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return hash
  }

  /// A power of two at least twice `count`, so probes stay short.
  static func slotCount(for count: Int) -> Int {
    var slots = 8
    while slots < 2 * count { slots *= 2 }
    return slots
  }
}
