/// The README's command reference, generated from the command schemas so it cannot drift from
/// the code (a test compares them; `LLMNOTES_UPDATE_README=1 swift test` rewrites it).
public enum CommandReference {
  public static var markdown: String {
    var out = ""
    for spec in Commands.specs where !spec.isHidden {
      out += "### `\(spec.usage)`\n\n\(spec.abstract)\n\n"
      if !spec.discussion.isEmpty {
        out += spec.discussion.split(separator: "\n").joined(separator: " ") + "\n\n"
      }
      let rows =
        spec.options + spec.optionGroups.flatMap(\.options) + CommonOptions.options(for: spec)
      out += "| option | meaning |\n|---|---|\n"
      for option in rows where !option.isHidden {
        var meaning = option.help
        if case .many(let repeated) = option.repetition { meaning += " Repeat: \(repeated)." }
        let spellings = ([option.synopsis] + option.aliases.map { "--\($0)" })
          .map { "`\($0)`" }.joined(separator: ", ")
        out += "| \(escape(spellings)) | \(escape(meaning)) |\n"
      }
      out += "\nExamples:\n\n"
      for example in spec.examples { out += "- `\(example.command)` — \(example.meaning)\n" }
      out += "\n"
    }
    return out
  }

  private static func escape(_ text: String) -> String {
    text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }
}
