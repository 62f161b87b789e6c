import Testing

@testable import LLMNotesCore

@Suite("Notes: files to typed topics")
struct NoteParserTests {
  func diagnostics(_ file: NoteFile) -> [String] { NoteParser.parse(file).diagnostics.map(\.brief) }

  @Test("kind comes from the folder, id from the file name")
  func kindAndID() throws {
    let topic = try #require(
      NoteParser.parse(note("models/gpt-3.5.md", fields(title: "GPT-3.5"))).topic)
    #expect(topic.id == "gpt-3.5")
    #expect(topic.kind == .model)
    #expect(topic.title == "GPT-3.5")
    #expect(topic.aliases == ["GPT-3.5 alias"])
  }

  @Test("a byte-order mark is accepted")
  func byteOrderMark() {
    let file = NoteFile(
      path: "models/x.md",
      bytes: [0xEF, 0xBB, 0xBF] + Array(note("models/x.md", fields(title: "X")).bytes))
    #expect(NoteParser.parse(file).topic?.title == "X")
    #expect(diagnostics(file).isEmpty)
  }

  @Test("invalid UTF-8 is reported with its byte offset and line")
  func invalidUTF8() {
    let bytes = Array("---\ntitle: 摘要\n".utf8) + [0xFF] + Array("\n---\n".utf8)
    let parsed = NoteParser.parse(NoteFile(path: "models/x.md", bytes: bytes))
    #expect(parsed.topic == nil)
    #expect(parsed.diagnostics.map(\.brief) == ["invalid-utf8@3:1"])
    #expect(parsed.diagnostics.first?.message.contains("byte offset 18") == true)
  }

  @Test(
    "layout problems",
    arguments: [
      ("bert.md", "outside-layout@1:1"),
      ("gadgets/x.md", "unknown-kind@1:1"),
      ("models/My Model.md", "invalid-id@1:1"),
    ])
  func layout(path: String, expected: String) {
    #expect(diagnostics(note(path, fields(title: "X"))) == [expected])
  }

  @Test("fields are checked against the vocabulary; the note still loads")
  func fieldProblems() {
    let file = note(
      "models/x.md",
      """
      title: X
      aliases: [Y]
      sources: [s]
      auther: someone
      year: 2k18
      architecture: [encoder-only, decoder-only]
      """)
    let parsed = NoteParser.parse(file)
    #expect(parsed.topic != nil)
    #expect(
      parsed.diagnostics.map(\.brief) == [
        "unknown-field@5:1", "invalid-year@6:7", "wrong-shape@7:30", "missing-field@1:1",
      ])
  }

  @Test("wikilinks keep their line and column, and skip code")
  func wikilinks() throws {
    let body = "见 [[bert]] 和 [[gpt-2|GPT-2]]。\n```\n[[not-a-link]]\n```\n`[[code]]` [[t5]]\n"
    let topic = try #require(
      NoteParser.parse(note("models/x.md", fields(title: "X"), body: body)).topic)
    let links = topic.references[.links] ?? []
    #expect(links.map(\.id) == ["bert", "gpt-2", "t5"])
    #expect(links.map { "\($0.location.line):\($0.location.column)" } == ["7:3", "7:14", "11:12"])
    #expect(topic.document.links[1].label.map(topic.document.text) == "GPT-2")
  }

}
