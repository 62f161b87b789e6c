import LLMNotesCore

/// One output format. Commands compute answers with the core library and hand them to the
/// renderer chosen by `--json`; nothing else knows how output looks.
protocol Renderer {
  func page(of topic: Topic, in graph: TopicGraph) -> String
  func list(_ topics: [Topic], in graph: TopicGraph, groupedByKind: Bool) -> String
  func comparison(_ comparison: Comparison) -> String
  func report(_ diagnostics: [Diagnostic], noteCount: Int) -> String
}

enum OutputFormat {
  case text(width: Int, style: TextStyle)
  case json

  var renderer: any Renderer {
    switch self {
    case .text(let width, let style): TextRenderer(width: width, style: style)
    case .json: JSONRenderer()
    }
  }
}

/// The one-line tally `check` ends with.
func diagnosticSummary(_ diagnostics: [Diagnostic], noteCount: Int) -> String {
  let errors = diagnostics.filter { $0.severity == .error }.count
  let warnings = diagnostics.count - errors
  let files = Set(diagnostics.map(\.location.path)).count
  let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
  if diagnostics.isEmpty { return "checked \(plural(noteCount, "note")): no problems" }
  return
    "checked \(plural(noteCount, "note")): \(plural(errors, "error")), \(plural(warnings, "warning")) in \(plural(files, "file"))"
}
