import LLMNotesCore

/// The filters of `list`, declared once and shared by every command that narrows topics the
/// same way (`search`, `timeline`): kinds, years, text fields and every relation.
enum FilterOptions {
  static let kind = OptionSpec(
    name: "kind", aliases: ["kinds"], value: .kind, repetition: .many(meaning: "any of the kinds"),
    help:
      "Topics of this kind: \(Kind.allCases.map(\.singular).joined(separator: ", ")); also plural or Chinese (模型)."
  )

  static let year = OptionSpec(
    name: "year", aliases: ["years"], value: .years,
    help: "Topics from this year or range: 2019, 2019..2021, 2019.., ..2018.")

  static let attributes = Attribute.allCases.filter { $0.shape == .text }.map { attribute in
    OptionSpec(
      name: attribute.rawValue, value: .text(placeholder: "text"),
      help:
        "Topics whose \(attribute.rawValue) (\(attribute.gloss)) is this text, compared like names."
    )
  }

  static let relations = (
    title:
      "Relation filters (each takes a topic name; singular, plural and Chinese spellings work)",
    options: EdgeLabel.all.map { label in
      OptionSpec(
        name: label.name, aliases: Array(label.names.dropFirst()), value: .topic,
        repetition: .many(meaning: "all must hold"), help: "\(label.gloss)")
    }
  )

  /// Every term given, as a filter.
  static func filter(from arguments: ParsedArguments) -> TopicFilter {
    var filter = TopicFilter()
    filter.kinds = Set(arguments.kinds("kind"))
    filter.years = arguments.years("year")
    for case (let option, .text(let value)) in arguments.values {
      if let attribute = Attribute(rawValue: option) {
        filter.attributes.append((attribute, value))
      } else if let label = EdgeLabel.named(option) {
        filter.relations.append((label, value))
      }
    }
    return filter
  }
}
