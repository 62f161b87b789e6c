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
    options: [
      OptionSpec(
        name: "kind", aliases: ["kinds"], value: .kind,
        repetition: .many(meaning: "any of the kinds"),
        help:
          "Topics of this kind: \(Kind.allCases.map(\.singular).joined(separator: ", ")); also plural or Chinese (模型)."
      ),
      OptionSpec(
        name: "year", aliases: ["years"], value: .years,
        help: "Topics from this year or range: 2019, 2019..2021, 2019.., ..2018."),
    ]
      + Attribute.allCases.filter { $0.shape == .text }.map { attribute in
        OptionSpec(
          name: attribute.rawValue, value: .text(placeholder: "text"),
          help:
            "Topics whose \(attribute.rawValue) (\(attribute.gloss)) is this text, compared like names."
        )
      },
    optionGroups: [
      (
        title:
          "Relation filters (each takes a topic name; singular, plural and Chinese spellings work)",
        options: EdgeLabel.all.map { label in
          OptionSpec(
            name: label.name, aliases: Array(label.names.dropFirst()), value: .topic,
            repetition: .many(meaning: "all must hold"),
            help: "\(label.gloss)")
        }
      )
    ],
    examples: [
      .init(command: "llmnotes list --task summarization", meaning: "models for a task"),
      .init(
        command: "llmnotes list --kind model --organization google", meaning: "Google's models"),
      .init(
        command: "llmnotes list --kind 模型 --year 2019..2020", meaning: "models of 2019 and 2020"),
      .init(command: "llmnotes list --category 开源模型", meaning: "by a category's Chinese name"),
    ])

  let filter: TopicFilter

  init(_ arguments: ParsedArguments) throws(UsageError) {
    var filter = TopicFilter()
    filter.kinds = Set(arguments.kinds("kind"))
    filter.years = arguments.years("year")
    for case (let option, .text(let value)) in arguments.values {
      if let attribute = Attribute(rawValue: option) {
        filter.attributes.append((attribute, value))
      } else if let label = EdgeLabel.named(option) {
        filter.relations.append((label, value))
      }
    }
    self.filter = filter
  }

  func run(_ context: CommandContext) -> ExitCode {
    let graph = context.base.graph
    let topics: [Topic]
    do throws(LookupError) {
      topics = try graph.topics(matching: filter)
    } catch {
      return context.report(error)
    }
    let list = graph.list(topics, isWholeGraph: filter.isEmpty)
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
