import LLMNotesCore

/// `llmnotes compare <name> <name>...`
struct CompareCommand: Command {
  static let spec = CommandSpec(
    name: "compare",
    abstract: "Compare topics side by side; rows where they differ are marked.",
    discussion: """
      Rows marked '≠' differ between the topics; '=' rows are the same. What all topics share
      is listed after the table. A name with spaces needs quotes here.
      """,
    arguments: .words(placeholder: "name", minimum: 2, maximum: nil, joined: false),
    examples: [
      .init(command: "llmnotes compare bert gpt", meaning: "two models"),
      .init(
        command: "llmnotes compare encoder-only decoder-only encoder-decoder",
        meaning: "the three Transformer architectures"),
    ])

  let names: [String]

  init(_ arguments: ParsedArguments) throws(UsageError) { names = arguments.words }

  func run(_ context: CommandContext) -> ExitCode {
    let graph = context.base.graph
    var topics: [Topic] = []
    var status = ExitCode.success
    for name in names {
      do throws(LookupError) {
        let topic = try graph.topic(named: name)
        if !topics.contains(where: { $0.id == topic.id }) { topics.append(topic) }
      } catch {
        status = context.report(error)
      }
    }
    guard status == .success else { return status }
    guard topics.count >= 2 else {
      context.console.writeError(
        "error: those names all find '\(topics.first?.id ?? "")'; compare needs two different topics\n"
      )
      return .notFound
    }
    let renderer: any ComparisonRenderer =
      context.format == .json ? ComparisonJSON() : ComparisonText(context: context.render)
    renderer.render(graph.comparison(of: topics), to: context.console)
    return .success
  }
}
