import Foundation
import LLMNotesCLI
import Testing

@Suite("README stays true")
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

  @Test("the command reference matches the command schemas")
  func commandReferenceIsCurrent() throws {
    try expectGenerated("commands", CommandReference.markdown)
  }

  /// Every ```console block that starts `$ llmnotes …` is a transcript: the command is run in
  /// process (built-in notes, 100 columns, no terminal) and must print exactly what the block
  /// shows. A block whose last line is `…` shows only the first lines of the output.
  @Test("every transcript in the README is what the tool prints")
  func transcripts() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let blocks = text.components(separatedBy: "```console\n").dropFirst().compactMap {
      $0.components(separatedBy: "\n```").first
    }
    var checked = 0
    for block in blocks {
      var lines = block.components(separatedBy: "\n")
      guard let command = lines.first, command.hasPrefix("$ llmnotes ") else { continue }
      lines.removeFirst()
      let words = command.dropFirst("$ llmnotes ".count).split(separator: " ").map(String.init)
      let outcome = CLI.capture(words, environment: ["COLUMNS": "100"])
      let shown = outcome.stdout + outcome.stderr
      if lines.last == "…" {
        let prefix = lines.dropLast().joined(separator: "\n")
        #expect(shown.hasPrefix(prefix), "README transcript of '\(command)' is stale:\n\(shown)")
      } else {
        #expect(
          shown == lines.joined(separator: "\n") + "\n",
          "README transcript of '\(command)' is stale:\n\(shown)")
      }
      checked += 1
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
