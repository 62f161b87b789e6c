import Foundation
import Testing

/// Runs of the built `llmnotes` binary as a subprocess: stdout, stderr and exit status, as a
/// user sees them.
@Suite("End to end: the llmnotes binary")
struct EndToEndTests {
  struct Run {
    let stdout: String
    let stderr: String
    let status: Int32
  }

  static let packageRoot = URL(filePath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The debug binary `swift test` builds, beside the test bundle.
  static let binary: URL = {
    let beside = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [
      beside, beside.deletingLastPathComponent(), packageRoot.appending(path: ".build/debug"),
    ] {
      let candidate = folder.appending(path: "llmnotes")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return packageRoot.appending(path: ".build/debug/llmnotes")
  }()

  static func run(
    _ arguments: [String], binary: URL = binary, in directory: URL? = nil,
    environment: [String: String] = [:]
  ) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self),
      status: process.terminationStatus)
  }

  func run(_ arguments: String...) throws -> Run { try Self.run(arguments) }

  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "llmnotes-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  static func write(_ text: String, to path: String, in folder: URL) throws {
    let url = folder.appending(path: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  // MARK: The design card's three commands on the real notes

  @Test("show encoder-only: representative models, objective, tasks, then the note")
  func showEncoderOnly() throws {
    let result = try run("show", "encoder-only")
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Encoder-only") == true)
    let models = lines.first { $0.hasPrefix("models 代表模型") } ?? ""
    let modelBlock = result.stdout[result.stdout.range(of: "models 代表模型")!.lowerBound...]
      .prefix { $0 != "─" }
    for model in ["BERT", "RoBERTa", "ALBERT", "DistilBERT"] {
      #expect(modelBlock.contains(model), "models should name \(model): \(models)")
    }
    #expect(result.stdout.contains("objectives 训练目标"))
    #expect(result.stdout.contains("(masked-language-modeling)"))
    for task in ["text-classification", "token-classification", "question-answering"] {
      #expect(result.stdout.contains("(\(task))"))
    }
    #expect(result.stdout.contains("\n是什么\n"))
    #expect(!result.stdout.contains("## "))
    #expect(result.stdout.contains("note 笔记: Notes/architectures/encoder-only.md"))
  }

  @Test("compare bert gpt: architecture, objective, organization, year side by side")
  func compareBertGPT() throws {
    let result = try run("compare", "bert", "gpt")
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let row = { (name: String) in
      result.stdout.split(separator: "\n").first { $0.hasPrefix("≠ \(name)") }.map(String.init)
        ?? ""
    }
    #expect(row("architecture").contains("Encoder-only"))
    #expect(row("architecture").contains("Decoder-only"))
    #expect(row("objectives").contains("MLM"))
    #expect(row("objectives").contains("CLM"))
    #expect(row("organization").contains("Google"))
    #expect(row("organization").contains("OpenAI"))
    #expect(
      result.stdout.split(separator: "\n").contains {
        $0.hasPrefix("= year") || $0.hasPrefix("≠ year")
      })
    #expect(result.stdout.contains("2018"))
  }

  @Test("compare of the three architectures reproduces seed 002's table, aligned")
  func compareArchitectures() throws {
    let result = try run("compare", "encoder-only", "decoder-only", "encoder-decoder")
    #expect(result.status == 0)
    let text = result.stdout
    for cell in ["双向上下文", "单向自回归", "映射输入与输出", "深度理解", "文本生成", "序列转换"] {
      #expect(text.contains(cell), "missing \(cell)")
    }
    let models = text[text.range(of: "models 代表模型")!.lowerBound...].prefix(2000)
    for model in ["BERT", "RoBERTa", "GPT", "LLaMA", "T5", "BART", "M2M100"] {
      #expect(models.contains(model), "models row should name \(model)")
    }
    // Every table line puts its column separators at the same terminal columns.
    let table = text.split(separator: "\n").filter { $0.contains("│") }
    let positions = table.map { line -> [Int] in
      var column = 0
      var found: [Int] = []
      for character in line {
        if character == "│" { found.append(column) }
        column +=
          character.unicodeScalars.first.map { $0.value >= 0x1100 && isWide($0.value) ? 2 : 1 } ?? 1
      }
      return found
    }
    #expect(Set(positions).count == 1, "separators move: \(Set(positions))")
  }

  private func isWide(_ value: UInt32) -> Bool {
    (0x2E80...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
      || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value)
      || (0xFFE0...0xFFE6).contains(value) || (0x1100...0x115F).contains(value)
  }

  @Test("list --task summarization names the seeds' models; 摘要 finds the same")
  func listSummarization() throws {
    let result = try run("list", "--task", "summarization")
    #expect(result.status == 0)
    let ids = result.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
    for model in ["bart", "t5", "pegasus"] { #expect(ids.contains(model)) }
    #expect(try run("list", "--task", "摘要").stdout == result.stdout)
  }

  @Test("list alone groups every topic by kind")
  func listAll() throws {
    let result = try run("list")
    #expect(result.status == 0)
    for heading in ["architecture 架构 (", "model 模型 (", "task 任务 (", "stage 生命周期阶段 ("] {
      #expect(result.stdout.contains(heading))
    }
  }

  // MARK: Names that do not resolve

  @Test("an unknown name: nearest names on stderr, exit 1")
  func unknownName() throws {
    let result = try run("show", "robreta")
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr.contains("no topic named 'robreta'"))
    #expect(result.stderr.contains("roberta (RoBERTa)"))
  }

  @Test("an ambiguous name lists the candidates, exit 1; a --notes folder made here")
  func ambiguousNameInOwnFolder() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let note = { (title: String, alias: String) in
      "---\ntitle: \(title)\naliases: [\(alias)]\nsummary: s\nsources: [mine]\n---\n正文\n"
    }
    try Self.write(note("Apple Inc", "Apple"), to: "organizations/apple-inc.md", in: folder)
    try Self.write(note("Apple Fruit", "Apple"), to: "concepts/apple-fruit.md", in: folder)
    let result = try Self.run(["show", "apple", "--notes", folder.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("'apple' names 2 topics"))
    #expect(result.stderr.contains("apple-fruit"))
    #expect(result.stderr.contains("apple-inc"))
    #expect(result.stderr.contains("warning: 1 note has problems"))
    let viaEnvironment = try Self.run(
      ["show", "apple inc"], environment: ["LLMNOTES_NOTES": folder.path])
    #expect(viaEnvironment.status == 0)
    #expect(viaEnvironment.stdout.hasPrefix("Apple Inc"))
  }

  @Test("a missing notes folder is exit 3")
  func missingFolder() throws {
    let result = try run("show", "bert", "--notes", "/no/such/folder")
    #expect(result.status == 3)
    #expect(result.stderr == "error: notes folder '/no/such/folder' does not exist\n")
  }

  // MARK: Streams and exit codes

  @Test("show bert --jsn: exit 2, the whole message on stderr, nothing on stdout")
  func misspelledOption() throws {
    let result = try run("show", "bert", "--jsn")
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        error: unknown option '--jsn' for 'show'. Did you mean '--json'?
        Usage: llmnotes show <name>... [<options>]
        See 'llmnotes show --help' for more information.

        """)
  }

  @Test("--foo before any command is a usage error, not help")
  func unknownToolOption() throws {
    let result = try run("--foo")
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("error: unknown option '--foo'"))
  }

  @Test("a full disk: a message and exit 4")
  func fullDisk() throws {
    let result = try Self.shell("'\(Self.binary.path)' show bert > /dev/full; echo \"status $?\"")
    #expect(result.stdout == "status 4\n")
    #expect(result.stderr.hasSuffix("error: cannot write to standard output: No space left on device\n"))
  }

  @Test("a closed pipe ends quietly with exit 0, also for long output")
  func closedPipe() throws {
    let result = try Self.shell(
      "'\(Self.binary.path)' show bert | head -1; echo \"status ${PIPESTATUS[0]}\"; '\(Self.binary.path)' list | head -2 > /dev/null; echo \"status ${PIPESTATUS[0]}\"")
    #expect(result.stdout == "BERT  [model 模型]  bert\nstatus 0\nstatus 0\n")
    #expect(result.stderr == "")
  }

  @Test("list --json with no match: an empty array on stdout, exit 1")
  func emptyJSON() throws {
    let result = try run("list", "--json", "--kind", "benchmark", "--year", "1990")
    #expect(result.status == 1)
    #expect(result.stdout == "[]\n")
    #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any] != nil)
  }

  /// Runs a bash command line (for redirections and pipes), with the built-in notes.
  static func shell(_ command: String) throws -> Run {
    try run(["-c", command], binary: URL(filePath: "/bin/bash"))
  }

  // MARK: The build step

  @Test("the embedding step fails on broken notes, compiler style, and embeds good ones exactly")
  func embedderChecks() throws {
    let embedder = Self.binary.deletingLastPathComponent().appending(path: "notes-embedder")
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appending(path: "Embedded.swift").path
    let broken = try Self.run(
      [CheckCommandTests.fixtures.path, output], binary: embedder)
    #expect(broken.status == 1)
    #expect(broken.stderr.contains("/models/bad-year.md:6:7: error: '2k18' is not a year"))
    #expect(!FileManager.default.fileExists(atPath: output))
    let good = SnapshotTests.root.appending(path: SnapshotTests.tiny)
    let built = try Self.run([good.path, output], binary: embedder)
    #expect(built.status == 0)
    let source = try String(contentsOfFile: output, encoding: .utf8)
    // The loaded graph as a snapshot literal: its magic first, the notes' paths and text inside.
    #expect(source.contains("public static let snapshot: StaticString = \"llmnotes snapshot\\n"))
    #expect(source.contains("models/bert.md") && source.contains("## 是什么\\nBERT"))
  }

  // MARK: Installed binaries

  @Test("the binary copied to an empty folder answers from its built-in notes")
  func copiedBinary() throws {
    try Self.checkCopied(Self.binary)
  }

  @Test(
    "the release binary copied to another folder works (CI builds it first)",
    .enabled(if: ProcessInfo.processInfo.environment["LLMNOTES_RELEASE_BINARY"] != nil))
  func copiedReleaseBinary() throws {
    let path = ProcessInfo.processInfo.environment["LLMNOTES_RELEASE_BINARY"] ?? ""
    try Self.checkCopied(URL(filePath: path))
  }

  static func checkCopied(_ binary: URL) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appending(path: "llmnotes")
    try FileManager.default.copyItem(at: binary, to: copy)
    let result = try run(["show", "bert"], binary: copy, in: folder)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout.hasPrefix("BERT"))
    #expect(result.stdout.contains("Encoder-only"))
  }
}
