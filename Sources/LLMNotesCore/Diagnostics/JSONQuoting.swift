/// A JSON string literal holding `text` (RFC 8259): quotes, backslashes and every control
/// character escaped, and also the line separators and bidirectional controls, so JSON pasted
/// into a terminal, a browser or a script cannot reorder or break what is around it. The one
/// quoter of the package: the CLI's JSON output and the progress files both use it.
package func jsonQuoted(_ text: String) -> String {
  var out = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\t": out += "\\t"
    case "\r": out += "\\r"
    default:
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || isSeparatorOrBidiControl(scalar.value)
      {
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out + "\""
}

/// U+2028, U+2029, the Arabic letter mark, LRM/RLM and the bidi embeddings, overrides and
/// isolates: invisible characters that move or break text around them.
package func isSeparatorOrBidiControl(_ value: UInt32) -> Bool {
  value == 0x061C || value == 0x200E || value == 0x200F || value == 0x2028 || value == 0x2029
    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
}
