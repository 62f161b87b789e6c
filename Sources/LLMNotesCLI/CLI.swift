import LLMNotesBuiltin
import LLMNotesCore

/// The command-line tool as a function: words and environment in, output through a console,
/// an exit status out. `main.swift` hands it the process's own; tests hand it a
/// `CapturingConsole`.
public enum CLI {
  public static let version = "1.1.0"

  /// - Parameters:
  ///   - currentFolder: the working folder, for showing note paths relative to it.
  ///   - exitsAfterwards: the caller ends the process next, so the notes are never freed:
  ///     tearing down 100,000 notes one object at a time takes longer than answering.
  ///   - pagesOutput: long output on a terminal goes through a pager (`main.swift` says yes).
  public static func run(
    _ words: [String], environment: [String: String] = [:], console: any Console,
    currentFolder: String? = nil, exitsAfterwards: Bool = false, pagesOutput: Bool = false
  ) -> ExitCode {
    run(
      words, environment: environment, console: console, currentFolder: currentFolder,
      exitsAfterwards: exitsAfterwards, pager: pagesOutput ? .system : nil)
  }

  /// - Parameter pager: how to start a pager, or nil never to page.
  static func run(
    _ words: [String], environment: [String: String], console: any Console,
    currentFolder: String?, exitsAfterwards: Bool, pager: Pager?
  ) -> ExitCode {
    // `LLMNOTES_ASCII=1` applies to everything written, error messages included.
    let console = isOn(environment["LLMNOTES_ASCII"]) ? ASCIIConsole(console) : console
    var status: ExitCode
    do throws(UsageError) {
      status = try dispatch(
        words, environment: environment, console: console, currentFolder: currentFolder,
        exitsAfterwards: exitsAfterwards, pager: pager)
    } catch {
      console.writeError("error: \(error.message)\n")
      let usage = error.command?.usage ?? "llmnotes <command> [<arguments>] [<options>]"
      console.writeError("Usage: \(usage)\n")
      let help = error.command.map { "llmnotes \($0.name) --help" } ?? "llmnotes --help"
      console.writeError("See '\(help)' for more information.\n")
      status = .usage
    }
    console.flush()
    switch console.outputFailure {
    case .closed?, nil: return status
    case .failed(let reason)?:
      console.writeError("error: cannot write to standard output: \(reason)\n")
      return .outputFailed
    }
  }

  private static func dispatch(
    _ words: [String], environment: [String: String], console: any Console,
    currentFolder: String?, exitsAfterwards: Bool, pager: Pager?
  ) throws(UsageError) -> ExitCode {
    guard let first = words.first else {
      console.write(HelpScreen.tool)
      return .success
    }
    switch first {
    case "-h", "--help":
      console.write(HelpScreen.tool)
      return .success
    case "--version":
      console.write("llmnotes \(version)\n")
      return .success
    default: break
    }
    guard let command = Commands.named(first) else {
      if first.hasPrefix("-") {
        throw UsageError(
          "unknown option '\(TerminalText.line(first))'; a command comes first"
            + didYouMean(first, among: ["--help", "--version"]))
      }
      throw UsageError(
        "unknown command '\(TerminalText.line(first))'"
          + didYouMean(first, among: Commands.specs.map(\.name)))
    }
    let spec = command.spec
    let rest = Array(words.dropFirst())
    // `--help` wins over anything else on the line, as in most tools.
    if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
      console.write(HelpScreen.command(spec))
      return .success
    }
    let arguments = try ArgumentParser.parse(rest, for: spec)
    let instance = try command.init(arguments)

    let format: OutputFormat =
      arguments.text("format").flatMap(OutputFormat.init(rawValue:))
      ?? (arguments.has("json") ? .json : spec.formats.first ?? .text)
    if arguments.has("json"), arguments.has("format"), format != .json {
      throw UsageError("--json and --format \(format.rawValue) disagree", command: spec)
    }
    // The pager sits under the ASCII folding, so what it is given is folded too.
    let ascii = console is ASCIIConsole || arguments.has("ascii")
    var console = (console as? ASCIIConsole)?.base ?? console
    var paging: PagingConsole?
    if let pager, !arguments.has("no-pager"), console.terminal.isTerminal,
      let rows = console.terminal.rows, rows > 1, let command = Pager.command(in: environment)
    {
      paging = PagingConsole(
        console, pager: pager, command: command, environment: environment, rows: rows)
      console = paging ?? console
    }
    if ascii { console = ASCIIConsole(console) }
    // Output that fits the screen is written, or the pager is waited for, before the status.
    defer { paging?.finish() }
    let colorMode = arguments.text("color").flatMap(ColorMode.init(rawValue:)) ?? .auto
    let notesFolder =
      arguments.text("notes") ?? environment["LLMNOTES_NOTES"].flatMap { $0.isEmpty ? nil : $0 }
    let render = RenderContext(
      width: width(console.terminal, environment),
      style: TextStyle.resolve(
        colorMode, isTerminal: console.terminal.isTerminal, environment: environment),
      paths: PathDisplay(folder: notesFolder, currentFolder: currentFolder))

    guard spec.readsNotes else {
      return instance.run(
        CommandContext(
          base: KnowledgeBase(files: []), console: console, format: format, render: render,
          environment: environment))
    }
    let base: KnowledgeBase
    if let notesFolder {
      let cache = arguments.has("no-cache") ? nil : cacheFolder(environment)
      do throws(NotesError) {
        base = try KnowledgeBase(folder: notesFolder, cacheFolder: cache)
      } catch {
        console.writeError("error: \(TerminalText.line(error.description))\n")
        return .notesUnavailable
      }
    } else {
      switch builtinSnapshot {
      case .success(let builtin): base = builtin
      case .failure(let error):
        console.writeError("error: the built-in notes cannot be read: \(error)\n")
        return .notesUnavailable
      }
    }
    if spec.name != CheckCommand.spec.name, !base.filesWithErrors.isEmpty {
      let count = base.filesWithErrors.count
      let again = notesFolder.map { " --notes \(quoteForShell($0))" } ?? ""
      console.writeError(
        "warning: \(count) note\(count == 1 ? " has" : "s have") problems; run 'llmnotes check\(TerminalText.line(again))'\n"
      )
    }
    let status = instance.run(
      CommandContext(
        base: base, console: console, format: format, render: render, environment: environment,
        isBuiltin: notesFolder == nil))
    if exitsAfterwards { _ = Unmanaged.passRetained(Retained(base)) }
    return status
  }

  /// The notes compiled into the binary, opened once per process (in-process tests share
  /// it): a snapshot made at build time by the same loader, read in place, never parsed.
  static let builtinSnapshot = Result { () throws(SnapshotError) in
    try KnowledgeBase(snapshot: SnapshotBytes(BuiltinNotes.snapshot), isBuiltIn: true)
  }

  /// The built-in notes (empty if their snapshot could not be read, which `run` reports).
  static var builtinNotes: KnowledgeBase {
    (try? builtinSnapshot.get()) ?? KnowledgeBase(files: [])
  }

  /// Where folder caches live: `$LLMNOTES_CACHE`, else `$XDG_CACHE_HOME/llmnotes`, else
  /// `~/.cache/llmnotes`; nil without any of them. Relative XDG paths are ignored, as the XDG
  /// specification says.
  static func cacheFolder(_ environment: [String: String]) -> String? {
    if let folder = environment["LLMNOTES_CACHE"], !folder.isEmpty { return folder }
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/llmnotes" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/llmnotes" }
    return nil
  }

  /// The built-in notes' search index, built on first use, once per process.
  static let builtinIndex = SearchIndex(builtinNotes.graph)

  private final class Retained {
    let value: KnowledgeBase
    init(_ value: KnowledgeBase) { self.value = value }
  }

  /// The terminal's width, else `COLUMNS`, else 100; never below 20.
  static func width(_ terminal: TerminalFacts, _ environment: [String: String]) -> Int {
    let columns =
      (terminal.isTerminal ? terminal.columns : nil)
      ?? environment["COLUMNS"].flatMap { Int($0) } ?? 100
    return min(max(columns, 20), 400)
  }

  /// An environment switch: set, not empty and not `0`.
  static func isOn(_ value: String?) -> Bool { value.map { !$0.isEmpty && $0 != "0" } ?? false }

  private static func quoteForShell(_ path: String) -> String {
    if path.allSatisfy({ $0.isLetter || $0.isNumber || "/._-~".contains($0) }) { return path }
    var quoted = "'"
    for character in path { quoted += character == "'" ? "'\\''" : String(character) }
    return quoted + "'"
  }
}

extension CLI {
  /// A run captured in memory: what tests and other programs see of one command line.
  public struct Outcome: Sendable {
    public let stdout: String
    public let stderr: String
    public let exitCode: ExitCode
  }

  public static func capture(
    _ words: [String], environment: [String: String] = [:],
    terminal: TerminalFacts = TerminalFacts(isTerminal: false), input: [String] = [],
    currentFolder: String? = nil
  ) -> Outcome {
    let console = CapturingConsole(terminal: terminal, input: input)
    let status = run(
      words, environment: environment, console: console, currentFolder: currentFolder)
    return Outcome(stdout: console.stdout, stderr: console.stderr, exitCode: status)
  }
}
