import LLMNotesCore

/// `llmnotes timeline [filters]`
struct TimelineCommand: Command {
  static let spec = CommandSpec(
    name: "timeline",
    abstract: "Topics by year, oldest first, with month, organization and family.",
    discussion: """
      Every topic with a year, grouped under it; within a year by the released month
      (released: YYYY-MM in a note), topics with only a year after the months. The filters are
      those of 'list'; --from and --to bound the years (both included). Topics the filters keep
      but that have no year are counted at the end.
      """,
    options: [
      OptionSpec(name: "from", value: .year, help: "From this year on."),
      OptionSpec(name: "to", value: .year, help: "Up to this year."),
    ] + [FilterOptions.kind, FilterOptions.year] + FilterOptions.attributes,
    optionGroups: [FilterOptions.relations],
    examples: [
      .init(command: "llmnotes timeline --kind model", meaning: "the models, oldest first"),
      .init(
        command: "llmnotes timeline --kind model --from 2017 --to 2020",
        meaning: "from the Transformer to GPT-3"),
      .init(
        command: "llmnotes timeline --organization google", meaning: "what Google made, by year"),
      .init(command: "llmnotes timeline --kind model --format json", meaning: "as JSON"),
    ])

  let filter: TopicFilter
  let range: YearRange?

  init(_ arguments: ParsedArguments) throws(UsageError) {
    filter = FilterOptions.filter(from: arguments)
    let from = arguments.year("from")
    let to = arguments.year("to")
    if let from, let to, from > to {
      throw UsageError("--from \(from) is after --to \(to)", command: Self.spec)
    }
    range = from == nil && to == nil ? nil : YearRange(lower: from, upper: to)
  }

  func run(_ context: CommandContext) -> ExitCode {
    let graph = context.base.graph
    let topics: [Topic]
    do throws(LookupError) {
      topics = try graph.topics(matching: filter)
    } catch {
      return context.report(error)
    }
    let timeline = graph.timeline(of: topics, years: range)
    let renderer: any TimelineRenderer =
      context.format == .json ? TimelineJSON() : TimelineText(context: context.render)
    if timeline.years.isEmpty {
      if context.format == .json { renderer.render(timeline, to: context.console) }
      context.console.writeError("no topics with a year match\n")
      return .notFound
    }
    renderer.render(timeline, to: context.console)
    return .success
  }
}
