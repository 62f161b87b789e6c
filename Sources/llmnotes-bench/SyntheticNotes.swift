import Foundation

/// Deterministic notes shaped like the real ones: frontmatter with relations and aliases,
/// Chinese and English prose of realistic length, wikilinks.
///
/// Also compiled into the core's tests (a link to this file), which check that a snapshot of
/// these folders, broken notes and all, reads back as the same graph.
struct SyntheticNotes {
  let count: Int
  let seed: UInt64
  /// Every `brokenEvery`-th note (0: none) has a problem `check` reports, in turn: a broken
  /// relation, a missing summary, a bad year, an alias another note has, an unknown field, a
  /// broken wikilink, a note outside any kind folder.
  var brokenEvery = 0

  init(count: Int, seed: UInt64, brokenEvery: Int = 0) {
    self.count = count
    self.seed = seed
    self.brokenEvery = brokenEvery
  }

  /// Writes the notes below `folder` and returns their total size in bytes.
  func write(to folder: URL) throws -> Int {
    var bytes = 0
    var made: Set<String> = []
    for (path, text) in files() {
      let url = folder.appending(path: path)
      let parent = url.deletingLastPathComponent().path
      if made.insert(parent).inserted {
        try FileManager.default.createDirectory(
          atPath: parent, withIntermediateDirectories: true)
      }
      let data = Data(text.utf8)
      bytes += data.count
      try data.write(to: url)
    }
    return bytes
  }

  /// Every note: its path below the notes folder and its text.
  func files() -> [(path: String, text: String)] {
    var random = SplitMix64(seed: seed)
    let plan = kinds()
    var targets: [String: [String]] = [:]
    for (folderName, _) in Self.shares { targets[folderName] = ids(in: folderName, plan) }
    var files: [(path: String, text: String)] = []
    files.reserveCapacity(count)
    for index in 0..<count {
      let (folderName, id) = plan[index]
      var text = note(
        index: index, folder: folderName, id: id, plan: plan, targets: targets, random: &random)
      var path = "\(folderName)/\(id).md"
      if brokenEvery > 0, index % brokenEvery == brokenEvery - 1 {
        (path, text) = Self.broken(index / brokenEvery, path: path, text: text, plan: plan)
      }
      files.append((path, text))
    }
    return files
  }

  private static func broken(
    _ which: Int, path: String, text: String, plan: [(folder: String, id: String)]
  ) -> (String, String) {
    func replacing(_ target: String, _ replacement: String) -> String {
      text.split(separator: target, maxSplits: 1, omittingEmptySubsequences: false)
        .joined(separator: replacement)
    }
    switch which % 7 {
    case 0: return (path, replacing("year:", "tasks: [no-such-task]\nyear:"))
    case 1: return (path, replacing("summary:", "summary-missing:"))
    case 2: return (path, replacing("year:", "year: soon\nold-year:"))
    case 3: return (path, replacing("aliases: [", "aliases: [\(plan[0].id), "))
    case 4: return (path, replacing("year:", "colour: blue\nyear:"))
    case 5: return (path, text + "见 [[no-such-note]]。\n")
    default: return (String(path.split(separator: "/").last ?? "x.md"), text)
    }
  }

  /// The share of each kind folder, roughly as in the real notes.
  static let shares: [(String, Int)] = [
    ("architectures", 2), ("tasks", 5), ("organizations", 8), ("models", 40), ("techniques", 15),
    ("tools", 10), ("concepts", 20),
  ]

  private func kinds() -> [(folder: String, id: String)] {
    var plan: [(String, String)] = []
    plan.reserveCapacity(count)
    let total = Self.shares.reduce(0) { $0 + $1.1 }
    for index in 0..<count {
      var slot = index % total
      var folder = Self.shares[0].0
      for (name, share) in Self.shares {
        if slot < share {
          folder = name
          break
        }
        slot -= share
      }
      plan.append((folder, "\(folder.dropLast())-\(index)"))
    }
    return plan
  }

  private func ids(in folder: String, _ plan: [(folder: String, id: String)]) -> [String] {
    // Every kind is spread evenly, so the first notes of each folder are enough to link to.
    Array(plan.lazy.filter { $0.folder == folder }.prefix(64).map(\.id))
  }

  private func note(
    index: Int, folder: String, id: String, plan: [(folder: String, id: String)],
    targets: [String: [String]], random: inout SplitMix64
  ) -> String {
    let architectures = targets["architectures"] ?? []
    let tasks = targets["tasks"] ?? []
    let organizations = targets["organizations"] ?? []
    let techniques = targets["techniques"] ?? []
    let word = Self.words[random.next(Self.words.count)]
    let title = "\(word.capitalized) \(index)"
    var lines = [
      "---",
      "title: \(title)",
      "aliases: [\(word)-\(index), \(Self.chinese[random.next(Self.chinese.count)])\(index), \(id.uppercased())]",
      "summary: \(Self.sentence(&random, chinese: true))",
      "sources: [LLM领域概览 (000)]",
      "year: \(2010 + random.next(15))",
    ]
    switch folder {
    case "models":
      lines.append("architecture: \(architectures[random.next(architectures.count)])")
      lines.append("organization: \(organizations[random.next(organizations.count)])")
      lines.append("tasks:")
      for _ in 0..<(1 + random.next(3)) { lines.append("  - \(tasks[random.next(tasks.count)])") }
      // Same slot of the previous hundred: a model too.
      if index >= 100 { lines.append("based-on: \(plan[index - 100].id)") }
    case "techniques", "tools":
      lines.append("organization: \(organizations[random.next(organizations.count)])")
    case "architectures":
      lines.append(
        "tasks: [\(tasks[random.next(tasks.count)]), \(tasks[random.next(tasks.count)])]")
    default:
      lines.append("techniques: [\(techniques[random.next(techniques.count)])]")
    }
    lines.append("---")
    for heading in ["是什么", "工作原理", "优势与局限", "相关主题"] {
      lines.append("")
      lines.append("## \(heading)")
      for _ in 0..<(2 + random.next(3)) {
        var sentence = Self.sentence(&random, chinese: random.next(3) > 0)
        if random.next(3) == 0 { sentence += " 参见 [[\(plan[random.next(count)].id)]]。" }
        lines.append(sentence)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static let words = [
    "encoder", "decoder", "attention", "token", "model", "vector", "layer", "prompt", "adapter",
    "quantizer", "router", "expert", "kernel", "pipeline", "corpus", "embedding",
  ]
  static let chinese = ["编码器", "解码器", "注意力", "词元", "模型", "向量", "量化", "专家", "提示", "语料"]
  static let phrases = [
    "模型在大规模语料上进行自监督预训练", "注意力机制让每个词元关注上下文", "微调把通用知识迁移到具体任务",
    "量化降低显存占用并加快推理", "解码器逐词生成输出序列", "编码器得到双向的上下文表示",
  ]
  static let englishPhrases = [
    "the model is pre-trained on a large corpus", "attention lets every token see its context",
    "fine-tuning adapts general knowledge to a task", "quantization lowers memory use",
  ]

  static func sentence(_ random: inout SplitMix64, chinese: Bool) -> String {
    let pool = chinese ? phrases : englishPhrases
    let parts = (0..<(2 + random.next(3))).map { _ in pool[random.next(pool.count)] }
    return parts.joined(separator: chinese ? "，" : ", ") + (chinese ? "。" : ".")
  }
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64).
struct SplitMix64 {
  private var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func next(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }
}
