/// `--format`: each command declares which of these it can write.
enum OutputFormat: String, CaseIterable, Sendable {
  case text
  case json
  /// Graphviz (`dot -Tpng`).
  case dot
  /// A Mermaid flowchart, as GitHub renders in Markdown.
  case mermaid
}
