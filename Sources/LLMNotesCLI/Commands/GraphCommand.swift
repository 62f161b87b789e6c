import LLMNotesCore

/// `llmnotes graph [<name>...]`
struct GraphCommand: Command {
  static let spec = CommandSpec(
    name: "graph",
    abstract:
      "Export the neighbourhood of topics, or the whole graph, as a tree, DOT, Mermaid or JSON.",
    discussion: """
      With names: the topics within --depth relations of them (default 1), walking relations
      both ways, and the relations the walk crossed or could have (not those between two
      topics at the outer edge). Without names: the whole graph. Only typed
      relations are followed unless --links (body wikilinks connect nearly everything).
      --format dot is for Graphviz (llmnotes graph encoder-only --format dot | dot -Tpng >
      encoder-only.png), mermaid is a flowchart GitHub draws in Markdown, json is
      {"nodes": [{id, title, kind}], "links": [{source, target, relation}]} as d3 reads it.
      Links always point from the note that declares the relation. A name with spaces needs
      quotes here.
      """,
    arguments: .words(placeholder: "name", minimum: 0, maximum: nil, joined: false),
    options: [
      OptionSpec(
        name: "depth", value: .count,
        help: "How many relations away from the named topics (default 1)."),
      WalkOptions.relation(name: "relation", meaning: "Follow only this relation"),
      OptionSpec(
        name: "kind", aliases: ["kinds"], value: .kind,
        repetition: .many(meaning: "any of the kinds"),
        help: "Only topics of this kind (the named topics always stay)."),
      WalkOptions.links,
    ],
    formats: [.text, .dot, .mermaid, .json],
    examples: [
      .init(command: "llmnotes graph encoder-only", meaning: "the neighbourhood as a tree"),
      .init(
        command: "llmnotes graph encoder-only --format dot | dot -Tpng > encoder-only.png",
        meaning: "a picture with Graphviz"),
      .init(
        command: "llmnotes graph bert --depth 2 --relation architecture --relation based-on",
        meaning: "two steps over two relations"),
      .init(
        command: "llmnotes graph google --kind model --format mermaid",
        meaning: "Google's models, for a README"),
      .init(
        command: "llmnotes graph --format json > graph.json", meaning: "the whole graph, for d3"),
    ])

  let names: [String]
  let depth: Int
  let filter: WalkFilter

  init(_ arguments: ParsedArguments) throws(UsageError) {
    names = arguments.words
    depth = arguments.count("depth") ?? 1
    var filter = WalkFilter()
    filter.relations = try WalkOptions.relations(arguments, "relation", spec: Self.spec)
    filter.links = arguments.has("links") || filter.relations.contains(.links)
    filter.kinds = Set(arguments.kinds("kind"))
    self.filter = filter
  }

  func run(_ context: CommandContext) -> ExitCode {
    let graph = context.base.graph
    var roots: [Topic] = []
    var status = ExitCode.success
    for name in names {
      do throws(LookupError) {
        roots.append(try graph.topic(named: name))
      } catch {
        status = context.report(error)
      }
    }
    guard status == .success else { return status }
    let answer =
      names.isEmpty
      ? graph.wholeGraph(filter: filter)
      : graph.neighbourhood(of: roots, depth: depth, filter: filter)
    let renderer: any SubgraphRenderer =
      switch context.format {
      case .json: SubgraphJSON()
      case .dot: SubgraphDOT()
      case .mermaid: SubgraphMermaid()
      case .text: SubgraphText(context: context.render)
      }
    renderer.render(answer, to: context.console)
    return .success
  }
}
