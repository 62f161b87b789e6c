/// The typed topic graph: every topic, and every relation walked both ways.
///
/// One type whatever the notes came from: built by the loader, or read back from a snapshot of
/// the loader's result (the built-in notes, a folder's cache), decoding only what is asked for.
public struct TopicGraph: Sendable {
  private let storage: Storage

  private enum Storage: Sendable {
    case built(topics: [Topic], edges: [[Edge]], names: NameIndex, indexByID: [String: Int])
    case snapshot(SnapshotGraph)
  }

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

    let names = NameIndex(topics: topics, keys: nameKeys)
    diagnostics += Self.describe(names.conflicts, topics, nameLines: nameLines)
    diagnostics += Self.unreachableNames(topics, keys: nameKeys, nameLines: nameLines)
    let edges = Self.link(topics, indexByID: indexByID, names: names, diagnostics: &diagnostics)
    storage = .built(topics: topics, edges: edges, names: names, indexByID: indexByID)
  }

  init(snapshot: SnapshotGraph) { storage = .snapshot(snapshot) }

  /// The snapshot the graph reads, when it reads one.
  var snapshot: SnapshotGraph? {
    if case .snapshot(let snapshot) = storage { return snapshot }
    return nil
  }

  /// In kind-then-id order. From a snapshot, every topic is decoded on first use: commands
  /// that answer about a few topics go through `subscript`, names and neighbours instead.
  public var topics: [Topic] {
    switch storage {
    case .built(let topics, _, _, _): topics
    case .snapshot(let snapshot): snapshot.topics
    }
  }

  /// How many topics.
  var count: Int {
    switch storage {
    case .built(let topics, _, _, _): topics.count
    case .snapshot(let snapshot): snapshot.count
    }
  }

  /// Topic `index`, below `count`.
  func topic(at index: Int) -> Topic {
    switch storage {
    case .built(let topics, _, _, _): topics[index]
    case .snapshot(let snapshot): snapshot.topic(at: index)
    }
  }

  /// The edges of topic `index`, by label order then target.
  func edges(at index: Int) -> [Edge] {
    switch storage {
    case .built(_, let edges, _, _): edges[index]
    case .snapshot(let snapshot): snapshot.edges(at: index)
    }
  }

  func index(ofID id: String) -> Int? {
    switch storage {
    case .built(_, _, _, let indexByID): indexByID[id]
    case .snapshot(let snapshot): snapshot.index(ofID: id)
    }
  }

  /// The topics a normalized name finds.
  func lookup(_ key: String) -> [Int] {
    switch storage {
    case .built(_, _, let names, _): names.lookup(key)
    case .snapshot(let snapshot): snapshot.lookup(key)
    }
  }

  /// Did-you-mean for a normalized name (from a snapshot, the index is built on first use).
  func suggestions(for key: String, limit: Int = 5) -> [Int] {
    switch storage {
    case .built(_, _, let names, _): names.suggestions(for: key, limit: limit)
    case .snapshot(let snapshot): snapshot.nameIndex.suggestions(for: key, limit: limit)
    }
  }

  /// Every normalized name with the topics it finds, in the name index's order.
  func nameEntries() -> [(key: String, topics: [Int])] {
    switch storage {
    case .built(_, _, let names, _): names.entries
    case .snapshot(let snapshot): (try? snapshot.nameEntries()) ?? []
    }
  }

  public subscript(id: String) -> Topic? { index(ofID: id).map(topic(at:)) }

  func index(of topic: Topic) -> Int? { index(ofID: topic.id) }

  /// The topics linked to `topic`, grouped by edge label in vocabulary order.
  public func neighbors(of topic: Topic) -> [(label: EdgeLabel, topics: [Topic])] {
    guard let index = index(of: topic) else { return [] }
    var groups: [(label: EdgeLabel, topics: [Topic])] = []
    for edge in edges(at: index) {
      if groups.last?.label == edge.label {
        groups[groups.count - 1].topics.append(self.topic(at: edge.target))
      } else {
        groups.append((edge.label, [self.topic(at: edge.target)]))
      }
    }
    return groups
  }

  /// `neighbors(of:)` as answers carry them: each neighbour's id, title and kind only (from a
  /// snapshot, no neighbour's record is read past its title).
  func neighborRefs(of topic: Topic) -> [(label: EdgeLabel, topics: [TopicRef])] {
    guard let index = index(of: topic) else { return [] }
    var groups: [(label: EdgeLabel, topics: [TopicRef])] = []
    for edge in edges(at: index) {
      if groups.last?.label == edge.label {
        groups[groups.count - 1].topics.append(ref(at: edge.target))
      } else {
        groups.append((edge.label, [ref(at: edge.target)]))
      }
    }
    return groups
  }

  func ref(at index: Int) -> TopicRef {
    switch storage {
    case .built(let topics, _, _, _): TopicRef(topics[index])
    case .snapshot(let snapshot): snapshot.ref(at: index)
    }
  }

  /// The topics `index` reaches over `label`.
  func targets(of index: Int, over label: EdgeLabel) -> [Int] {
    edges(at: index).lazy.filter { $0.label == label }.map(\.target)
  }

  // MARK: Building

  private static func link(
    _ topics: [Topic], indexByID: [String: Int], names: NameIndex, diagnostics: inout [Diagnostic]
  ) -> [[Edge]] {
    var edges = EdgeLists(count: topics.count)

    // Resolving ids costs a hash lookup per reference, so it runs on all cores; edges are
    // then added in one fixed order. Per topic: targets in `Relation.allCases` order, links
    // last, -1 for an id no note has.
    let resolved = concurrentMap(count: topics.count) { source in
      Relation.allCases.flatMap { relation in
        (topics[source].references[relation] ?? []).map { indexByID[$0.id] ?? -1 }
      }
    }

    // Did-you-mean for broken ids: once per distinct id, from one budget for the whole folder,
    // so 100,000 broken links cost what a few thousand lookups do.
    var hints: [String: String] = [:]
    var hintBudget = 50 * NameIndex.budgetPerLookup
    func hint(for id: String) -> String {
      let key = NameKey.normalize(id)
      if let known = hints[key] { return known }
      let found =
        names.suggestions(for: key, limit: 1, matchingPrefixes: false, budget: &hintBudget)
        .first.map { didYouMean(topics[$0].id) } ?? ""
      hints[key] = found
      return found
    }

    func add(_ relation: Relation, _ reference: Reference, _ resolvedTarget: Int, from source: Int)
    {
      guard resolvedTarget >= 0 else {
        let rule: Rule = relation == .links ? .brokenWikilink : .brokenRelation
        let hint = hint(for: reference.id)
        diagnostics.append(
          Diagnostic(
            rule, at: reference.location, "no note has the id '\(reference.id)'\(hint)")
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
        ? edges.links(source, to: target) : edges.contains(forward, in: source)
      {
        return
      }
      edges.append(forward, to: source)
      edges.append(Edge(label: EdgeLabel(relation, inverse: true), target: source), to: target)
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
    return edges.sorted()
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

/// Every topic's edges while the graph is built, with membership answered without a long
/// search: a short list is searched, a long one has sets beside it, so one note with 100,000
/// relations links in linear time.
private struct EdgeLists {
  private var lists: [[Edge]]
  private var sets: [Int: (targets: Set<Int>, edges: Set<Edge>)] = [:]
  /// Lists up to this long are searched; a dozen edges is the common case.
  private static let searchLimit = 16

  init(count: Int) { lists = [[Edge]](repeating: [], count: count) }

  func contains(_ edge: Edge, in index: Int) -> Bool {
    if let set = sets[index] { return set.edges.contains(edge) }
    return lists[index].contains(edge)
  }

  /// Whether `index` has an edge of any label to `target`.
  func links(_ index: Int, to target: Int) -> Bool {
    if let set = sets[index] { return set.targets.contains(target) }
    return lists[index].contains { $0.target == target }
  }

  mutating func append(_ edge: Edge, to index: Int) {
    lists[index].append(edge)
    if sets[index] != nil {
      sets[index]?.targets.insert(edge.target)
      sets[index]?.edges.insert(edge)
    } else if lists[index].count > Self.searchLimit {
      sets[index] = (Set(lists[index].map(\.target)), Set(lists[index]))
    }
  }

  /// The lists, each sorted: topics are in kind-then-id order, so sorting by index lists
  /// neighbours the same way.
  mutating func sorted() -> [[Edge]] {
    sets = [:]
    for index in lists.indices where lists[index].count > 1 {
      lists[index].sort { ($0.label.order, $0.target) < ($1.label.order, $1.target) }
    }
    return lists
  }
}

/// "a" or "an", for kind names in messages.
private func article(_ word: String) -> String {
  guard let first = word.first else { return "a" }
  return "aeiou".contains(first) ? "an" : "a"
}
