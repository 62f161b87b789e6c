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
  @Test("auto: only on a terminal, never with NO_COLOR or TERM=dumb; CLICOLOR_FORCE forces it")
  func whenToColour() {
    func on(_ mode: ColorMode, _ terminal: Bool, _ environment: [String: String] = [:]) -> Bool {
      TextStyle.resolve(mode, isTerminal: terminal, environment: environment).isEnabled
    }
    #expect(on(.auto, true))
    #expect(!on(.auto, false))
    #expect(!on(.auto, true, ["NO_COLOR": "1"]))
    #expect(on(.auto, true, ["NO_COLOR": ""]))
    #expect(!on(.auto, true, ["TERM": "dumb"]))
    #expect(on(.auto, false, ["CLICOLOR_FORCE": "1"]))
    #expect(!on(.auto, false, ["CLICOLOR_FORCE": "0"]))
    #expect(on(.always, false))
    #expect(!on(.never, true))
  }

  @Test("a coloured table keeps its columns: styling only wraps padded cells")
  func colouredTableAligned() {
    let plain = run("compare", "bert", "gpt").stdout
    let coloured = run("compare", "bert", "gpt", terminal: true).stdout
    let stripped = coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "")
    #expect(coloured.contains("\u{1B}["))
    #expect(stripped == plain)
  }
}

@Suite("Line breaking")
struct LineBreakingTests {
  @Test("Chinese rules: no line starts with closing or ends with opening punctuation")
  func kinsoku() {
    let text = "模型（例如 BERT）使用掩码语言建模，预测被遮盖的词元。然后“微调”到下游任务。"
    for width in 6...30 {
      for line in DisplayWidth.wrap(text, to: width) {
        #expect(DisplayWidth.of(line) <= width)
        if let first = line.first { #expect(!LineBreaker.closing.contains(first), "\(width): \(line)") }
        if let last = line.last { #expect(!LineBreaker.opening.contains(last), "\(width): \(line)") }
      }
    }
  }

  @Test("a Latin word is split only when it alone is longer than the line")
  func words() {
    #expect(DisplayWidth.wrap("Sentence-Transformers 很好", to: 22) == ["Sentence-Transformers", "很好"])
    #expect(DisplayWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
  }
}
