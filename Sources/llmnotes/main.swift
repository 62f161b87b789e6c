import LLMNotesCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// A closed pipe (`llmnotes list | head`) shows up as EPIPE on write, and the console stops
// quietly, instead of the process dying of SIGPIPE.
signal(SIGPIPE, SIG_IGN)
let status = CLI.run(
  Array(CommandLine.arguments.dropFirst()), environment: ProcessEnvironment.current(),
  console: StandardConsole(), currentFolder: ProcessEnvironment.currentFolder(),
  exitsAfterwards: true, pagesOutput: true)
exit(status.rawValue)
