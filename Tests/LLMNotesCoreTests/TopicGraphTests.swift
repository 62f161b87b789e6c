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
    #expect(base.diagnostics.map(\.description) == [])
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
    #expect(throws: LookupError.unknown(name: "bret", suggestions: [graph["bert"]!])) {
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

  @Test("filters combine; values resolve like names")
  func filters() throws {
    var filter = TopicFilter(kind: .model)
    filter.links = [(EdgeLabel(.tasks), try graph.topic(named: "摘要"))]
    #expect(names(graph.topics(matching: filter)) == ["bert", "m2m100"])
    filter.links.append((EdgeLabel(.organization), try graph.topic(named: "Google")))
    #expect(names(graph.topics(matching: filter)) == ["bert"])
    var byYear = TopicFilter()
    byYear.attributes = [(.year, "2019")]
    #expect(names(graph.topics(matching: byYear)) == ["gpt-2"])
    #expect(TopicFilter.labels(named: "task") == [EdgeLabel(.tasks)])
    #expect(TopicFilter.labels(named: "models") == [EdgeLabel(.architecture, inverse: true)])
  }

  @Test("comparison lines up relations and marks what differs and what is shared")
  func comparison() throws {
    let table = graph.comparison(of: [graph["bert"]!, graph["gpt-2"]!])
    let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.name, $0) })
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
    #expect(base.diagnostics[1].message.contains("did you mean 'google'"))
    #expect(base.graph["x"] != nil)
  }

  @Test("a second note with the same id (in path order) is reported and ignored")
  func duplicateIDs() {
    let base = load(tinyNotes + [note("tasks/bert.md", fields(title: "Other BERT"))])
    #expect(
      base.diagnostics.map(\.description) == [
        "tasks/bert.md:1:1: error: id 'bert' is already used by models/bert.md; this note is ignored [duplicate-id]"
      ])
    #expect(base.graph["bert"]?.kind == .model)
  }
}
