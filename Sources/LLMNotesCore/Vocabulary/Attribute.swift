/// Scalar facts a note may state in its frontmatter, beside the required fields and relations.
public enum Attribute: String, CaseIterable, Sendable {
  case year
  case parameters
  case mechanism
  case strength

  public enum Shape: Sendable { case year, text }

  public var shape: Shape { self == .year ? .year : .text }

  /// Chinese gloss for `show` and `compare` (the seeds' own words for these columns).
  public var gloss: String {
    switch self {
    case .year: "年份"
    case .parameters: "参数量"
    case .mechanism: "工作方式"
    case .strength: "核心优势"
    }
  }
}

/// The fields every note must have.
public enum RequiredField: String, CaseIterable, Sendable {
  case title
  case aliases
  case summary
  case sources

  var isList: Bool { self == .aliases || self == .sources }
}
