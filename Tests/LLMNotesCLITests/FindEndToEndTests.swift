import Foundation
import Testing

/// `search`, `graph`, `path` and `timeline` as a user runs them: the built binary on the
/// built-in notes, output through pipes into other tools.
@Suite("End to end: find and see")
struct FindEndToEndTests {
  func run(_ arguments: String...) throws -> EndToEndTests.Run {
    try EndToEndTests.run(arguments, environment: ["COLUMNS": "100"])
  }

  static let hasGraphviz = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
  static let hasPython = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

  @Test(
    "the issue's searches give ranked hits with snippets",
    arguments: [
      (["search", "注意力"], "attention-mechanism"),
      (["search", "attention"], "attention-mechanism"),
      (["search", "RAG"], "rag"),
      (["search", "幻觉", "--kind", "model"], nil),
    ] as [([String], String?)])
  func searches(words: [String], first: String?) throws {
    let result = try EndToEndTests.run(words, environment: ["COLUMNS": "100"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    if let first { #expect(lines.first?.contains("  \(first)  ") == true, "\(lines.first ?? "")") }
    #expect(result.stdout.contains("«"))
    #expect(result.stdout.contains("   ## "))
    if words.contains("--kind") {
      let heads = lines.filter { $0.first?.isNumber == true && $0.contains(".  ") }
      #expect(!heads.isEmpty)
      #expect(heads.allSatisfy { $0.contains("[model 模型]") })
    }
  }

  @Test("search --json parses, hits in rank order with id, title, kind, score and snippets")
  func searchJSON() throws {
    let result = try run("search", "RoPE", "位置编码", "--json", "--limit", "3")
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let hits = object?["hits"] as? [[String: Any]] ?? []
    #expect(hits.count == 3)
    let scores = hits.compactMap { $0["score"] as? Double }
    #expect(scores.count == 3)
    for hit in hits {
      #expect(hit["id"] is String && hit["title"] is String && hit["kind"] is String)
      #expect((hit["snippets"] as? [[String: Any]])?.isEmpty == false)
    }
  }

  @Test("show of a name no topic has, but notes mention, says where and how to search")
  func showMentions() throws {
    let result = try run("show", "BatchNorm")
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("error: no topic named 'BatchNorm'"))
    #expect(result.stderr.contains("\n'BatchNorm' is mentioned in "))
    #expect(result.stderr.contains(" notes: layernorm-vs-rmsnorm, "))
    #expect(result.stderr.hasSuffix("(llmnotes search BatchNorm)\n"))
  }

  @Test("graph --format json of the whole graph parses with python3 -m json.tool")
  func graphJSON() throws {
    if Self.hasPython {
      let checked = try EndToEndTests.shell(
        "'\(EndToEndTests.binary.path)' graph --format json | python3 -m json.tool > /dev/null")
      #expect(checked.status == 0, "\(checked.stderr)")
    }
    let result = try run("graph", "--format", "json")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let nodes = object?["nodes"] as? [[String: String]] ?? []
    let links = object?["links"] as? [[String: String]] ?? []
    #expect(nodes.count > 400)
    let ids = Set(nodes.compactMap { $0["id"] })
    #expect(links.allSatisfy { ids.contains($0["source"] ?? "") && ids.contains($0["target"] ?? "") })
    #expect(links.contains { $0 == ["source": "bert", "target": "encoder-only", "relation": "architecture"] })
  }

  @Test(
    "graph encoder-only --format dot | dot -Tpng makes a picture",
    .enabled(if: hasGraphviz))
  func dotPicture() throws {
    let folder = try EndToEndTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let png = folder.appending(path: "encoder-only.png").path
    let result = try EndToEndTests.shell(
      "set -o pipefail; '\(EndToEndTests.binary.path)' graph encoder-only --format dot | dot -Tpng > '\(png)'"
    )
    #expect(result.status == 0, "\(result.stderr)")
    let data = try Data(contentsOf: URL(filePath: png))
    #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(data.count > 10_000)
  }

  @Test("path bert llama answers; each step's arrow points the way its note declares it")
  func path() throws {
    let result = try run("path", "bert", "llama")
    #expect(result.status == 0)
    let first = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix("BERT —"))
    #expect(first.hasSuffix(" LLaMA"))
    let bertRoberta = try run("path", "electra", "roberta")
    #expect(
      bertRoberta.stdout.hasPrefix("ELECTRA —architecture→ Encoder-only 架构 ←architecture— RoBERTa\n"))
    let none = try run("path", "bert", "llama", "--via", "architecture")
    #expect(none.status == 1)
    #expect(none.stderr.hasPrefix("error: no path from 'bert' to 'llama'"))
  }

  @Test("timeline --kind model --from 2017 --to 2020 and list --sort year are in year order")
  func yearOrder() throws {
    let timeline = try run("timeline", "--kind", "model", "--from", "2017", "--to", "2020")
    #expect(timeline.status == 0)
    let years = timeline.stdout.split(separator: "\n").compactMap { line -> Int? in
      line.first?.isNumber == true ? Int(line.prefix(4)) : nil
    }
    #expect(!years.isEmpty)
    #expect(years == years.sorted())
    #expect(years.allSatisfy { (2017...2020).contains($0) })
    let list = try run("list", "--kind", "model", "--sort", "year", "--json")
    let items = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
    let listed = (items ?? []).compactMap { $0["year"] as? Int }
    #expect(listed.count > 50)
    #expect(listed == listed.sorted())
  }

  @Test("the whole graph of a large folder streams: a reader that stops early ends it quietly")
  func streamsToAClosedPipe() throws {
    let folder = try EndToEndTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for index in 0..<3000 {
      try EndToEndTests.write(
        """
        ---
        title: 模型 \(index)
        aliases: [m\(index)]
        summary: 第 \(index) 个。
        sources: [test]
        architecture: arch
        ---
        正文。

        """, to: "models/m\(index).md", in: folder)
    }
    try EndToEndTests.write(
      "---\ntitle: 架构\naliases: [arch]\nsummary: 一个架构。\nsources: [test]\n---\n正文。\n",
      to: "architectures/arch.md", in: folder)
    let result = try EndToEndTests.shell(
      "set -o pipefail; '\(EndToEndTests.binary.path)' graph --format dot --notes '\(folder.path)' | head -c 300 > /dev/null; echo ${PIPESTATUS[0]}"
    )
    #expect(result.stdout == "0\n", "\(result.stderr)")
    #expect(result.stderr == "")
  }
}
