/// The Chinese wording of every card, per relation in both directions and per attribute.
/// `{t}` is the topic's title, `{k}` the Chinese name of the answers' kind.
enum CardTemplate {
  /// A forward relation: the answers are what the topic's note names.
  static func forward(_ relation: Relation, multiple: Bool) -> String? {
    switch relation {
    case .architecture: "{t}采用哪种架构？"
    case .objectives: multiple ? "{t}的训练目标有哪些？" : "{t}的训练目标是什么？"
    case .organization: multiple ? "哪些机构提出了{t}？" : "哪个机构提出了{t}？"
    case .tasks: "{t}适合以下哪些任务？"
    case .family: "{t}属于哪个模型系列？"
    case .basedOn: multiple ? "{t}基于哪些模型或架构？" : "{t}基于哪个模型或架构？"
    case .categories: "{t}属于以下哪些模型类别？"
    case .stages: multiple ? "{t}用于大模型生命周期的哪些阶段？" : "{t}用于大模型生命周期的哪个阶段？"
    case .techniques: "{t}采用了以下哪些技术？"
    case .implements: "{t}实现了以下哪些技术？"
    case .components: "{t}由以下哪些部分组成？"
    case .datasets: "{t}用以下哪些数据集训练？"
    case .domain: "{t}属于哪个领域？"
    case .about, .links: nil
    }
  }

  /// An inverse relation: the answers are the notes of one kind that name the topic.
  static func inverse(_ relation: Relation, multiple: Bool) -> String? {
    let which = multiple ? "以下哪些{k}" : "哪种{k}"
    return switch relation {
    case .architecture: "\(which)采用{t}？"
    case .objectives: "{t}是\(multiple ? "以下哪些{k}" : "哪种{k}")的训练目标？"
    case .organization: "\(which)由{t}提出？"
    case .tasks: "\(which)适合{t}？"
    case .family: "\(which)属于{t}？"
    case .basedOn: "\(which)基于{t}？"
    case .categories: "\(which)属于{t}？"
    case .stages: "\(which)用于{t}阶段？"
    case .techniques: "\(which)采用了{t}？"
    case .implements: "\(which)实现了{t}？"
    case .components: "{t}是\(multiple ? "以下哪些{k}" : "哪种{k}")的组成部分？"
    case .datasets: "\(which)用{t}训练？"
    case .domain: "\(which)属于{t}领域？"
    case .about, .links: nil
    }
  }

  static func attribute(_ attribute: Attribute) -> String? {
    switch attribute {
    case .year: "{t}是哪一年提出或发布的？"
    case .mechanism: "哪种{k}的工作方式是「{v}」？"
    case .strength: "哪种{k}的核心优势是「{v}」？"
    case .released, .parameters: nil
    }
  }

  static let compare = "{a}与{b}的{r}有何不同？"

  /// Fills a template, with a space wherever a Latin letter or digit meets a Chinese character
  /// at a filled-in boundary (`BERT 采用哪种架构？`, `掩码语言建模是哪种架构…`).
  static func fill(_ template: String, _ values: [String: String]) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      let key = String(rest[rest.index(after: open)..<close])
      guard let value = values[key] else {
        out += rest[...close]
        rest = rest[rest.index(after: close)...]
        continue
      }
      let before = rest[..<open]
      out += before
      if needsSpace(out.last, value.first) { out += " " }
      out += value
      rest = rest[rest.index(after: close)...]
      if needsSpace(value.last, rest.first) { out += " " }
    }
    return out + rest
  }

  private static func needsSpace(_ left: Character?, _ right: Character?) -> Bool {
    guard let left, let right else { return false }
    return (isLatin(left) && isIdeograph(right)) || (isIdeograph(left) && isLatin(right))
  }

  private static func isLatin(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber)
  }

  private static func isIdeograph(_ character: Character) -> Bool {
    character.unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) } ?? false
  }
}
