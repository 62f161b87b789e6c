/// Every name of every topic, normalized, for lookups and did-you-mean.
struct NameIndex: Sendable {
  /// Normalized id → topic index. Ids win over titles and aliases.
  private(set) var ids: [String: Int] = [:]
  /// Normalized title or alias → the topics that claim it.
  private(set) var names: [String: [Int]] = [:]
  /// Every distinct normalized name, for did-you-mean.
  private var candidates: [Candidate] = []
  /// Candidates by length in scalars: a suggestion is at most a few edits longer or shorter.
  private var byLength: [Int: [Int32]] = [:]
  /// Candidates by their first three scalars, for names that start with what was typed.
  private var byPrefix: [String: [Int32]] = [:]

  private struct Candidate: Sendable {
    let key: String
    /// Which characters occur (hashed to 64 bits). One edit changes at most two bits, so a
    /// name whose mask differs in more than twice the allowed edits is skipped unchecked.
    let mask: UInt64
  }

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
      let position = Int32(candidates.count)
      var scalars = 0
      var mask: UInt64 = 0
      var prefix = String.UnicodeScalarView()
      for scalar in key.unicodeScalars {
        scalars += 1
        mask |= Self.bit(scalar)
        if scalars <= 3 { prefix.append(scalar) }
      }
      candidates.append(Candidate(key: key, mask: mask))
      byLength[scalars, default: []].append(position)
      if scalars > 3 { byPrefix[String(prefix), default: []].append(position) }
    }
  }

  private static func bit(_ scalar: Unicode.Scalar) -> UInt64 {
    let value = scalar.value
    switch value {
    case 0x61...0x7A: return 1 << (value - 0x61)
    case 0x30...0x39: return 1 << (26 + value - 0x30)
    default: return 1 << (36 + value % 28)
    }
  }

  func lookup(_ key: String) -> [Int] {
    if let index = ids[key] { return [index] }
    return names[key] ?? []
  }

  /// Topics whose names are within a small edit distance of `key`, closest first.
  /// Topics whose names are within a small edit distance of `key` (or, with
  /// `matchingPrefixes`, start with it), closest first.
  func suggestions(for key: String, limit count: Int = 5, matchingPrefixes: Bool = true) -> [Int] {
    let target = Array(key.unicodeScalars)
    let limit = EditDistance.limit(forLength: target.count)
    let targetMask = target.reduce(UInt64(0)) { $0 | Self.bit($1) }
    var scored: [(distance: Int, key: String)] = []
    for length in max(0, target.count - limit)...(target.count + limit) {
      for position in byLength[length] ?? [] {
        let candidate = candidates[Int(position)]
        guard (candidate.mask ^ targetMask).nonzeroBitCount <= 2 * limit else { continue }
        if let distance = EditDistance.distance(Array(candidate.key.unicodeScalars), target, limit: limit) {
          scored.append((distance, candidate.key))
        }
      }
    }
    // A name that starts with what was typed is a good suggestion too (`llama` → `llama-2`).
    if matchingPrefixes, scored.count < count, target.count >= 3 {
      for position in byPrefix[String(String.UnicodeScalarView(target.prefix(3)))] ?? [] {
        let candidate = candidates[Int(position)].key
        if candidate.hasPrefix(key), candidate != key { scored.append((limit + 1, candidate)) }
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
