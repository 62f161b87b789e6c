/// The answer to `graph`: topics and the relations between them, either the neighbourhood of
/// some topics or the whole graph, with a tree for reading it as text.
public struct Subgraph: Sendable {
  /// A relation from the note that declares it to its target, by index into `nodes`.
  public struct Link: Sendable, Equatable {
    public let source: Int
    public let target: Int
    public let relation: Relation
  }

  /// One line of the text tree: a node at some depth, reached over `label` (as seen from the
  /// line above it). A repeat is a node shown elsewhere in the tree, not expanded again.
  public struct Line: Sendable, Equatable {
    public let depth: Int
    public let node: Int
    public let label: EdgeLabel?
    public let isRepeat: Bool
  }

  /// Every topic, in kind-then-id order.
  public let nodes: [TopicRef]
  /// In source, then relation, then target order; each once.
  public let links: [Link]
  /// The topics asked about (empty for the whole graph).
  public let roots: [Int]
  public let tree: [Line]
  /// How far from the roots the walk went; nil for the whole graph.
  public let depth: Int?

  /// The kinds present, in vocabulary order, for a legend.
  public var kinds: [Kind] {
    let present = Set(nodes.map(\.kind))
    return Kind.allCases.filter(present.contains)
  }
}

/// What a walk of the graph may cross.
public struct WalkFilter: Sendable {
  /// Relations the walk follows; empty means every typed relation.
  public var relations: Set<Relation> = []
  /// Follow body `[[wikilinks]]` too (they connect nearly everything, so off by default).
  public var links = false
  /// Only topics of these kinds (the starting topics always stay); empty means any.
  public var kinds: Set<Kind> = []

  public init() {}

  func allows(_ relation: Relation) -> Bool {
    if relation == .links { return links && (relations.isEmpty || relations.contains(.links)) }
    return relations.isEmpty || relations.contains(relation)
  }
}

extension TopicGraph {
  /// The topics within `depth` steps of `roots` over relations `filter` allows (both
  /// directions), and the allowed relations among them that touch a topic inside the rim. Each topic is visited once, so the
  /// walk is bounded by the graph.
  public func neighbourhood(of roots: [Topic], depth: Int, filter: WalkFilter) -> Subgraph {
    let rootIndexes = roots.compactMap(index(of:)).reduce(into: [Int]()) {
      if !$0.contains($1) { $0.append($1) }
    }
    var level: [Int: Int] = [:]
    var parent: [Int: Int] = [:]
    for root in rootIndexes { level[root] = 0 }
    var frontier = rootIndexes
    // Stops when nothing new is reached, so a huge --depth costs no more than the graph.
    var step = 0
    while step < depth, !frontier.isEmpty {
      var next: [Int] = []
      for node in frontier {
        for edge in edges(at: node) where filter.allows(edge.label.relation) {
          let target = edge.target
          guard level[target] == nil else { continue }
          if !filter.kinds.isEmpty, !filter.kinds.contains(topics[target].kind) { continue }
          level[target] = step + 1
          parent[target] = node
          next.append(target)
        }
      }
      frontier = next
      step += 1
    }
    let members = level.keys.sorted()
    var position: [Int: Int] = [:]
    for (offset, member) in members.enumerated() { position[member] = offset }

    // The relations the walk could cross: at least one end short of the last step. (Those
    // between two topics at the rim, such as every model's tasks around an architecture,
    // would bury the picture.)
    var links: [Subgraph.Link] = []
    for member in members {
      for edge in edges(at: member)
      where !edge.label.isInverse && filter.allows(edge.label.relation) {
        guard let source = position[member], let target = position[edge.target],
          let near = level[member], let far = level[edge.target], min(near, far) < depth
        else { continue }
        links.append(Subgraph.Link(source: source, target: target, relation: edge.label.relation))
      }
    }

    // The tree: each topic expanded once, under the topic the walk reached it from; its other
    // relations inside the neighbourhood are shown as repeats.
    var tree: [Subgraph.Line] = []
    var stack: [(node: Int, from: Int?, depth: Int, label: EdgeLabel?)] = rootIndexes.reversed()
      .map { ($0, nil, 0, nil) }
    var expanded: Set<Int> = []
    while let (node, from, lineDepth, label) = stack.popLast() {
      guard let offset = position[node] else { continue }
      let isRepeat = expanded.contains(node) || (from != nil && parent[node] != from)
      tree.append(Subgraph.Line(depth: lineDepth, node: offset, label: label, isRepeat: isRepeat))
      guard !isRepeat else { continue }
      expanded.insert(node)
      guard lineDepth < depth else { continue }
      var children: [(node: Int, from: Int?, depth: Int, label: EdgeLabel?)] = []
      for edge in edges(at: node) where filter.allows(edge.label.relation) {
        guard position[edge.target] != nil, edge.target != parent[node] else { continue }
        // A child is expanded where the walk first reached it; anywhere else it repeats.
        let isChild = parent[edge.target] == node
        if isChild || (level[edge.target] ?? 0) >= lineDepth {
          children.append((edge.target, node, lineDepth + 1, edge.label))
        }
      }
      stack += children.reversed()
    }
    return Subgraph(
      nodes: members.map { TopicRef(topics[$0]) }, links: links,
      roots: rootIndexes.compactMap { position[$0] }, tree: tree, depth: depth)
  }

  /// Every topic and every relation `filter` allows; the tree lists each topic with the
  /// relations it declares.
  public func wholeGraph(filter: WalkFilter) -> Subgraph {
    var members: [Int] = []
    var position = [Int](repeating: -1, count: topics.count)
    for index in topics.indices
    where filter.kinds.isEmpty || filter.kinds.contains(topics[index].kind) {
      position[index] = members.count
      members.append(index)
    }
    var links: [Subgraph.Link] = []
    var tree: [Subgraph.Line] = []
    for member in members {
      tree.append(Subgraph.Line(depth: 0, node: position[member], label: nil, isRepeat: false))
      for edge in edges(at: member)
      where !edge.label.isInverse && filter.allows(edge.label.relation) {
        let target = position[edge.target]
        guard target >= 0 else { continue }
        links.append(
          Subgraph.Link(source: position[member], target: target, relation: edge.label.relation))
        tree.append(Subgraph.Line(depth: 1, node: target, label: edge.label, isRepeat: true))
      }
    }
    return Subgraph(
      nodes: members.map { TopicRef(topics[$0]) }, links: links, roots: [], tree: tree,
      depth: nil)
  }
}
