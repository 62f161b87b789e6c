import Testing

@testable import LLMNotesCore

/// Search quality on the real notes, measured on the labelled set: Recall@5 (the share of a
/// query's expected notes in its first five hits, averaged) and MRR (the mean of 1 / the rank
/// of the first expected note, 0 when none is in the first ten).
@Suite("Search quality on the labelled set")
struct SearchQualityTests {
  static let index = SearchIndex(repositoryNotes.graph)

  struct Measure {
    var recall = 0.0
    var reciprocalRank = 0.0
  }

  static func measure(_ query: SearchQualitySet.Query) -> Measure {
    let ids = index.search(query.text, limit: 10).hits.map(\.topic.id)
    let top5 = Set(ids.prefix(5))
    let found = query.expected.filter(top5.contains).count
    let rank = ids.firstIndex { query.expected.contains($0) }.map { $0 + 1 }
    return Measure(
      recall: Double(found) / Double(query.expected.count),
      reciprocalRank: rank.map { 1 / Double($0) } ?? 0)
  }

  @Test("the set has at least 60 queries of every kind, each expecting real notes")
  func setIsSound() {
    let queries = SearchQualitySet.queries
    #expect(queries.count >= 60)
    for kind in SearchQualitySet.Kind.allCases {
      #expect(queries.contains { $0.kind == kind }, "no \(kind) query")
    }
    for query in queries {
      for id in query.expected {
        #expect(repositoryNotes.graph[id] != nil, "'\(query.text)' expects '\(id)', no such note")
      }
    }
  }

  @Test("Recall@5 ≥ 0.9 and MRR ≥ 0.75")
  func recallAndMRR() {
    let queries = SearchQualitySet.queries
    var total = Measure()
    var misses: [String] = []
    for query in queries {
      let measure = Self.measure(query)
      total.recall += measure.recall
      total.reciprocalRank += measure.reciprocalRank
      if measure.recall < 1 || measure.reciprocalRank < 1 {
        let ids = Self.index.search(query.text, limit: 5).hits.map(\.topic.id)
        misses.append("\(query) — got \(ids.joined(separator: ", "))")
      }
    }
    let recall = total.recall / Double(queries.count)
    let mrr = total.reciprocalRank / Double(queries.count)
    print("search quality: \(queries.count) queries, Recall@5 \(recall), MRR \(mrr)")
    for miss in misses { print("  not first or not all in the top 5: \(miss)") }
    #expect(recall >= 0.9, "Recall@5 \(recall)")
    #expect(mrr >= 0.75, "MRR \(mrr)")
  }
}
