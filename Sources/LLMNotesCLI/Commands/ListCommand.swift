import LLMNotesCore

/// `llmnotes list [--kind K] [--<relation> X]... [--<field> V]...`
enum ListCommand {
  static func validateFilterNames(_ names: [String]) throws(UsageError) {
    for name in names
    where name != "kind" && Attribute(rawValue: name) == nil
      && TopicFilter.labels(named: name).isEmpty
    {
      let hint = TopicFilter.filterNames.nearest(to: name).map { " Did you mean '--\($0)'?" } ?? ""
      throw UsageError(
        "unknown filter '--\(name)'.\(hint) See 'llmnotes help list' for the filters.")
    }
  }

  static func run(
    filters: [(name: String, value: String)], _ graph: TopicGraph, _ renderer: any Renderer,
    _ outcome: inout Outcome
  ) {
    var filter = TopicFilter()
    for (name, value) in filters {
      if name == "kind" {
        guard let kind = Kind(name: value) else {
          outcome.printError(
            "error: no kind named '\(TerminalText.line(value))'; kinds are: \(Kind.allCases.map(\.rawValue).joined(separator: ", "))"
          )
          outcome.exitCode = .usage
          return
        }
        filter.kind = kind
      } else if let attribute = Attribute(rawValue: name) {
        filter.attributes.append((attribute, value))
      } else {
        do throws(LookupError) {
          let target = try graph.topic(named: value)
          // A relation and its singular may both match (`--model`); any of them will do,
          // so choose the one that fits the target's kind.
          let labels = TopicFilter.labels(named: name)
          if let label = labels.first(where: { $0.accepts(target.kind) }) ?? labels.first {
            filter.links.append((label, target))
          }
        } catch {
          reportLookupFailure(error, &outcome)
          return
        }
      }
    }
    let topics = graph.topics(matching: filter)
    guard !topics.isEmpty else {
      outcome.printError("no topics match")
      outcome.exitCode = .notFound
      return
    }
    outcome.stdout += renderer.list(topics, in: graph, groupedByKind: filters.isEmpty)
  }
}

extension EdgeLabel {
  /// Whether a topic of `kind` can be at the far end of this label.
  fileprivate func accepts(_ kind: Kind) -> Bool {
    isInverse || relation.targetKinds.isEmpty || relation.targetKinds.contains(kind)
  }
}
