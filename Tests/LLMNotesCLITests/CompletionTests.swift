import Foundation
import Testing

@testable import LLMNotesCLI

/// `llmnotes completions` and `llmnotes man`: generated from the schemas, and accepted by the
/// shells and `man` themselves.
@Suite("Shell completions and the man page")
struct CompletionTests {
  static let folder = EndToEndTests.binary.deletingLastPathComponent().path

  /// Sources the bash script in a real bash and asks it to complete `words` (the last one is
  /// being typed); the offered words, one a line.
  static func bashCompletes(_ words: [String]) throws -> [String] {
    let quoted = words.map(\.singleQuoted).joined(separator: " ")
    let result = try EndToEndTests.run(
      [
        "-c",
        """
        source <(llmnotes completions bash)
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
        _llmnotes
        printf '%s\\n' "${COMPREPLY[@]}"
        """,
      ], binary: URL(filePath: "/bin/bash"), environment: ["PATH": "\(folder):/usr/bin:/bin"])
    #expect(result.stderr == "")
    return result.stdout.split(separator: "\n").map(String.init)
  }

  @Test("bash completes topic names, options and option values")
  func bash() throws {
    #expect(try Self.bashCompletes(["llmnotes", "show", "ber"]).contains("bert"))
    #expect(try Self.bashCompletes(["llmnotes", "list", "--ki"]) == ["--kind", "--kinds"])
    #expect(try Self.bashCompletes(["llmnotes", "sh"]) == ["show"])
    #expect(try Self.bashCompletes(["llmnotes", "list", "--color", "a"]) == ["auto", "always"])
    #expect(try Self.bashCompletes(["llmnotes", "list", "--kind", "mod"]) == ["model", "models"])
    #expect(try Self.bashCompletes(["llmnotes", "completions", ""]) == ["bash", "zsh", "fish"])
    let own = try Self.bashCompletes([
      "llmnotes", "compare", "--notes", SnapshotTests.root.appending(path: SnapshotTests.tiny).path,
      "sec",
    ])
    #expect(own == ["secret"], "names come from the --notes folder on the line")
    #expect(!(try Self.bashCompletes(["llmnotes", ""])).contains("__complete"))
  }

  @Test("the hidden command lists ids, titles and aliases without spaces; help does not show it")
  func hiddenCommand() {
    let names = run("__complete", "topics").stdout.split(separator: "\n").map(String.init)
    #expect(names.contains("bert"))
    #expect(names.contains("BERT"))
    #expect(names.contains("bert-base-uncased"))
    #expect(names.allSatisfy { !$0.contains(" ") })
    #expect(Set(names).count == names.count)
    #expect(!run("--help").stdout.contains("__complete"))
    #expect(!CommandReference.markdown.contains("__complete"))
    #expect(run("completions", "tcsh").exitCode == .usage)
  }

  @Test("zsh and fish accept their scripts", arguments: ["zsh", "fish"])
  func syntax(shell: String) throws {
    let path = ["/usr/bin/\(shell)", "/bin/\(shell)"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    let script = run("completions", shell).stdout
    #expect(script.contains("__complete topics"))
    for spec in Commands.specs where !spec.isHidden { #expect(script.contains(spec.name)) }
    guard let path else { return }  // The shell is not installed here; `.ci/run` installs it.
    let folder = try EndToEndTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try EndToEndTests.write(script, to: "llmnotes.\(shell)", in: folder)
    let checked = try EndToEndTests.run(
      ["-n", folder.appending(path: "llmnotes.\(shell)").path], binary: URL(filePath: path))
    #expect(checked.status == 0, "\(checked.stderr)")
    #expect(checked.stderr == "")
  }

  @Test("the man page names every command, option, exit status and environment variable")
  func manPage() throws {
    let page = run("man").stdout
    #expect(page.hasPrefix(".TH LLMNOTES 1 "))
    for spec in Commands.specs where !spec.isHidden {
      #expect(page.contains(".SS \"\(ManPage.escape(spec.usage))\""))
      for option in spec.allOptions where !option.isHidden {
        #expect(page.contains(ManPage.escape(option.synopsis)))
      }
    }
    for code in ExitCode.allCases { #expect(page.contains(".B \(code.rawValue)\n")) }
    for variable in EnvironmentVariables.all { #expect(page.contains(".B \(variable.name)\n")) }
    #expect(!page.contains("__complete"))
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/man") else { return }
    let shown = try EndToEndTests.shell(
      "'\(EndToEndTests.binary.path)' man | LC_ALL=C.UTF-8 MANWIDTH=80 man -l - 2>&1 | cat")
    #expect(shown.stdout.contains("EXIT STATUS"))
    #expect(shown.stdout.contains("LLMNOTES_PAGER"))
    #expect(!shown.stdout.contains("troff:"), "no roff warnings")
    #expect(shown.stdout.contains("编码器模型"))
  }
}
