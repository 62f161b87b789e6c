/// One flat JSON object per line, as the review log and the snapshot store them: string,
/// number, boolean and null members, in a fixed order. The core has no Foundation, so this is
/// the small writer and reader those two files need; anything else in a line is an error.
struct FlatJSON: Sendable, Equatable {
  enum Value: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
  }

  var members: [(key: String, value: Value)] = []

  static func == (lhs: FlatJSON, rhs: FlatJSON) -> Bool {
    lhs.members.elementsEqual(rhs.members) { $0.key == $1.key && $0.value == $1.value }
  }

  subscript(key: String) -> Value? { members.first { $0.key == key }?.value }

  mutating func set(_ key: String, _ value: Value) { members.append((key, value)) }
  mutating func set(_ key: String, _ text: String?) { set(key, text.map(Value.string) ?? .null) }
  mutating func set(_ key: String, _ number: Double?) {
    set(key, number.map(Value.number) ?? .null)
  }
  mutating func set(_ key: String, _ number: Int?) {
    set(key, number.map { Value.number(Double($0)) } ?? .null)
  }

  func string(_ key: String) -> String? {
    if case .string(let text)? = self[key] { return text }
    return nil
  }

  func number(_ key: String) -> Double? {
    if case .number(let value)? = self[key] { return value }
    return nil
  }

  func integer(_ key: String) -> Int? {
    guard let value = number(key), value == value.rounded(), abs(value) < 9e15 else { return nil }
    return Int(value)
  }

  /// Present and null, as opposed to missing.
  func isNull(_ key: String) -> Bool { self[key] == .null }

  /// `{"key": value, ...}` on one line, without a line break.
  var line: String {
    var out = "{"
    for (index, member) in members.enumerated() {
      if index > 0 { out += "," }
      out += Self.quote(member.key) + ":"
      switch member.value {
      case .string(let text): out += Self.quote(text)
      case .number(let value):
        out += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
      case .bool(let value): out += value ? "true" : "false"
      case .null: out += "null"
      }
    }
    return out + "}"
  }

  private static func quote(_ text: String) -> String { jsonQuoted(text) }

  /// Parses one line; nil when it is not exactly one flat object.
  init?(parsing line: some Collection<UInt8>) {
    var reader = Reader(bytes: Array(line))
    guard let members = reader.object(), reader.atEnd else { return nil }
    self.members = members
  }

  init() {}

  /// A cursor over one line's bytes.
  private struct Reader {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool {
      mutating get {
        skipSpace()
        return index == bytes.count
      }
    }

    mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[index]) { index += 1 }
    }

    mutating func take(_ byte: UInt8) -> Bool {
      skipSpace()
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    mutating func object() -> [(key: String, value: Value)]? {
      guard take(UInt8(ascii: "{")) else { return nil }
      var members: [(key: String, value: Value)] = []
      if take(UInt8(ascii: "}")) { return members }
      repeat {
        guard let key = string(), take(UInt8(ascii: ":")), let value = value() else { return nil }
        members.append((key, value))
      } while take(UInt8(ascii: ","))
      return take(UInt8(ascii: "}")) ? members : nil
    }

    mutating func value() -> Value? {
      skipSpace()
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "\""): return string().map(Value.string)
      case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
      case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
      case UInt8(ascii: "n"): return literal("null") ? .null : nil
      default: return number().map(Value.number)
      }
    }

    mutating func literal(_ word: String) -> Bool {
      let expected = Array(word.utf8)
      guard bytes.count - index >= expected.count,
        Array(bytes[index..<index + expected.count]) == expected
      else { return false }
      index += expected.count
      return true
    }

    mutating func number() -> Double? {
      let start = index
      while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
      guard index > start else { return nil }
      return Double(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    mutating func string() -> String? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      var scalars = String.UnicodeScalarView()
      var run: [UInt8] = []
      func flush() {
        if !run.isEmpty {
          scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
        }
        run.removeAll()
      }
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""):
          flush()
          return String(scalars)
        case UInt8(ascii: "\\"):
          flush()
          guard index < bytes.count else { return nil }
          let escape = bytes[index]
          index += 1
          switch escape {
          case UInt8(ascii: "n"): scalars.append("\n")
          case UInt8(ascii: "t"): scalars.append("\t")
          case UInt8(ascii: "r"): scalars.append("\r")
          case UInt8(ascii: "b"): scalars.append("\u{08}")
          case UInt8(ascii: "f"): scalars.append("\u{0C}")
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
            scalars.append(Unicode.Scalar(escape))
          case UInt8(ascii: "u"):
            guard let unit = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(unit) {
              guard literal("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
              else { return nil }
              scalars.append(scalar)
            } else {
              guard let scalar = Unicode.Scalar(unit) else { return nil }
              scalars.append(scalar)
            }
          default: return nil
          }
        default:
          if byte < 0x20 { return nil }
          run.append(byte)
        }
      }
      return nil
    }

    mutating func hex4() -> UInt32? {
      guard bytes.count - index >= 4,
        let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
      else { return nil }
      index += 4
      return value
    }
  }
}
