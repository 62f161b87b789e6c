import LLMNotesCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes all of `text` to a file descriptor, retrying short writes.
func emit(_ text: String, to descriptor: Int32) {
  var bytes = Array(text.utf8)[...]
  while !bytes.isEmpty {
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if written < 0, errno == EINTR { continue }
    if written <= 0 { return }
    bytes = bytes.dropFirst(written)
  }
}

var environment: [String: String] = [:]
for name in ["LLMNOTES_NOTES", "COLUMNS", "NO_COLOR", "TERM"] {
  if let value = getenv(name) { environment[name] = String(cString: value) }
}
let outcome = CLI.run(
  Array(CommandLine.arguments.dropFirst()), environment: environment,
  isTerminal: isatty(STDOUT_FILENO) == 1, exitsAfterwards: true)
emit(outcome.stdout, to: STDOUT_FILENO)
emit(outcome.stderr, to: STDERR_FILENO)
exit(outcome.exitCode.rawValue)
