import Testing

@testable import LLMNotesCLI

@Suite("Rendering rules at narrow widths")
struct BodyTextTests {
  @Test("a code line wider than the width is cut, each piece ending in a backslash")
  func codeCut() {
    #expect(BodyText.cut("let x = 1", to: 20) == ["let x = 1"])
    let pieces = BodyText.cut("abcdefghijklmnop", to: 6)
    #expect(pieces == ["abcde\\", "fghij\\", "klmnop"])
    #expect(pieces.allSatisfy { DisplayWidth.of($0) <= 6 })
    #expect(
      pieces.map { $0.hasSuffix("\\") ? String($0.dropLast()) : $0 }.joined() == "abcdefghijklmnop")
    #expect(BodyText.cut("中文代码行", to: 5).allSatisfy { DisplayWidth.of($0) <= 5 })
  }

  @Test(
    "a word longer than the line is split, but never before closing or after opening punctuation",
    arguments: 4...12)
  func overlongWord(width: Int) {
    for text in ["Salesforce/blip-vqa-capfilt-large、下一个", "（https://example.com/very/long）后"] {
      for line in DisplayWidth.wrap(text, to: width) {
        #expect(DisplayWidth.of(line) <= width)
        if let first = line.first { #expect(!LineBreaker.closing.contains(first), "\(line)") }
        if let last = line.last { #expect(!LineBreaker.opening.contains(last), "\(line)") }
      }
    }
  }

  @Test("a separating dot ends its line; a zero-width space is a break")
  func breaks() {
    #expect(DisplayWidth.wrap("Transformer · BERT", to: 14) == ["Transformer ·", "BERT"])
    #expect(DisplayWidth.wrap("folder/\u{200B}file.md", to: 8) == ["folder/\u{200B}", "file.md"])
  }

  @Test("fields stack under their labels when the values would be too narrow")
  func fieldTable() {
    let style = RenderContext(
      width: 30, style: .plain, paths: PathDisplay(folder: nil, currentFolder: nil))
    let text = FieldTable(rows: [("architecture 架构", "Encoder-only 架构")], context: style).text
    #expect(text == "architecture 架构\n  Encoder-only 架构\n")
  }

  @Test("a table too wide for its columns becomes header: value blocks")
  func stackedTable() {
    let page = run("show", "bert", columns: 20).stdout
    #expect(page.contains("版本: BERT-base"))
    #expect(!page.contains("│ 层数"))
    let wide = run("show", "bert", columns: 100).stdout
    #expect(wide.contains("版本       │ 层数 │ 隐藏维度"))
  }
}
