/// Every name of every topic, normalized, for lookups and did-you-mean.
struct NameIndex: Sendable {
  /// Who claims a normalized name. Most names have one claimant, so the rest live in an array
  /// that stays empty (and unallocated) in the common case.
  private struct Claims: Sendable {
    var first: Int32
    /// Where `first` wrote the name: -1 for its id (which wins over titles and aliases), 0 for
    /// its title, 1… for its aliases. Kept so a duplicate-alias report needs no search.
    var firstPosition: Int32
    var others: [Int32] = []

    var firstIsID: Bool { firstPosition < 0 }

    var all: [Int] { [Int(first)] + others.map(Int.init) }
  }

  /// A name written in one note (as title or alias, at `position` in `[title] + aliases`) that
  /// another note claimed first, at `ownerPosition` (-1 for its id).
  struct Conflict {
    let claimant: Int
    let position: Int
    let owner: Int
    let ownerPosition: Int
    let key: String
  }

  /// At most this many names are compared by edit distance for one suggestion, and at most this
  /// many names sharing a prefix are looked at: a did-you-mean is a hint, not a search.
  static let maximumComparisons = 4_000

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
    /// Which characters occur (`EditDistance.bit`): a name whose mask differs in more than
    /// twice the allowed edits is skipped unchecked.
    let mask: UInt64
  }

  /// Indexes every topic's id first, then titles and aliases, noting names claimed twice.
  /// `keys[i]` holds topic i's normalized id, title and aliases (`Topic.names` order).
  init(topics: [Topic], keys: [[String]]) {
    // Room for every name at once: growing a table of 100,000 names step by step rehashes it
    // again and again.
    let names = keys.reduce(0) { $0 + $1.count }
    claims.reserveCapacity(names)
    candidates.reserveCapacity(names)
    for index in topics.indices {
      if let id = keys[index].first { add(id, index, position: -1, ownID: "") }
    }
    for index in topics.indices {
      let ownID = keys[index].first ?? ""
      for (offset, key) in keys[index].dropFirst().enumerated() {
        add(key, index, position: offset, ownID: ownID)
      }
    }
  }

  /// `ownID` is the topic's own id key: a title or alias equal to it is claimed already.
  private mutating func add(_ key: String, _ index: Int, position: Int, ownID: String) {
    guard !key.isEmpty else { return }
    let topic = Int32(index)
    // One hash lookup per name, and the claims changed in place: a copy taken out of the table
    // and stored back would copy `others` each time a name gains a claimant.
    var isNew = false
    let fresh = Claims(first: topic, firstPosition: Int32(max(-1, position)))
    let conflict = Self.claim(
      &claims[
        key,
        default: {
          isNew = true
          return fresh
        }()], by: topic, position: position, ownsAsID: key == ownID)
    if isNew {
      addCandidate(key)
    } else if let conflict {
      conflicts.append(
        Conflict(
          claimant: index, position: position, owner: Int(conflict.first),
          ownerPosition: Int(conflict.firstPosition), key: key))
    }
  }

  /// Adds `topic` to the claimants of a name, unless it claims the name already; returns the
  /// first claimant and where it wrote the name when the topic's title or alias conflicts.
  private static func claim(
    _ existing: inout Claims, by topic: Int32, position: Int, ownsAsID: Bool
  ) -> (first: Int32, firstPosition: Int32)? {
    // Titles and aliases are added in topic order, so a topic naming a key again is the last
    // claimant, or claims it by its id; no search of the claimants, however many there are.
    if existing.first == topic || existing.others.last == topic || ownsAsID { return nil }
    existing.others.append(topic)
    return position >= 0 ? (existing.first, existing.firstPosition) : nil
  }

  private mutating func addCandidate(_ key: String) {
    let position = Int32(candidates.count)
    var scalars = 0
    var mask: UInt64 = 0
    var prefix = String.UnicodeScalarView()
    for scalar in key.unicodeScalars {
      scalars += 1
      mask |= EditDistance.bit(scalar)
      if scalars <= 3 { prefix.append(scalar) }
    }
    candidates.append(Candidate(key: key, mask: mask))
    if scalars <= EditDistance.maximumLength { byLength[scalars, default: []].append(position) }
    if scalars > 3 { byPrefix[String(prefix), default: []].append(position) }
  }

  /// The topics a normalized name finds: its id's owner alone, or every claimant.
  func lookup(_ key: String) -> [Int] {
    guard let found = claims[key] else { return [] }
    return found.firstIsID ? [Int(found.first)] : found.all
  }

  /// Topics whose names are within a small edit distance of `key` (or, with
  /// `matchingPrefixes`, start with it), closest first.
  func suggestions(for key: String, limit count: Int = 5, matchingPrefixes: Bool = true) -> [Int] {
    var budget = Self.budgetPerLookup
    return suggestions(for: key, limit: count, matchingPrefixes: matchingPrefixes, budget: &budget)
  }

  /// Work one lookup may spend on did-you-mean, in candidates looked at (a table of edit
  /// distance counts as `tableCost`): a hint, not a search, however many names there are.
  static let budgetPerLookup = 200_000
  static let tableCost = 64

  /// As above, spending from a budget shared by many lookups (every broken link of a folder);
  /// once it is spent, no more names are compared.
  func suggestions(
    for key: String, limit count: Int, matchingPrefixes: Bool, budget: inout Int
  ) -> [Int] {
    let target = Array(key.unicodeScalars)
    let limit = EditDistance.limit(forLength: target.count)
    let targetMask = EditDistance.mask(target)
    var scored: [(distance: Int, key: String)] = []
    var comparisons = 0
    // Names too long to compare are not indexed by length, so they are never candidates.
    if target.count <= EditDistance.maximumLength {
      lengths: for length in max(0, target.count - limit)...(target.count + limit) {
        for position in byLength[length] ?? [] {
          budget -= 1
          if budget < 0 { break lengths }
          let candidate = candidates[Int(position)]
          guard (candidate.mask ^ targetMask).nonzeroBitCount <= 2 * limit else { continue }
          comparisons += 1
          budget -= Self.tableCost
          if comparisons > Self.maximumComparisons { break lengths }
          if let distance = EditDistance.distance(
            Array(candidate.key.unicodeScalars), target, limit: limit)
          {
            scored.append((distance, candidate.key))
          }
        }
      }
    }
    // A name that starts with what was typed is a good suggestion too (`llama` → `llama-2`).
    if matchingPrefixes, scored.count < count, target.count >= 3, budget > 0 {
      let sharing = byPrefix[String(String.UnicodeScalarView(target.prefix(3)))] ?? []
      for position in sharing.prefix(Self.maximumComparisons) {
        budget -= 1
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

  /// An index with these names, each finding these topics, in this order: a snapshot's names
  /// read back. Lookups and suggestions answer as the index that was saved did.
  init(restoring entries: [(key: String, topics: [Int])]) {
    claims.reserveCapacity(entries.count)
    candidates.reserveCapacity(entries.count)
    for (key, topics) in entries {
      guard let first = topics.first, !key.isEmpty, claims[key] == nil else { continue }
      claims[key] = Claims(
        first: Int32(clamping: first), firstPosition: 0,
        others: topics.dropFirst().map { Int32(clamping: $0) })
      addCandidate(key)
    }
  }

  /// Every name in index order, with the topics it finds.
  var entries: [(key: String, topics: [Int])] { candidates.map { ($0.key, lookup($0.key)) } }
}
