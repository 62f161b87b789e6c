/// A console in memory, for tests and for anything that wants a command's output as text:
/// fixed terminal facts, scripted input, a fixed clock and a seeded random source.
public final class CapturingConsole: Console {
  public var terminal: TerminalFacts
  public private(set) var stdout = ""
  public private(set) var stderr = ""
  public var outputFailure: OutputFailure?
  private var input: [String]
  private var clock: Double
  private var state: UInt64

  public init(
    terminal: TerminalFacts = TerminalFacts(isTerminal: false), input: [String] = [],
    now: Double = 1_669_725_000, seed: UInt64 = 1
  ) {
    self.terminal = terminal
    self.input = input.reversed()
    self.clock = now
    self.state = seed
  }

  public var isWritable: Bool { outputFailure == nil }
  public func write(_ text: String) { if outputFailure == nil { stdout += text } }
  public func writeError(_ text: String) { stderr += text }
  /// Seconds the clock moves on at each line read, as if the learner took that long.
  public var secondsPerLine = 0.0
  public func readLine() -> String? {
    clock += secondsPerLine
    return input.popLast()
  }
  public func flush() {}
  public func now() -> Double { clock }
  /// Moves the fixed clock on.
  public func advance(seconds: Double) { clock += seconds }

  /// SplitMix64: small, seeded, the same on every platform.
  public func random(below bound: Int) -> Int {
    guard bound > 0 else { return 0 }
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}
