import Foundation
import Testing

@testable import LLMNotesCLI

/// The built binary on a real pseudo-terminal: colour, the terminal's width and the pager, as
/// a user sees them. The pager is a script that records what it was given.
@Suite("On a terminal: colour, width, pager", .serialized)
struct TerminalTests {
  static let tiny = SnapshotTests.root.appending(path: SnapshotTests.tiny).path
  static let escape = "\u{1B}["

  /// A pager that writes its environment and its input to files in `folder`, then exits.
  static func recordingPager(in folder: URL, body: String = "cat > \"$DIR/input\"") throws -> URL {
    let script = folder.appending(path: "pager.sh")
    try EndToEndTests.write(
      "#!/bin/sh\nDIR='\(folder.path)'\nenv > \"$DIR/environment\"\n\(body)\n", to: "pager.sh",
      in: folder)
    chmod(script.path, 0o755)
    return script
  }

  static func lines(_ text: String) -> [String] {
    text.replacing(/\u{1B}\[[0-9;]*m/, with: "").split(separator: "\n").map(String.init)
  }

  @Test("colour and the terminal's width, without COLUMNS; NO_COLOR and --color never turn it off")
  func colourAndWidth() throws {
    let page = try PseudoTerminal.run(
      ["show", "attention", "--notes", Self.tiny, "--no-pager"], columns: 50, rows: 200)
    #expect(page.status == 0)
    #expect(page.output.contains(Self.escape + "1m缩放点积注意力"))
    let widths = Self.lines(page.output).map(DisplayWidth.of)
    #expect((widths.max() ?? 0) <= 50)
    #expect((widths.max() ?? 0) > 40, "wrapped to the terminal's 50 columns, not 100")
    for environment in [["NO_COLOR": "1"], ["TERM": "dumb"]] {
      let plain = try PseudoTerminal.run(
        ["show", "bert", "--notes", Self.tiny], columns: 80, rows: 200, environment: environment)
      #expect(!plain.output.contains(Self.escape), "\(environment)")
    }
    let never = try PseudoTerminal.run(
      ["show", "bert", "--notes", Self.tiny, "--color", "never"], columns: 80, rows: 200)
    #expect(!never.output.contains(Self.escape))
  }

  @Test("output taller than the screen goes to LLMNOTES_PAGER, with LESS=FRX, LV=-c and colours")
  func pagerStarts() throws {
    let folder = try EndToEndTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pager = try Self.recordingPager(in: folder)
    let run = try PseudoTerminal.run(
      ["show", "bert"], columns: 80, rows: 40, environment: ["LLMNOTES_PAGER": pager.path])
    #expect(run.status == 0)
    #expect(run.output == "", "everything went to the pager")
    let input = try String(contentsOf: folder.appending(path: "input"), encoding: .utf8)
    #expect(input.hasPrefix(Self.escape + "1mBERT"), "the title comes first, in bold")
    #expect(Self.lines(input).count > 40)
    #expect(Self.lines(input).allSatisfy { DisplayWidth.of($0) <= 80 })
    let environment = try String(
      contentsOf: folder.appending(path: "environment"), encoding: .utf8
    ).split(separator: "\n")
    #expect(environment.contains("LESS=FRX"))
    #expect(environment.contains("LV=-c"))
    // A LESS of the user's own is kept.
    let own = try PseudoTerminal.run(
      ["show", "bert"], columns: 80, rows: 40,
      environment: ["PAGER": pager.path, "LESS": "-S"])
    #expect(own.status == 0)
    let second = try String(contentsOf: folder.appending(path: "environment"), encoding: .utf8)
    #expect(second.split(separator: "\n").contains("LESS=-S"))
    // What the pager gets is folded to ASCII too.
    for (words, environment) in [
      (["show", "bert", "--ascii"], ["LLMNOTES_PAGER": pager.path]),
      (["show", "bert"], ["LLMNOTES_PAGER": pager.path, "LLMNOTES_ASCII": "1"]),
    ] {
      let ascii = try PseudoTerminal.run(words, columns: 80, rows: 40, environment: environment)
      #expect(ascii.status == 0)
      let folded = try String(contentsOf: folder.appending(path: "input"), encoding: .utf8)
      #expect(folded.hasPrefix(Self.escape + "1mBERT"))
      #expect(folded.unicodeScalars.allSatisfy { ASCIIConsole.replacements[$0] == nil })
    }
  }

  @Test("no pager for output that fits, for a pipe, with --no-pager or an empty LLMNOTES_PAGER")
  func pagerDoesNotStart() throws {
    let folder = try EndToEndTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pager = try Self.recordingPager(in: folder)
    let environment = ["LLMNOTES_PAGER": pager.path]
    let started = { FileManager.default.fileExists(atPath: folder.appending(path: "input").path) }

    let short = try PseudoTerminal.run(
      ["show", "gpt", "--notes", Self.tiny], columns: 80, rows: 40, environment: environment)
    #expect(short.status == 0)
    #expect(Self.lines(short.output).first == "GPT  [model 模型]  gpt")
    #expect(!started())

    let noPager = try PseudoTerminal.run(
      ["show", "bert", "--no-pager"], columns: 80, rows: 40, environment: environment)
    #expect(noPager.status == 0)
    #expect(Self.lines(noPager.output).count > 40)
    #expect(!started())

    let emptyPager = try PseudoTerminal.run(
      ["show", "bert"], columns: 80, rows: 40, environment: ["LLMNOTES_PAGER": ""])
    #expect(Self.lines(emptyPager.output).count > 40)

    let piped = try EndToEndTests.run(["show", "bert"], environment: environment)
    #expect(piped.status == 0)
    #expect(piped.stdout.hasPrefix("BERT  [model 模型]  bert\n"))
    #expect(!piped.stdout.contains(Self.escape))
    #expect(!started())
  }

  @Test("a pager that cannot start: the output is printed; one that quits early: exit 0")
  func pagerFailures() throws {
    let missing = try PseudoTerminal.run(
      ["show", "bert"], columns: 80, rows: 40,
      environment: ["LLMNOTES_PAGER": "/no/such/pager --flag"])
    #expect(missing.status == 0)
    #expect(Self.lines(missing.output).first == "BERT  [model 模型]  bert")
    #expect(Self.lines(missing.output).count > 40)

    let folder = try EndToEndTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let quitter = try Self.recordingPager(in: folder, body: "head -c 10 > /dev/null")
    let quits = try PseudoTerminal.run(
      ["list"], columns: 80, rows: 40, environment: ["LLMNOTES_PAGER": quitter.path])
    #expect(quits.status == 0)
    #expect(quits.output == "", "no error message")
  }

  @Test("--ascii and LLMNOTES_ASCII=1: no ambiguous-width marks, the same layout")
  func asciiBorders() throws {
    let unicode = run("compare", "bert", "gpt", columns: 100).stdout
    let ascii = run("compare", "bert", "gpt", "--ascii", columns: 100).stdout
    #expect(unicode.contains("│"))
    #expect(ascii.unicodeScalars.allSatisfy { ASCIIConsole.replacements[$0] == nil })
    #expect(ascii.contains(" | "))
    #expect(ascii == ASCIIConsole.fold(unicode))
    #expect(zip(Self.lines(unicode), Self.lines(ascii)).allSatisfy { DisplayWidth.of($0) == DisplayWidth.of($1) })
    let viaEnvironment = CLI.capture(
      ["compare", "bert", "gpt"], environment: ["COLUMNS": "100", "LLMNOTES_ASCII": "1"])
    #expect(viaEnvironment.stdout == ascii)
  }
}
