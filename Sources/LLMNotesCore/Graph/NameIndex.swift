/// Every name of every topic, normalized, for lookups and did-you-mean.
struct NameIndex: Sendable {
  /// Who claims a normalized name. Most names have one claimant, so the rest live in an array
  /// that stays empty (and unallocated) in the common case.
  private struct Claims: Sendable {
    var first: Int32
    /// Whether `first` claims the name as its id, which wins over titles and aliases.
    var firstIsID: Bool
    var others: [Int32] = []

    var all: [Int] { [Int(first)] + others.map(Int.init) }
  }

  /// A name written in one note (as title or alias, at `position` in `[title] + aliases`) that
  /// another note claimed first.
  struct Conflict {
    let claimant: Int
    let position: Int
    let owner: Int
    let key: String
  }

  private var claims: [String: Claims] = [:]
  private(set) var conflicts: [Conflict] = []
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

  /// Indexes every topic's id first, then titles and aliases, noting names claimed twice.
  /// `keys[i]` holds topic i's normalized id, title and aliases (`Topic.names` order).
  init(topics: [Topic], keys: [[String]]) {
    claims.reserveCapacity(topics.count * 4)
    candidates.reserveCapacity(topics.count * 4)
    for index in topics.indices {
      if let id = keys[index].first { add(id, index, position: -1) }
    }
    for index in topics.indices {
      for (offset, key) in keys[index].dropFirst().enumerated() {
        add(key, index, position: offset)
      }
    }
  }

  private mutating func add(_ key: String, _ index: Int, position: Int) {
    guard !key.isEmpty else { return }
    let topic = Int32(index)
    guard var existing = claims[key] else {
      claims[key] = Claims(first: topic, firstIsID: position < 0)
      addCandidate(key)
      return
    }
    if existing.first == topic || existing.others.contains(topic) { return }
    if position >= 0 {
      conflicts.append(
        Conflict(claimant: index, position: position, owner: Int(existing.first), key: key))
    }
    existing.others.append(topic)
    claims[key] = existing
  }

  private mutating func addCandidate(_ key: String) {
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

  private static func bit(_ scalar: Unicode.Scalar) -> UInt64 {
    let value = scalar.value
    switch value {
    case 0x61...0x7A: return 1 << (value - 0x61)
    case 0x30...0x39: return 1 << (26 + value - 0x30)
    default: return 1 << (36 + value % 28)
    }
  }

  /// The topics a normalized name finds: its id's owner alone, or every claimant.
  func lookup(_ key: String) -> [Int] {
    guard let found = claims[key] else { return [] }
    return found.firstIsID ? [Int(found.first)] : found.all
  }

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
        if let distance = EditDistance.distance(
          Array(candidate.key.unicodeScalars), target, limit: limit)
        {
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
