import Testing

@testable import LLMNotesCore

@Suite("Frontmatter: the documented YAML subset")
struct FrontmatterParserTests {
  func parse(_ text: String) -> (RawNote?, [Diagnostic]) {
    var parser = FrontmatterParser(path: "models/x.md", bytes: Array(text.utf8))
    let note = parser.parse()
    return (note, parser.diagnostics)
  }

  func values(_ text: String) -> [String: [String]] {
    guard let note = parse(text).0 else { return [:] }
    var result: [String: [String]] = [:]
    for entry in note.frontmatter.entries {
      switch entry.value {
      case .scalar(let scalar): result[entry.key] = [scalar.text]
      case .list(let items): result[entry.key] = items.map(\.text)
      }
    }
    return result
  }

  @Test("scalars, quoted strings, flow and block lists, comments")
  func readsTheSubset() {
    let text = """
      ---
      # a comment line
      title: BERT   # trailing comment
      quoted: "a: b, # not a comment"
      single: 'it''s'
      flow: [a, "b, c", 'd']
      empty: []
      block:
        - one
        - "two: 2"
      hash: C#
      ---
      body
      """
    let parsed = values(text)
    #expect(parse(text).1.isEmpty)
    #expect(parsed["title"] == ["BERT"])
    #expect(parsed["quoted"] == ["a: b, # not a comment"])
    #expect(parsed["single"] == ["it's"])
    #expect(parsed["flow"] == ["a", "b, c", "d"])
    #expect(parsed["empty"] == [])
    #expect(parsed["block"] == ["one", "two: 2"])
    #expect(parsed["hash"] == ["C#"])
    #expect(parse(text).0.map { String(decoding: $0.bodyBytes, as: UTF8.self) } == "body")
    #expect(parse(text).0?.bodyLine == 13)
  }

  @Test("CRLF line endings read like LF")
  func acceptsCRLF() {
    let text = "---\r\ntitle: BERT\r\ntasks:\r\n  - fill-mask\r\n---\r\nbody\r\n"
    #expect(parse(text).1.isEmpty)
    #expect(values(text)["title"] == ["BERT"])
    #expect(values(text)["tasks"] == ["fill-mask"])
  }

  @Test(
    "input outside the subset is an error at its line and column",
    arguments: [
      ("title: a\nsummary: |\n  text", "unsupported-yaml@3:10"),
      ("title: &anchor x", "unsupported-yaml@2:8"),
      ("title: {a: b}", "unsupported-yaml@2:8"),
      ("title: a: b", "unsupported-yaml@2:9"),
      ("tasks:\n\t- a", "tab-indentation@3:1"),
      ("  title: x", "bad-indentation@2:3"),
      ("- a", "bad-indentation@2:1"),
      ("title: x\ntitle: y", "duplicate-key@3:1"),
      ("Title: x", "unsupported-yaml@2:1"),
      ("just words", "unsupported-yaml@2:1"),
      ("tasks: [a, [b]]", "unsupported-yaml@2:12"),
      ("tasks: [a, b", "unsupported-yaml@2:8"),
      ("title: \"open", "unsupported-yaml@2:8"),
      ("tasks:\n  - [a]", "unsupported-yaml@3:5"),
    ])
  func rejectsOutsideTheSubset(frontmatter: String, expected: String) {
    let (_, diagnostics) = parse("---\n\(frontmatter)\n---\n")
    #expect(diagnostics.map(\.brief) == [expected])
  }

  @Test("columns count characters: a Chinese value before the error moves it by characters")
  func columnsCountCharactersNotBytes() {
    let (_, ascii) = parse("---\ntitle: ab: c\n---\n")
    let (_, chinese) = parse("---\ntitle: 摘要: c\n---\n")
    #expect(ascii.map(\.brief) == ["unsupported-yaml@2:10"])
    #expect(chinese.map(\.brief) == ["unsupported-yaml@2:10"])
  }

  @Test("a note must open and close its frontmatter")
  func frontmatterFences() {
    #expect(parse("# BERT\n").1.map(\.brief) == ["missing-frontmatter@1:1"])
    #expect(parse("---\ntitle: x\n").1.map(\.brief) == ["unterminated-frontmatter@1:1"])
    #expect(parse("  \n\n").1.map(\.rule) == [.emptyNote])
  }
}
