import Testing

@testable import LLMNotesCore

@Suite("Graph walks: neighbourhood, paths, timeline, order")
struct GraphWalkTests {
  static let base = load(
    tinyNotes + [
      note(
        "models/roberta.md",
        fields(
          title: "RoBERTa",
          "year: 2019\nreleased: 2019-07\narchitecture: encoder-only\nbased-on: bert\norganization: google"
        )),
      note("models/t5.md", fields(title: "T5", "year: 2019\nreleased: 2019-10")),
    ])
  var graph: TopicGraph { Self.base.graph }

  func topic(_ id: String) throws -> Topic { try #require(graph[id]) }

  @Test("depth 1: the topic and its neighbours both ways; links only from inside the rim")
  func neighbourhood() throws {
    let sub = graph.neighbourhood(of: [try topic("encoder-only")], depth: 1, filter: WalkFilter())
    #expect(
      sub.nodes.map(\.id) == ["encoder-only", "bert", "m2m100", "roberta", "summarization", "mlm"]
    )
    #expect(sub.roots == [0])
    // bert → mlm is a relation between two rim topics: not drawn at depth 1.
    let pairs = sub.links.map { "\(sub.nodes[$0.source].id)→\(sub.nodes[$0.target].id)" }
    #expect(!pairs.contains("bert→mlm"))
    #expect(pairs.contains("bert→encoder-only"))
    #expect(sub.tree.first == Subgraph.Line(depth: 0, node: 0, label: nil, isRepeat: false))
    #expect(sub.tree.count == sub.nodes.count)
  }

  @Test("relation and kind filters; the whole graph lists every typed relation once")
  func filters() throws {
    var filter = WalkFilter()
    filter.relations = [.architecture]
    let sub = graph.neighbourhood(of: [try topic("encoder-only")], depth: 2, filter: filter)
    #expect(sub.nodes.map(\.id) == ["encoder-only", "bert", "m2m100", "roberta"])
    var kinds = WalkFilter()
    kinds.kinds = [.task]
    let tasks = graph.neighbourhood(of: [try topic("bert")], depth: 1, filter: kinds)
    #expect(tasks.nodes.map(\.id) == ["bert", "summarization"])
    let whole = graph.wholeGraph(filter: WalkFilter())
    #expect(whole.nodes.count == graph.topics.count)
    #expect(!whole.links.contains { $0.relation == .links })
    var links = WalkFilter()
    links.links = true
    #expect(graph.wholeGraph(filter: links).links.contains { $0.relation == .links })
  }

  @Test("the shortest path, each step in its declared direction")
  func shortestPath() throws {
    let path = graph.shortestPath(
      from: try topic("m2m100"), to: try topic("roberta"), filter: WalkFilter())
    let steps = try #require(path.paths.first)
    // M2M-100 —architecture→ Encoder-only ←architecture— RoBERTa
    #expect(steps.map(\.to.id) == ["encoder-only", "roberta"])
    #expect(steps.map(\.label) == [EdgeLabel(.architecture), EdgeLabel(.architecture, inverse: true)])
    let bertToRoberta = try #require(
      graph.shortestPath(from: try topic("bert"), to: try topic("roberta"), filter: WalkFilter())
        .paths.first)
    #expect(bertToRoberta.count == 1)
    #expect(bertToRoberta[0].label == EdgeLabel(.basedOn, inverse: true))
    let none = graph.shortestPath(
      from: try topic("gpt-2"), to: try topic("bert"), filter: WalkFilter())
    #expect(none.paths.isEmpty)
  }

  @Test("all simple paths: shortest first, no topic twice, bounded by hops, count and steps")
  func allPaths() throws {
    let all = graph.allPaths(
      from: try topic("bert"), to: try topic("roberta"), filter: WalkFilter(), maximumHops: 2,
      limit: 50)
    #expect(all.cutOff == nil)
    #expect(all.paths.first?.count == 1)
    #expect(all.paths.map(\.count) == all.paths.map(\.count).sorted())
    // based-on; through encoder-only (architecture); through google (organization).
    #expect(all.paths.count == 3)
    for path in all.paths {
      let visited = [path[0].from.id] + path.map(\.to.id)
      #expect(Set(visited).count == visited.count)
    }
    let limited = graph.allPaths(
      from: try topic("bert"), to: try topic("roberta"), filter: WalkFilter(), maximumHops: 3,
      limit: 1)
    #expect(limited.cutOff == .count(1))
    let starved = graph.allPaths(
      from: try topic("bert"), to: try topic("roberta"), filter: WalkFilter(), maximumHops: 3,
      limit: 50, budget: 3)
    #expect(starved.cutOff == .steps(3))
  }

  @Test("timeline: by year, months first within a year, undated counted")
  func timeline() {
    let line = graph.timeline(of: graph.topics, years: YearRange(lower: 2018, upper: nil))
    #expect(line.years.map(\.year) == [2018, 2019])
    #expect(line.years[1].entries.map(\.topic.id) == ["roberta", "t5", "gpt-2"])
    #expect(line.years[1].entries.map(\.month) == [7, 10, nil])
    #expect(line.years[1].entries[0].organizations.map(\.id) == ["google"])
    #expect(line.undated.contains { $0.id == "m2m100" })
  }

  @Test("list orders: year (months, then year only, then undated), title, id")
  func orders() {
    let models = graph.topics.filter { $0.kind == .model }
    #expect(
      graph.sorted(models, by: .year).map(\.id) == ["bert", "roberta", "t5", "gpt-2", "m2m100"])
    #expect(graph.sorted(models, by: .id).map(\.id) == models.map(\.id).sorted())
    #expect(graph.sorted(models, by: .title).map(\.title).first == "BERT")
  }
}

@Suite("Graph walks are bounded by the graph, not by the numbers asked for")
struct GraphWalkBoundsTests {
  @Test("a huge depth or hop limit finishes at once")
  func hugeLimits() throws {
    let graph = GraphWalkTests.base.graph
    let bert = try #require(graph["bert"])
    let gpt = try #require(graph["gpt-2"])
    let sub = graph.neighbourhood(of: [bert], depth: Int.max, filter: WalkFilter())
    #expect(sub.nodes.count <= graph.topics.count)
    let paths = graph.allPaths(
      from: bert, to: gpt, filter: WalkFilter(), maximumHops: Int.max / 2, limit: 10)
    #expect(paths.paths.isEmpty)
  }
}
