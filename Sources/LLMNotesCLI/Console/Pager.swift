#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which pager to run and how, the way git chooses: `LLMNOTES_PAGER`, else `PAGER`, else
/// `less`; `LESS=FRX` (quit when the text fits, keep colours, leave the screen as it is) and
/// `LV=-c` when they are not set. An empty command or `cat` means no pager.
struct Pager {
  /// Starts the pager with its input on a pipe and the given environment (`environment(_:)`
  /// already applied); nil when it cannot be started, and the output is then written directly.
  let start: (_ command: String, _ environment: [String: String]) -> PagerProcess?

  /// Spawns a real process (`main.swift`'s pager).
  static var system: Pager {
    Pager { command, environment in PagerProcess.spawn(command, environment) }
  }

  /// The pager command for this environment, or nil for none.
  static func command(in environment: [String: String]) -> String? {
    let command = environment["LLMNOTES_PAGER"] ?? environment["PAGER"] ?? "less"
    let trimmed = command.trimmingSpaces()
    return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
  }

  /// The pager's environment: the tool's own, with `LESS` and `LV` defaulted.
  static func environment(_ environment: [String: String]) -> [String: String] {
    var environment = environment
    if environment["LESS"] == nil { environment["LESS"] = "FRX" }
    if environment["LV"] == nil { environment["LV"] = "-c" }
    return environment
  }
}

/// A running pager: its input pipe and its process id. Writes are buffered; a pager that quits
/// early shows up as a closed pipe (`EPIPE`, SIGPIPE being ignored), which is not an error.
final class PagerProcess {
  private var descriptor: Int32
  private let processID: pid_t
  private var buffer: [UInt8] = []
  private(set) var failure: OutputFailure?

  private init(descriptor: Int32, processID: pid_t) {
    self.descriptor = descriptor
    self.processID = processID
  }

  func write(_ text: String) {
    guard failure == nil else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failure == nil, descriptor >= 0 else { return }
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
      }
      if written < 0, errno == EINTR { continue }
      if written <= 0 {
        let code = written < 0 ? errno : EIO
        failure = code == EPIPE ? .closed : .failed(String(cString: strerror(code)))
        return
      }
      offset += written
    }
  }

  /// Sends the rest, closes the pipe and waits until the user leaves the pager.
  func finish() {
    flush()
    if descriptor >= 0 { close(descriptor) }
    descriptor = -1
    var status: Int32 = 0
    while waitpid(processID, &status, 0) < 0, errno == EINTR {}
  }

  /// Starts `command`: run directly when it is a program and plain arguments (so a missing
  /// program is found missing here, and the output printed instead), through `/bin/sh -c`
  /// when it uses the shell's syntax.
  static func spawn(_ command: String, _ environment: [String: String]) -> PagerProcess? {
    let plain = command.unicodeScalars.allSatisfy { scalar in
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        || " /._-=+,:@".unicodeScalars.contains(scalar)
    }
    var arguments = ["/bin/sh", "-c", command]
    if plain {
      let words = command.split(separator: " ").map(String.init)
      guard let first = words.first, let program = find(first, path: environment["PATH"]) else {
        return nil
      }
      arguments = [program] + words.dropFirst()
    }
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else { return nil }
    // The write end must not leak into the pager, or it would never see the end of its input.
    _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
    _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
    // The pager gets the default SIGPIPE and SIGINT back (this process ignores SIGPIPE).
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    sigaddset(&defaults, SIGINT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var processID: pid_t = 0
    let result = posix_spawn(&processID, arguments[0], &actions, &attributes, argv, envp)
    close(pipeEnds[0])
    guard result == 0 else {
      close(pipeEnds[1])
      return nil
    }
    // Ctrl-C belongs to the pager now (less uses it to stop a search); this process must stay
    // until the pager ends, or the shell would take the terminal back from under it.
    signal(SIGINT, SIG_IGN)
    return PagerProcess(descriptor: pipeEnds[1], processID: processID)
  }

  /// The executable `name` names: a path as it is, a bare name looked up in `PATH`.
  private static func find(_ name: String, path: String?) -> String? {
    if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
    for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
      let candidate = folder + "/" + name
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var view = Substring(self)
    while view.first?.isWhitespace == true { view.removeFirst() }
    while view.last?.isWhitespace == true { view.removeLast() }
    return String(view)
  }
}
