#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's own standard streams. Output is buffered up to `bufferLimit` bytes and written
/// with `write(2)`, retrying short writes; the first failure is kept and later writes dropped.
/// SIGPIPE must be ignored by the caller so a closed pipe shows up as `EPIPE` here.
public final class StandardConsole: Console {
  public let terminal: TerminalFacts
  public private(set) var outputFailure: OutputFailure?
  private var buffer: [UInt8] = []
  private let bufferLimit = 1 << 16
  private let fixedNow: Double?
  private var generator = SystemRandomNumberGenerator()

  /// - Parameter now: a fixed time for the clock (from `LLMNOTES_NOW`), or nil for the real one.
  public init(now: Double? = nil) {
    let size = TerminalSize.ofStandardOutput()
    terminal = TerminalFacts(
      isTerminal: isatty(STDOUT_FILENO) == 1, inputIsTerminal: isatty(STDIN_FILENO) == 1,
      columns: size?.columns, rows: size?.rows)
    fixedNow = now
    buffer.reserveCapacity(bufferLimit)
  }

  public var isWritable: Bool { outputFailure == nil }

  public func write(_ text: String) {
    guard outputFailure == nil else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= bufferLimit { flush() }
  }

  public func writeError(_ text: String) {
    flush()
    _ = Self.send(Array(text.utf8), to: STDERR_FILENO)
  }

  public func flush() {
    guard !buffer.isEmpty else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    guard outputFailure == nil else { return }
    if let code = Self.send(buffer, to: STDOUT_FILENO) {
      outputFailure = code == EPIPE ? .closed : .failed(String(cString: strerror(code)))
    }
  }

  public func readLine() -> String? {
    flush()
    return Swift.readLine(strippingNewline: true)
  }

  public func now() -> Double {
    if let fixedNow { return fixedNow }
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  public func random(below bound: Int) -> Int {
    bound > 0 ? Int.random(in: 0..<bound, using: &generator) : 0
  }

  /// Writes all of `bytes`; the `errno` of a failure, or nil.
  private static func send(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if written == 0 { return EIO }
      offset += written
    }
    return nil
  }
}
