/// A command line split into positionals and `--name value` options, `--name=value` included.
/// Options that take no value are listed in `flags`; `--` ends option parsing.
struct Arguments {
  var positionals: [String] = []
  var options: [(name: String, value: String)] = []
  var flags: Set<String> = []

  static let valueless: Set<String> = ["help", "version", "json"]

  static func parse(_ words: [String]) throws(UsageError) -> Arguments {
    var arguments = Arguments()
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || !word.hasPrefix("-") || word == "-" {
        arguments.positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      if word == "-h" {
        arguments.flags.insert("help")
        continue
      }
      guard word.hasPrefix("--"), word.count > 2 else {
        throw UsageError("unknown option '\(word)'")
      }
      let body = word.dropFirst(2)
      if let equals = body.firstIndex(of: "=") {
        let name = String(body[..<equals])
        if valueless.contains(name) { throw UsageError("'--\(name)' takes no value") }
        arguments.options.append((name, String(body[body.index(after: equals)...])))
        continue
      }
      let name = String(body)
      if valueless.contains(name) {
        arguments.flags.insert(name)
        continue
      }
      guard index < words.count else { throw UsageError("'--\(name)' needs a value") }
      arguments.options.append((name, words[index]))
      index += 1
    }
    return arguments
  }

  /// Removes and returns the last value of option `name`.
  mutating func take(_ name: String) -> String? {
    let values = options.filter { $0.name == name }.map(\.value)
    options.removeAll { $0.name == name }
    return values.last
  }
}

/// A command-line mistake: printed as `Error: …` with the usage, exit status 2.
struct UsageError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
