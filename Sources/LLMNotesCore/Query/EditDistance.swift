/// Edit distance over Unicode scalars, counting a swap of neighbours as one edit (`bret` →
/// `bert`), giving up once it exceeds `limit`.
enum EditDistance {
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, beforePrevious[j - 2] + 1)
        }
        current[j] = best
        rowMinimum = min(rowMinimum, best)
      }
      if rowMinimum > limit { return nil }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }

  /// How far a misspelling may be from a name of this length and still be suggested.
  static func limit(forLength length: Int) -> Int { max(1, min(3, length / 3)) }
}

extension Array where Element == String {
  /// The closest element to `word` by edit distance, if any is close enough to suggest.
  package func nearest(to word: String) -> String? {
    let target = [Unicode.Scalar](word.unicodeScalars)
    let limit = EditDistance.limit(forLength: target.count)
    var best: (String, Int)?
    for candidate in self {
      guard
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
