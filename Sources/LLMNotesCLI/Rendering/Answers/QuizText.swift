import LLMNotesCore

/// The quiz for people: on a terminal a clean screen per card, numbered choices and prompts;
/// with piped input the answers read are echoed, so the transcript reads as a session.
struct QuizText: QuizRenderer {
  let context: RenderContext
  let interactive: Bool

  func start(due: Int, new: Int, retired: Int, to console: any Console) {
    guard !interactive else { return }
    var line = "本次：\(due) 张到期，\(new) 张新卡"
    if retired > 0 { line += "（\(retired) 张已退役：事实已不在笔记中，历史保留）" }
    console.write(context.style.dim(line) + "\n")
  }

  func card(_ card: DealtCard, number: Int, total: Int, state: CardState, to console: any Console) {
    if interactive { console.write("\u{1B}[H\u{1B}[2J") } else { console.write("\n") }
    let phase = state.phase == .new ? "新卡" : "复习"
    console.write(
      context.style.dim("卡片 \(number)/\(total) · \(phase) · \(TerminalText.line(card.card.id))")
        + "\n")
    for line in DisplayWidth.wrap(TerminalText.line(card.card.prompt), to: context.width) {
      console.write(context.style.bold(line) + "\n")
    }
    if !card.options.isEmpty {
      console.write("\n")
      let width = String(card.options.count).count + 2
      for (index, option) in card.options.enumerated() {
        console.write(
          "  " + DisplayWidth.pad("\(index + 1).", to: width) + TerminalText.line(option.title)
            + "\n")
      }
    }
    let hint: String
    switch card.card.response {
    case .choice(_, _, let multiple):
      hint = multiple ? "多选：输入所有正确的编号，如 1,3；或写名称" : "输入编号，或写名称"
    case .typed: hint = "输入答案"
    case .selfGraded: hint = "先自己回答（可写下要点），回车后看参考答案"
    }
    console.write("\n" + context.style.dim(hint) + "\n")
    if interactive { console.write("答案> ") }
    console.flush()
  }

  func echo(answer: String, to console: any Console) {
    console.write("答案：" + TerminalText.line(answer) + "\n")
  }

  func verdict(_ verdict: Verdict, on card: DealtCard, to console: any Console) {
    console.write("\n")
    let correctList = card.correct.sorted().map {
      "\($0 + 1). \(TerminalText.line(card.options[$0].title))"
    }.joined(separator: "；")
    switch verdict.outcome {
    case .correct:
      console.write(context.style.apply(.code, "✓ 正确") + "\n")
    case .partlyCorrect:
      let missed = card.correct.subtracting(verdict.chosen).sorted().map {
        "\($0 + 1). \(TerminalText.line(card.options[$0].title))"
      }
      console.write(
        context.style.highlight("◐ 部分正确") + "，漏选：" + missed.joined(separator: "；") + "\n")
    case .wrong, .skipped:
      let answer =
        card.options.isEmpty
        ? "" : "，正确答案：" + correctList
      console.write(
        context.style.highlight(verdict.outcome == .skipped ? "✗ 未作答" : "✗ 错误") + answer + "\n")
    case .selfGraded:
      console.write(context.style.bold("参考答案") + "\n")
      if case .selfGraded(let reveal) = card.card.response {
        switch reveal {
        case .note(let document, let blocks, let targets):
          let body = BodyText(document: document, linkTitles: targets, style: context.style)
          for line in body.lines(of: blocks, width: context.width) { console.write(line + "\n") }
        case .lines(let lines):
          for line in lines { console.write("  " + TerminalText.line(line) + "\n") }
        }
      }
    }
    if !card.card.isSelfGraded || card.card.template.hasPrefix("compare") {
      for line in DisplayWidth.wrap(TerminalText.line(card.card.fact), to: context.width) {
        console.write(line + "\n")
      }
    }
    console.write(context.style.dim("来源：llmnotes show \(card.card.topic.id)") + "\n")
  }

  func ratingPrompt(suggested: Rating, to console: any Console) {
    let choices = Rating.allCases.map { "\($0.rawValue) \($0.name)" }.joined(separator: " · ")
    let line = "评分 [\(choices)]，回车 = \(suggested.name)"
    if interactive {
      console.write(context.style.dim(line) + "> ")
      console.flush()
    }
  }

  func echo(rating: Rating, to console: any Console) {
    console.write("评分：\(rating.name)\n")
  }

  func recorded(_ record: ReviewRecord, to console: any Console) {
    let due = record.state.due.map { " · 下次 \(relativeTime($0 - record.time))" } ?? ""
    console.write(context.style.dim("已记录 #\(record.sequence)：\(record.rating.name)\(due)") + "\n")
    console.flush()
  }

  func end(_ summary: QuizSummary, to console: any Console) {
    console.write("\n")
    if summary.reviewed == 0, summary.endedEarly {
      console.write("输入已结束，没有记录复习。\n")
      return
    }
    guard summary.reviewed > 0 else {
      var line = "没有要复习的卡片"
      if let next = summary.nextDue { line += "；下一张 \(relativeTime(next - summary.now))到期" }
      console.write(line + "。\n")
      return
    }
    var parts = ["正确 \(summary.correct)", "错误 \(summary.wrong)"]
    if summary.selfGraded > 0 { parts.append("自评 \(summary.selfGraded)") }
    console.write(
      "本次复习 \(summary.reviewed) 张：\(parts.joined(separator: "，"))。进度已保存：\(TerminalText.line(summary.folder))\n"
    )
    if let next = summary.nextDue {
      console.write(context.style.dim("下一张卡片 \(relativeTime(next - summary.now))到期。") + "\n")
    }
  }
}
