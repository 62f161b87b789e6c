import LLMNotesCore

/// `llmnotes compare <a> <b> [<c>...]`
enum CompareCommand {
  static func run(
    names: [String], _ graph: TopicGraph, _ renderer: any Renderer, _ outcome: inout Outcome
  ) {
    var topics: [Topic] = []
    for name in names {
      do throws(LookupError) {
        let topic = try graph.topic(named: name)
        if !topics.contains(where: { $0.id == topic.id }) { topics.append(topic) }
      } catch {
        reportLookupFailure(error, &outcome)
      }
    }
    guard outcome.exitCode == .success else { return }
    guard topics.count >= 2 else {
      outcome.printError(
        "error: those names all find '\(topics.first?.id ?? "")'; compare needs two different topics"
      )
      outcome.exitCode = .notFound
      return
    }
    outcome.stdout += renderer.comparison(graph.comparison(of: topics))
  }
}
