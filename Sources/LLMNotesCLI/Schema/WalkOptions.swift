import LLMNotesCore

/// How `graph` and `path` say which relations a walk may cross.
enum WalkOptions {
  static func relation(name: String, meaning: String) -> OptionSpec {
    OptionSpec(
      name: name, value: .text(placeholder: "relation"),
      repetition: .many(meaning: "any of the relations"),
      help:
        "\(meaning) (architecture, tasks, based-on…; an inverse name such as models means the same relation)."
    )
  }

  static let links = OptionSpec(
    name: "links", value: .flag,
    help: "Follow [[wikilinks]] in note bodies too (typed relations only without it).")

  /// The relations named by `option`, or a usage error naming the one that is not a relation.
  static func relations(_ arguments: ParsedArguments, _ option: String, spec: CommandSpec)
    throws(UsageError) -> Set<Relation>
  {
    var relations: Set<Relation> = []
    for name in arguments.texts(option) {
      guard let label = EdgeLabel.named(name) else {
        throw UsageError(
          "no relation named '\(TerminalText.line(name))'"
            + didYouMean(name, among: EdgeLabel.all.map(\.name)), command: spec)
      }
      relations.insert(label.relation)
    }
    return relations
  }
}
