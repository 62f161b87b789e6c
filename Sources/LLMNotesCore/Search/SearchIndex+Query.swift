extension SearchIndex {
  /// Whether `text` has anything to search for: a letter, a digit or a Chinese character.
  public static func hasTerms(_ text: String) -> Bool { !SearchTokenizer.queryTokens(text).isEmpty }

  /// The topics best matching `query`, at most `limit`, in rank order: a topic the query
  /// names exactly (title, id, alias) first, then by BM25F scaled by how much of the query's
  /// weight the topic covers, with a bonus when the query's words stand together in it as a
  /// phrase; ties go to kind-then-id order. `among`, when given, restricts the hits (filters).
  public func search(_ query: String, among allowed: [Topic]? = nil, limit: Int = 10)
    -> SearchResults
  {
    var terms: [SearchTokenizer.Term] = []
    for token in SearchTokenizer.queryTokens(query) where !terms.contains(token.term) {
      terms.append(token.term)
      // A pasted paragraph is not a query; its first 64 terms say enough.
      if terms.count == 64 { break }
    }
    let count = graph.topics.count
    var isAllowed: [Bool]?
    if let allowed {
      var mask = [Bool](repeating: false, count: count)
      for topic in allowed { if let index = graph.index(of: topic) { mask[index] = true } }
      isAllowed = mask
    }

    // Scores accumulate per topic over each term's postings.
    var scores = [Float](repeating: 0, count: count)
    var covered = [Float](repeating: 0, count: count)
    var matched = [UInt8](repeating: 0, count: count)
    var touched: [Int32] = []
    var weights: [SearchTokenizer.Term: Float] = [:]
    var totalWeight: Float = 0
    for term in terms {
      guard let range = entries(term) else {
        // A term no topic has still counts against coverage: nothing matches all of them.
        let weight = idf(documentFrequency: 0)
        weights[term] = weight
        totalWeight += weight
        continue
      }
      let weight = idf(documentFrequency: range.count)
      weights[term] = weight
      totalWeight += weight
      for position in range {
        let topic = Int(postings[position])
        if let isAllowed, !isAllowed[topic] { continue }
        let frequency = frequencies[position]
        scores[topic] += weight * frequency * (Self.k1 + 1) / (frequency + Self.k1)
        covered[topic] += weight
        if matched[topic] == 0 { touched.append(Int32(topic)) }
        matched[topic] &+= 1
      }
    }
    let matchingAll = touched.lazy.filter { Int(matched[Int($0)]) == terms.count }.count

    // Exact names first.
    let key = NameKey.normalize(query)
    let named = (key.isEmpty ? [] : graph.lookup(key)).filter { isAllowed?[$0] ?? true }
      .sorted()

    // Topics a part of the query names (`BERT` in `BERT 预训练`) count double.
    let partlyNamed = Set(Self.names(within: query).flatMap(graph.lookup))

    // The best few by score (a bounded selection, not a sort of every match), then the
    // phrase bonus on those, then the final order.
    let pool = max(30, limit * 3)
    var best: [(score: Float, topic: Int)] = []
    for entry in touched {
      let topic = Int(entry)
      let score =
        scores[topic] * (totalWeight > 0 ? covered[topic] / totalWeight : 0)
        * (partlyNamed.contains(topic) ? 1.5 : 1)
      if best.count == pool, let last = best.last, !Self.ranks((score, topic), before: last) {
        continue
      }
      var insert = best.count
      while insert > 0, Self.ranks((score, topic), before: best[insert - 1]) { insert -= 1 }
      best.insert((score, topic), at: insert)
      if best.count > pool { best.removeLast() }
    }
    // The phrase bonus reads the pool's passages; snippets are made for the hits shown only.
    let phrase = SearchTokenizer.units(query)
    let title: @Sendable (String) -> String = { graph[$0]?.title ?? $0 }
    var ranked: [(score: Float, topic: Int)] = best.map { entry in
      guard phrase.count >= 2 else { return entry }
      let document = SearchDocument(graph.topics[entry.topic], title: title)
      return (entry.score * Self.phraseBonus(phrase, in: document), entry.topic)
    }
    ranked.sort { Self.ranks(($0.score, $0.topic), before: ($1.score, $1.topic)) }

    var shown: [(score: Float, topic: Int, isName: Bool)] = named.map { topic in
      (ranked.first { $0.topic == topic }?.score ?? scores[topic], topic, true)
    }
    for entry in ranked where !named.contains(entry.topic) && shown.count < limit {
      shown.append((entry.score, entry.topic, false))
    }
    let hits = shown.prefix(limit).map { entry in
      SearchResults.Hit(
        topic: TopicRef(graph.topics[entry.topic]), score: Double(entry.score),
        isNameMatch: entry.isName,
        snippets: Snippets.best(
          in: SearchDocument(graph.topics[entry.topic], title: title), terms: weights,
          phrase: phrase))
    }
    return SearchResults(
      query: query, terms: terms.map(\.text), hits: Array(hits),
      matchingAll: terms.isEmpty ? named.count : max(matchingAll, named.count),
      matchingAny: max(touched.count, named.count))
  }

  /// The name keys of the query's parts: each run of whole words and Chinese runs, and each
  /// stretch of two or more characters inside a Chinese run, the whole query excepted.
  static func names(within query: String) -> [String] {
    let scalars = Array(query.unicodeScalars)
    var spans: [Range<Int>] = []
    let pieces = SearchTokenizer.pieces(query).prefix(16).map { piece -> Range<Int> in
      switch piece {
      case .word(_, let range): return range
      case .ideographs(let run, let start):
        for length in stride(from: 2, to: min(run.count, 10), by: 1) {
          for offset in 0...(run.count - length) {
            spans.append(start + offset..<start + offset + length)
          }
        }
        return start..<start + run.count
      }
    }
    for first in pieces.indices {
      for last in first..<min(pieces.count, first + 6) {
        spans.append(pieces[first].lowerBound..<pieces[last].upperBound)
      }
    }
    let whole = NameKey.normalize(query)
    var keys: [String] = []
    for span in spans {
      let key = NameKey.normalize(String(String.UnicodeScalarView(scalars[span])))
      if !key.isEmpty, key != whole, !keys.contains(key) { keys.append(key) }
    }
    return keys
  }

  /// Higher score first; equal scores in the graph's kind-then-id order.
  private static func ranks(_ a: (Float, Int), before b: (Float, Int)) -> Bool {
    a.0 != b.0 ? a.0 > b.0 : a.1 < b.1
  }

  /// ×1.5 when the query's words stand together in the title or an alias, ×1.25 in any other
  /// passage, ×1 otherwise.
  private static func phraseBonus(_ phrase: [SearchTokenizer.Term], in document: SearchDocument)
    -> Float
  {
    var bonus: Float = 1
    for passage in document.passages {
      guard Snippets.contains(SearchTokenizer.units(passage.text), phrase) else { continue }
      if passage.field == .title || passage.field == .aliases { return 1.5 }
      bonus = 1.25
    }
    return bonus
  }
}
