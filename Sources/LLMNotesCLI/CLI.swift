import LLMNotesBuiltin
import LLMNotesCore

/// The command-line tool as a function: words and environment in, output and exit status out.
/// `main.swift` prints the outcome; tests call `run` directly.
public enum CLI {
  public static let version = "1.0.0"

  /// - Parameter exitsAfterwards: the caller ends the process next, so the notes are never
  ///   freed: tearing down 100,000 notes one object at a time takes longer than answering.
  public static func run(
    _ words: [String], environment: [String: String] = [:], isTerminal: Bool = false,
    exitsAfterwards: Bool = false
  ) -> Outcome {
    var outcome = Outcome()
    do throws(UsageError) {
      var arguments = try Arguments.parse(words)
      if arguments.flags.contains("version") {
        outcome.print("llmnotes \(version)")
        return outcome
      }
      guard let first = arguments.positionals.first else {
        outcome.print(HelpText.tool)
        return outcome
      }
      guard let command = Command(rawValue: first) else {
        let hint =
          Command.allCases.map(\.rawValue).nearest(to: first).map { " Did you mean '\($0)'?" } ?? ""
        throw UsageError("unknown command '\(first)'.\(hint)")
      }
      arguments.positionals.removeFirst()
      if arguments.flags.contains("help") {
        return help(for: command.rawValue)
      }
      if command == .help { return help(for: arguments.positionals.first) }
      let notesFolder =
        arguments.take("notes") ?? environment["LLMNOTES_NOTES"].flatMap { $0.isEmpty ? nil : $0 }
      let format: OutputFormat =
        arguments.flags.contains("json")
        ? .json
        : .text(
          width: Self.width(environment, isTerminal),
          style: .forTerminal(isTerminal, environment: environment))
      let request = Request(command: command, arguments: arguments, format: format)
      try request.validate()
      let base: KnowledgeBase
      do throws(NotesError) {
        base =
          try notesFolder.map { path throws(NotesError) in try KnowledgeBase(folder: path) }
          ?? KnowledgeBase(files: BuiltinNotes.files.map { NoteFile(path: $0.path, text: $0.text) })
      } catch {
        outcome.printError("error: \(error)")
        outcome.exitCode = .notesUnavailable
        return outcome
      }
      if command != .check, !base.filesWithErrors.isEmpty {
        let count = base.filesWithErrors.count
        let again = notesFolder.map { " --notes \(quoteForShell($0))" } ?? ""
        outcome.printError(
          "warning: \(count) note\(count == 1 ? " has" : "s have") problems; run 'llmnotes check\(again)'"
        )
      }
      request.answer(from: base, into: &outcome)
      if exitsAfterwards { _ = Unmanaged.passRetained(Retained(base)) }
    } catch {
      outcome.printError("Error: \(error.message)")
      outcome.printError("Usage: \(usageLine(words))")
      outcome.printError("See 'llmnotes --help' for more information.")
      outcome.exitCode = .usage
    }
    return outcome
  }

  private final class Retained {
    let value: KnowledgeBase
    init(_ value: KnowledgeBase) { self.value = value }
  }

  private static func help(for name: String?) -> Outcome {
    var outcome = Outcome()
    guard let name else {
      outcome.print(HelpText.tool)
      return outcome
    }
    guard let command = Command(rawValue: name) else {
      outcome.printError("Error: unknown command '\(name)'.")
      outcome.printError("See 'llmnotes --help' for the commands.")
      outcome.exitCode = .usage
      return outcome
    }
    outcome.print(HelpText.command(command))
    return outcome
  }

  private static func usageLine(_ words: [String]) -> String {
    let command = words.lazy.compactMap(Command.init(rawValue:)).first
    return command?.usage ?? "llmnotes <command> [<arguments>] [--notes <dir>]"
  }

  /// Wide enough for tables; a pipe gets a fixed width so output is stable.
  private static func width(_ environment: [String: String], _ isTerminal: Bool) -> Int {
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
      return min(columns, 240)
    }
    return isTerminal ? TerminalSize.columns() ?? 100 : 100
  }

  private static func quoteForShell(_ path: String) -> String {
    path.allSatisfy { $0.isLetter || $0.isNumber || "/._-~".contains($0) }
      ? path : "'" + path.replacingAll("'", with: "'\\''") + "'"
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }
}
