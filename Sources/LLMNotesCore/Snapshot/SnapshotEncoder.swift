/// Appends snapshot values to a byte buffer (see `SnapshotFormat`).
struct SnapshotEncoder {
  var bytes: [UInt8] = []

  mutating func integer(_ value: Int) {
    var rest = UInt64(bitPattern: Int64(value))
    while rest >= 0x40 {
      bytes.append(UInt8(rest & 0x3F) | 0x40)
      rest >>= 6
    }
    bytes.append(UInt8(rest))
  }

  /// Zig-zag, so small negative numbers stay short.
  mutating func signed(_ value: Int) {
    integer(Int(bitPattern: UInt((value << 1) ^ (value >> (Int.bitWidth - 1)))))
  }

  mutating func fixed(_ value: UInt64, width: Int) {
    for group in 0..<width { bytes.append(UInt8((value >> (6 * UInt64(group))) & 0x3F)) }
  }

  /// Overwrites a fixed-width value written earlier at `offset`.
  mutating func patch(_ value: UInt64, width: Int, at offset: Int) {
    for group in 0..<width {
      bytes[offset + group] = UInt8((value >> (6 * UInt64(group))) & 0x3F)
    }
  }

  mutating func string(_ text: String) {
    integer(text.utf8.count)
    bytes.append(contentsOf: text.utf8)
  }

  mutating func raw<Bytes: Collection<UInt8>>(_ data: Bytes) {
    integer(data.count)
    bytes.append(contentsOf: data)
  }

  mutating func strings(_ texts: [String]) {
    integer(texts.count)
    for text in texts { string(text) }
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  var count: Int { bytes.count }
}
