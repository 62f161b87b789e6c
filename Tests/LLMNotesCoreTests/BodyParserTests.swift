import Testing

@testable import LLMNotesCore

/// The body is parsed once into blocks and spans; links, rendering and search read this tree.
@Suite("Body parser")
struct BodyParserTests {
  func parse(_ body: String) -> MarkdownDocument {
    BodyParser.parse(Array(body.utf8)[...], firstLine: 10)
  }

  func kinds(_ blocks: [MarkdownDocument.Block]) -> [String] {
    blocks.map { block in
      switch block {
      case .heading(let level, _, _): "h\(level)"
      case .paragraph: "p"
      case .list(let ordered, _, let items, _): (ordered ? "ol" : "ul") + "\(items.count)"
      case .code: "code"
      case .table(_, let rows, _): "table\(rows.count)"
      case .quote: "quote"
      case .rule: "hr"
      }
    }
  }

  @Test("blocks: headings, paragraphs, lists, code, tables, quotes, rules, with their lines")
  func blocks() {
    let document = parse(
      """
      ## 是什么
      第一段
      接着一行

      - 一
      - 二
        - 嵌套
      1. 甲
      2. 乙

      ```swift
      let x = [[not-a-link]]
      ```
      | a | b |
      |---|---|
      | 1 | 2 |
      > 引用
      ---
      """)
    #expect(kinds(document.blocks) == ["h2", "p", "ul2", "ol2", "code", "table1", "quote", "hr"])
    #expect(document.blocks.map(\.line) == [10, 11, 14, 17, 20, 23, 26, 27])
    guard case .list(_, _, let items, _) = document.blocks[2] else {
      Issue.record("not a list")
      return
    }
    #expect(kinds(items[1]) == ["p", "ul1"])
    #expect(document.links.isEmpty)
  }

  @Test("inline spans: code never links; strong, emphasis and links nest")
  func inlines() {
    let document = parse("**见 [[bert]]** 与 *斜* `[[code]]` [[gpt-2|第二代]]\n")
    guard case .paragraph(let lines, _) = document.blocks.first, let spans = lines.first else {
      Issue.record("no paragraph")
      return
    }
    let plain = document.plainText(spans) { "<\($0)>" }
    #expect(plain == "见 <bert> 与 斜 [[code]] 第二代")
    #expect(document.links.map(\.target) == ["bert", "gpt-2"])
    #expect(document.links.map(\.column) == [5, 33])
  }

  @Test("columns count Unicode scalars, also after Chinese text")
  func chineseColumns() {
    let document = parse("中文中文 [[a]] [[b]]\n")
    #expect(document.links.map(\.column) == [6, 12])
    #expect(document.links.map(\.line) == [10, 10])
  }

  @Test("unclosed delimiters are text, and a hostile line parses in linear time")
  func hostile() {
    let brackets = String(repeating: "[", count: 200_000)
    let stars = String(repeating: "*a", count: 50_000)
    let links = String(repeating: "[[x]]", count: 50_000)
    let start = ContinuousClock.now
    let document = parse(brackets + "\n" + stars + "\n" + links + "\n")
    #expect(document.links.count == 50_000)
    #expect(ContinuousClock.now - start < .seconds(20))
  }
}
