import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program with standard input, output and error on a fresh pseudo-terminal of a
/// given size, as a user's terminal would, and collects everything it draws there.
enum PseudoTerminal {
  struct Run {
    /// What the terminal received, with the terminal's `\r\n` turned back into `\n`.
    let output: String
    let status: Int32
  }

  enum Failure: Error { case noTerminal }

  static func run(
    _ arguments: [String], binary: URL = EndToEndTests.binary, columns: Int, rows: Int,
    environment: [String: String] = [:]
  ) throws -> Run {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(
      ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure.noTerminal }
    defer { close(master) }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color"].merging(
      environment
    ) { $1 }
    let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = terminal
    process.standardOutput = terminal
    process.standardError = terminal
    do {
      try process.run()
    } catch {
      close(slave)
      throw error
    }
    // Only the child holds the terminal now, so reading ends (EIO) when it and any pager exit.
    close(slave)
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(master, &chunk, chunk.count)
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      bytes += chunk[..<count]
    }
    process.waitUntilExit()
    let text = String(decoding: bytes, as: UTF8.self).replacing("\r\n", with: "\n")
    return Run(output: text, status: process.terminationStatus)
  }
}
