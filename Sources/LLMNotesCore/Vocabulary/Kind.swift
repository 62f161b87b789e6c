/// What a topic is. A note's kind is the folder directly below the notes root, and nothing else.
public enum Kind: String, CaseIterable, Sendable, Comparable {
  case architecture
  case model
  case task
  case stage
  case objective
  case technique
  case tool
  case organization
  case domain
  case concept
  case benchmark
  case dataset
  case category
  case challenge
  case question

  /// The folder below the notes root that holds notes of this kind.
  public var folder: String {
    switch self {
    case .category: "categories"
    default: rawValue + "s"
    }
  }

  /// Chinese gloss shown beside the kind's name.
  public var gloss: String {
    switch self {
    case .architecture: "架构"
    case .model: "模型"
    case .task: "任务"
    case .stage: "生命周期阶段"
    case .objective: "训练目标"
    case .technique: "技术"
    case .tool: "工具与框架"
    case .organization: "机构"
    case .domain: "领域"
    case .concept: "概念"
    case .benchmark: "评测基准"
    case .dataset: "数据集"
    case .category: "模型类别"
    case .challenge: "挑战"
    case .question: "面试题"
    }
  }

  /// The kind's name in the singular (`model`), as `list --kind` and JSON write it.
  public var singular: String { rawValue }

  /// The kind's name in the plural (`models`): its folder below the notes root.
  public var plural: String { folder }

  /// Every name that means this kind on the command line: singular, plural, Chinese.
  public var names: [String] { [singular, plural, gloss] }

  /// Accepts any of the kind's `names`, in any case (`model`, `Models`, `模型`).
  public init?(name: String) {
    let lowered = name.lowercased()
    guard let kind = Kind.allCases.first(where: { $0.names.contains(lowered) }) else {
      return nil
    }
    self = kind
  }

  public init?(folder: String) {
    guard let kind = Kind.allCases.first(where: { $0.folder == folder }) else { return nil }
    self = kind
  }

  public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.order < rhs.order }

  /// Declaration order, without searching `allCases` (kinds are compared in every sort).
  private var order: Int {
    switch self {
    case .architecture: 0
    case .model: 1
    case .task: 2
    case .stage: 3
    case .objective: 4
    case .technique: 5
    case .tool: 6
    case .organization: 7
    case .domain: 8
    case .concept: 9
    case .benchmark: 10
    case .dataset: 11
    case .category: 12
    case .challenge: 13
    case .question: 14
    }
  }
}
