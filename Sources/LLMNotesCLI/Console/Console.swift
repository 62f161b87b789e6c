/// Where a command's output goes and where its input comes from. Commands write through it as
/// they go (nothing is accumulated), and read the terminal facts, the input, the clock and the
/// random source from it, so the pager and interactive commands can be tested in process.
public protocol Console: AnyObject {
  /// Facts about the terminal the output goes to.
  var terminal: TerminalFacts { get }
  /// Writes to standard output. After a failed write, further writes are dropped.
  func write(_ text: String)
  /// Writes to standard error.
  func writeError(_ text: String)
  /// One line of standard input without its line break; nil at the end of input.
  func readLine() -> String?
  /// Whether standard output still takes writes: long outputs stop early when it does not.
  var isWritable: Bool { get }
  /// The first failed write to standard output, if any.
  var outputFailure: OutputFailure? { get }
  /// Sends buffered output on.
  func flush()
  /// Seconds since 1970, from the clock (or a fixed time in tests and with `LLMNOTES_NOW`).
  func now() -> Double
  /// A random number below `bound`, from the console's random source.
  func random(below bound: Int) -> Int
}

/// What is known about where the output goes.
public struct TerminalFacts: Sendable {
  /// Standard output is a terminal.
  public var isTerminal: Bool
  /// Standard input is a terminal.
  public var inputIsTerminal: Bool
  /// The terminal's columns (`nil` when unknown).
  public var columns: Int?
  /// The terminal's rows (`nil` when unknown).
  public var rows: Int?

  public init(
    isTerminal: Bool, inputIsTerminal: Bool = false, columns: Int? = nil, rows: Int? = nil
  ) {
    self.isTerminal = isTerminal
    self.inputIsTerminal = inputIsTerminal
    self.columns = columns
    self.rows = rows
  }
}

/// Why standard output stopped taking writes.
public enum OutputFailure: Sendable, Equatable {
  /// The reader went away (`llmnotes list | head`): not an error, the program just stops.
  case closed
  /// Any other failure, with the system's description (`No space left on device`).
  case failed(String)
}
