import Testing

@testable import LLMNotesCore

@Suite("Search: tokenizer, ranking, snippets")
struct SearchTests {
  func terms(_ text: String) -> [String] { SearchTokenizer.queryTokens(text).map(\.term.text) }

  @Test(
    "queries: Chinese as overlapping pairs, one character alone, Latin words folded like names",
    arguments: [
      ("位置编码", ["位置", "置编", "编码"]),
      ("量", ["量"]),
      ("RoPE 位置编码", ["rope", "位置", "置编", "编码"]),
      ("LoRA原理", ["lora", "原理"]),
      ("ＲｏＰＥ", ["rope"]),
      ("GPT-3.5", ["gpt", "3", "5"]),
      ("Models, attentions; class", ["model", "attention", "class"]),
      ("«»、。", []),
    ])
  func queryTerms(text: String, expected: [String]) {
    #expect(terms(text) == expected)
  }

  @Test("the index holds single ideographs and pairs; offsets count Unicode scalars")
  func indexTermsAndOffsets() {
    var seen: [String] = []
    SearchTokenizer.indexTerms("注意力 KV") { seen.append($0.text) }
    #expect(seen == ["注", "注意", "意", "意力", "力", "kv"])
    let tokens = SearchTokenizer.queryTokens("用 RoPE 编码")
    #expect(tokens.map(\.range) == [0..<1, 2..<6, 7..<9])
    #expect(SearchTokenizer.length("注意力 is all") == 5)
  }

  static let base = load([
    note(
      "concepts/attention.md", fields(title: "注意力机制", "mechanism: 加权求和"),
      body: "## 是什么\n注意力让模型关注输入的相关部分。\n\n## 工作原理\n计算查询与键的相似度，再对值加权求和。\n"),
    note(
      "concepts/rope.md", fields(title: "旋转位置编码").replacingOccurrences("旋转位置编码 alias", "RoPE"),
      body: "## 是什么\nRoPE 把位置信息写进注意力的查询和键。\n"),
    note(
      "models/bert.md", fields(title: "BERT", "year: 2018"),
      body: "## 是什么\nBERT 用双向注意力。位置编码是可学习的。\n"),
    note(
      "models/gpt.md", fields(title: "GPT", "year: 2018"),
      body: "## 是什么\nGPT 逐词生成，不用 RoPE。\n"),
  ])
  static let index = SearchIndex(base.graph)

  @Test("an exact title or alias comes first; then the field weights decide")
  func ranking() {
    #expect(Self.index.search("RoPE").hits.map(\.topic.id) == ["rope", "gpt"])
    #expect(Self.index.search("RoPE").hits.first?.isNameMatch == true)
    let attention = Self.index.search("注意力").hits.map(\.topic.id)
    #expect(attention.first == "attention")
    #expect(Set(attention) == ["attention", "rope", "bert"])
    #expect(Self.index.search("位置编码").hits.first?.topic.id == "rope")
  }

  @Test("a query matching nothing has no hits; counts say how many match every term")
  func counts() {
    let none = Self.index.search("量子")
    #expect(none.hits.isEmpty)
    #expect(none.matchingAll == 0)
    let results = Self.index.search("查询 键")
    #expect(results.matchingAll == 2)
  }

  @Test("filters restrict the hits; ties keep kind-then-id order")
  func filtersAndTies() {
    let models = Self.base.graph.topics.filter { $0.kind == .model }
    let hits = Self.index.search("是什么", among: models).hits.map(\.topic.id)
    #expect(Set(hits) == ["bert", "gpt"])
    let twins = load([
      note("concepts/b.md", fields(title: "乙")), note("concepts/a.md", fields(title: "甲")),
    ])
    #expect(SearchIndex(twins.graph).search("正文").hits.map(\.topic.id) == ["a", "b"])
  }

  @Test("snippets: the best sentence, its section, the matches as scalar ranges")
  func snippets() throws {
    let hit = try #require(Self.index.search("相似度").hits.first)
    #expect(hit.topic.id == "attention")
    let snippet = try #require(hit.snippets.first)
    #expect(snippet.text == "计算查询与键的相似度，再对值加权求和。")
    #expect(snippet.section == "工作原理")
    #expect(snippet.field == "body")
    #expect(snippet.matches == [7..<10])
  }

  @Test("a long sentence is cut around its first match, the ranges moved with it")
  func trimmedSnippet() {
    let long = String(repeating: "甲", count: 200) + "目标" + String(repeating: "乙", count: 50)
    let cut = Snippets.trimmed(
      SearchResults.Snippet(text: long, matches: [200..<202], section: nil, field: "body"))
    let scalars = Array(cut.text.unicodeScalars)
    #expect(scalars.first == "…")
    #expect(scalars.count <= Snippets.maximumLength + 2)
    let match = try? #require(cut.matches.first)
    if let match {
      #expect(String(String.UnicodeScalarView(scalars[match])) == "目标")
    }
  }

  @Test("sentences end at Chinese and Latin stops, not inside numbers")
  func sentences() {
    #expect(
      Snippets.sentences("GPT-3.5 很强。它也会错！Really. Yes")
        == ["GPT-3.5 很强。", "它也会错！", "Really.", "Yes"])
  }
}
