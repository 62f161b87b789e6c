import Foundation
import LLMNotesCLI
import Testing

@Suite("README stays true")
struct ReadmeTests {
  static let readme = EndToEndTests.packageRoot.appending(path: "README.md")

  /// The rule table between the markers is generated from `Rule`. Run with
  /// LLMNOTES_UPDATE_README=1 to rewrite it after changing a rule.
  @Test("the check rule table matches the rules in the code")
  func ruleTableIsCurrent() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let begin = "<!-- rules:begin -->\n"
    let end = "<!-- rules:end -->"
    guard let start = text.range(of: begin),
      let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
    else {
      Issue.record("README.md has no rules markers")
      return
    }
    let current = String(text[start.upperBound..<stop.lowerBound])
    if ProcessInfo.processInfo.environment["LLMNOTES_UPDATE_README"] == "1",
      current != RuleTable.markdown
    {
      try (text[..<start.upperBound] + RuleTable.markdown + text[stop.lowerBound...])
        .write(to: Self.readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(current == RuleTable.markdown)
  }

  @Test("the README shows the two commands a newcomer needs")
  func quickStart() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    #expect(text.contains("swift run llmnotes show encoder-only"))
    #expect(text.contains("swift test"))
  }
}
