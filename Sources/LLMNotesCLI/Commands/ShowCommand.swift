import LLMNotesCore

/// `llmnotes show <name>...`
struct ShowCommand: Command {
  static let spec = CommandSpec(
    name: "show",
    abstract: "Show one topic: its fields, every linked topic in both directions, and its note.",
    discussion: """
      <name> is an id, title or alias, in any case, with or without spaces, hyphens and
      punctuation: 'Encoder-only', 'encoder only' and '编码器模型' all find encoder-only.
      Several words are one name: 'llmnotes show gpt 3.5' needs no quotes.
      """,
    arguments: .words(placeholder: "name", minimum: 1, maximum: nil, joined: true),
    examples: [
      .init(command: "llmnotes show encoder-only", meaning: "a topic by its id"),
      .init(command: "llmnotes show 摘要", meaning: "by a Chinese name"),
      .init(command: "llmnotes show gpt 3.5", meaning: "several words are one name"),
      .init(command: "llmnotes show bert --format json", meaning: "as JSON"),
    ])

  let name: String

  init(_ arguments: ParsedArguments) throws(UsageError) {
    name = arguments.words.joined(separator: " ")
  }

  func run(_ context: CommandContext) -> ExitCode {
    let graph = context.base.graph
    do throws(LookupError) {
      let page = graph.page(of: try graph.topic(named: name))
      let renderer: any TopicPageRenderer =
        context.format == .json
        ? TopicPageJSON(context: context.render) : TopicPageText(context: context.render)
      renderer.render(page, to: context.console)
      return .success
    } catch {
      let status = context.report(error)
      if case .unknown = error { context.reportMentions(of: name) }
      return status
    }
  }
}
