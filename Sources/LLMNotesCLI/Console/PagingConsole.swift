/// Standard output on a terminal, paged as git pages it: output is held back until it is
/// taller than the screen, then sent through the pager; output that fits is written directly
/// when the command ends (`finish()`). A pager that cannot start means direct output.
final class PagingConsole: Console {
  private let base: any Console
  private let pager: Pager
  private let command: String
  private let environment: [String: String]
  private let rows: Int
  private var held = ""
  private var heldLines = 0
  private var state = State.holding

  private enum State {
    case holding
    case direct
    case paging(PagerProcess)
  }

  init(
    _ base: any Console, pager: Pager, command: String, environment: [String: String], rows: Int
  ) {
    self.base = base
    self.pager = pager
    self.command = command
    self.environment = Pager.environment(environment)
    self.rows = rows
  }

  var terminal: TerminalFacts { base.terminal }
  var isWritable: Bool { outputFailure == nil }

  var outputFailure: OutputFailure? {
    if case .paging(let process) = state { return process.failure }
    return base.outputFailure
  }

  func write(_ text: String) {
    switch state {
    case .direct: base.write(text)
    case .paging(let process): process.write(text)
    case .holding:
      held += text
      for byte in text.utf8 where byte == 0x0A { heldLines += 1 }
      // One row stays for the shell's prompt, as with `less -F`.
      if heldLines >= rows { startPager() }
    }
  }

  func writeError(_ text: String) { base.writeError(text) }

  func readLine() -> String? {
    flush()
    return base.readLine()
  }

  /// Output still held back stays held: only `finish()` knows it fits the screen.
  func flush() {
    switch state {
    case .direct, .holding: base.flush()
    case .paging(let process): process.flush()
    }
  }

  func now() -> Double { base.now() }
  func random(below bound: Int) -> Int { base.random(below: bound) }

  /// The command is done: write what fits the screen, or wait for the user to leave the pager.
  func finish() {
    switch state {
    case .holding:
      state = .direct
      base.write(held)
      held = ""
      base.flush()
    case .direct: base.flush()
    case .paging(let process): process.finish()
    }
  }

  private func startPager() {
    base.flush()
    if let process = pager.start(command, environment) {
      state = .paging(process)
      process.write(held)
    } else {
      state = .direct
      base.write(held)
    }
    held = ""
  }
}
