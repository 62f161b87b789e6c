import Foundation
import Testing

@testable import LLMNotesCore

/// The repository's own notes, as `llmnotes` ships them.
let repositoryNotes: KnowledgeBase = {
  let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  return (try? KnowledgeBase(folder: root.appending(path: "Notes").path))
    ?? KnowledgeBase(files: [])
}()

@Suite("The knowledge base stays whole")
struct KnowledgeBaseTests {
  var graph: TopicGraph { repositoryNotes.graph }

  @Test("no errors and no warnings in Notes/")
  func checksClean() {
    #expect(repositoryNotes.diagnostics.map(\.description).isEmpty)
    #expect(graph.topics.count > 150)
  }

  @Test("every note has title, summary and aliases; sources name only the five seeds")
  func requiredFields() {
    let seeds: Set = [
      "LLM领域概览 (000)", "预训练语言模型 (001)", "LLM领域概览 (002)", "大模型(LLM)学习笔记 (003)",
      "大模型（LLMs）基础面 (004)",
    ]
    for topic in graph.topics {
      #expect(!topic.summary.isEmpty, "\(topic.path): summary")
      #expect(!topic.aliases.isEmpty, "\(topic.path): aliases")
      #expect(Set(topic.sources).isSubset(of: seeds), "\(topic.path): sources \(topic.sources)")
      #expect(!topic.summary.contains("\n"), "\(topic.path): summary is one line")
    }
  }

  @Test("every model has architecture (or says it is undisclosed), organization, year, a task")
  func modelsAreComplete() {
    for topic in graph.topics where topic.kind == .model {
      let groups = Set(graph.neighbors(of: topic).map(\.label.name))
      #expect(
        groups.contains("architecture") || topic.undisclosed.contains(.architecture),
        "\(topic.id): architecture")
      #expect(groups.contains("organization"), "\(topic.id): organization")
      #expect(groups.contains("tasks"), "\(topic.id): tasks")
      #expect(topic.attributes[.year] != nil, "\(topic.id): year")
    }
  }

  @Test("every model is placed by capability and by openness")
  func modelsAreCategorized() {
    let capability: Set = [
      "base-model", "instruction-tuned-model", "chat-model", "multimodal-model",
      "domain-specific-model",
    ]
    let openness: Set = ["closed-model", "open-weights-model", "open-source-model"]
    for topic in graph.topics where topic.kind == .model {
      let categories = Set(
        graph.neighbors(of: topic).first { $0.label.name == "categories" }?.topics.map(\.id) ?? [])
      #expect(!categories.isDisjoint(with: capability), "\(topic.id): capability category")
      #expect(categories.intersection(openness).count == 1, "\(topic.id): one openness category")
    }
  }

  @Test("every organization lists what it developed, through the inverse relation")
  func organizationsHaveProducts() throws {
    for name in ["Google", "OpenAI", "Meta", "Anthropic", "Microsoft", "Mistral AI", "阿里", "百度"] {
      let organization = try graph.topic(named: name)
      let developed =
        graph.neighbors(of: organization).first { $0.label.name == "developed" }?.topics ?? []
      #expect(developed.contains { $0.kind == .model }, "\(name) should list a model")
    }
  }

  @Test("every task has a domain; every technique and tool a lifecycle stage")
  func tasksAndTechniques() {
    for topic in graph.topics {
      let groups = Set(graph.neighbors(of: topic).map(\.label.name))
      switch topic.kind {
      case .task: #expect(groups.contains("domain"), "\(topic.id): domain")
      case .technique, .tool: #expect(groups.contains("stages"), "\(topic.id): stages")
      default: break
      }
    }
  }

  /// The seeds' 常见模型类型 section: each task with the models it lists.
  static let seedTasks: [(task: String, models: [String])] = [
    ("文本分类", ["BERT", "RoBERTa", "DistilBERT"]),
    ("Token Classification / NER", ["BERT", "ELECTRA"]),
    ("问答", ["BERT", "DistilBERT", "T5", "BART"]),
    ("Text Generation", ["GPT-2", "BLOOM", "Llama"]),
    ("摘要", ["BART", "T5", "Pegasus"]),
    ("翻译", ["T5", "MarianMT", "M2M100"]),
    ("特征提取", ["BERT", "RoBERTa", "Sentence-Transformers"]),
    ("图像分类", ["ViT", "ResNet", "Swin Transformer"]),
    ("目标检测", ["YOLOS", "DETR"]),
    ("图像分割", ["SegFormer", "Mask2Former"]),
    ("音频分类", ["Wav2Vec2", "HuBERT"]),
    ("ASR", ["Whisper", "Wav2Vec2"]),
    ("VQA", ["ViLT", "BLIP"]),
    ("Image Captioning", ["BLIP", "GIT"]),
  ]

  @Test("each seed task lists every model the seeds give for it", arguments: seedTasks)
  func seedTaskModels(task: String, models: [String]) throws {
    var filter = TopicFilter()
    filter.relations = [(EdgeLabel(.tasks), task)]
    let found = Set(try graph.topics(matching: filter).map(\.id))
    for model in models {
      #expect(found.contains(try graph.topic(named: model).id), "\(task) should list \(model)")
    }
  }

  @Test(
    "each architecture names its representative models",
    arguments: [
      ("encoder-only", ["BERT", "RoBERTa", "ALBERT", "DistilBERT"]),
      ("decoder-only", ["GPT-1", "GPT-2", "GPT-3", "LLaMA", "Mistral-7B"]),
      ("encoder-decoder", ["T5", "BART", "M2M100"]),
    ])
  func architectureModels(architecture: String, models: [String]) throws {
    let topic = try graph.topic(named: architecture)
    let listed = Set(
      graph.neighbors(of: topic).first { $0.label.name == "models" }?.topics.map(\.id) ?? [])
    for model in models { #expect(listed.contains(try graph.topic(named: model).id), "\(model)") }
  }
}
