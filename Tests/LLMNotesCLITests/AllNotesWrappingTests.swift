import Testing

@testable import LLMNotesCLI

/// Every built-in note's page, as `show` prints it off a terminal, at four widths: each line
/// fits (a code line wider than the width is cut, its pieces ending in `\`, so this holds for
/// code too), no line starts with closing or ends with opening Chinese punctuation, and no
/// Markdown mark is left.
@Suite("Every built-in note, wrapped")
struct AllNotesWrappingTests {
  @Test(
    "show fits the width and follows the Chinese line-breaking rules", arguments: [40, 60, 80, 100])
  func everyNote(width: Int) {
    var problems: [String] = []
    for topic in CLI.builtinNotes.graph.topics {
      let page = run("show", topic.id, columns: width)
      #expect(page.exitCode == .success, "\(topic.id)")
      let headings = topic.body.split(separator: "\n").filter { $0.hasPrefix("#") }
      for heading in headings where page.stdout.contains(heading) {
        problems.append("\(topic.id): a heading with its marks: \(heading)")
      }
      problems += Self.problems(in: page.stdout, width: width).map { "\(topic.id): \($0)" }
      if problems.count > 20 { break }
    }
    #expect(
      problems.isEmpty,
      "\(problems.count) problems at \(width):\n\(problems.joined(separator: "\n"))")
  }

  /// What is wrong with `text` as lines of at most `width` columns.
  static func problems(in text: String, width: Int) -> [String] {
    var problems: [String] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (index, line) in lines.enumerated() {
      if DisplayWidth.of(line) > width { problems.append("wider than \(width): \(line)") }
      let content = line.drop { $0 == " " }
      if let first = content.first, LineBreaker.closing.contains(first) {
        problems.append("starts with closing punctuation: \(line)")
      }
      // `.model` after a space is a file name, not a full stop: only `,;:?!)` are checked here.
      if let first = content.first, ",;:?!)".contains(first), index > 0,
        let end = lines[index - 1].last, DisplayWidth.of(end) == 2
      {
        problems.append("starts with closing punctuation after Chinese text: \(line)")
      }
      if let last = line.last, LineBreaker.opening.contains(last) {
        problems.append("ends with opening punctuation: \(line)")
      }
      if line.contains("**") { problems.append("Markdown marks: \(line)") }
    }
    return problems
  }
}
