/// The form names are matched in: lower-case letters and digits only, so `M2M-100`, `m2m100`
/// and `M2M 100` meet, and `摘要` stays `摘要`.
enum NameKey {
  static func normalize(_ name: some StringProtocol) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in name.unicodeScalars {
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
      }
    }
    return String(scalars)
  }
}
