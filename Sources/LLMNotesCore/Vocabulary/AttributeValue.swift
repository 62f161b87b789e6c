/// A scalar fact, typed by its attribute's shape: `year` is a number, `released` a month.
public enum AttributeValue: Sendable, Hashable {
  case year(Int)
  case month(year: Int, month: Int)
  case text(String)

  /// As written in a note: `2018`, `2018-10`, or the text.
  public var text: String {
    switch self {
    case .year(let year): String(year)
    case .month(let year, let month): "\(year)-\(month < 10 ? "0" : "")\(month)"
    case .text(let text): text
    }
  }

  /// The year the value falls in, for year filters and sorting.
  public var year: Int? {
    switch self {
    case .year(let year), .month(let year, _): year
    case .text: nil
    }
  }
}
