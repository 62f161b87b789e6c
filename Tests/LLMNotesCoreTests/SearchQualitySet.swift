/// The labelled set `search` is measured on: queries a learner would type, each with the notes
/// they would expect to find (ids from the real Notes/), chosen by reading the notes before
/// running the search. Kinds: Chinese words, English words, mixed Latin and Chinese, single
/// characters, phrases, and concepts the notes discuss in their bodies without a note of their
/// own.
enum SearchQualitySet {
  struct Query: Sendable, CustomStringConvertible {
    let text: String
    let expected: [String]
    let kind: Kind

    var description: String { "\(text) → \(expected.joined(separator: ", "))" }
  }

  enum Kind: String, CaseIterable, Sendable {
    case chinese, english, mixed, oneCharacter, phrase, bodyOnly
  }

  static let queries: [Query] =
    chinese.map { Query(text: $0.0, expected: $0.1, kind: .chinese) }
    + english.map { Query(text: $0.0, expected: $0.1, kind: .english) }
    + mixed.map { Query(text: $0.0, expected: $0.1, kind: .mixed) }
    + oneCharacter.map { Query(text: $0.0, expected: $0.1, kind: .oneCharacter) }
    + phrases.map { Query(text: $0.0, expected: $0.1, kind: .phrase) }
    + bodyOnly.map { Query(text: $0.0, expected: $0.1, kind: .bodyOnly) }

  static let chinese: [(String, [String])] = [
    ("注意力", ["attention-mechanism"]),
    ("自注意力", ["self-attention"]),
    ("位置编码", ["positional-encoding"]),
    ("旋转位置编码", ["rope"]),
    ("量化", ["quantization"]),
    ("幻觉", ["hallucination"]),
    ("知识蒸馏", ["knowledge-distillation"]),
    ("词元", ["token"]),
    ("分词", ["tokenization"]),
    ("微调", ["fine-tuning-and-alignment", "full-fine-tuning"]),
    ("混合专家", ["mixture-of-experts"]),
    ("思维链", ["chain-of-thought", "what-is-chain-of-thought"]),
    ("检索增强生成", ["rag"]),
    ("向量数据库", ["vector-database"]),
    ("困惑度", ["perplexity", "what-is-perplexity"]),
    ("缩放定律", ["scaling-laws", "scaling-laws-and-chinchilla"]),
    ("越狱", ["jailbreak"]),
    ("提示注入", ["prompt-injection", "what-is-prompt-injection"]),
    ("对齐", ["alignment"]),
    ("束搜索", ["beam-search"]),
    ("投机解码", ["speculative-decoding", "how-speculative-decoding-works"]),
    ("残差连接", ["residual-connection"]),
    ("层归一化", ["layer-normalization"]),
    ("交叉熵", ["cross-entropy-loss"]),
    ("文本摘要", ["summarization"]),
    ("机器翻译", ["translation"]),
    ("奖励模型", ["reward-model", "what-is-a-reward-model"]),
    ("灾难性遗忘", ["catastrophic-forgetting"]),
  ]

  static let english: [(String, [String])] = [
    ("attention", ["attention-mechanism"]),
    ("transformer", ["transformer"]),
    ("quantization", ["quantization"]),
    ("hallucination", ["hallucination"]),
    ("beam search", ["beam-search"]),
    ("mixture of experts", ["mixture-of-experts"]),
    ("knowledge distillation", ["knowledge-distillation"]),
    ("RAG", ["rag"]),
    ("LoRA", ["lora"]),
    ("tokenizer", ["tokenization"]),
    ("masked language modeling", ["masked-language-modeling"]),
    ("positional encoding", ["positional-encoding"]),
    ("flash attention", ["flash-attention"]),
    ("KV cache", ["kv-cache"]),
    ("scaling laws", ["scaling-laws"]),
    ("chain of thought", ["chain-of-thought"]),
    ("encoder-only", ["encoder-only"]),
    ("ＢＥＲＴ", ["bert"]),
  ]

  static let mixed: [(String, [String])] = [
    ("RoPE 位置编码", ["rope"]),
    ("LoRA 原理", ["how-lora-works"]),
    ("BERT 预训练", ["bert"]),
    ("GPT-3 上下文学习", ["in-context-learning"]),
    ("MoE 路由", ["moe-routing-and-load-balancing"]),
    ("KV Cache 显存", ["kv-cache-memory"]),
    ("RAG 幻觉", ["hallucination-causes-and-rag"]),
    ("Adam 显存", ["training-memory-7b-adam"]),
    ("Decoder-only 架构", ["decoder-only"]),
    ("QLoRA 量化", ["qlora", "how-qlora-saves-memory"]),
  ]

  static let oneCharacter: [(String, [String])] = [
    ("熵", ["cross-entropy-loss"]),
    ("蒸", ["knowledge-distillation"]),
    ("剪", ["pruning"]),
    ("秩", ["lora"]),
    ("噪", ["denoising-autoencoding"]),
  ]

  static let phrases: [(String, [String])] = [
    ("attention is all you need", ["transformer"]),
    ("next sentence prediction", ["next-sentence-prediction"]),
    ("下一句预测", ["next-sentence-prediction"]),
    ("low-rank adaptation", ["lora"]),
    ("深度双向", ["encoder-only"]),
    ("直接偏好优化", ["dpo"]),
    ("reinforcement learning from human feedback", ["rlhf"]),
  ]

  static let bodyOnly: [(String, [String])] = [
    ("BatchNorm", ["layernorm-vs-rmsnorm", "layer-normalization"]),
    ("YaRN", ["long-context-extension"]),
    ("HNSW", ["vector-database", "semantic-search"]),
    ("倒数排名融合", ["semantic-search"]),
    ("NF4", ["qlora"]),
    ("DPR", ["rag", "semantic-search"]),
    ("InfoNCE", ["contrastive-learning"]),
    ("skip-gram", ["word2vec", "word-embedding"]),
    ("teacher forcing", ["causal-language-modeling"]),
    ("nucleus sampling", ["top-p-sampling"]),
    ("TF-IDF", ["semantic-search"]),
    ("warmup", ["learning-rate-schedule"]),
    ("位置插值", ["long-context-extension"]),
    ("CBOW", ["word2vec"]),
  ]
}
