extension TopicGraph {
  /// The shortest chain of relations `filter` allows from `source` to `target` (walking
  /// relations both ways), by breadth-first search; among equally short chains, the one whose
  /// steps come first in vocabulary and kind-then-id order.
  public func shortestPath(from source: Topic, to target: Topic, filter: WalkFilter) -> TopicPath {
    guard let start = index(of: source), let goal = index(of: target) else {
      return TopicPath(
        from: TopicRef(source), to: TopicRef(target), paths: [], maximumHops: nil, cutOff: nil)
    }
    var previous = [Int](repeating: -1, count: topics.count)
    var via = [EdgeLabel?](repeating: nil, count: topics.count)
    previous[start] = start
    var frontier = [start]
    search: while !frontier.isEmpty, previous[goal] < 0 {
      var next: [Int] = []
      for node in frontier {
        for edge in edges(at: node) where allows(edge, filter) && previous[edge.target] < 0 {
          previous[edge.target] = node
          via[edge.target] = edge.label
          if edge.target == goal { break search }
          next.append(edge.target)
        }
      }
      frontier = next
    }
    var steps: [TopicPath.Step] = []
    if start != goal, previous[goal] >= 0 {
      var node = goal
      while node != start, let label = via[node] {
        steps.append(step(previous[node], label, node))
        node = previous[node]
      }
      steps.reverse()
    }
    return TopicPath(
      from: TopicRef(source), to: TopicRef(target), paths: steps.isEmpty ? [] : [steps],
      maximumHops: nil, cutOff: nil)
  }

  /// Every simple path (no topic twice) of at most `maximumHops` steps, shortest first, at
  /// most `limit` of them; the search gives up after `budget` partial paths. A path only
  /// continues through topics still close enough to the target, so the work follows the
  /// paths there are, not every walk from the source.
  public func allPaths(
    from source: Topic, to target: Topic, filter: WalkFilter, maximumHops: Int, limit: Int,
    budget: Int = 2_000_000
  ) -> TopicPath {
    guard let start = index(of: source), let goal = index(of: target), start != goal else {
      return TopicPath(
        from: TopicRef(source), to: TopicRef(target), paths: [], maximumHops: maximumHops,
        cutOff: nil)
    }
    // Distance to the goal, within the hop limit.
    var distance = [Int](repeating: Int.max, count: topics.count)
    distance[goal] = 0
    var frontier = [goal]
    for hops in 1..<max(1, maximumHops) {
      if frontier.isEmpty { break }
      var next: [Int] = []
      for node in frontier {
        for edge in edges(at: node) where allows(edge, filter) && distance[edge.target] == Int.max {
          distance[edge.target] = hops
          next.append(edge.target)
        }
      }
      frontier = next
    }
    var found: [[TopicPath.Step]] = []
    var cutOff: TopicPath.CutOff?
    var onPath = [Bool](repeating: false, count: topics.count)
    var path: [(node: Int, label: EdgeLabel)] = []
    var work = 0
    // Depth-first, an explicit stack of (node, next edge to try).
    var stack: [(node: Int, edge: Int)] = [(start, 0)]
    onPath[start] = true
    while let top = stack.last {
      work += 1
      if work > budget {
        cutOff = .steps(budget)
        break
      }
      let list = edges(at: top.node)
      guard top.edge < list.count else {
        onPath[top.node] = false
        stack.removeLast()
        if !path.isEmpty { path.removeLast() }
        continue
      }
      stack[stack.count - 1].edge += 1
      let edge = list[top.edge]
      let remaining = maximumHops - path.count - 1
      guard allows(edge, filter), !onPath[edge.target], distance[edge.target] <= remaining
      else { continue }
      if edge.target == goal {
        var steps: [TopicPath.Step] = []
        var from = start
        for (node, label) in path {
          steps.append(step(from, label, node))
          from = node
        }
        steps.append(step(from, edge.label, goal))
        found.append(steps)
        if found.count >= limit {
          cutOff = .count(limit)
          break
        }
        continue
      }
      path.append((edge.target, edge.label))
      onPath[edge.target] = true
      stack.append((edge.target, 0))
    }
    // Shortest first; equal lengths keep the order they were found in (vocabulary order).
    let ordered = found.enumerated().sorted {
      ($0.element.count, $0.offset) < ($1.element.count, $1.offset)
    }
    .map(\.element)
    return TopicPath(
      from: TopicRef(source), to: TopicRef(target), paths: ordered, maximumHops: maximumHops,
      cutOff: cutOff)
  }

  private func allows(_ edge: Edge, _ filter: WalkFilter) -> Bool {
    guard filter.allows(edge.label.relation) else { return false }
    return filter.kinds.isEmpty || filter.kinds.contains(topics[edge.target].kind)
  }

  private func step(_ from: Int, _ label: EdgeLabel, _ to: Int) -> TopicPath.Step {
    TopicPath.Step(from: TopicRef(topics[from]), label: label, to: TopicRef(topics[to]))
  }
}
