import LLMNotesCore

/// `llmnotes list [filters]`
struct ListCommand: Command {
  static let spec = CommandSpec(
    name: "list",
    abstract: "List topics matching every filter; with no filter, every topic by kind.",
    discussion: """
      Filters: every one must hold, except that several --kind options mean any of those
      kinds. A relation filter names a topic, found like any name: --task 摘要 is
      --task summarization. Relations work both ways: --models bert lists BERT's
      architecture, --organization google lists what Google developed.
      """,
    options: [FilterOptions.kind, FilterOptions.year] + FilterOptions.attributes + [
      OptionSpec(
        name: "sort", value: .choice(TopicOrder.allCases.map(\.rawValue)),
        help:
          "Order: kind (the default: kind, then id), id, title, year (oldest first, by month where known; undated last)."
      )
    ],
    optionGroups: [FilterOptions.relations],
    examples: [
      .init(command: "llmnotes list --task summarization", meaning: "models for a task"),
      .init(
        command: "llmnotes list --kind model --organization google", meaning: "Google's models"),
      .init(
        command: "llmnotes list --kind 模型 --year 2019..2020", meaning: "models of 2019 and 2020"),
      .init(command: "llmnotes list --category 开源模型", meaning: "by a category's Chinese name"),
      .init(command: "llmnotes list --kind model --sort year", meaning: "models, oldest first"),
    ])

  let filter: TopicFilter
  let order: TopicOrder?

  init(_ arguments: ParsedArguments) throws(UsageError) {
    filter = FilterOptions.filter(from: arguments)
    order = arguments.text("sort").flatMap(TopicOrder.init(rawValue:))
  }

  func run(_ context: CommandContext) -> ExitCode {
    let graph = context.base.graph
    var topics: [Topic]
    do throws(LookupError) {
      topics = try graph.topics(matching: filter)
      if let order { topics = graph.sorted(topics, by: order) }
    } catch {
      return context.report(error)
    }
    let list = graph.list(topics, isWholeGraph: filter.isEmpty && (order ?? .kind) == .kind)
    let renderer: any TopicListRenderer =
      context.format == .json ? TopicListJSON() : TopicListText(context: context.render)
    if topics.isEmpty {
      // JSON still answers with an empty array; text says so on stderr.
      if context.format == .json { renderer.render(list, to: context.console) }
      context.console.writeError("no topics match\n")
      return .notFound
    }
    renderer.render(list, to: context.console)
    return .success
  }
}
