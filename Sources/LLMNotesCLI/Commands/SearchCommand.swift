import LLMNotesCore

/// `llmnotes search <text>... [filters]`
struct SearchCommand: Command {
  static let spec = CommandSpec(
    name: "search",
    abstract: "Search titles, aliases, summaries, fields and note bodies; Chinese works.",
    discussion: """
      Hits are ranked by BM25: a topic the words name exactly comes first, then matches in
      titles and aliases, summaries, fields and bodies, higher when the words stand together
      as a phrase. Chinese is matched by overlapping pairs of characters, so 位置编码 finds the
      word inside longer text; one character finds every note with it. Latin words ignore case,
      full-width forms and punctuation, and a plural finds its singular. Each hit shows the
      best matching sentences, the section they are in, and the matched words (marked «like
      this» when not on a terminal). The filters are those of 'list'.
      """,
    arguments: .words(placeholder: "text", minimum: 1, maximum: nil, joined: true),
    options: [
      OptionSpec(
        name: "limit", short: "n", value: .count, help: "Show at most n hits (default 10).")
    ] + [FilterOptions.kind, FilterOptions.year] + FilterOptions.attributes,
    optionGroups: [FilterOptions.relations],
    examples: [
      .init(command: "llmnotes search 注意力", meaning: "a Chinese word, anywhere in the notes"),
      .init(command: "llmnotes search attention", meaning: "an English word"),
      .init(command: "llmnotes search RoPE 位置编码", meaning: "Latin and Chinese together"),
      .init(command: "llmnotes search 量化 --kind technique", meaning: "only techniques"),
      .init(
        command: "llmnotes search RAG --limit 3 --format json", meaning: "the top three, as JSON"),
    ])

  let query: String
  let filter: TopicFilter
  let limit: Int

  init(_ arguments: ParsedArguments) throws(UsageError) {
    query = arguments.words.joined(separator: " ")
    if !SearchIndex.hasTerms(query) {
      throw UsageError(
        "'\(TerminalText.line(query))' has no letters, digits or Chinese characters to search for",
        command: Self.spec)
    }
    filter = FilterOptions.filter(from: arguments)
    limit = arguments.count("limit") ?? 10
  }

  func run(_ context: CommandContext) -> ExitCode {
    let graph = context.base.graph
    let allowed: [Topic]?
    do throws(LookupError) {
      allowed = filter.isEmpty ? nil : try graph.topics(matching: filter)
    } catch {
      return context.report(error)
    }
    let results = context.searchIndex.search(query, among: allowed, limit: limit)
    let renderer: any SearchResultsRenderer =
      context.format == .json ? SearchResultsJSON() : SearchResultsText(context: context.render)
    if results.hits.isEmpty, context.format == .json {
      renderer.render(results, to: context.console)
    }
    guard !results.hits.isEmpty else {
      context.console.writeError("no topic mentions '\(TerminalText.line(query))'\n")
      return .notFound
    }
    renderer.render(results, to: context.console)
    return .success
  }
}
