import Testing

@testable import LLMNotesCore

/// Cards made from the graph, their ids, their options and how answers are checked.
@Suite("Learning: cards and answers")
struct LearningTests {
  static let graph = load(tinyNotes).graph
  static let cards = graph.cards()
  static func card(_ id: String) -> Card? { cards.first { $0.id == id } }
  static func sequence(_ seed: Int) -> (Int) -> Int {
    var state = seed
    return { bound in
      state = (state &* 1_103_515_245 &+ 12345) & 0x7FFF_FFFF
      return bound > 0 ? state % bound : 0
    }
  }

  @Test("a card per relation in both directions, ids from topic, template and fact")
  func ids() {
    let ids = Set(Self.cards.map(\.id))
    for id in [
      "bert/architecture", "bert/objectives", "bert/organization", "bert/tasks", "bert/year",
      "encoder-only/models/model", "mlm/objective-of/architecture", "mlm/objective-of/model",
      "google/developed/model", "summarization/handled-by/model",
    ] {
      #expect(ids.contains(id), "missing \(id)")
    }
    #expect(ids.count == Self.cards.count, "ids are unique")
  }

  @Test(
    "Chinese prompts, with a space where Latin meets Chinese",
    arguments: [
      ("bert/architecture", "BERT 采用哪种架构？"),
      ("bert/organization", "哪个机构提出了 BERT？"),
      ("summarization/handled-by/model", "以下哪些模型适合摘要？"),
      ("mlm/objective-of/architecture", "Masked LM 是哪种架构的训练目标？"),
      ("bert/year", "BERT 是哪一年提出或发布的？"),
    ])
  func prompts(id: String, prompt: String) {
    #expect(Self.card(id)?.prompt == prompt)
  }

  @Test("distractors are siblings of the answers' kind, never an answer or the topic itself")
  func distractors() throws {
    let card = try #require(Self.card("bert/architecture"))
    for seed in 1...20 {
      let dealt = Self.graph.deal(card, random: Self.sequence(seed))
      #expect(dealt.options.allSatisfy { $0.kind == .architecture })
      #expect(dealt.correct.count == 1)
      #expect(Set(dealt.options.map(\.id)).count == dealt.options.count)
      #expect(dealt.options.contains { $0.id == "encoder-only" })
    }
    let organization = try #require(Self.card("bert/organization"))
    let dealt = Self.graph.deal(organization, random: Self.sequence(3))
    #expect(dealt.options.map(\.id).sorted() == ["google", "openai"])
  }

  @Test("answers by number, several numbers, or names matched like names")
  func answers() throws {
    let card = try #require(Self.card("bert/architecture"))
    let dealt = Self.graph.deal(card, random: Self.sequence(7))
    let right = try #require(dealt.correct.first)
    let wrong = try #require(dealt.options.indices.first { $0 != right })
    let names = Self.graph.names(of:)
    #expect(dealt.check("\(right + 1)", names: names).outcome == .correct)
    #expect(dealt.check(" \(right + 1) ", names: names).suggested == .good)
    #expect(dealt.check("\(wrong + 1)", names: names).outcome == .wrong)
    #expect(dealt.check("encoder only", names: names).outcome == .correct)
    #expect(dealt.check("ENCODER-ONLY", names: names).outcome == .correct)
    #expect(dealt.check("Encoder-only alias", names: names).outcome == .correct)
    #expect(dealt.check("", names: names).outcome == .skipped)
    #expect(dealt.check("", names: names).suggested == .again)
    #expect(dealt.check("99", names: names).outcome == .wrong)

    let year = try #require(Self.card("bert/year"))
    let typed = Self.graph.deal(year, random: Self.sequence(1))
    #expect(typed.check("2018", names: names).outcome == .correct)
    #expect(typed.check("2019", names: names).outcome == .wrong)
  }

  @Test("multi-select: all correct is right, some is partly right (Hard), a wrong one is wrong")
  func multiSelect() throws {
    let card = try #require(Self.card("summarization/handled-by/model"))
    let dealt = Self.graph.deal(card, random: Self.sequence(5))
    #expect(dealt.isMultiple)
    let names = Self.graph.names(of:)
    let correct = dealt.correct.sorted().map { String($0 + 1) }
    #expect(dealt.check(correct.joined(separator: ","), names: names).outcome == .correct)
    #expect(dealt.check(correct.joined(separator: " "), names: names).outcome == .correct)
    #expect(dealt.check(correct.reversed().joined(separator: "、"), names: names).outcome == .correct)
    if correct.count > 1 {
      #expect(dealt.check(correct[0], names: names).outcome == .partlyCorrect)
      #expect(dealt.check(correct[0], names: names).suggested == .hard)
    }
    if let wrong = dealt.options.indices.first(where: { !dealt.correct.contains($0) }) {
      #expect(dealt.check("\(wrong + 1)", names: names).outcome == .wrong)
    }
  }

  @Test("ratings: names, numbers, first letters, Chinese")
  func ratings() {
    #expect(Rating(answer: "good") == .good)
    #expect(Rating(answer: " Again ") == .again)
    #expect(Rating(answer: "4") == .easy)
    #expect(Rating(answer: "h") == .hard)
    #expect(Rating(answer: "简单") == .easy)
    #expect(Rating(answer: "5") == nil)
    #expect(Rating(answer: "great") == nil)
  }

  @Test("question notes: the 问题 section asks, the answer sections are revealed from the tree")
  func questionCards() throws {
    let files = tinyNotes + [
      note(
        "questions/bert-vs-gpt.md",
        fields(title: "BERT 和 GPT 有什么区别？", "about: [bert, gpt-2]"),
        body: "## 问题\nBERT 和 [[gpt-2|GPT-2]] 有什么区别？\n\n## 参考答案\n- 结构不同。\n\n## 相关主题\n[[bert]]\n")
    ]
    let graph = load(files).graph
    let cards = graph.cards()
    let card = try #require(cards.first { $0.id == "bert-vs-gpt/answer" })
    #expect(card.prompt == "BERT 和 GPT-2 有什么区别？")
    guard case .selfGraded(.note(_, let blocks, _)) = card.response else {
      Issue.record("not a question card")
      return
    }
    #expect(blocks.count == 2)  // the heading and its list, not 相关主题
    let compare = try #require(cards.first { $0.id == "bert/compare/gpt-2/architecture" })
    #expect(compare.prompt == "BERT 与 GPT-2 的架构有何不同？")
  }

  @Test("a card's id survives rewording; a fact that leaves the notes retires its card")
  func identity() {
    let reworded = tinyNotes.map { file in
      file.path == "models/bert.md"
        ? NoteFile(
          path: file.path,
          text: String(decoding: file.bytes, as: UTF8.self).replacingOccurrences("一句话简介。", "改写过的简介。"))
        : file
    }
    #expect(Set(load(reworded).graph.cards().map(\.id)) == Set(Self.cards.map(\.id)))

    var progress = Progress()
    progress.apply(
      ReviewRecord(
        sequence: 1, cardID: "bert/datasets", topicID: "bert", rating: .good, time: 0,
        elapsedDays: 0, previousPhase: .new, state: .new))
    let plan = QuizPlan(
      cards: Self.cards, progress: progress, scheduler: Scheduler(), now: 0, newLimit: 5,
      limit: nil, dueOnly: false, keepingOrder: true, random: { _ in 0 })
    #expect(plan.retired == 1)
    #expect(progress.reviewCount == 1)
  }

  @Test("due cards first, most at risk first, then new ones up to the limit")
  func plan() {
    var progress = Progress()
    let scheduler = Scheduler(fuzz: false)
    let day = Scheduler.day
    for (sequence, (id, stability)) in [("bert/architecture", 2.0), ("bert/year", 50.0)]
      .enumerated()
    {
      progress.apply(
        ReviewRecord(
          sequence: sequence + 1, cardID: id, topicID: "bert", rating: .good, time: 0,
          elapsedDays: 0, previousPhase: .new,
          state: CardState(
            phase: .review, step: nil, stability: stability, difficulty: 5, due: day,
            lastReview: 0, reviews: 1, lapses: 0)))
    }
    let plan = QuizPlan(
      cards: Self.cards, progress: progress, scheduler: scheduler, now: 10 * day, newLimit: 3,
      limit: nil, dueOnly: false, keepingOrder: true, random: { _ in 0 })
    #expect(plan.due.map(\.id) == ["bert/architecture", "bert/year"])
    #expect(plan.new.count == 3)
    let dueOnly = QuizPlan(
      cards: Self.cards, progress: progress, scheduler: scheduler, now: 10 * day, newLimit: 3,
      limit: 1, dueOnly: true, keepingOrder: true, random: { _ in 0 })
    #expect(dueOnly.cards.map(\.id) == ["bert/architecture"])
  }

  @Test("study order: prerequisites before what needs them, the target last")
  func studyOrder() throws {
    let graph = Self.graph
    let bert = try graph.topic(named: "bert")
    let plan = graph.studyPlan(
      for: bert, progress: Progress(), scheduler: Scheduler(), now: 0, cards: Self.cards)
    let ids = plan.steps.map(\.topic.id)
    #expect(ids.last == "bert")
    #expect(Set(ids) == ["bert", "encoder-only", "mlm"])
    let mlm = try #require(ids.firstIndex(of: "mlm"))
    let encoder = try #require(ids.firstIndex(of: "encoder-only"))
    #expect(mlm < encoder, "encoder-only's objective comes before it")
    #expect(plan.next?.topic.id == ids.first)
    #expect(plan.cycles.isEmpty)
  }

  @Test("a prerequisite cycle is named and broken, and the walk is bounded")
  func cycle() throws {
    let graph = load([
      note("architectures/a.md", fields(title: "A", "based-on: b")),
      note("architectures/b.md", fields(title: "B", "based-on: a")),
    ]).graph
    let a = try graph.topic(named: "a")
    let plan = graph.studyPlan(
      for: a, progress: Progress(), scheduler: Scheduler(), now: 0, cards: graph.cards())
    #expect(plan.steps.map(\.topic.id) == ["b", "a"])
    let shallow = graph.studyPlan(
      for: a, depth: 0, progress: Progress(), scheduler: Scheduler(), now: 0, cards: [])
    #expect(shallow.steps.map(\.topic.id) == ["a"])
    #expect(shallow.isTruncated)
  }
}
