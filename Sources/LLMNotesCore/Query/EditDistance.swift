/// Edit distance over Unicode scalars, counting a swap of neighbours as one edit (`bret` →
/// `bert`), giving up once it exceeds `limit`. Only the band of cells within `limit` of the
/// diagonal is computed, so two names of length n cost O(n · limit), not O(n²).
enum EditDistance {
  /// Names longer than this (in scalars) are never compared: no one misspells a 300-letter name,
  /// and a hostile 100,000-letter alias must not make every lookup slow.
  static let maximumLength = 256

  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
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

  /// How far a misspelling may be from a name of this length and still be suggested.
  static func limit(forLength length: Int) -> Int { max(1, min(3, length / 3)) }
}

extension Array where Element == String {
  /// The closest element to `word` by edit distance, if any is close enough to suggest.
  package func nearest(to word: String) -> String? {
    let target = [Unicode.Scalar](word.unicodeScalars.prefix(EditDistance.maximumLength + 1))
    guard target.count <= EditDistance.maximumLength else { return nil }
    let limit = EditDistance.limit(forLength: target.count)
    var best: (String, Int)?
    for candidate in self {
      // Lengths first: counting scalars allocates nothing, and rules out most candidates.
      guard abs(candidate.unicodeScalars.count - target.count) <= limit,
        let distance = EditDistance.distance(
          [Unicode.Scalar](candidate.unicodeScalars), target, limit: limit)
      else { continue }
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
