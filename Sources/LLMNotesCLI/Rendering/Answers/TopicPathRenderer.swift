import LLMNotesCore

/// Writes the answer to `path`.
protocol TopicPathRenderer {
  func render(_ path: TopicPath, to console: any Console)
}

/// Each path on one line, each step in its declared direction
/// (`BERT —architecture→ Encoder-only 架构 ←architecture— RoBERTa`), the ids under it.
struct TopicPathText: TopicPathRenderer {
  let context: RenderContext

  func render(_ path: TopicPath, to console: any Console) {
    let style = context.style
    let numbered = path.maximumHops != nil
    for (index, steps) in path.paths.enumerated() {
      guard console.isWritable, let first = steps.first else { return }
      var line = style.bold(TerminalText.line(first.from.title))
      var ids = [first.from.id]
      for step in steps {
        let name = step.label.relation.rawValue
        let arrow = step.label.isInverse ? " ←\(name)— " : " —\(name)→ "
        line += style.label(arrow) + style.bold(TerminalText.line(step.to.title))
        ids.append(step.to.id)
      }
      let prefix = numbered ? DisplayWidth.pad("\(index + 1).", to: 4) : ""
      console.write(prefix + line + "\n")
      let hops = "\(steps.count) relation\(steps.count == 1 ? "" : "s")"
      console.write(
        String(repeating: " ", count: prefix.count)
          + style.dim("\(ids.joined(separator: " → "))  (\(hops))") + "\n")
    }
    switch path.cutOff {
    case .count(let count)?:
      console.write(style.dim("stopped after \(count) paths (--limit for more)") + "\n")
    case .steps(let steps)?:
      console.write(
        style.dim(
          "stopped after looking at \(steps) partial paths; longer or later paths may be missing (lower --max-hops)"
        )
          + "\n")
    case nil:
      if let hops = path.maximumHops {
        console.write(
          style.dim(
            "\(path.paths.count) path\(path.paths.count == 1 ? "" : "s") of at most \(hops) relations"
          )
            + "\n")
      }
    }
  }
}

/// `{"from", "to", "paths": [{"hops", "steps": [{"from", "relation", "direction", "to"}]}],
/// "maximumHops", "complete", "cutOff"}`; `direction` is `forward` when `from` declares the
/// relation, `inverse` when `to` does. Written one path at a time.
struct TopicPathJSON: TopicPathRenderer {
  func render(_ path: TopicPath, to console: any Console) {
    console.write(
      "{\n  \"from\": \(JSONValue.topic(path.from).compact),\n  \"to\": \(JSONValue.topic(path.to).compact),\n"
    )
    console.write("  \"paths\": [")
    for (index, steps) in path.paths.enumerated() {
      guard console.isWritable else { return }
      let value = JSONValue.object([
        ("hops", .number(steps.count)),
        (
          "steps",
          .array(
            steps.map { step in
              .object([
                ("from", .string(step.from.id)),
                ("relation", .string(step.label.relation.rawValue)),
                ("direction", .string(step.label.isInverse ? "inverse" : "forward")),
                ("to", .string(step.to.id)),
              ])
            })
        ),
      ])
      console.write((index == 0 ? "\n    " : ",\n    ") + value.compact)
    }
    console.write(path.paths.isEmpty ? "],\n" : "\n  ],\n")
    let cutOff: JSONValue =
      switch path.cutOff {
      case .count(let count)?: .object([("reason", .string("limit")), ("value", .number(count))])
      case .steps(let steps)?: .object([("reason", .string("steps")), ("value", .number(steps))])
      case nil: .null
      }
    console.write(
      "  \"maximumHops\": \(path.maximumHops.map(String.init) ?? "null"),\n  \"complete\": \(path.cutOff == nil),\n  \"cutOff\": \(cutOff.compact)\n}\n"
    )
  }
}
