/// Scalar facts a note may state in its frontmatter, beside the required fields and relations.
public enum Attribute: String, CaseIterable, Sendable {
  case year
  /// Month of first release, `YYYY-MM`, where the notes know it.
  case released
  case parameters
  case mechanism
  case strength

  public enum Shape: Sendable { case year, month, text }

  public var shape: Shape {
    switch self {
    case .year: .year
    case .released: .month
    default: .text
    }
  }

  /// Chinese gloss for `show` and `compare` (the seeds' own words for these columns).
  public var gloss: String {
    switch self {
    case .year: "年份"
    case .released: "发布时间"
    case .parameters: "参数量"
    case .mechanism: "工作方式"
    case .strength: "核心优势"
    }
  }
}

/// The fields every note must have.
enum RequiredField: String, CaseIterable, Sendable {
  case title
  case aliases
  case summary
  case sources

  var isList: Bool { self == .aliases || self == .sources }
}
