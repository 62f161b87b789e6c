import LLMNotesCore

/// `llmnotes check`: every problem, compiler style, then a summary; exit 1 on errors.
enum CheckCommand {
  static func run(_ base: KnowledgeBase, _ renderer: any Renderer, _ outcome: inout Outcome) {
    outcome.stdout += renderer.report(base.diagnostics, noteCount: base.graph.topics.count)
    if !base.errors.isEmpty { outcome.exitCode = .notFound }
  }
}
