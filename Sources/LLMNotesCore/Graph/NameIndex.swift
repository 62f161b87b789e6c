/// Every name of every topic, normalized, for lookups and did-you-mean.
struct NameIndex: Sendable {
  /// Normalized id → topic index. Ids win over titles and aliases.
  private(set) var ids: [String: Int] = [:]
  /// Normalized title or alias → the topics that claim it.
  private(set) var names: [String: [Int]] = [:]
  /// Normalized names grouped by their length in scalars, so did-you-mean only looks at
  /// names of a plausible length.
  private var keysByLength: [Int: [String]] = [:]

  /// A name written in one note that another note already claims (as id, title or alias).
  struct Conflict {
    /// The note that wrote the name, and the position of the name in `[title] + aliases`.
    let claimant: Int
    let position: Int
    /// The note that claimed it first, and the position there (-1: its id).
    let owner: Int
    let ownerPosition: Int
  }

  private(set) var conflicts: [Conflict] = []

  /// Indexes every topic's id first, then titles and aliases, noting names claimed twice.
  init(topics: [Topic]) {
    ids.reserveCapacity(topics.count)
    names.reserveCapacity(topics.count * 4)
    var firstClaim: [String: (owner: Int, position: Int)] = [:]
    firstClaim.reserveCapacity(topics.count * 4)
    for index in topics.indices {
      let key = NameKey.normalize(topics[index].id)
      add(key, index, isID: true)
      firstClaim[key] = firstClaim[key] ?? (index, -1)
    }
    for index in topics.indices {
      let written = [topics[index].title] + topics[index].aliases
      for (position, name) in written.enumerated() {
        let key = NameKey.normalize(name)
        guard !key.isEmpty else { continue }
        add(key, index, isID: false)
        if let claim = firstClaim[key] {
          if claim.owner != index {
            conflicts.append(
              Conflict(claimant: index, position: position, owner: claim.owner, ownerPosition: claim.position))
          }
        } else {
          firstClaim[key] = (index, position)
        }
      }
    }
  }

  private mutating func add(_ key: String, _ index: Int, isID: Bool) {
    guard !key.isEmpty else { return }
    if isID, ids[key] == nil { ids[key] = index }
    if var claimants = names[key] {
      if !claimants.contains(index) {
        claimants.append(index)
        names[key] = claimants
      }
    } else {
      names[key] = [index]
      keysByLength[key.unicodeScalars.count, default: []].append(key)
    }
  }

  func lookup(_ key: String) -> [Int] {
    if let index = ids[key] { return [index] }
    return names[key] ?? []
  }

  /// Topics whose names are within a small edit distance of `key`, closest first.
  func suggestions(for key: String, limit count: Int = 5, matchingPrefixes: Bool = true) -> [Int] {
    let target = Array(key.unicodeScalars)
    let limit = EditDistance.limit(forLength: target.count)
    var scored: [(distance: Int, key: String)] = []
    for length in max(0, target.count - limit)...(target.count + limit) {
      for candidate in keysByLength[length] ?? [] {
        if let distance = EditDistance.distance(Array(candidate.unicodeScalars), target, limit: limit) {
          scored.append((distance, candidate))
        }
      }
    }
    // A name that starts with what was typed is a good suggestion too (`llama` → `llama-2`).
    if matchingPrefixes, scored.count < count, target.count >= 3 {
      for (candidate, _) in names where candidate.hasPrefix(key) && candidate != key {
        scored.append((limit + 1, candidate))
      }
    }
    scored.sort { ($0.distance, $0.key) < ($1.distance, $1.key) }
    var result: [Int] = []
    for entry in scored {
      for index in lookup(entry.key) where !result.contains(index) { result.append(index) }
      if result.count >= count { break }
    }
    return Array(result.prefix(count))
  }
}
