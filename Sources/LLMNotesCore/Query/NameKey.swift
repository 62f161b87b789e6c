/// The form names are matched in: lower-case letters and digits only, so `M2M-100`, `m2m100`
/// and `M2M 100` meet, and `摘要` stays `摘要`. Full-width forms fold to ASCII (`ＢＥＲＴ` is
/// `bert`), and canonically equivalent spellings meet (`Clément` precomposed or decomposed).
/// A name with no letter or digit at all (`🤗`) keeps its symbols, so it can still be looked up.
enum NameKey {
  static func normalize(_ name: some StringProtocol) -> String {
    if let ascii = asciiKey(name) { return ascii }
    var scalars = String.UnicodeScalarView()
    var composes = false
    for original in name.unicodeScalars {
      let scalar = folded(original)
      if scalar.isASCII {
        let value = scalar.value
        if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
          scalars.append(scalar)
        } else if (0x41...0x5A).contains(value), let lower = Unicode.Scalar(value + 0x20) {
          scalars.append(lower)
        }
      } else if (0x3400...0x9FFF).contains(scalar.value) {
        // CJK ideographs: letters with no case, by far the most common non-ASCII names here.
        scalars.append(scalar)
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        composes = true
      } else if isMark(scalar), !scalars.isEmpty {
        // A combining mark belongs to the letter before it: `e` + U+0301 is `é`.
        scalars.append(scalar)
        composes = true
      }
    }
    if scalars.isEmpty { return symbols(of: name) }
    let key = String(scalars)
    // One spelling per name, so that edit distances and lengths agree whatever form was typed.
    return composes ? String(decoding: key._nfcCodeUnits, as: UTF8.self) : key
  }

  /// The key of an ASCII name with a letter or digit, byte by byte: most names are such, and
  /// building a string scalar by scalar costs several times more. Nil for any other name.
  private static func asciiKey(_ name: some StringProtocol) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    for byte in name.utf8 {
      switch byte {
      case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
      case 0x41...0x5A: bytes.append(byte + 0x20)
      case 0x80...: return nil
      default: continue
      }
    }
    return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
  }

  /// The key of a name made only of symbols: every visible scalar, so `🤗` finds `🤗`. Spaces,
  /// controls and variation selectors are left out (`❤️` and `❤` meet); what is left may be empty.
  private static func symbols(of name: some StringProtocol) -> String {
    var scalars = String.UnicodeScalarView()
    for original in name.unicodeScalars {
      let scalar = folded(original)
      let properties = scalar.properties
      if properties.isWhitespace || properties.isVariationSelector
        || properties.isDefaultIgnorableCodePoint
      {
        continue
      }
      switch properties.generalCategory {
      case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
        .paragraphSeparator, .spaceSeparator:
        continue
      default: scalars.append(scalar)
      }
    }
    return String(decoding: String(scalars)._nfcCodeUnits, as: UTF8.self)
  }

  /// Full-width ASCII (U+FF01…U+FF5E) as ASCII, the ideographic space as a space.
  private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if (0xFF01...0xFF5E).contains(value) { return Unicode.Scalar(value - 0xFEE0) ?? scalar }
    if value == 0x3000 { return " " }
    return scalar
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }
}
