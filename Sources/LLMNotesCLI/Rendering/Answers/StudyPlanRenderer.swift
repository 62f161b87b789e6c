import LLMNotesCore

/// Writes the answer to `study`.
protocol StudyPlanRenderer {
  func render(_ plan: StudyPlan, to console: any Console)
}

extension StudyPlan.Status {
  var mark: String {
    switch self {
    case .mastered: "✓"
    case .learning: "◐"
    case .new: "○"
    }
  }

  var gloss: String {
    switch self {
    case .mastered: "已掌握"
    case .learning: "学习中"
    case .new: "未学"
    }
  }
}

/// A numbered path, prerequisites first, each step with its mark, kind and what needs it.
struct StudyPlanText: StudyPlanRenderer {
  let context: RenderContext

  func render(_ plan: StudyPlan, to console: any Console) {
    let style = context.style
    console.write(
      style.bold("学习 \(TerminalText.line(plan.target.title)) 的顺序")
        + style.dim("（先学前置知识；✓ 已掌握 ◐ 学习中 ○ 未学）") + "\n\n")
    let numberWidth = String(plan.steps.count).count + 1
    let idWidth = min(28, (plan.steps.map { DisplayWidth.of($0.topic.id) }.max() ?? 0) + 2)
    for (index, step) in plan.steps.enumerated() {
      guard console.isWritable else { return }
      let number = DisplayWidth.pad("\(index + 1).", to: numberWidth)
      let needed = step.neededBy.prefix(3).map { "\($0.topic.id) 的 \($0.relation)" }
      var line =
        "  \(number) \(step.status.mark) \(DisplayWidth.pad(step.topic.id, to: idWidth))"
        + "\(TerminalText.line(step.topic.title)) [\(step.topic.kind.singular)]"
      if !needed.isEmpty {
        line += style.dim(
          " ← " + needed.joined(separator: "、") + (step.neededBy.count > 3 ? "…" : ""))
      }
      console.write(line + "\n")
    }
    console.write("\n")
    for cycle in plan.cycles {
      console.write(style.highlight("注意：前置关系有环 " + cycle.joined(separator: " -> ")) + "\n")
    }
    if plan.isTruncated { console.write(style.dim("（更深的前置知识未列出：--depth 可调）") + "\n") }
    if let next = plan.next {
      console.write(
        "下一步：" + style.bold("\(next.topic.id)（\(TerminalText.line(next.topic.title))）")
          + "，\(next.status.gloss)，\(next.cards) 张卡片\n")
      console.write(
        style.dim("  llmnotes quiz --topic \(plan.target.id) --with-prerequisites") + "\n")
    } else {
      console.write("全部掌握。\n")
    }
  }
}

struct StudyPlanJSON: StudyPlanRenderer {
  func render(_ plan: StudyPlan, to console: any Console) {
    let steps = plan.steps.map { step in
      JSONValue.object([
        ("topic", .topic(step.topic)), ("status", .string(step.status.rawValue)),
        ("cards", .number(step.cards)), ("reviewed", .number(step.reviewed)),
        (
          "needed_by",
          .array(
            step.neededBy.map {
              .object([("id", .string($0.topic.id)), ("relation", .string($0.relation))])
            })
        ),
      ])
    }
    let value = JSONValue.object([
      ("target", .topic(plan.target)),
      ("next", plan.next.map { .topic($0.topic) } ?? .null),
      ("steps", .array(steps)),
      ("cycles", .array(plan.cycles.map { .array($0.map(JSONValue.string)) })),
      ("truncated", .bool(plan.isTruncated)),
    ])
    console.write(value.rendered() + "\n")
  }
}
