import LLMNotesCore

/// Writes the answer to `search`.
protocol SearchResultsRenderer {
  func render(_ results: SearchResults, to console: any Console)
}

/// Each hit: rank, title, id and kind, then its snippets under the section they come from,
/// the matched words highlighted on a terminal and «marked» in plain text.
struct SearchResultsText: SearchResultsRenderer {
  let context: RenderContext

  func render(_ results: SearchResults, to console: any Console) {
    let style = context.style
    let rankWidth = String(results.hits.count).count + 2
    let indent = String(repeating: " ", count: rankWidth)
    for (rank, hit) in results.hits.enumerated() {
      guard console.isWritable else { return }
      if rank > 0 { console.write("\n") }
      let number = DisplayWidth.pad("\(rank + 1).", to: rankWidth)
      let exact = hit.isNameMatch ? "  = name" : ""
      console.write(
        number + style.bold(TerminalText.line(hit.topic.title))
          + style.dim(
            "  \(hit.topic.id)  [\(hit.topic.kind.singular) \(hit.topic.kind.gloss)]\(exact)")
          + "\n")
      for snippet in hit.snippets {
        let place = snippet.section.map { "## \(TerminalText.line($0))" } ?? snippet.field
        console.write(indent + style.dim(place) + "\n")
        for line in styled(snippet).wrapped(to: max(20, context.width - rankWidth)) {
          console.write(indent + line.rendered(style) + "\n")
        }
      }
    }
    let shown = results.hits.count
    let more =
      results.matchingAny > shown
      ? "; \(results.matchingAny) mention some of the words (--limit for more)" : ""
    console.write(
      "\n"
        + style.dim(
          "\(shown) shown; \(results.matchingAll) topic\(results.matchingAll == 1 ? "" : "s") mention every word\(more)"
        )
        + "\n")
  }

  /// The snippet with its matches in the highlight role, or between « » without colour.
  private func styled(_ snippet: SearchResults.Snippet) -> StyledText {
    let scalars = Array(TerminalText.line(snippet.text).unicodeScalars)
    let marked = !context.style.isEnabled
    var text = StyledText()
    var position = 0
    func piece(_ range: Range<Int>) -> String {
      let lower = min(max(range.lowerBound, 0), scalars.count)
      let upper = min(max(range.upperBound, lower), scalars.count)
      return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }
    // Matches count scalars of the note's text; made-visible controls would shift them, so
    // they are only trusted when the text needed no escaping.
    let matches = scalars.count == snippet.text.unicodeScalars.count ? snippet.matches : []
    for match in matches where match.lowerBound >= position {
      text.append(piece(position..<match.lowerBound))
      if marked { text.append("«") }
      text.append(piece(match), .highlight)
      if marked { text.append("»") }
      position = match.upperBound
    }
    text.append(piece(position..<scalars.count))
    return text
  }
}

/// `{"query", "terms", "matchingAll", "matchingAny", "hits": [{id, title, kind, score,
/// nameMatch, snippets: [{text, section, field, matches: [{start, end}]}]}]}`; offsets count
/// Unicode scalars in `text`, `end` excluded. Written one hit at a time.
struct SearchResultsJSON: SearchResultsRenderer {
  func render(_ results: SearchResults, to console: any Console) {
    let head: [(String, JSONValue)] = [
      ("query", .string(results.query)), ("terms", .array(results.terms.map(JSONValue.string))),
      ("matchingAll", .number(results.matchingAll)), ("matchingAny", .number(results.matchingAny)),
    ]
    for (key, value) in head {
      console.write(
        (key == "query" ? "{\n" : "") + "  \"\(key)\": " + value.rendered(indent: 1) + ",\n")
    }
    guard !results.hits.isEmpty else {
      console.write("  \"hits\": []\n}\n")
      return
    }
    console.write("  \"hits\": [\n")
    for (index, hit) in results.hits.enumerated() {
      guard console.isWritable else { return }
      let snippets = hit.snippets.map { snippet in
        JSONValue.object([
          ("text", .string(snippet.text)),
          ("section", snippet.section.map(JSONValue.string) ?? .null),
          ("field", .string(snippet.field)),
          (
            "matches",
            .array(
              snippet.matches.map {
                .object([("start", .number($0.lowerBound)), ("end", .number($0.upperBound))])
              })
          ),
        ])
      }
      let value = JSONValue.object([
        ("id", .string(hit.topic.id)), ("title", .string(hit.topic.title)),
        ("kind", .string(hit.topic.kind.singular)),
        ("score", .decimal((hit.score * 1000).rounded() / 1000)),
        ("nameMatch", .bool(hit.isNameMatch)), ("snippets", .array(snippets)),
      ])
      console.write(
        "    " + value.rendered(indent: 2) + (index == results.hits.count - 1 ? "\n" : ",\n"))
    }
    console.write("  ]\n}\n")
  }
}
