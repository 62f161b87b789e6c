import LLMNotesCore

/// `llmnotes path <a> <b>`
struct PathCommand: Command {
  static let spec = CommandSpec(
    name: "path",
    abstract: "How two topics are connected: the shortest chain of relations, or every one.",
    discussion: """
      Each step is printed in the direction its note declares it: 'BERT —architecture→
      Encoder-only 架构 ←architecture— RoBERTa' says both BERT and RoBERTa declare that
      architecture. Only typed relations are followed unless --links. --all lists every path
      that visits no topic twice, up to --max-hops relations (default 4), shortest first, and
      says when the list was cut off (--limit, default 50, or the search's own bound). Exits 1
      when there is no path. A name with spaces needs quotes here.
      """,
    arguments: .words(placeholder: "name", minimum: 2, maximum: 2, joined: false),
    options: [
      WalkOptions.relation(name: "via", meaning: "Walk only over this relation"),
      WalkOptions.links,
      OptionSpec(name: "all", value: .flag, help: "Every simple path, not only the shortest."),
      OptionSpec(
        name: "max-hops", value: .count, help: "With --all: the longest path listed (default 4)."),
      OptionSpec(
        name: "limit", short: "n", value: .count, help: "With --all: at most n paths (default 50)."),
    ],
    examples: [
      .init(command: "llmnotes path bert llama", meaning: "how BERT is connected to LLaMA"),
      .init(
        command: "llmnotes path bert roberta --all --max-hops 2",
        meaning: "every path of one or two steps"),
      .init(
        command: "llmnotes path bert gpt-3 --via architecture --via based-on",
        meaning: "over two relations only"),
      .init(command: "llmnotes path lora qlora --format json", meaning: "as JSON"),
    ])

  let names: [String]
  let filter: WalkFilter
  let all: Bool
  let maximumHops: Int
  let limit: Int

  init(_ arguments: ParsedArguments) throws(UsageError) {
    names = arguments.words
    var filter = WalkFilter()
    filter.relations = try WalkOptions.relations(arguments, "via", spec: Self.spec)
    filter.links = arguments.has("links") || filter.relations.contains(.links)
    self.filter = filter
    all = arguments.has("all")
    if !all, arguments.has("max-hops") || arguments.has("limit") {
      throw UsageError("--max-hops and --limit go with --all", command: Self.spec)
    }
    maximumHops = min(arguments.count("max-hops") ?? 4, 12)
    limit = arguments.count("limit") ?? 50
  }

  func run(_ context: CommandContext) -> ExitCode {
    let graph = context.base.graph
    var topics: [Topic] = []
    var status = ExitCode.success
    for name in names {
      do throws(LookupError) {
        topics.append(try graph.topic(named: name))
      } catch {
        status = context.report(error)
      }
    }
    guard status == .success, topics.count == 2 else { return status }
    let answer =
      all
      ? graph.allPaths(
        from: topics[0], to: topics[1], filter: filter, maximumHops: maximumHops, limit: limit)
      : graph.shortestPath(from: topics[0], to: topics[1], filter: filter)
    let renderer: any TopicPathRenderer =
      context.format == .json ? TopicPathJSON() : TopicPathText(context: context.render)
    if answer.paths.isEmpty {
      if context.format == .json { renderer.render(answer, to: context.console) }
      let reason =
        topics[0].id == topics[1].id
        ? "both names find '\(topics[0].id)'"
        : "no path from '\(topics[0].id)' to '\(topics[1].id)'"
          + (all ? " of at most \(maximumHops) relations" : "")
          + (filter.relations.isEmpty
            ? (filter.links ? "" : " over typed relations (try --links)")
            : " over " + filter.relations.map(\.rawValue).sorted().joined(separator: ", "))
      context.console.writeError("error: \(reason)\n")
      return .notFound
    }
    renderer.render(answer, to: context.console)
    return .success
  }
}
