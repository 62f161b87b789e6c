import LLMNotesCore

/// Writes the answer to `check`.
protocol CheckReportRenderer {
  func render(_ report: CheckReport, to console: any Console)
}

/// Compiler style, one line per problem and one per note under it, then a summary:
/// `Notes/models/bert.md:12:3: error: message [rule-id]`.
struct CheckReportText: CheckReportRenderer {
  let context: RenderContext

  func render(_ report: CheckReport, to console: any Console) {
    for diagnostic in report.diagnostics {
      guard console.isWritable else { return }
      console.write(
        TerminalText.line(
          "\(context.paths.show(diagnostic.location)): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule.rawValue)]"
        ) + "\n")
      for note in diagnostic.notes {
        console.write(
          TerminalText.line("\(context.paths.show(note.location)): note: \(note.message)") + "\n")
      }
    }
    console.write(Self.summary(report) + "\n")
  }

  /// `checked 218 files: no problems`, or the counts.
  static func summary(_ report: CheckReport) -> String {
    let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
    let files = plural(report.filesChecked, "file")
    if report.diagnostics.isEmpty { return "checked \(files): no problems" }
    return
      "checked \(files): \(plural(report.errorCount, "error")), \(plural(report.warningCount, "warning")) in \(plural(report.filesWithProblems, "file"))"
  }
}

/// The report as JSON: counts, then each diagnostic with its location, rule, message and notes.
struct CheckReportJSON: CheckReportRenderer {
  let context: RenderContext

  func render(_ report: CheckReport, to console: any Console) {
    JSONValue.object([
      ("files", .number(report.filesChecked)),
      ("errors", .number(report.errorCount)),
      ("warnings", .number(report.warningCount)),
      (
        "diagnostics",
        .array(
          report.diagnostics.map { diagnostic in
            .object(
              JSONValue.location(diagnostic.location, context.paths) + [
                ("severity", .string(diagnostic.severity.rawValue)),
                ("rule", .string(diagnostic.rule.rawValue)),
                ("message", .string(diagnostic.message)),
                (
                  "notes",
                  .array(
                    diagnostic.notes.map { note in
                      .object(
                        JSONValue.location(note.location, context.paths) + [
                          ("message", .string(note.message))
                        ])
                    })
                ),
              ])
          })
      ),
    ]).write(to: console)
  }
}
