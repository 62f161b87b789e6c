/// Turns a file's bytes into text the parser can trust: the byte-order mark is dropped and the
/// UTF-8 is validated, so an invalid byte is reported with its offset instead of being replaced.
enum NoteText {
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The bytes without a leading byte-order mark, or the offset of the first invalid byte.
  static func validated(_ bytes: [UInt8], known isValid: Bool = false) -> Result<
    [UInt8], InvalidByte
  > {
    let content = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
    if isValid { return .success(content) }
    // The standard library's validator is the fast path; the slow scan only finds the offset.
    if String(validating: content, as: UTF8.self) != nil { return .success(content) }
    if let offset = firstInvalidOffset(content) {
      let fileOffset = offset + (content.count == bytes.count ? 0 : 3)
      return .failure(InvalidByte(offset: fileOffset, value: bytes[fileOffset]))
    }
    return .success(content)
  }

  struct InvalidByte: Error {
    let offset: Int
    let value: UInt8
  }

  private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var scalar: UInt32
      switch lead {
      case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
      case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
      case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
      default: return index
      }
      guard index + length <= count else { return index }
      for next in 1..<length {
        let byte = bytes[index + next]
        guard byte & 0xC0 == 0x80 else { return index }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
        return index
      }
      index += length
    }
    return nil
  }
}
