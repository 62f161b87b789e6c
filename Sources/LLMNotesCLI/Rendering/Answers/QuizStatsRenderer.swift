import LLMNotesCore

/// Writes the answer to `quiz stats`.
protocol QuizStatsRenderer {
  func render(_ stats: QuizStats, folder: String, now: Double, to console: any Console)
}

struct QuizStatsText: QuizStatsRenderer {
  let context: RenderContext

  func render(_ stats: QuizStats, folder: String, now: Double, to console: any Console) {
    let style = context.style
    console.write(style.bold("学习进度") + "  " + style.dim(TerminalText.line(folder)) + "\n\n")
    let rows: [(String, String)] = [
      (
        "cards 卡片",
        "\(stats.cards)：新 \(stats.new) · 学习中 \(stats.learning) · 复习 \(stats.review)"
          + (stats.retired > 0 ? " · 已退役 \(stats.retired)" : "")
      ),
      ("due 到期", "今天 \(stats.dueToday) · 之后 7 天 \(stats.dueNextWeek)"),
      (
        "reviews 复习次数",
        "\(stats.reviews)" + (stats.lastReview.map { "（最近 \(Timestamp.day($0))）" } ?? "")
      ),
      (
        "retention 记忆保持率",
        "实际 " + (stats.trueRetention.map(percent) ?? "—") + " · 目标 "
          + percent(stats.desiredRetention)
      ),
    ]
    table(rows, to: console)
    console.write("\n" + style.bold("mastery by kind 按类别掌握度") + "\n")
    table(
      stats.byKind.map {
        (
          "\($0.kind.singular) \($0.kind.gloss)",
          "\(percent($0.mastery.mastery))  (\($0.mastery.reviewed)/\($0.mastery.cards) 张已学)"
        )
      }, to: console)
    console.write("\n" + style.bold("weakest topics 最薄弱的主题") + "\n")
    if stats.weakest.isEmpty {
      console.write("  " + style.dim("还没有复习记录：llmnotes quiz") + "\n")
    } else {
      table(
        stats.weakest.map {
          (
            "\($0.topic.id)",
            "\(percent($0.mastery.mastery))  \(TerminalText.line($0.topic.title))  (\($0.mastery.reviewed)/\($0.mastery.cards))"
          )
        }, to: console)
    }
  }

  private func table(_ rows: [(String, String)], to console: any Console) {
    let width = (rows.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
    for (label, value) in rows {
      console.write("  " + context.style.label(DisplayWidth.pad(label, to: width)) + value + "\n")
    }
  }
}

/// `"reviews"` is the number of reviews in the log.
struct QuizStatsJSON: QuizStatsRenderer {
  func render(_ stats: QuizStats, folder: String, now: Double, to console: any Console) {
    func mastery(_ value: QuizStats.Mastery) -> [(String, JSONValue)] {
      [
        ("cards", .number(value.cards)), ("reviewed", .number(value.reviewed)),
        ("mastery", .decimal(rounded(value.mastery))),
      ]
    }
    let value = JSONValue.object([
      ("data", .string(folder)),
      ("now", .string(Timestamp.format(now))),
      ("cards", .number(stats.cards)),
      ("new", .number(stats.new)),
      ("learning", .number(stats.learning)),
      ("review", .number(stats.review)),
      ("retired", .number(stats.retired)),
      ("due_today", .number(stats.dueToday)),
      ("due_next_7_days", .number(stats.dueNextWeek)),
      ("reviews", .number(stats.reviews)),
      ("true_retention", stats.trueRetention.map { .decimal(rounded($0)) } ?? .null),
      ("desired_retention", .decimal(stats.desiredRetention)),
      ("last_review", stats.lastReview.map { .string(Timestamp.format($0)) } ?? .null),
      (
        "by_kind",
        .array(
          stats.byKind.map { .object([("kind", .string($0.kind.singular))] + mastery($0.mastery)) })
      ),
      (
        "weakest",
        .array(stats.weakest.map { .object([("topic", .topic($0.topic))] + mastery($0.mastery)) })
      ),
    ])
    console.write(value.rendered() + "\n")
  }
}

/// Four decimals: stable output, and more than a learner needs.
private func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

func percent(_ value: Double) -> String { "\(Int((value * 100).rounded())) %" }
