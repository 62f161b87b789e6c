/// The answer to `check`: every problem, and how many files were read.
public struct CheckReport: Sendable {
  /// Sorted by file, line and column.
  public let diagnostics: [Diagnostic]
  /// Note files read (loaded or not), not topics in the graph.
  public let filesChecked: Int

  public var errorCount: Int { diagnostics.lazy.filter { $0.severity == .error }.count }
  public var warningCount: Int { diagnostics.count - errorCount }
  /// Distinct files with at least one problem.
  public var filesWithProblems: Int { Set(diagnostics.map(\.location.path)).count }
}
