import LLMNotesCore

/// Writes the answer to `graph`, in one of four formats chosen by `--format`.
protocol SubgraphRenderer {
  func render(_ graph: Subgraph, to console: any Console)
}

/// An indented tree: each topic under the one the walk reached it from, the relation between
/// them as seen from above (`models 代表模型`), topics expanded elsewhere marked `↺`.
struct SubgraphText: SubgraphRenderer {
  let context: RenderContext

  func render(_ graph: Subgraph, to console: any Console) {
    let style = context.style
    for (position, line) in graph.tree.enumerated() {
      guard console.isWritable else { return }
      let node = graph.nodes[line.node]
      // A blank line between the trees of several topics.
      if line.depth == 0, position > 0, graph.depth != nil { console.write("\n") }
      let indent = String(repeating: "  ", count: line.depth)
      let label = line.label.map { style.label("\($0.name) \($0.gloss)") + " → " } ?? ""
      let title =
        line.depth == 0 ? style.bold(TerminalText.line(node.title)) : TerminalText.line(node.title)
      let repeatMark = line.isRepeat && graph.depth != nil ? style.dim("  ↺") : ""
      console.write(
        indent + label + title + style.dim("  \(node.id) [\(node.kind.singular)]") + repeatMark
          + "\n")
    }
    if graph.depth != nil {
      console.write(
        style.dim(
          "\n\(graph.nodes.count) topic\(graph.nodes.count == 1 ? "" : "s"), \(graph.links.count) relation\(graph.links.count == 1 ? "" : "s")"
            + (graph.tree.contains(where: \.isRepeat) ? "; ↺ = expanded elsewhere in the tree" : "")
        )
          + "\n")
    }
  }
}

/// JSON in the shape d3-force and most graph tools read:
/// `{"nodes": [{"id", "title", "kind"}], "links": [{"source", "target", "relation"}]}`,
/// sources and targets by id, each link from the note that declares it. Streamed.
struct SubgraphJSON: SubgraphRenderer {
  func render(_ graph: Subgraph, to console: any Console) {
    console.write("{\n  \"nodes\": [")
    for (index, node) in graph.nodes.enumerated() {
      guard console.isWritable else { return }
      console.write(
        (index == 0 ? "\n    " : ",\n    ")
          + JSONValue.object([
            ("id", .string(node.id)), ("title", .string(node.title)),
            ("kind", .string(node.kind.singular)),
          ]).compact)
    }
    console.write(graph.nodes.isEmpty ? "],\n  \"links\": [" : "\n  ],\n  \"links\": [")
    for (index, link) in graph.links.enumerated() {
      guard console.isWritable else { return }
      console.write(
        (index == 0 ? "\n    " : ",\n    ")
          + JSONValue.object([
            ("source", .string(graph.nodes[link.source].id)),
            ("target", .string(graph.nodes[link.target].id)),
            ("relation", .string(link.relation.rawValue)),
          ]).compact)
    }
    console.write(graph.links.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
  }
}

/// Graphviz DOT: one node per topic, coloured and shaped by kind (a legend lists the kinds
/// present), the asked-for topics drawn bold; edges from the declaring note, labelled with the
/// relation. Ids and labels are quoted strings, so Chinese titles, quotes and backslashes are
/// safe. `dot -Tpng` or `-Tsvg` draws it.
struct SubgraphDOT: SubgraphRenderer {
  func render(_ graph: Subgraph, to console: any Console) {
    console.write(
      """
      digraph llmnotes {
        graph [rankdir=LR, fontname="Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif", fontsize=12, nodesep=0.25, ranksep=0.6];
        node [style="filled,rounded", fontname="Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif", fontsize=11, penwidth=1];
        edge [fontname="Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif", fontsize=9, color="#666666", fontcolor="#444444"];

      """)
    let roots = Set(graph.roots)
    for (index, node) in graph.nodes.enumerated() {
      guard console.isWritable else { return }
      let look = KindLook(node.kind)
      var attributes = [
        "label=\(Self.quote(node.title))", "shape=\(look.shape)",
        "fillcolor=\"\(look.fill)\"", "color=\"\(look.border)\"",
      ]
      if roots.contains(index) { attributes += ["penwidth=2.5", "fontsize=13"] }
      console.write("  \(Self.quote(node.id)) [\(attributes.joined(separator: ", "))];\n")
    }
    if !graph.links.isEmpty { console.write("\n") }
    for link in graph.links {
      guard console.isWritable else { return }
      console.write(
        "  \(Self.quote(graph.nodes[link.source].id)) -> \(Self.quote(graph.nodes[link.target].id)) [label=\(Self.quote(link.relation.rawValue))];\n"
      )
    }
    let kinds = graph.kinds
    if !kinds.isEmpty {
      console.write(
        "\n  subgraph cluster_legend {\n    label=\"kinds 类型\"; style=\"rounded,dashed\"; color=\"#999999\";\n"
      )
      for kind in kinds {
        let look = KindLook(kind)
        console.write(
          "    \(Self.quote("kind: " + kind.singular)) [label=\(Self.quote("\(kind.singular) \(kind.gloss)")), shape=\(look.shape), fillcolor=\"\(look.fill)\", color=\"\(look.border)\", fontsize=9];\n"
        )
      }
      // Invisible edges stack the legend in one column.
      let ids = kinds.map { Self.quote("kind: " + $0.singular) }
      if ids.count > 1 {
        console.write("    \(ids.joined(separator: " -> ")) [style=invis];\n")
      }
      console.write("  }\n")
    }
    console.write("}\n")
  }

  /// A DOT quoted string: backslashes and quotes escaped, line breaks as `\n`, other controls
  /// dropped (they cannot be drawn).
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

/// A Mermaid `flowchart` GitHub renders: node ids made of letters, digits and `_` only (`n0`,
/// `n1`… in node order, so any id is safe), labels quoted with `"` and `#` as entities,
/// edges labelled with the relation, one `classDef` per kind present.
struct SubgraphMermaid: SubgraphRenderer {
  func render(_ graph: Subgraph, to console: any Console) {
    console.write("flowchart LR\n")
    for (index, node) in graph.nodes.enumerated() {
      guard console.isWritable else { return }
      console.write("  n\(index)[\"\(Self.escape(node.title))\"]:::\(node.kind.singular)\n")
    }
    for link in graph.links {
      guard console.isWritable else { return }
      console.write(
        "  n\(link.source) -->|\(Self.escape(link.relation.rawValue))| n\(link.target)\n")
    }
    for kind in graph.kinds {
      let look = KindLook(kind)
      console.write(
        "  classDef \(kind.singular) fill:\(look.fill),stroke:\(look.border),color:#111\n")
    }
    let roots = graph.roots.map { "n\($0)" }
    if !roots.isEmpty {
      console.write("  style \(roots.joined(separator: ",")) stroke-width:3px\n")
    }
  }

  /// Mermaid label text: quotes, `#`, `<`, `>`, `|` and brackets as HTML entities, line breaks
  /// as spaces, controls dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "#quot;"
      case "#": out += "#35;"
      case "<": out += "#lt;"
      case ">": out += "#gt;"
      case "|": out += "#124;"
      case "[", "]", "{", "}": out += "#\(scalar.value);"
      case "\n", "\t": out += " "
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// How a kind is drawn in DOT and Mermaid: a fill, a border and a Graphviz shape.
struct KindLook {
  let fill: String
  let border: String
  let shape: String

  init(_ kind: Kind) {
    switch kind {
    case .architecture: (fill, border, shape) = ("#cfe2ff", "#3d6fb6", "box")
    case .model: (fill, border, shape) = ("#d9f2d9", "#3f8f3f", "box")
    case .task: (fill, border, shape) = ("#fff2c6", "#b08900", "ellipse")
    case .stage: (fill, border, shape) = ("#f2e0ff", "#7e4fa8", "hexagon")
    case .objective: (fill, border, shape) = ("#ffe0cc", "#c06020", "ellipse")
    case .technique: (fill, border, shape) = ("#e0f4ff", "#2f86a8", "component")
    case .tool: (fill, border, shape) = ("#eeeeee", "#666666", "folder")
    case .organization: (fill, border, shape) = ("#ffd9d9", "#b84040", "house")
    case .domain: (fill, border, shape) = ("#fff7e6", "#a07020", "tab")
    case .concept: (fill, border, shape) = ("#f5f5dc", "#8a8a50", "note")
    case .benchmark: (fill, border, shape) = ("#e6ffe6", "#40a040", "cylinder")
    case .dataset: (fill, border, shape) = ("#e6f0ff", "#4060a0", "cylinder")
    case .category: (fill, border, shape) = ("#f0f0ff", "#6060a0", "octagon")
    case .challenge: (fill, border, shape) = ("#ffe6f0", "#a04070", "diamond")
    case .question: (fill, border, shape) = ("#ffffff", "#888888", "box")
    }
  }
}
