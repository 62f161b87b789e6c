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

  /// The last value of `option`, where one option given twice is an error anyway.
  func text(_ option: String) -> String? { texts(option).last }
  func years(_ option: String) -> YearRange? { all(option) { $0.years }.last }
  func count(_ option: String) -> Int? { all(option) { $0.count }.last }
  /// A `.year` option's value (kept as a number, like a count).
  func year(_ option: String) -> Int? { count(option) }

  /// Every value of `option`, in command-line order.
  func texts(_ option: String) -> [String] { all(option) { $0.text } }
  func kinds(_ option: String) -> [Kind] { all(option) { $0.kind } }

  private func all<T>(_ option: String, _ value: (Value) -> T?) -> [T] {
    values.compactMap { $0.option == option ? value($0.value) : nil }
  }
}

extension ParsedArguments.Value {
  fileprivate var text: String? { if case .text(let text) = self { text } else { nil } }
  fileprivate var kind: Kind? { if case .kind(let kind) = self { kind } else { nil } }
  fileprivate var years: YearRange? { if case .years(let range) = self { range } else { nil } }
  fileprivate var count: Int? { if case .count(let count) = self { count } else { nil } }
}
