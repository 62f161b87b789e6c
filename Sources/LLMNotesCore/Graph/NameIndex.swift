/// Every name of every topic, normalized, for lookups and did-you-mean.
struct NameIndex: Sendable {
  /// Normalized id → topic index. Ids win over titles and aliases.
  private(set) var ids: [String: Int] = [:]
  /// Normalized title or alias → the topics that claim it.
  private(set) var names: [String: [Int]] = [:]
  /// Normalized names grouped by their length in scalars, so did-you-mean only looks at
  /// names of a plausible length.
  private var keysByLength: [Int: [String]] = [:]

  init(topics: [Topic]) {
    ids.reserveCapacity(topics.count)
    names.reserveCapacity(topics.count * 4)
    for (index, topic) in topics.enumerated() {
      add(NameKey.normalize(topic.id), index, isID: true)
      for name in [topic.title] + topic.aliases {
        add(NameKey.normalize(name), index, isID: false)
      }
    }
  }

  private mutating func add(_ key: String, _ index: Int, isID: Bool) {
    guard !key.isEmpty else { return }
    if isID {
      if ids[key] == nil { ids[key] = index }
    }
    var claimants = names[key] ?? []
    if claimants.contains(index) { return }
    if claimants.isEmpty { keysByLength[key.unicodeScalars.count, default: []].append(key) }
    claimants.append(index)
    names[key] = claimants
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
