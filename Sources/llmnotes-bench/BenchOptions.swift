struct BenchOptions {
  var sizes = [1_000, 10_000, 100_000]
  var seed: UInt64 = 42
  var runs = 40
  var json = false
  var childFolder: String?
  var builtinChild = false
  /// Measure only the hostile notes, at these sizes.
  var hostileOnly = false
  var hostileSizes = [10_000, 100_000]
  /// Case names to measure (`aliases`, `wikilinks`…); empty for all.
  var hostileCases: [String] = []
  /// Write the notes of the first size into this folder and stop (for profiling by hand).
  var writeFolder: String?

  struct Problem: Error, CustomStringConvertible {
    let description: String
  }

  static func parse(_ words: [String]) throws -> BenchOptions {
    var options = BenchOptions()
    var index = 0
    func value() throws -> String {
      guard index + 1 < words.count else {
        throw Problem(description: "\(words[index]) needs a value")
      }
      index += 1
      return words[index]
    }
    while index < words.count {
      switch words[index] {
      case "--json": options.json = true
      case "--sizes":
        let sizes = try value().split(separator: ",").compactMap { Int($0) }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
          throw Problem(description: "bad --sizes")
        }
        options.sizes = sizes
      case "--seed":
        guard let seed = UInt64(try value()) else { throw Problem(description: "bad --seed") }
        options.seed = seed
      case "--runs":
        guard let runs = Int(try value()), runs > 0 else {
          throw Problem(description: "bad --runs")
        }
        options.runs = runs
      case "--child": options.childFolder = try value()
      case "--child-builtin": options.builtinChild = true
      case "--hostile": options.hostileOnly = true
      case "--hostile-sizes":
        let sizes = try value().split(separator: ",").compactMap { Int($0) }
        guard sizes.count == 2, sizes.allSatisfy({ $0 > 0 }) else {
          throw Problem(description: "bad --hostile-sizes: give two sizes, e.g. 10000,100000")
        }
        options.hostileSizes = sizes
      case "--hostile-cases":
        options.hostileCases = try value().split(separator: ",").map(String.init)
      case "--write": options.writeFolder = try value()
      default: throw Problem(description: "unknown argument '\(words[index])'")
      }
      index += 1
    }
    return options
  }
}
