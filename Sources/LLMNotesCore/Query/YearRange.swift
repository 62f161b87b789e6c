/// Years from `lower` to `upper`, both included; either end may be open.
/// Written `2019`, `2019..2021`, `2019..` or `..2018`.
public struct YearRange: Sendable, Equatable {
  public let lower: Int?
  public let upper: Int?

  public init(lower: Int?, upper: Int?) {
    self.lower = lower
    self.upper = upper
  }

  /// Parses the forms above; anything else (`>2020`, `""`, `2021..2019`) is nil.
  public init?(parsing text: String) {
    func year(_ part: Substring) -> Int? {
      guard part.utf8.count == 4, part.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
        return nil
      }
      return Int(part)
    }
    let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, parts[1].isEmpty else {
      guard let single = year(Substring(text)) else { return nil }
      self.init(lower: single, upper: single)
      return
    }
    let head = parts[0]
    let tail = parts[2]
    let lower = head.isEmpty ? nil : year(head)
    let upper = tail.isEmpty ? nil : year(tail)
    guard head.isEmpty || lower != nil, tail.isEmpty || upper != nil, lower != nil || upper != nil
    else { return nil }
    if let lower, let upper, lower > upper { return nil }
    self.init(lower: lower, upper: upper)
  }

  public func contains(_ year: Int) -> Bool {
    (lower.map { year >= $0 } ?? true) && (upper.map { year <= $0 } ?? true)
  }
}
