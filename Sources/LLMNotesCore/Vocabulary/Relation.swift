/// Every typed link a note can declare in its frontmatter, plus the body's `[[wikilinks]]`.
///
/// This is the single declaration of the vocabulary: the parser, the graph, `show`, `compare`,
/// `list` filters, `check` and the help text all read these cases, so adding a relation here is
/// the whole change.
public enum Relation: String, CaseIterable, Sendable {
  case architecture
  case objectives
  case organization
  case tasks
  case family
  case basedOn = "based-on"
  case categories
  case stages
  case techniques
  case implements
  case components
  case datasets
  case domain
  case about
  /// `[[id]]` in the body; never written as a frontmatter field.
  case links

  public enum Cardinality: Sendable { case one, many }

  /// The kinds a target may have; empty means any kind.
  public var targetKinds: Set<Kind> {
    switch self {
    case .architecture: [.architecture]
    case .objectives: [.objective]
    case .organization: [.organization]
    case .tasks: [.task]
    case .family: [.model]
    case .basedOn: [.model, .architecture]
    case .categories: [.category]
    case .stages: [.stage]
    case .techniques, .implements: [.technique]
    case .components: [.concept]
    case .datasets: [.dataset]
    case .domain: [.domain]
    case .about, .links: []
    }
  }

  public var cardinality: Cardinality {
    switch self {
    case .architecture, .family, .domain: .one
    default: .many
    }
  }

  /// The name of the edge as seen from the target (a model's `architecture` is an
  /// architecture's `models`).
  public var inverseName: String {
    switch self {
    case .architecture: "models"
    case .objectives: "objective-of"
    case .organization: "developed"
    case .tasks: "handled-by"
    case .family: "members"
    case .basedOn: "derivatives"
    case .categories: "examples"
    case .stages: "supported-by"
    case .techniques: "used-by"
    case .implements: "implemented-by"
    case .components: "component-of"
    case .datasets: "used-to-train"
    case .domain: "covers"
    case .about: "questions"
    case .links: "linked-from"
    }
  }

  /// Chinese glosses shown beside the names, forward and inverse.
  var glosses: (forward: String, inverse: String) {
    switch self {
    case .architecture: ("架构", "代表模型")
    case .objectives: ("训练目标", "采用者")
    case .organization: ("机构", "成果")
    case .tasks: ("适用任务", "适用者")
    case .family: ("所属系列", "系列成员")
    case .basedOn: ("基于", "衍生")
    case .categories: ("模型类别", "实例")
    case .stages: ("生命周期阶段", "相关技术与工具")
    case .techniques: ("采用技术", "应用于")
    case .implements: ("实现的技术", "实现工具")
    case .components: ("组成部分", "所属结构")
    case .datasets: ("训练数据", "用它训练的模型")
    case .domain: ("领域", "包含任务")
    case .about: ("涉及主题", "相关面试题")
    case .links: ("提及", "被提及")
    }
  }

  /// The name in the other grammatical number, forward and inverse (`tasks` → `task`,
  /// `models` → `model`), where one reads naturally; both are accepted on the command line.
  var otherNumber: (forward: String?, inverse: String?) {
    switch self {
    case .architecture: ("architectures", "model")
    case .objectives: ("objective", nil)
    case .organization: ("organizations", nil)
    case .tasks: ("task", nil)
    case .family: ("families", "member")
    case .basedOn: (nil, "derivative")
    case .categories: ("category", "example")
    case .stages: ("stage", nil)
    case .techniques: ("technique", nil)
    case .implements: (nil, nil)
    case .components: ("component", nil)
    case .datasets: ("dataset", nil)
    case .domain: ("domains", nil)
    case .about: (nil, "question")
    case .links: ("link", nil)
    }
  }

  /// Whether `list` shows this relation on each line: the few facts that tell topics apart.
  public var isHeadline: Bool {
    switch self {
    case .architecture, .organization, .family, .domain, .stages: true
    default: false
    }
  }

  /// Whether the target is to be learned before the note that names it: a model's
  /// architecture, objectives, components and base; an architecture's base and components; the
  /// technique a tool implements; the topics a question is about. `llmnotes study` orders
  /// topics by these relations, and only these.
  public var isPrerequisite: Bool {
    switch self {
    case .architecture, .objectives, .components, .basedOn, .implements, .about: true
    default: false
    }
  }

  /// Relations a note declares as frontmatter fields.
  public static var fields: [Relation] { allCases.filter { $0 != .links } }
}

/// A relation seen from one end: forward from the note that declares it, or inverse from its target.
public struct EdgeLabel: Hashable, Sendable, Comparable {
  public let relation: Relation
  public let isInverse: Bool

  public init(_ relation: Relation, inverse: Bool = false) {
    self.relation = relation
    self.isInverse = inverse
  }

  /// The name shown in `show` and `compare`, and accepted as a `list --<name>` filter.
  public var name: String { isInverse ? relation.inverseName : relation.rawValue }

  /// Chinese gloss for display (`models` → 代表模型).
  public var gloss: String { isInverse ? relation.glosses.inverse : relation.glosses.forward }

  /// Every name that means this label on the command line: its name, the same in the other
  /// grammatical number, and its Chinese gloss (`tasks`, `task`, `适用任务`).
  public var names: [String] {
    let other = isInverse ? relation.otherNumber.inverse : relation.otherNumber.forward
    return [name] + (other.map { [$0] } ?? []) + [gloss]
  }

  /// The label one of whose `names` is `name` (in any case), if any.
  public static func named(_ name: String) -> EdgeLabel? {
    let lowered = name.lowercased()
    return all.first { $0.names.contains(lowered) }
  }

  public var reversed: EdgeLabel { EdgeLabel(relation, inverse: !isInverse) }

  /// Every label in display order: forward relations first, then inverses, links last.
  public static let all: [EdgeLabel] =
    Relation.fields.map { EdgeLabel($0) } + Relation.fields.map { EdgeLabel($0, inverse: true) }
    + [EdgeLabel(.links), EdgeLabel(.links, inverse: true)]

  public static func < (lhs: EdgeLabel, rhs: EdgeLabel) -> Bool { lhs.order < rhs.order }

  /// Position in `all`: forward relations in declaration order, then inverses, links last.
  var order: Int {
    let count = Relation.allCases.count
    let position = Relation.allCases.firstIndex(of: relation) ?? 0
    if relation == .links { return 2 * count + (isInverse ? 1 : 0) }
    return (isInverse ? count : 0) + position
  }
}
