/// The answer to `llmnotes study <topic>`: what to learn before the topic, in an order where
/// every topic comes after its prerequisites (`Relation.isPrerequisite`), each marked with the
/// learner's progress, and the next one to study.
public struct StudyPlan: Sendable {
  public enum Status: String, Sendable {
    /// Every card of the topic is in review and recalled at the desired retention or better.
    case mastered
    /// Some card of the topic has been reviewed.
    case learning
    case new
  }

  public struct Step: Sendable {
    public let topic: TopicRef
    public let status: Status
    /// The topics on the path that need this one, with the relation's name (`architecture`).
    public let neededBy: [(topic: TopicRef, relation: String)]
    /// The topic's cards, and how many of them have been reviewed.
    public let cards: Int
    public let reviewed: Int
  }

  public let target: TopicRef
  /// Prerequisites first; the target last.
  public let steps: [Step]
  /// The first step that is not mastered, if any.
  public var next: Step? { steps.first { $0.status != .mastered } }
  /// Prerequisite cycles found in the notes (`a -> b -> a`), broken to give an order.
  public let cycles: [[String]]
  /// Whether the walk stopped at `depth` with prerequisites left unvisited.
  public let isTruncated: Bool
}

extension TopicGraph {
  /// The prerequisites of `topic` up to `depth` relations away, in study order: deeper
  /// prerequisites first (a topic's building blocks before the topic), then by kind and id.
  public func studyPlan(
    for topic: Topic, depth: Int = 8, progress: Progress, scheduler: Scheduler, now: Double,
    cards: [Card]
  ) -> StudyPlan {
    guard let root = index(of: topic) else {
      return StudyPlan(target: TopicRef(topic), steps: [], cycles: [], isTruncated: false)
    }
    // Breadth first, bounded by depth; `level` is the longest distance found from the root
    // (a cycle re-expands its topics at most `depth` times, so the walk ends).
    var level: [Int: Int] = [root: 0]
    // Where the deepest topic needing it lists it: building blocks come in the note's order.
    var position: [Int: Int] = [:]
    var requires: [Int: [(Int, String)]] = [:]
    var frontier = [root]
    var distance = 0
    while !frontier.isEmpty, distance < depth {
      var next: Set<Int> = []
      for source in frontier {
        for (place, edge) in prerequisiteEdges(of: source).enumerated() {
          if !requires[source, default: []].contains(where: { $0.0 == edge.target }) {
            requires[source, default: []].append((edge.target, edge.label.name))
          }
          guard edge.target != root, level[edge.target].map({ $0 < distance + 1 }) ?? true
          else { continue }
          level[edge.target] = distance + 1
          position[edge.target] =
            topics[source].references[edge.label.relation]?.firstIndex {
              $0.id == topics[edge.target].id
            } ?? place
          next.insert(edge.target)
        }
      }
      frontier = next.sorted()
      distance += 1
    }
    let truncated = frontier.contains { !prerequisiteEdges(of: $0).isEmpty }
    let members = Set(level.keys)
    var remaining = members
    var prerequisitesLeft: [Int: Set<Int>] = [:]
    for member in members {
      prerequisitesLeft[member] = Set((requires[member] ?? []).map(\.0).filter(members.contains))
    }
    func priority(_ index: Int) -> (Int, Int, Int, String) {
      (-(level[index] ?? 0), kindOrder(topics[index].kind), position[index] ?? 0, topics[index].id)
    }
    var order: [Int] = []
    var cycles: [[String]] = []
    while !remaining.isEmpty {
      let ready = remaining.filter { prerequisitesLeft[$0]?.isEmpty ?? true }
      let pick: Int
      if let best = ready.min(by: { priority($0) < priority($1) }) {
        pick = best
      } else {
        // A cycle: name it, then break it at the deepest topic on it.
        guard let start = remaining.min(by: { priority($0) < priority($1) }) else { break }
        cycles.append(cycle(from: start, within: remaining, prerequisitesLeft))
        pick = start
      }
      order.append(pick)
      remaining.remove(pick)
      for member in remaining { prerequisitesLeft[member]?.remove(pick) }
    }

    var cardsByTopic: [String: [Card]] = [:]
    for card in cards { cardsByTopic[card.topic.id, default: []].append(card) }
    var neededBy: [Int: [(topic: TopicRef, relation: String)]] = [:]
    for (source, targets) in requires where members.contains(source) {
      for (target, relation) in targets where members.contains(target) {
        neededBy[target, default: []].append((TopicRef(topics[source]), relation))
      }
    }
    let steps = order.map { index -> StudyPlan.Step in
      let topic = topics[index]
      let own = cardsByTopic[topic.id] ?? []
      let states = own.map { progress.state(of: $0.id) }
      let reviewed = states.filter { $0.phase != .new }.count
      let mastered =
        !own.isEmpty
        && states.allSatisfy {
          $0.phase == .review
            && scheduler.retrievability(of: $0, at: now) >= scheduler.desiredRetention
        }
      return StudyPlan.Step(
        topic: TopicRef(topic),
        status: mastered ? .mastered : reviewed > 0 ? .learning : .new,
        neededBy: (neededBy[index] ?? []).sorted { $0.topic.id < $1.topic.id }, cards: own.count,
        reviewed: reviewed)
    }
    return StudyPlan(target: TopicRef(topic), steps: steps, cycles: cycles, isTruncated: truncated)
  }

  /// `a -> b -> a`: follows unmet prerequisites from `start` until a topic repeats.
  private func cycle(from start: Int, within remaining: Set<Int>, _ left: [Int: Set<Int>])
    -> [String]
  {
    var path = [start]
    var current = start
    while let next = left[current]?.filter(remaining.contains).min() {
      if let repeatAt = path.firstIndex(of: next) {
        return (path[repeatAt...] + [next]).map { topics[$0].id }
      }
      path.append(next)
      current = next
    }
    return path.map { topics[$0].id }
  }

  private func prerequisiteEdges(of index: Int) -> [Edge] {
    edges[index].filter { !$0.label.isInverse && $0.label.relation.isPrerequisite }
  }

  private func kindOrder(_ kind: Kind) -> Int { Kind.allCases.firstIndex(of: kind) ?? 0 }
}
