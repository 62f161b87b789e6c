/// Edit distance over Unicode scalars, counting a swap of neighbours as one edit (`bret` →
/// `bert`), giving up once it exceeds `limit`. Only the band of cells within `limit` of the
/// diagonal is computed, so two names of length n cost O(n · limit), not O(n²).
enum EditDistance {
  /// Names longer than this (in scalars) are never compared: no one misspells a 300-letter name,
  /// and a hostile 100,000-letter alias must not make every lookup slow.
  static let maximumLength = 256

  /// The distance between two names given as zero-based collections of scalars (or of bytes,
  /// for ASCII names), or nil when it exceeds `limit`.
  static func distance<Name: RandomAccessCollection>(_ a: Name, _ b: Name, limit: Int) -> Int?
  where Name.Element: Equatable, Name.Index == Int {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Cells outside the band hold `over`, which no path within the limit can use. The three
    // rows live in one temporary buffer (on the stack for short names): this runs for every
    // unknown key and broken link, so it should not allocate.
    let over = limit + 1
    let width = b.count + 1
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { buffer in
      buffer.initialize(repeating: over)
      guard let base = buffer.baseAddress else { return nil }
      var beforePrevious = base
      var previous = base + width
      var current = base + 2 * width
      for j in 0...min(limit, b.count) { previous[j] = j }
      for i in 1...a.count {
        let low = max(1, i - limit)
        let high = min(b.count, i + limit)
        current[low - 1] = low == 1 && i <= limit ? i : over
        if high < b.count { current[high + 1] = over }
        var rowMinimum = current[low - 1]
        for j in low...high {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            best = min(best, beforePrevious[j - 2] + 1)
          }
          current[j] = min(best, over)
          rowMinimum = min(rowMinimum, current[j])
        }
        if rowMinimum > limit { return nil }
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
      }
      return previous[b.count] <= limit ? previous[b.count] : nil
    }
  }

  /// The bit of a scalar in a name's character mask (hashed to 64 bits). One edit changes at
  /// most two bits, so names whose masks differ in more than twice the allowed edits are too far
  /// apart, and need no table.
  static func bit(_ scalar: Unicode.Scalar) -> UInt64 {
    let value = scalar.value
    switch value {
    case 0x61...0x7A: return 1 << (value - 0x61)
    case 0x30...0x39: return 1 << (26 + value - 0x30)
    default: return 1 << (36 + value % 28)
    }
  }

  static func mask(_ name: some Sequence<Unicode.Scalar>) -> UInt64 {
    name.reduce(0) { $0 | bit($1) }
  }

  /// How far a misspelling may be from a name of this length and still be suggested.
  static func limit(forLength length: Int) -> Int { max(1, min(3, length / 3)) }
}

extension Array where Element == String {
  /// The closest element to `word` by edit distance, if any is close enough to suggest.
  package func nearest(to word: String) -> String? {
    let target = [Unicode.Scalar](word.unicodeScalars.prefix(EditDistance.maximumLength + 1))
    guard target.count <= EditDistance.maximumLength else { return nil }
    let limit = EditDistance.limit(forLength: target.count)
    let targetIsASCII = word.utf8.count == target.count
    let targetMask = EditDistance.mask(target)
    var best: (String, Int)?
    for candidate in self {
      // Lengths first, from the byte count alone: a name has between a quarter of its bytes and
      // all of them as scalars. This runs for every unknown key, so most candidates must cost
      // nothing.
      let bytes = candidate.utf8.count
      if bytes + limit < target.count || bytes / 4 > target.count + limit { continue }
      guard (EditDistance.mask(candidate.unicodeScalars) ^ targetMask).nonzeroBitCount <= 2 * limit
      else { continue }
      let distance: Int?
      if targetIsASCII, candidate.utf8.allSatisfy({ $0 < 0x80 }) {
        guard abs(bytes - target.count) <= limit else { continue }
        distance = asciiDistance(candidate, word, limit: limit)
      } else {
        let scalars = [Unicode.Scalar](candidate.unicodeScalars)
        distance = EditDistance.distance(scalars, target, limit: limit)
      }
      guard let distance else { continue }
      if best.map({ distance < $0.1 }) ?? true { best = (candidate, distance) }
    }
    return best?.0
  }
}

/// The one wording of every suggestion, in diagnostics and command-line errors alike:
/// `". Did you mean 'google'?"` after a sentence, or "" when there is none.
package func didYouMean(_ suggestion: String?, prefix: String = "", suffix: String = "") -> String {
  suggestion.map { ". Did you mean '\(prefix)\($0)\(suffix)'?" } ?? ""
}

/// The distance between two ASCII names, compared byte by byte in place.
private func asciiDistance(_ a: String, _ b: String, limit: Int) -> Int? {
  let inPlace = a.utf8.withContiguousStorageIfAvailable { a in
    b.utf8.withContiguousStorageIfAvailable { b in EditDistance.distance(a, b, limit: limit) }
  }
  if case .some(.some(let distance)) = inPlace { return distance }
  return EditDistance.distance(Array(a.utf8), Array(b.utf8), limit: limit)
}
