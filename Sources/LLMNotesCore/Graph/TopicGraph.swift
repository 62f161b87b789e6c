/// The typed topic graph: every topic, and every relation walked both ways.
public struct TopicGraph: Sendable {
  public let topics: [Topic]
  let edges: [[Edge]]
  let names: NameIndex
  private let indexByID: [String: Int]

  /// Builds the graph from parsed topics, reporting what cannot be linked. Topics are
  /// deduplicated by id (the first by path wins). Linear in topics plus references.
  init(parsed: [NoteParser.Parsed], diagnostics: inout [Diagnostic]) {
    var unique: [(topic: Topic, nameLines: [Int])] = []
    var pathByID: [String: String] = [:]
    unique.reserveCapacity(parsed.count)
    for entry in parsed {
      guard let topic = entry.topic else { continue }
      if let first = pathByID[topic.id] {
        diagnostics.append(
          Diagnostic(.duplicateID, at: SourceLocation(path: topic.path, line: 1, column: 1),
            "id '\(topic.id)' is already used by \(first); this note is ignored"))
        continue
      }
      pathByID[topic.id] = topic.path
      unique.append((topic, entry.nameLines))
    }
    // Kind-then-id order, once, so every answer comes out sorted without sorting again.
    unique.sort { ($0.topic.kind, $0.topic.id) < ($1.topic.kind, $1.topic.id) }
    let topics = unique.map(\.topic)
    let nameLines = unique.map(\.nameLines)
    var indexByID: [String: Int] = [:]
    indexByID.reserveCapacity(topics.count)
    for (index, topic) in topics.enumerated() { indexByID[topic.id] = index }
    self.topics = topics
    self.indexByID = indexByID
    self.names = NameIndex(topics: topics)
    diagnostics += Self.aliasConflicts(topics, nameLines: nameLines, names: names)
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

  /// The topics `topic` reaches over `label`.
  func targets(of index: Int, over label: EdgeLabel) -> [Int] {
    edges[index].lazy.filter { $0.label == label }.map(\.target)
  }

  // MARK: Building

  private static func link(
    _ topics: [Topic], indexByID: [String: Int], names: NameIndex, diagnostics: inout [Diagnostic]
  ) -> [[Edge]] {
    var edges = [[Edge]](repeating: [], count: topics.count)
    var connected: Set<UInt64> = []
    func pairKey(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

    // Typed relations first, so a wikilink that repeats one adds nothing.
    for relation in Relation.allCases {
      for (source, topic) in topics.enumerated() {
        guard let references = topic.references[relation] else { continue }
        for reference in references {
          guard let target = indexByID[reference.id] else {
            let rule: Rule = relation == .links ? .brokenWikilink : .brokenRelation
            let hint = names.suggestions(for: NameKey.normalize(reference.id), limit: 1, matchingPrefixes: false).first
              .map { "; did you mean '\(topics[$0].id)'?" } ?? ""
            diagnostics.append(
              Diagnostic(rule, at: reference.location, "no note has the id '\(reference.id)'\(hint)"))
            continue
          }
          let kinds = relation.targetKinds
          if !kinds.isEmpty, !kinds.contains(topics[target].kind) {
            let expected = kinds.map(\.rawValue).sorted().joined(separator: " or ")
            let actual = topics[target].kind.rawValue
            diagnostics.append(
              Diagnostic(.wrongTargetKind, at: reference.location,
                "'\(relation.rawValue)' expects \(article(expected)) \(expected), but '\(reference.id)' is \(article(actual)) \(actual)"))
            continue
          }
          guard target != source else { continue }
          let pair = pairKey(source, target)
          if relation == .links, connected.contains(pair) { continue }
          let forward = Edge(label: EdgeLabel(relation), target: target)
          if edges[source].contains(forward) { continue }
          connected.insert(pair)
          edges[source].append(forward)
          edges[target].append(Edge(label: EdgeLabel(relation, inverse: true), target: source))
        }
      }
    }
    // Topics are in kind-then-id order, so sorting by index lists neighbours the same way.
    for index in edges.indices {
      edges[index].sort { lhs, rhs in
        lhs.label != rhs.label ? lhs.label < rhs.label : lhs.target < rhs.target
      }
    }
    return edges
  }

  private static func aliasConflicts(_ topics: [Topic], nameLines: [[Int]], names: NameIndex)
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    var owner: [String: (index: Int, line: Int)] = [:]
    for (index, topic) in topics.enumerated() {
      owner[NameKey.normalize(topic.id)] = owner[NameKey.normalize(topic.id)] ?? (index, -1)
    }
    for (index, topic) in topics.enumerated() {
      let written = [topic.title] + topic.aliases
      for (position, name) in written.enumerated() {
        let key = NameKey.normalize(name)
        guard !key.isEmpty else { continue }
        let line = position < nameLines[index].count ? nameLines[index][position] : 1
        if let claim = owner[key], claim.index != index {
          let other = topics[claim.index]
          let place = claim.line >= 0 ? "\(other.path):\(claim.line)" : "\(other.path) (its id)"
          diagnostics.append(
            Diagnostic(.duplicateAlias, at: SourceLocation(path: topic.path, line: line, column: 1),
              "the name '\(name)' is also claimed by '\(other.id)' at \(place); names must be unique"))
        } else if owner[key] == nil {
          owner[key] = (index, line)
        }
      }
    }
    return diagnostics
  }
}

/// "a" or "an", for kind names in messages.
private func article(_ word: String) -> String {
  guard let first = word.first else { return "a" }
  return "aeiou".contains(first) ? "an" : "a"
}
