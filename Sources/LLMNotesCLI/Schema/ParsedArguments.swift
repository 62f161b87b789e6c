import LLMNotesCore

/// A command line parsed against a command's schema: positional words and typed option values,
/// every value already checked.
struct ParsedArguments: Sendable {
  enum Value: Sendable {
    case flag
    case text(String)
    case kind(Kind)
    case years(YearRange)
    case count(Int)
  }

  var words: [String] = []
  /// In command-line order, by the option's primary name.
  var values: [(option: String, value: Value)] = []

  func has(_ option: String) -> Bool { values.contains { $0.option == option } }

  func text(_ option: String) -> String? {
    for case (option, .text(let text)) in values.reversed() { return text }
    return nil
  }

  func kinds(_ option: String) -> [Kind] {
    var kinds: [Kind] = []
    for case (option, .kind(let kind)) in values { kinds.append(kind) }
    return kinds
  }

  func years(_ option: String) -> YearRange? {
    for case (option, .years(let range)) in values.reversed() { return range }
    return nil
  }

  func count(_ option: String) -> Int? {
    for case (option, .count(let count)) in values.reversed() { return count }
    return nil
  }

  /// A `.year` option's value.
  func year(_ option: String) -> Int? { count(option) }

  /// Every text value of `option`, in order.
  func texts(_ option: String) -> [String] {
    var texts: [String] = []
    for case (option, .text(let text)) in values { texts.append(text) }
    return texts
  }
}
