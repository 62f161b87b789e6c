/// Picks the sentences that show why a topic matched: the one covering the most (and the
/// rarest) query terms, preferring the summary and body to the names the hit line shows
/// anyway, with the query's terms marked.
enum Snippets {
  /// Longest snippet, in Unicode scalars; a longer sentence is cut around its first match.
  static let maximumLength = 140

  static func best(
    in document: SearchDocument, terms: [SearchTokenizer.Term: Float],
    phrase: [SearchTokenizer.Term]
  )
    -> [SearchResults.Snippet]
  {
    var candidates: [(score: Float, order: Int, snippet: SearchResults.Snippet)] = []
    var order = 0
    // The hit line shows the title and id already.
    for passage in document.passages where passage.field != .title && passage.text != document.id {
      for sentence in sentences(passage.text) {
        order += 1
        let (matches, found) = self.matches(sentence, terms: terms)
        guard !matches.isEmpty else { continue }
        var score = found.reduce(0) { $0 + (terms[$1] ?? 0) }
        if phrase.count >= 2, contains(SearchTokenizer.units(sentence), phrase) { score *= 1.5 }
        // An alias is worth showing only when nothing else matches.
        if passage.field == .aliases { score *= 0.25 }
        candidates.append(
          (
            score, order,
            trimmed(
              SearchResults.Snippet(
                text: sentence, matches: matches, section: passage.section,
                field: passage.field.name))
          ))
      }
    }
    candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
    var chosen: [SearchResults.Snippet] = []
    for candidate in candidates where chosen.count < 2 {
      if chosen.contains(where: { $0.text == candidate.snippet.text }) { continue }
      if let first = candidates.first, !chosen.isEmpty, candidate.score < first.score / 2 { break }
      chosen.append(candidate.snippet)
    }
    return chosen
  }

  /// Where the query's terms are in `text` (merged where they overlap, as the pairs of a
  /// Chinese word do), and which terms were found.
  static func matches(_ text: String, terms: [SearchTokenizer.Term: Float])
    -> ([Range<Int>], Set<SearchTokenizer.Term>)
  {
    var ranges: [Range<Int>] = []
    var found: Set<SearchTokenizer.Term> = []
    for piece in SearchTokenizer.pieces(text) {
      switch piece {
      case .word(let word, let range):
        if terms[.word(word)] != nil {
          ranges.append(range)
          found.insert(.word(word))
        }
      case .ideographs(let scalars, let start):
        for index in scalars.indices {
          let single = SearchTokenizer.Term.single(scalars[index])
          if terms[single] != nil {
            ranges.append(start + index..<start + index + 1)
            found.insert(single)
          }
          guard index + 1 < scalars.count else { continue }
          let term = SearchTokenizer.Term.pair(scalars[index], scalars[index + 1])
          if terms[term] != nil {
            ranges.append(start + index..<start + index + 2)
            found.insert(term)
          }
        }
      }
    }
    ranges.sort { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for range in ranges {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return (merged, found)
  }

  /// Whether `phrase` occurs in `units` as a contiguous run.
  static func contains(_ units: [SearchTokenizer.Term], _ phrase: [SearchTokenizer.Term]) -> Bool {
    guard !phrase.isEmpty, units.count >= phrase.count else { return false }
    for start in 0...(units.count - phrase.count)
    where units[start] == phrase[0] && units[start..<start + phrase.count].elementsEqual(phrase) {
      return true
    }
    return false
  }

  /// Sentences end at 。！？；!? and at `. ` (not inside `3.5`); each keeps its end mark.
  static func sentences(_ text: String) -> [String] {
    var sentences: [String] = []
    var current = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      current.append(scalar)
      let next = index + 1 < scalars.count ? scalars[index + 1] : " "
      let ends =
        "。！？；!?".unicodeScalars.contains(scalar)
        || (scalar == "." && (next == " " || next == "\n"))
      if ends || scalar == "\n" {
        append(&sentences, current)
        current = String.UnicodeScalarView()
      }
    }
    append(&sentences, current)
    return sentences
  }

  private static func append(_ sentences: inout [String], _ scalars: String.UnicodeScalarView) {
    let text = String(scalars).trimmingSpaces()
    if !text.isEmpty { sentences.append(text) }
  }

  /// A sentence longer than `maximumLength`, cut to a window around its first match, `…`
  /// where it was cut.
  static func trimmed(_ snippet: SearchResults.Snippet) -> SearchResults.Snippet {
    let scalars = Array(snippet.text.unicodeScalars)
    guard scalars.count > maximumLength, let first = snippet.matches.first else { return snippet }
    let start = max(0, min(first.lowerBound - 30, scalars.count - maximumLength))
    let end = min(scalars.count, start + maximumLength)
    var text = String.UnicodeScalarView()
    let shift = start > 0 ? 1 : 0
    if start > 0 { text.append("…") }
    text.append(contentsOf: scalars[start..<end])
    if end < scalars.count { text.append("…") }
    let matches = snippet.matches.compactMap { range -> Range<Int>? in
      let lower = max(range.lowerBound, start)
      let upper = min(range.upperBound, end)
      return lower < upper ? (lower - start + shift)..<(upper - start + shift) : nil
    }
    return SearchResults.Snippet(
      text: String(text), matches: matches, section: snippet.section, field: snippet.field)
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
