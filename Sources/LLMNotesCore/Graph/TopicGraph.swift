/// The typed topic graph: every topic, and every relation walked both ways.
public struct TopicGraph: Sendable {
  /// In kind-then-id order.
  public let topics: [Topic]
  let edges: [[Edge]]
  let names: NameIndex
  private let indexByID: [String: Int]

  /// Builds the graph from parsed notes, reporting what cannot be linked. Notes are
  /// deduplicated by id (the first by path wins). Linear in notes plus references, apart from
  /// one sort of the notes.
  init(parsed: [NoteParser.Parsed], diagnostics: inout [Diagnostic]) {
    var firstPath: [String: String] = [:]
    firstPath.reserveCapacity(parsed.count)
    var kept: [Int] = []
    kept.reserveCapacity(parsed.count)
    for index in parsed.indices {
      guard let topic = parsed[index].topic else { continue }
      if let first = firstPath[topic.id] {
        diagnostics.append(
          Diagnostic(
            .duplicateID, at: SourceLocation(path: topic.path),
            "id '\(topic.id)' is already used by another note; this note is ignored",
            notes: [
              Diagnostic.Note("'\(topic.id)' is first used here", at: SourceLocation(path: first))
            ]))
        continue
      }
      firstPath[topic.id] = topic.path
      kept.append(index)
    }
    // Kind-then-id order, once, so every answer comes out sorted without sorting again.
    let keys = kept.map {
      (kind: parsed[$0].topic?.kind ?? .concept, id: parsed[$0].topic?.id ?? "")
    }
    let order = kept.indices.sorted { keys[$0] < keys[$1] }
    let topics = order.compactMap { parsed[kept[$0]].topic }
    let nameLines = order.map { parsed[kept[$0]].nameLines }
    let nameKeys = order.map { parsed[kept[$0]].nameKeys }
    var indexByID: [String: Int] = [:]
    indexByID.reserveCapacity(topics.count)
    for index in topics.indices { indexByID[topics[index].id] = index }

    self.topics = topics
    self.indexByID = indexByID
    self.names = NameIndex(topics: topics, keys: nameKeys)
    diagnostics += Self.describe(names.conflicts, topics, nameLines: nameLines)
    diagnostics += Self.unreachableNames(topics, keys: nameKeys, nameLines: nameLines)
    self.edges = Self.link(topics, indexByID: indexByID, names: names, diagnostics: &diagnostics)
  }

  public subscript(id: String) -> Topic? { indexByID[id].map { topics[$0] } }

  func index(of topic: Topic) -> Int? { indexByID[topic.id] }

  /// The topics linked to `topic`, grouped by edge label in vocabulary order.
  public func neighbors(of topic: Topic) -> [(label: EdgeLabel, topics: [Topic])] {
    guard let index = index(of: topic) else { return [] }
    var groups: [(label: EdgeLabel, topics: [Topic])] = []
    for edge in edges[index] {
      if groups.last?.label == edge.label {
        groups[groups.count - 1].topics.append(topics[edge.target])
      } else {
        groups.append((edge.label, [topics[edge.target]]))
      }
    }
    return groups
  }

  /// The topics `index` reaches over `label`.
  func targets(of index: Int, over label: EdgeLabel) -> [Int] {
    edges[index].lazy.filter { $0.label == label }.map(\.target)
  }

  // MARK: Building

  private static func link(
    _ topics: [Topic], indexByID: [String: Int], names: NameIndex, diagnostics: inout [Diagnostic]
  ) -> [[Edge]] {
    var edges = [[Edge]](repeating: [], count: topics.count)

    // Resolving ids costs a hash lookup per reference, so it runs on all cores; edges are
    // then added in one fixed order. Per topic: targets in `Relation.allCases` order, links
    // last, -1 for an id no note has.
    let resolved = concurrentMap(count: topics.count) { source in
      Relation.allCases.flatMap { relation in
        (topics[source].references[relation] ?? []).map { indexByID[$0.id] ?? -1 }
      }
    }

    func add(_ relation: Relation, _ reference: Reference, _ resolvedTarget: Int, from source: Int)
    {
      guard resolvedTarget >= 0 else {
        let rule: Rule = relation == .links ? .brokenWikilink : .brokenRelation
        let hint =
          names.suggestions(for: NameKey.normalize(reference.id), limit: 1, matchingPrefixes: false)
          .first.map { topics[$0].id }
        diagnostics.append(
          Diagnostic(
            rule, at: reference.location, "no note has the id '\(reference.id)'\(didYouMean(hint))")
        )
        return
      }
      let target = resolvedTarget
      let kinds = relation.targetKinds
      let actual = topics[target].kind
      if !kinds.isEmpty, !kinds.contains(actual) {
        let expected = kinds.map(\.rawValue).sorted().joined(separator: " or ")
        diagnostics.append(
          Diagnostic(
            .wrongTargetKind, at: reference.location,
            "'\(relation.rawValue)' expects \(article(expected)) \(expected), but '\(reference.id)' is \(article(actual.rawValue)) \(actual.rawValue)"
          ))
        return
      }
      guard target != source else {
        // A wikilink to the note itself is only a mention; a typed relation is a mistake.
        if relation != .links {
          diagnostics.append(
            Diagnostic(
              .selfRelation, at: reference.location,
              "'\(relation.rawValue): \(reference.id)' points at this note itself; a note cannot be related to itself"
            ))
        }
        return
      }
      // Every edge is stored at both ends, so the source's own list says whether the pair is
      // already linked: a wikilink adds nothing then, and a repeated relation neither.
      let forward = Edge(label: EdgeLabel(relation), target: target)
      if relation == .links
        ? edges[source].contains(where: { $0.target == target })
        : edges[source].contains(forward)
      {
        return
      }
      edges[source].append(forward)
      edges[target].append(Edge(label: EdgeLabel(relation, inverse: true), target: source))
    }

    // Typed relations first, so a wikilink that repeats one adds nothing.
    var linksStart = [Int](repeating: 0, count: topics.count)
    for source in topics.indices {
      var position = 0
      for relation in Relation.allCases where relation != .links {
        for reference in topics[source].references[relation] ?? [] {
          add(relation, reference, resolved[source][position], from: source)
          position += 1
        }
      }
      linksStart[source] = position
    }
    for source in topics.indices {
      var position = linksStart[source]
      for reference in topics[source].references[.links] ?? [] {
        add(.links, reference, resolved[source][position], from: source)
        position += 1
      }
    }
    // Topics are in kind-then-id order, so sorting by index lists neighbours the same way.
    for index in edges.indices where edges[index].count > 1 {
      edges[index].sort { ($0.label.order, $0.target) < ($1.label.order, $1.target) }
    }
    return edges
  }

  private static func describe(
    _ conflicts: [NameIndex.Conflict], _ topics: [Topic], nameLines: [[Int]]
  )
    -> [Diagnostic]
  {
    conflicts.map { conflict in
      let topic = topics[conflict.claimant]
      let other = topics[conflict.owner]
      let written = conflict.position == 0 ? topic.title : topic.aliases[conflict.position - 1]
      let line = nameLines[conflict.claimant].dropFirst(conflict.position).first ?? 1
      // Where the first claimant wrote the name, as the index kept it: no search, no
      // normalizing again, however many names two notes share.
      let place =
        conflict.ownerPosition < 0
        ? SourceLocation(path: other.path)
        : SourceLocation(
          path: other.path,
          line: nameLines[conflict.owner].dropFirst(conflict.ownerPosition).first ?? 1)
      return Diagnostic(
        .duplicateAlias, at: SourceLocation(path: topic.path, line: line),
        "the name '\(written)' is also claimed by '\(other.id)'; names must be unique",
        notes: [Diagnostic.Note("'\(other.id)' claims it here", at: place)])
    }
  }
}

extension TopicGraph {
  /// Titles and aliases with nothing to look them up by (only spaces, controls or invisible
  /// characters), which no lookup can ever find.
  fileprivate static func unreachableNames(
    _ topics: [Topic], keys: [[String]], nameLines: [[Int]]
  ) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for index in topics.indices {
      for (position, key) in keys[index].enumerated().dropFirst() where key.isEmpty {
        let topic = topics[index]
        let written = position == 1 ? topic.title : topic.aliases[position - 2]
        let what = position == 1 ? "title" : "alias"
        let line = nameLines[index].dropFirst(position - 1).first ?? 1
        found.append(
          Diagnostic(
            .unreachableName, at: SourceLocation(path: topic.path, line: line),
            "the \(what) '\(written)' has no letter, digit or symbol, so no name can find it"))
      }
    }
    return found
  }
}

/// "a" or "an", for kind names in messages.
private func article(_ word: String) -> String {
  guard let first = word.first else { return "a" }
  return "aeiou".contains(first) ? "an" : "a"
}
