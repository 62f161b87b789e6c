import Foundation
import LLMNotesCore
import Testing

@testable import LLMNotesCLI

/// `quiz`, `quiz stats` and `study` in process, on a console in memory.
@Suite("quiz and study in process")
struct QuizCommandTests {
  static let tiny = SnapshotTests.root.appending(path: SnapshotTests.tiny).path

  static func quiz(
    _ words: [String], input: [String], data: String, secondsPerLine: Double = 0,
    environment: [String: String] = [:]
  ) -> (stdout: String, stderr: String, status: ExitCode) {
    let console = CapturingConsole(input: input)
    console.secondsPerLine = secondsPerLine
    let status = CLI.run(
      words, environment: ["LLMNOTES_DATA": data, "COLUMNS": "80"].merging(environment) { $1 },
      console: console)
    return (console.stdout, console.stderr, status)
  }

  @Test("a card rated Again comes back in the same session once its step has passed")
  func relearning() throws {
    let data = try QuizDurabilityTests.dataFolder()
    let run = Self.quiz(
      ["quiz", "--new", "2", "--notes", Self.tiny], input: ["9", "again", "9", "good", "9", "good"],
      data: data, secondsPerLine: 40)
    #expect(run.status == .success)
    #expect(run.stdout.contains("卡片 3/3"))
    #expect(try QuizDurabilityTests.logged(data).count == 3)
  }

  @Test("a line that is not a rating is said so on stderr and the next line is read")
  func badRating() throws {
    let data = try QuizDurabilityTests.dataFolder()
    let run = Self.quiz(
      ["quiz", "--limit", "1", "--notes", Self.tiny], input: ["1", "great", "easy"], data: data)
    #expect(run.stderr.contains("'great' is not a rating"))
    #expect(run.stdout.contains("评分：easy"))
    #expect(try QuizDurabilityTests.logged(data).count == 1)
  }

  @Test(
    "mistakes are usage errors",
    arguments: [
      (["quiz", "stat"], "error: 'quiz' takes no argument but 'stats', not 'stat'. Did you mean 'stats'?"),
      (["quiz", "stats", "--new", "3"], "error: '--new' is for a session, not 'quiz stats'"),
      (["quiz", "--retention", "2"], "error: '--retention' needs a number from 0.70 to 0.99, not '2'"),
      (["quiz", "--with-prerequisites"], "error: '--with-prerequisites' needs a --topic"),
    ])
  func usage(words: [String], message: String) throws {
    let run = Self.quiz(words, input: [], data: try QuizDurabilityTests.dataFolder())
    #expect(run.status == .usage)
    #expect(run.stderr.hasPrefix(message + "\n"))
  }

  @Test("LLMNOTES_NOW must be an ISO-8601 time")
  func badClock() throws {
    let run = Self.quiz(
      ["quiz", "--notes", Self.tiny], input: [], data: try QuizDurabilityTests.dataFolder(),
      environment: ["LLMNOTES_NOW": "tomorrow"])
    #expect(run.status == .usage)
    #expect(run.stderr.contains("LLMNOTES_NOW='tomorrow' is not an ISO-8601 time"))
  }

  @Test("quiz stats --format json has a top-level integer \"reviews\"")
  func statsReviews() throws {
    let data = try QuizDurabilityTests.dataFolder()
    _ = Self.quiz(["quiz", "--limit", "2"], input: ["1", "good", "2", "again"], data: data)
    let stats = Self.quiz(["quiz", "stats", "--format", "json"], input: [], data: data)
    #expect(stats.status == .success)
    #expect(stats.stdout.contains("\n  \"reviews\": 2,\n"))
  }

  @Test("study gpt-3 starts from the Transformer's building blocks, then the Transformer")
  func studyGPT3() throws {
    let run = Self.quiz(["study", "gpt-3", "--json"], input: [], data: try QuizDurabilityTests.dataFolder())
    #expect(run.status == .success)
    let graph = CLI.builtinNotes.graph
    let plan = graph.studyPlan(
      for: try graph.topic(named: "gpt-3"), progress: Progress(), scheduler: Scheduler(), now: 0,
      cards: graph.cards())
    let ids = plan.steps.map(\.topic.id)
    let transformer = try #require(ids.firstIndex(of: "transformer"))
    let blocks = Set((graph["transformer"]?.references[.components] ?? []).map(\.id))
    #expect(!blocks.isEmpty)
    #expect(ids.prefix(transformer).allSatisfy { blocks.contains($0) }, "\(ids)")
    #expect(ids.last == "gpt-3")
    let decoder = try #require(ids.firstIndex(of: "decoder-only"))
    #expect(transformer < decoder)
    #expect(run.stdout.contains("\"next\": {\n    \"id\": \"\(ids[0])\""))
  }

  @Test("on the real notes, every distractor is a sibling of the answers' kind that answers the same question elsewhere")
  func plausibleDistractors() throws {
    let graph = CLI.builtinNotes.graph
    var state = 7
    let random: (Int) -> Int = { bound in
      state = (state &* 1_103_515_245 &+ 12345) & 0x7FFF_FFFF
      return bound > 0 ? state % bound : 0
    }
    var checked = 0
    for card in graph.cards() where card.template == "architecture" || card.template == "organization" {
      guard case .choice(let answers, let kind, _) = card.response else { continue }
      let dealt = graph.deal(card, random: random)
      let answerIDs = Set(answers.map(\.id))
      for option in dealt.options where !answerIDs.contains(option.id) {
        #expect(option.kind == kind)
        let inverse = card.template == "architecture" ? "models" : "developed"
        let topic = try #require(graph[option.id])
        #expect(
          graph.neighbors(of: topic).contains { $0.label.name == inverse },
          "\(card.id): \(option.id) answers no '\(card.template)' question")
      }
      #expect(dealt.options.count >= 2, "\(card.id) has choices")
      checked += 1
    }
    #expect(checked > 100)
  }
}
