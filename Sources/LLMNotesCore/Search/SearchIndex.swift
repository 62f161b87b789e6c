/// An inverted index over every topic's title, aliases, summary, fields and body, ranked by
/// BM25F (k1 = 1.2, b = 0.75, per-field weights and lengths). Built once from the graph; a
/// query touches only the posting lists of its own terms.
///
/// Postings are flat arrays (a term's entries are `starts[t]..<starts[t+1]`), each a topic
/// index and the topic's weighted, length-normalized term frequency, so a query is a few
/// linear scans and no per-topic work beyond the hits it shows.
public struct SearchIndex: Sendable {
  public let graph: TopicGraph
  let termIDs: [SearchTokenizer.Term: Int32]
  let starts: [Int32]
  let postings: [Int32]
  let frequencies: [Float]

  static let k1: Float = 1.2
  static let b: Float = 0.75

  public init(_ graph: TopicGraph) {
    self.graph = graph
    let topics = graph.topics
    let title: @Sendable (String) -> String = { graph[$0]?.title ?? $0 }

    // Pass 1: each field's length in terms, for the average BM25 normalizes by.
    let fieldCount = SearchDocument.Field.allCases.count
    let lengths = concurrentMap(count: topics.count) { index in
      var lengths = [Int32](repeating: 0, count: fieldCount)
      for passage in SearchDocument(topics[index], title: title).passages {
        lengths[passage.field.rawValue] += Int32(SearchTokenizer.length(passage.text))
      }
      return lengths
    }
    var averages = [Float](repeating: 0, count: fieldCount)
    for row in lengths {
      for field in 0..<fieldCount { averages[field] += Float(row[field]) }
    }
    let averageLengths = averages.map { topics.isEmpty ? 0 : $0 / Float(topics.count) }

    // Pass 2, in chunks so only one chunk's term counts are held at once: each topic's terms
    // with their BM25F frequency, Σ weight × count / ((1 − b) + b × length / average).
    var ids: [SearchTokenizer.Term: Int32] = [:]
    var lists: [[Int32]] = []
    var values: [[Float]] = []
    let chunk = 4096
    var first = 0
    while first < topics.count {
      let end = min(topics.count, first + chunk)
      let base = first
      let counted = concurrentMap(count: end - first) { offset -> [(SearchTokenizer.Term, Float)] in
        let index = base + offset
        var scale = [Float](repeating: 0, count: fieldCount)
        for field in SearchDocument.Field.allCases {
          let average = averageLengths[field.rawValue]
          let length = Float(lengths[index][field.rawValue])
          let norm = average > 0 ? (1 - Self.b) + Self.b * length / average : 1
          scale[field.rawValue] = field.weight / norm
        }
        var counts: [SearchTokenizer.Term: Float] = [:]
        for passage in SearchDocument(topics[index], title: title).passages {
          let weight = scale[passage.field.rawValue]
          SearchTokenizer.indexTerms(passage.text) { counts[$0, default: 0] += weight }
        }
        // Term ids follow dictionary order, which differs between runs; nothing depends on it.
        return counts.map { ($0.key, $0.value) }
      }
      for (offset, terms) in counted.enumerated() {
        let topic = Int32(first + offset)
        for (term, frequency) in terms {
          let id: Int32
          if let known = ids[term] {
            id = known
          } else {
            id = Int32(lists.count)
            ids[term] = id
            lists.append([])
            values.append([])
          }
          lists[Int(id)].append(topic)
          values[Int(id)].append(frequency)
        }
      }
      first = end
    }
    var starts: [Int32] = [0]
    starts.reserveCapacity(lists.count + 1)
    for list in lists { starts.append((starts.last ?? 0) + Int32(list.count)) }
    self.termIDs = ids
    self.starts = starts
    self.postings = lists.flatMap { $0 }
    self.frequencies = values.flatMap { $0 }
  }

  /// Distinct terms.
  public var termCount: Int { termIDs.count }
  /// Topic–term entries.
  public var postingCount: Int { postings.count }
  /// Bytes the index holds: the postings, their offsets and the term dictionary.
  public var byteSize: Int {
    var terms = 0
    for term in termIDs.keys {
      if case .word(let word) = term { terms += max(16, word.utf8.count) }
      terms += 16 + 4
    }
    return postings.count * 4 + frequencies.count * 4 + starts.count * 4 + terms
  }

  /// The postings of `term`: topic indexes and their frequencies.
  func entries(_ term: SearchTokenizer.Term) -> Range<Int>? {
    guard let id = termIDs[term] else { return nil }
    return Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
  }

  /// BM25's inverse document frequency: rare terms count more.
  func idf(documentFrequency: Int) -> Float {
    let n = Float(graph.topics.count)
    let df = Float(documentFrequency)
    return log1p((n - df + 0.5) / (df + 0.5))
  }
}

/// ln(1 + x), without Foundation.
private func log1p(_ x: Float) -> Float {
  // atanh series: ln(y) = 2 Σ z^(2k+1)/(2k+1), z = (y − 1)/(y + 1), after halving y into [1, 2).
  var y = Double(1 + x)
  guard y > 0 else { return 0 }
  var exponent = 0.0
  while y >= 2 {
    y /= 2
    exponent += 1
  }
  let z = (y - 1) / (y + 1)
  let z2 = z * z
  var term = z
  var sum = 0.0
  var k = 1.0
  for _ in 0..<20 {
    sum += term / k
    term *= z2
    k += 2
  }
  return Float(2 * sum + exponent * 0.693_147_180_559_945_3)
}
