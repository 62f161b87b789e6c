import Testing

@testable import LLMNotesCLI

@Suite("Rendering: widths and terminal safety")
struct RenderingTests {
  @Test("a CJK character takes two columns")
  func widths() {
    #expect(DisplayWidth.of("BERT") == 4)
    #expect(DisplayWidth.of("双向上下文") == 10)
    #expect(DisplayWidth.of("（MLM）") == 7)
    #expect(DisplayWidth.pad("摘要", to: 6) == "摘要  ")
  }

  @Test("wrapping counts columns and breaks Chinese text anywhere")
  func wrapping() {
    #expect(DisplayWidth.wrap("一二三四五六", to: 4) == ["一二", "三四", "五六"])
    #expect(DisplayWidth.wrap("alpha beta gamma", to: 10) == ["alpha beta", "gamma"])
    for line in DisplayWidth.wrap("只保留 Transformer 编码器、用双向自注意力让每个词元看到整句上下文的架构分支", to: 20) {
      #expect(DisplayWidth.of(line) <= 20)
    }
  }

  @Test("control characters from notes are shown, not obeyed")
  func sanitizes() {
    #expect(TerminalText.line("a\u{1B}[2Jb") == "a\\u{1b}[2Jb")
    #expect(TerminalText.line("x\ry") == "x\\u{d}y")
    #expect(TerminalText.line("\u{9B}31m") == "\\u{9b}31m")
    #expect(TerminalText.block("line\n\tnext\u{07}") == "line\n\tnext\\u{7}")
    #expect(TerminalText.line("\u{202E}evil") == "\\u{202e}evil")
  }

  @Test("JSON strings escape every control character")
  func jsonEscapes() {
    #expect(JSONValue.string("a\u{1B}\"\n").rendered() == "\"a\\u001b\\\"\\n\"")
  }
}

@Suite("Colour")
struct ColourTests {
  @Test("only on a terminal, never with NO_COLOR or TERM=dumb")
  func whenToColour() {
    #expect(TextStyle.forTerminal(true, environment: [:]).isEnabled)
    #expect(!TextStyle.forTerminal(false, environment: [:]).isEnabled)
    #expect(!TextStyle.forTerminal(true, environment: ["NO_COLOR": "1"]).isEnabled)
    #expect(!TextStyle.forTerminal(true, environment: ["TERM": "dumb"]).isEnabled)
  }

  @Test("a coloured table keeps its columns: styling only wraps padded cells")
  func colouredTableAligned() {
    let plain = CLI.run(["compare", "bert", "gpt"]).stdout
    let coloured = CLI.run(
      ["compare", "bert", "gpt"], environment: ["COLUMNS": "100"], isTerminal: true
    )
    .stdout
    let stripped = coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "")
    #expect(coloured.contains("\u{1B}["))
    #expect(stripped == plain)
  }
}
