import Foundation
import Testing

@testable import LLMNotesCLI

/// Characters that are invisible yet break lines or reorder text (issue 10): shown as escapes
/// in text, escaped in JSON.
@Suite("Line separators and bidirectional controls")
struct InvisibleCharacterTests {
  static let invisible: [(scalar: Unicode.Scalar, name: String)] = [
    ("\u{2028}", "line separator"), ("\u{2029}", "paragraph separator"),
    ("\u{200E}", "left-to-right mark"), ("\u{200F}", "right-to-left mark"),
    ("\u{061C}", "Arabic letter mark"), ("\u{202A}", "left-to-right embedding"),
    ("\u{202E}", "right-to-left override"), ("\u{2066}", "left-to-right isolate"),
    ("\u{2069}", "pop directional isolate"),
  ]

  @Test("text output shows each one as a visible escape", arguments: invisible)
  func text(scalar: Unicode.Scalar, name: String) {
    let hex = String(scalar.value, radix: 16)
    #expect(TerminalText.line("a\(scalar)b") == "a\\u{\(hex)}b", "\(name)")
    #expect(TerminalText.block("a\(scalar)b\n") == "a\\u{\(hex)}b\n", "\(name)")
  }

  @Test("JSON escapes each one, and the string reads back unchanged", arguments: invisible)
  func json(scalar: Unicode.Scalar, name: String) throws {
    let hex = String(scalar.value, radix: 16)
    let padded = String(repeating: "0", count: 4 - hex.count) + hex
    let rendered = JSONValue.string("a\(scalar)b").rendered()
    #expect(rendered == "\"a\\u\(padded)b\"", "\(name)")
    #expect(!rendered.unicodeScalars.contains(scalar))
    let decoded =
      try JSONSerialization.jsonObject(
        with: Data(rendered.utf8), options: .fragmentsAllowed) as? String
    #expect(decoded == "a\(scalar)b")
  }

  @Test("ordinary text, Chinese and emoji included, passes through unchanged")
  func ordinary() {
    #expect(TerminalText.line("摘要 🤗 Clément") == "摘要 🤗 Clément")
    #expect(JSONValue.string("摘要 🤗").rendered() == "\"摘要 🤗\"")
  }
}
