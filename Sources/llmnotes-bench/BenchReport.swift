import Foundation

struct BenchReport: Codable {
  let machine: String
  var folders: [FolderMeasurement] = []
  var startup: StartupMeasurement?
  var hostile: HostileMeasurement?

  var table: String {
    var lines = ["llmnotes-bench on \(machine)", ""]
    if folders.isEmpty, startup == nil, let hostile {
      return (lines + hostileTable(hostile)).joined(separator: "\n")
    }
    lines.append(
      row([
        "notes", "MB on disk", "load s", "warm s", "MB/s", "show ms", "list --task ms",
        "compare ms", "did-you-mean ms", "peak MB", "peak/disk",
      ]))
    for folder in folders {
      lines.append(
        row([
          "\(folder.notes)", format(Double(folder.bytes) / 1e6, 1), format(folder.loadSeconds, 3),
          format(folder.warmLoadSeconds, 3),
          format(folder.megabytesPerSecond, 1), format(folder.showMilliseconds, 3),
          format(folder.listMilliseconds, 3), format(folder.compareMilliseconds, 3),
          format(folder.didYouMeanMilliseconds, 3), format(Double(folder.peakBytes) / 1e6, 1),
          format(Double(folder.peakBytes) / Double(max(folder.bytes, 1)), 2) + "x",
        ]))
    }
    if let startup {
      lines.append("")
      lines.append("release binary, median of \(startup.runs) runs each (\(startup.binary)):")
      lines.append("  llmnotes --version   \(format(startup.versionMilliseconds, 2)) ms")
      lines.append(
        "  llmnotes show bert   \(format(startup.showMilliseconds, 2)) ms   (\(format(startup.ratio, 2))x --version)"
      )
      if let builtin = startup.builtin {
        lines.append(
          "  of which building the graph of the \(builtin.notes) built-in notes (\(format(Double(builtin.bytes) / 1e6, 2)) MB), in process: \(format(builtin.coldMilliseconds, 2)) ms cold, \(format(builtin.warmMilliseconds, 2)) ms warm"
        )
      }
    } else {
      lines.append("")
      lines.append(
        "(no llmnotes binary beside the benchmark: build it with swift build -c release)")
    }
    if let hostile {
      lines.append("")
      lines += hostileTable(hostile)
    }
    return lines.joined(separator: "\n")
  }

  /// Each hostile case at two sizes and the growth between them (10× the items: linear is 10×).
  private func hostileTable(_ hostile: HostileMeasurement) -> [String] {
    let sizes = hostile.cases.first { $0.sizes.count == 2 }?.sizes ?? []
    let header = sizes.map { "\($0) s" }
    var lines = [
      "hostile notes (release, in process, best of 5; a first run over 1 s is not repeated;",
      "wall-clock seconds, then processor seconds, and the growth for 10x the items):",
    ]
    lines.append(
      hostileRow(["case"] + header + ["growth"] + header.map { "cpu " + $0 } + ["cpu growth"]))
    for hostile in hostile.cases {
      var cells = [hostile.name]
      for times in [hostile.seconds, hostile.cpuSeconds] {
        if times.count == 2 {
          cells += times.map { format($0, 4) }
          cells.append(format(times[0] > 0 ? times[1] / times[0] : 0, 1) + "x")
        } else {
          cells += ["", times.first.map { format($0, 4) } ?? "", "(one size)"]
        }
      }
      lines.append(hostileRow(cells))
    }
    return lines
  }

  private func hostileRow(_ cells: [String]) -> String {
    let widths = [38, 9, 9, 10, 13, 13, 10]
    return zip(cells, widths).map {
      $0.padding(toLength: max($1, $0.count), withPad: " ", startingAt: 0)
    }
    .joined(separator: "  ")
  }

  private func row(_ cells: [String]) -> String {
    let widths = [7, 10, 7, 7, 6, 8, 14, 10, 15, 8, 9]
    return zip(cells, widths).map {
      $0.padding(toLength: max($1, $0.count), withPad: " ", startingAt: 0)
    }
    .joined(separator: "  ")
  }

  private func format(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }
}

enum Machine {
  static func describe() -> String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("model name") }?
      .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu)"
  }
}

/// The benchmark's JSON: what --json prints, and how a measuring child reports to its parent.
enum BenchJSON {
  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
  }

  static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }
}
