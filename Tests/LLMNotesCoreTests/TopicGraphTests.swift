import Testing

@testable import LLMNotesCore

@Suite("Graph: relations walked both ways, names, filters, comparison")
struct TopicGraphTests {
  let base = load(tinyNotes)
  var graph: TopicGraph { base.graph }

  func names(_ topics: [Topic]) -> [String] { topics.map(\.id) }

  func group(_ id: String, _ label: String) -> [String] {
    guard let topic = graph[id] else { return [] }
    return names(graph.neighbors(of: topic).first { $0.label.name == label }?.topics ?? [])
  }

  @Test("the tiny notes load without problems")
  func loadsCleanly() {
    #expect(base.diagnostics.map(\.description).isEmpty)
    #expect(graph.topics.count == tinyNotes.count)
  }

  @Test("every relation has its inverse on the target")
  func inverseEdges() {
    #expect(group("bert", "architecture") == ["encoder-only"])
    #expect(group("encoder-only", "models") == ["bert", "m2m100"])
    #expect(group("google", "developed") == ["bert"])
    #expect(group("summarization", "handled-by") == ["encoder-only", "bert", "m2m100"])
    #expect(group("mlm", "objective-of") == ["encoder-only", "bert"])
  }

  @Test("a wikilink that repeats a typed relation adds no second edge")
  func wikilinksDeduplicated() {
    #expect(group("bert", "links") == ["gpt-2"])
    #expect(group("gpt-2", "linked-from") == ["bert"])
    #expect(group("mlm", "linked-from") == [])
  }

  @Test(
    "names resolve case-, space- and punctuation-insensitively, Chinese included",
    arguments: [
      ("bert", "bert"), ("BERT", "bert"), ("M2M-100", "m2m100"), ("m2m100", "m2m100"),
      ("m2m 100", "m2m100"), ("Encoder only", "encoder-only"), ("摘要", "summarization"),
      ("summarization", "summarization"), ("谷歌", "google"), ("gpt 2", "gpt-2"),
    ])
  func resolvesNames(name: String, id: String) throws {
    #expect(try graph.topic(named: name).id == id)
  }

  @Test("an unknown name suggests the nearest names")
  func unknownName() {
    #expect(throws: LookupError.unknown(name: "bret", suggestions: [TopicRef(graph["bert"]!)])) {
      try graph.topic(named: "bret")
    }
  }

  @Test("a name two notes claim is ambiguous, and lists both")
  func ambiguousName() throws {
    let clash = load(tinyNotes + [note("concepts/mask.md", fields(title: "Masked LM"))])
    #expect(clash.diagnostics.map(\.rule).contains(.duplicateAlias))
    #expect(throws: LookupError.self) { try clash.graph.topic(named: "masked lm") }
    do {
      _ = try clash.graph.topic(named: "masked lm")
    } catch {
      guard case .ambiguous(_, let candidates) = error else {
        Issue.record("expected ambiguity, got \(error)")
        return
      }
      #expect(candidates.map(\.id) == ["mask", "mlm"])
    }
  }

  @Test("filters combine; values resolve like names; years are ranges; repeated kinds mean either")
  func filters() throws {
    var filter = TopicFilter()
    filter.kinds = [.model]
    filter.relations = [(EdgeLabel(.tasks), "摘要")]
    #expect(names(try graph.topics(matching: filter)) == ["bert", "m2m100"])
    filter.relations.append((EdgeLabel(.organization), "Google"))
    #expect(names(try graph.topics(matching: filter)) == ["bert"])
    var byYear = TopicFilter()
    byYear.years = YearRange(parsing: "2019")
    #expect(names(try graph.topics(matching: byYear)) == ["gpt-2"])
    byYear.years = YearRange(parsing: "..2018")
    #expect(names(try graph.topics(matching: byYear)) == ["bert"])
    var either = TopicFilter()
    either.kinds = [.task, .organization]
    #expect(Set(try graph.topics(matching: either).map(\.kind)) == [.task, .organization])
    var unknown = TopicFilter()
    unknown.relations = [(EdgeLabel(.tasks), "no such task")]
    #expect(throws: LookupError.self) { try graph.topics(matching: unknown) }
  }

  @Test(
    "year ranges: a year, both ends, open ends; anything else is not a range",
    arguments: [
      ("2019", 2019, 2019), ("2019..2021", 2019, 2021), ("2019..", 2019, nil), ("..2018", nil, 2018),
    ] as [(String, Int?, Int?)])
  func yearRanges(text: String, lower: Int?, upper: Int?) {
    #expect(YearRange(parsing: text) == YearRange(lower: lower, upper: upper))
  }

  @Test("not year ranges", arguments: ["", ">2020", "20", "2021..2019", "..", "2019...2020", "twenty"])
  func notYearRanges(text: String) {
    #expect(YearRange(parsing: text) == nil)
  }

  @Test("comparison lines up relations and marks what differs and what is shared")
  func comparison() throws {
    let table = graph.comparison(of: [graph["bert"]!, graph["gpt-2"]!])
    let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.field.name, $0) })
    #expect(
      rows["architecture"]?.cells.map { $0.map(\.text) } == [["Encoder-only"], ["Decoder-only"]])
    #expect(rows["architecture"]?.differs == true)
    #expect(rows["kind"]?.differs == false)
    #expect(rows["kind"]?.shared.map(\.text) == ["model"])
    #expect(rows["year"]?.cells.map { $0.map(\.text) } == [["2018"], ["2019"]])
    #expect(rows["links"] == nil)
  }

  @Test("broken relations and wrong kinds are reported; the rest of the note loads")
  func brokenRelations() {
    let files =
      tinyNotes + [
        note(
          "models/x.md", fields(title: "X", "architecture: bert\norganization: gooogle"),
          body: "[[nowhere]]\n")
      ]
    let base = load(files)
    #expect(
      base.diagnostics.map(\.brief) == [
        "wrong-target-kind@6:15", "broken-relation@7:15", "broken-wikilink@9:1",
      ])
    #expect(base.diagnostics[1].message.contains("gooogle'. Did you mean 'google'?"))
    #expect(base.graph["x"] != nil)
  }

  @Test("a second note with the same id (in path order) is reported and ignored")
  func duplicateIDs() {
    let base = load(tinyNotes + [note("tasks/bert.md", fields(title: "Other BERT"))])
    #expect(
      base.diagnostics.map(\.description) == [
        "tasks/bert.md:1:1: error: id 'bert' is already used by another note; this note is ignored [duplicate-id]\nmodels/bert.md:1:1: note: 'bert' is first used here"
      ])
    #expect(base.graph["bert"]?.kind == .model)
  }
}
