import LLMNotesCore

/// The README's table of `check` rules, generated from `Rule` so the two cannot drift apart
/// (a test compares them).
public enum RuleTable {
  public static var markdown: String {
    var lines = ["| rule | severity | what it finds | example |", "|---|---|---|---|"]
    for rule in Rule.allCases {
      let cells = [rule.summary, rule.example].map {
        $0.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
      }
      lines.append("| `\(rule.rawValue)` | \(rule.severity.rawValue) | \(cells[0]) | \(cells[1]) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
