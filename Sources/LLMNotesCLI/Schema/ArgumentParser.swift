import LLMNotesCore

/// Parses a command's words against its schema. `--name value` and `--name=value`; `--` ends
/// options; every value is checked here, before any note is read.
enum ArgumentParser {
  static func parse(_ words: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments
  {
    let options = spec.allOptions
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || !word.hasPrefix("-") || word == "-" {
        parsed.words.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      let (name, inlineValue) = split(word)
      guard let option = find(name, in: options, isShort: !word.hasPrefix("--")) else {
        let spellings = options.filter { !$0.isHidden }.flatMap(\.spellings)
        throw UsageError(
          "unknown option '\(TerminalText.line(word))' for '\(spec.name)'"
            + didYouMean(name, among: spellings, prefix: "--"), command: spec)
      }
      var text: String?
      if option.value == .flag {
        if inlineValue != nil {
          throw UsageError("'--\(option.name)' takes no value", command: spec)
        }
      } else if let inlineValue {
        text = inlineValue
      } else if index < words.count {
        text = words[index]
        index += 1
      } else {
        throw UsageError("'--\(option.name)' needs a value", command: spec)
      }
      if option.repetition == .once, parsed.has(option.name) {
        throw UsageError("'--\(option.name)' is given more than once", command: spec)
      }
      parsed.values.append((option.name, try value(text, for: option, in: spec)))
    }
    try checkCount(of: parsed.words, for: spec)
    return parsed
  }

  /// The typed value of one option, or why it is wrong.
  private static func value(_ text: String?, for option: OptionSpec, in spec: CommandSpec)
    throws(UsageError) -> ParsedArguments.Value
  {
    guard let text else { return .flag }
    let shown = "'\(TerminalText.line(text))'"
    if text.allSatisfy(\.isWhitespace) {
      throw UsageError("'--\(option.name)' needs a value, not an empty one", command: spec)
    }
    switch option.value {
    case .flag: return .flag
    case .text, .topic: return .text(text)
    case .choice(let choices):
      guard let choice = choices.first(where: { $0 == text.lowercased() }) else {
        throw UsageError(
          "\(shown) is not a value of '--\(option.name)'; use one of: \(choices.joined(separator: ", "))",
          command: spec)
      }
      return .text(choice)
    case .kind:
      guard let kind = Kind(name: text) else {
        let names = Kind.allCases.map(\.singular)
        throw UsageError(
          "no kind named \(shown)"
            + didYouMean(text, among: Kind.allCases.flatMap(\.names))
            + " (kinds: \(names.joined(separator: ", ")))", command: spec)
      }
      return .kind(kind)
    case .years:
      guard let range = YearRange(parsing: text) else {
        throw UsageError(
          "\(shown) is not a year or a range; write 2019, 2019..2021, 2019.. or ..2018",
          command: spec)
      }
      return .years(range)
    case .year:
      guard let range = YearRange(parsing: text), let year = range.lower, range.upper == year else {
        throw UsageError("\(shown) is not a year; write four digits, e.g. 2017", command: spec)
      }
      return .count(year)
    case .count:
      guard let count = Int(text), count >= 1 else {
        throw UsageError(
          "'--\(option.name)' needs a whole number from 1, not \(shown)", command: spec)
      }
      return .count(count)
    }
  }

  private static func checkCount(of words: [String], for spec: CommandSpec) throws(UsageError) {
    switch spec.arguments {
    case .none:
      if let extra = words.first {
        throw UsageError(
          "'\(spec.name)' takes no arguments, but was given '\(TerminalText.line(extra))'",
          command: spec)
      }
    case .words(let placeholder, let minimum, let maximum, _):
      if words.count < minimum {
        throw UsageError(
          minimum == 1
            ? "'\(spec.name)' needs a <\(placeholder)>"
            : "'\(spec.name)' needs at least \(minimum) <\(placeholder)> arguments", command: spec)
      }
      if let maximum, words.count > maximum {
        throw UsageError(
          "'\(spec.name)' takes at most \(maximum) <\(placeholder)> arguments", command: spec)
      }
    }
  }

  /// `--name=value` → ("name", "value"); `--name` → ("name", nil); `-h` → ("h", nil).
  private static func split(_ word: String) -> (String, String?) {
    let body = word.hasPrefix("--") ? word.dropFirst(2) : word.dropFirst()
    guard let equals = body.firstIndex(of: "=") else { return (String(body), nil) }
    return (String(body[..<equals]), String(body[body.index(after: equals)...]))
  }

  private static func find(_ name: String, in options: [OptionSpec], isShort: Bool) -> OptionSpec? {
    if isShort {
      return name.count == 1 ? options.first { $0.short.map(String.init) == name } : nil
    }
    let lowered = name.lowercased()
    return options.first { $0.spellings.contains(lowered) }
  }
}
