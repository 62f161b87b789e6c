/// The vocabulary as the snapshot numbers it: positions in the declared cases, so a new case
/// at the end keeps old numbers (the format version is raised anyway).
enum SnapshotVocabulary {
  static let kinds = Kind.allCases
  static let relations = Relation.allCases
  static let attributes = Attribute.allCases
  static let labels = EdgeLabel.all
  static let rules = Rule.allCases

  static let kindNumbers = numbers(kinds)
  static let relationNumbers = numbers(relations)
  static let attributeNumbers = numbers(attributes)
  static let labelNumbers = numbers(labels)

  private static func numbers<Value: Hashable>(_ values: [Value]) -> [Value: Int] {
    Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
  }
}
