import LLMNotesCore

/// `llmnotes show <name>`
enum ShowCommand {
  static func run(
    name: String, _ graph: TopicGraph, _ renderer: any Renderer, _ outcome: inout Outcome
  ) {
    do throws(LookupError) {
      let topic = try graph.topic(named: name)
      outcome.stdout += renderer.page(of: topic, in: graph)
    } catch {
      reportLookupFailure(error, &outcome)
    }
  }
}
