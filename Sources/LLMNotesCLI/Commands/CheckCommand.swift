import LLMNotesCore

/// `llmnotes check`
struct CheckCommand: Command {
  static let spec = CommandSpec(
    name: "check",
    abstract: "Check a notes folder and print every problem as path:line:column.",
    discussion: """
      Prints one line per problem, 'path:line:column: error|warning: message [rule]', with
      'path:line:column: note: …' lines under it for the other places involved, then a
      summary. Paths are relative to the current folder, so an editor can open them; columns
      count Unicode characters (scalars), so '名' is one column. Exits 1 when there are
      errors, 0 otherwise.
      """,
    examples: [
      .init(command: "llmnotes check", meaning: "the built-in notes"),
      .init(command: "llmnotes check --notes ~/my-notes", meaning: "your own folder"),
    ])

  init(_ arguments: ParsedArguments) throws(UsageError) {}

  func run(_ context: CommandContext) -> ExitCode {
    let report = context.base.report
    let renderer: any CheckReportRenderer =
      context.format == .json
      ? CheckReportJSON(context: context.render) : CheckReportText(context: context.render)
    renderer.render(report, to: context.console)
    return report.errorCount > 0 ? .notFound : .success
  }
}
