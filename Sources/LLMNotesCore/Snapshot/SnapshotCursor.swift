/// Reads snapshot values from bytes it does not trust: every read is bounds-checked and
/// throws `SnapshotError.malformed` with its offset. A value-type cursor: copy it to look ahead.
struct SnapshotCursor {
  let bytes: UnsafeRawBufferPointer
  private(set) var position: Int

  init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  var isAtEnd: Bool { position >= bytes.count }

  func failure(_ what: String) -> SnapshotError { .malformed(offset: position, what: what) }

  mutating func seek(to offset: Int) throws(SnapshotError) {
    guard offset >= 0, offset <= bytes.count else {
      throw .malformed(offset: position, what: "offset \(offset) out of range")
    }
    position = offset
  }

  mutating func byte() throws(SnapshotError) -> UInt8 {
    guard position < bytes.count else { throw failure("unexpected end") }
    defer { position += 1 }
    return bytes[position]
  }

  /// A non-negative integer of at most 63 bits.
  mutating func integer() throws(SnapshotError) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let group = try byte()
      // Eleven groups at most, the last holding the top four bits.
      guard group < 0x80, shift < 60 || (shift == 60 && group & 0x3F < 0x10) else {
        throw failure("bad integer")
      }
      value |= UInt64(group & 0x3F) << shift
      if group & 0x40 == 0 { break }
      shift += 6
    }
    guard value <= UInt64(Int.max) else { throw failure("integer too large") }
    return Int(value)
  }

  mutating func signed() throws(SnapshotError) -> Int {
    let raw = UInt(try integer())
    return Int(bitPattern: raw >> 1) ^ -Int(bitPattern: raw & 1)
  }

  /// A count of items that each take at least one byte: never more than the bytes left, so a
  /// hostile count cannot make the reader allocate or loop beyond the input's size.
  mutating func count() throws(SnapshotError) -> Int {
    let value = try integer()
    guard value <= bytes.count - position else { throw failure("count \(value) too large") }
    return value
  }

  /// An index below `limit`.
  mutating func index(below limit: Int) throws(SnapshotError) -> Int {
    let value = try integer()
    guard value < limit else { throw failure("index \(value) not below \(limit)") }
    return value
  }

  mutating func fixed(width: Int) throws(SnapshotError) -> UInt64 {
    guard width <= bytes.count - position else { throw failure("unexpected end") }
    var value: UInt64 = 0
    for group in 0..<width {
      let byte = bytes[position + group]
      guard byte < 0x40 else { throw failure("bad fixed-width value") }
      value |= UInt64(byte) << (6 * UInt64(group))
    }
    position += width
    return value
  }

  /// A fixed-width offset, checked to lie within the bytes.
  mutating func offset() throws(SnapshotError) -> Int {
    let value = try fixed(width: SnapshotFormat.offsetWidth)
    guard value <= UInt64(bytes.count) else { throw failure("offset \(value) out of range") }
    return Int(value)
  }

  mutating func rawBytes() throws(SnapshotError) -> UnsafeRawBufferPointer {
    let length = try count()
    defer { position += length }
    return UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)])
  }

  /// A string; bytes that are not UTF-8 are repaired, never trusted to be valid.
  mutating func string() throws(SnapshotError) -> String {
    String(decoding: try rawBytes(), as: UTF8.self)
  }

  mutating func strings() throws(SnapshotError) -> [String] {
    let count = try count()
    var result: [String] = []
    result.reserveCapacity(count)
    for _ in 0..<count { result.append(try string()) }
    return result
  }

  mutating func bool() throws(SnapshotError) -> Bool {
    switch try byte() {
    case 0: false
    case 1: true
    default: throw failure("bad flag")
    }
  }

  /// A range of byte offsets, lower ≤ upper (a reversed range would trap).
  mutating func range() throws(SnapshotError) -> Range<Int> {
    let lower = try integer()
    let length = try integer()
    guard length <= Int.max / 4, lower <= Int.max / 4 else { throw failure("bad range") }
    return lower..<(lower + length)
  }
}
