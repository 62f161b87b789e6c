import Foundation
import LLMNotesCLI
import Testing

@Suite("README stays true", .serialized)
struct ReadmeTests {
  static let readme = EndToEndTests.packageRoot.appending(path: "README.md")

  /// The text between `<!-- name:begin -->` and `<!-- name:end -->` must be `generated`.
  /// Run with LLMNOTES_UPDATE_README=1 to rewrite it after an intended change.
  func expectGenerated(_ name: String, _ generated: String) throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let begin = "<!-- \(name):begin -->\n"
    let end = "<!-- \(name):end -->"
    guard let start = text.range(of: begin),
      let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
    else {
      Issue.record("README.md has no \(name) markers")
      return
    }
    let current = String(text[start.upperBound..<stop.lowerBound])
    if ProcessInfo.processInfo.environment["LLMNOTES_UPDATE_README"] == "1", current != generated {
      try (text[..<start.upperBound] + generated + text[stop.lowerBound...])
        .write(to: Self.readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(current == generated, "README's \(name) section is stale")
  }

  @Test("the check rule table matches the rules in the code")
  func ruleTableIsCurrent() throws { try expectGenerated("rules", RuleTable.markdown) }

  @Test("the Mermaid picture of encoder-only's neighbourhood is what graph writes")
  func mermaidIsCurrent() throws {
    let outcome = CLI.capture(["graph", "encoder-only", "--format", "mermaid"])
    #expect(outcome.exitCode == .success)
    try expectGenerated("mermaid", "```mermaid\n" + outcome.stdout + "```\n")
  }

  @Test("the command reference matches the command schemas")
  func commandReferenceIsCurrent() throws {
    try expectGenerated("commands", CommandReference.markdown)
  }

  /// Every ```console block that starts `$ llmnotes …` is a transcript: the command is run in
  /// process (built-in notes, 100 columns, no terminal) and must print exactly what the block
  /// shows. A block whose last line is `…` shows only the first lines of the output (its line
  /// count is kept when the README is rewritten with LLMNOTES_UPDATE_README=1).
  @Test("every transcript in the README is what the tool prints")
  func transcripts() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let update = ProcessInfo.processInfo.environment["LLMNOTES_UPDATE_README"] == "1"
    var parts = text.components(separatedBy: "```console\n")
    var checked = 0
    for index in parts.indices.dropFirst() {
      guard let end = parts[index].range(of: "\n```") else { continue }
      let block = String(parts[index][..<end.lowerBound])
      var lines = block.components(separatedBy: "\n")
      guard let command = lines.first, command.hasPrefix("$ llmnotes ") else { continue }
      lines.removeFirst()
      let words = command.dropFirst("$ llmnotes ".count).split(separator: " ").map(String.init)
      let outcome = CLI.capture(words, environment: ["COLUMNS": "100"])
      let shown = outcome.stdout + outcome.stderr
      let truncated = lines.last == "…"
      let expected = truncated ? lines.dropLast().joined(separator: "\n") : lines.joined(separator: "\n") + "\n"
      if update {
        var output = shown.components(separatedBy: "\n")
        if output.last == "" { output.removeLast() }
        if truncated { output = Array(output.prefix(lines.count - 1)) + ["…"] }
        parts[index] = ([command] + output).joined(separator: "\n") + parts[index][end.lowerBound...]
      } else if truncated {
        #expect(shown.hasPrefix(expected), "README transcript of '\(command)' is stale:\n\(shown)")
      } else {
        #expect(shown == expected, "README transcript of '\(command)' is stale:\n\(shown)")
      }
      checked += 1
    }
    if update {
      try parts.joined(separator: "```console\n").write(to: Self.readme, atomically: true, encoding: .utf8)
    }
    #expect(checked >= 5)
  }

  @Test("the README shows the two commands a newcomer needs")
  func quickStart() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    #expect(text.contains("swift run llmnotes show encoder-only"))
    #expect(text.contains("swift test"))
  }
}
