/// `--format`: each command declares which of these it can write.
enum OutputFormat: String, CaseIterable, Sendable {
  case text
  case json
}
