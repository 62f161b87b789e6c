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
    if folders.contains(where: { $0.cache != nil }) {
      lines.append("")
      lines.append("release binary on each folder, end to end (show model-15 --notes <folder>):")
      lines.append(
        row([
          "notes", "cold s", "cold peak MB", "peak/disk", "cache write s", "cached ms",
          "cached peak MB", "cache MB",
        ]))
      for folder in folders {
        guard let run = folder.cache else { continue }
        lines.append(
          row([
            "\(folder.notes)", format(run.coldMilliseconds / 1000, 3),
            format(Double(run.coldPeakBytes) / 1e6, 1),
            format(Double(run.coldPeakBytes) / Double(max(folder.bytes, 1)), 2) + "x",
            format(run.cacheWriteMilliseconds / 1000, 3), format(run.cachedMilliseconds, 1),
            format(Double(run.cachedPeakBytes) / 1e6, 1), format(Double(run.cacheBytes) / 1e6, 1),
          ]))
      }
    }
    lines.append("")
    lines.append(
      row2([
        "notes", "index s", "index MB", "terms", "postings", "query ms", "slowest ms",
        "search e2e ms", "grep -rF ms", "graph json ms", "export peak MB",
      ]))
    for folder in folders {
      guard let search = folder.search else { continue }
      let endToEnd = folder.endToEnd
      lines.append(
        row2([
          "\(folder.notes)", format(search.buildSeconds, 3),
          format(Double(search.indexBytes) / 1e6, 1), "\(search.terms)", "\(search.postings)",
          format(search.queryMilliseconds, 3),
          format(search.slowestQueryMilliseconds, 3) + " (\(search.slowestQuery))",
          endToEnd.map { format($0.searchMilliseconds, 1) } ?? "-",
          endToEnd.map { format($0.grepMilliseconds, 1) } ?? "-",
          endToEnd.map { format($0.graphExportMilliseconds, 1) } ?? "-",
          endToEnd.map { format(Double($0.graphExportPeakBytes) / 1e6, 1) } ?? "-",
        ]))
    }
    if let startup {
      lines.append("")
      lines.append(
        "release binary on the built-in notes, median of \(startup.runs) alternating runs each (\(startup.binary)):"
      )
      lines.append(
        "  hello-world (\(startup.helloBuild))   \(format(startup.helloMilliseconds, 2)) ms")
      if let tldr = startup.tldrMilliseconds {
        lines.append("  \(startup.tldr)   \(format(tldr, 2)) ms")
      } else {
        lines.append("  \(startup.tldr)")
      }
      for command in startup.commands {
        let tldr = command.overTldr.map { ", \(format($0, 2))x tldr" } ?? ""
        lines.append(
          "  llmnotes \(command.words.joined(separator: " "))   \(format(command.milliseconds, 2)) ms   (\(format(command.overHello, 2))x hello-world\(tldr))"
        )
      }
      lines.append("  linked: \(startup.linkedLibraries)")
      if let builtin = startup.builtin {
        lines.append(
          "  in process: opening the built-in snapshot (\(builtin.notes) notes, \(format(Double(builtin.bytes) / 1e6, 2)) MB) \(format(builtin.openMilliseconds, 3)) ms, answering show bert from it \(format(builtin.showMilliseconds, 3)) ms"
        )
      }
    } else {
      lines.append("")
      lines.append(
        "(no llmnotes binary beside the benchmark: swift build -c release --static-swift-stdlib)")
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

  private func row2(_ cells: [String]) -> String {
    let widths = [7, 8, 9, 9, 10, 9, 24, 14, 12, 14, 14]
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
