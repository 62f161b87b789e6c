import LLMNotesCore

/// `llmnotes study <topic>`
struct StudyCommand: Command {
  static let spec = CommandSpec(
    name: "study",
    abstract: "What to learn before a topic, in order, marked with your progress; and what next.",
    discussion: """
      Follows the relations that mean "learn this first" — a model's architecture,
      objectives, components and base; an architecture's base and components; what a tool
      implements; what a question is about — and lists them so that each topic comes after
      what it needs, the deepest building blocks first and the topic last. Each is marked
      mastered (✓), learning (◐) or new (○) from your quiz progress ($LLMNOTES_DATA), and the
      first one not mastered is named as the next to study. 'llmnotes quiz --topic <topic>
      --with-prerequisites' quizzes along the path.
      """,
    arguments: .words(placeholder: "topic", minimum: 1, maximum: nil, joined: true),
    options: [
      OptionSpec(
        name: "depth", value: .count,
        help: "Follow prerequisites at most <n> relations away (default 8).")
    ],
    examples: [
      .init(command: "llmnotes study gpt-3", meaning: "from the Transformer's building blocks up"),
      .init(command: "llmnotes study bert --depth 1", meaning: "only the direct prerequisites"),
      .init(command: "llmnotes study 摘要 --format json", meaning: "as JSON"),
    ])

  let name: String
  let depth: Int

  init(_ arguments: ParsedArguments) throws(UsageError) {
    name = arguments.words.joined(separator: " ")
    depth = arguments.count("depth") ?? 8
  }

  func run(_ context: CommandContext) -> ExitCode {
    let graph = context.base.graph
    let topic: Topic
    do throws(LookupError) {
      topic = try graph.topic(named: name)
    } catch {
      return context.report(error)
    }
    let location: ProgressLocation
    let now: Double
    do throws(UsageError) {
      location = try ProgressLocation(environment: context.environment)
      now = try ProgressLocation.now(context.environment, console: context.console)
    } catch {
      return context.usage(error)
    }
    let store: ProgressStore
    do throws(ProgressError) {
      store = try ProgressStore.read(folder: location.folder)
    } catch {
      return context.report(error)
    }
    context.reportWarnings(store.warnings)
    let plan = graph.studyPlan(
      for: topic, depth: depth, progress: store.progress, scheduler: Scheduler(), now: now,
      cards: graph.cards())
    let renderer: any StudyPlanRenderer =
      context.format == .json ? StudyPlanJSON() : StudyPlanText(context: context.render)
    renderer.render(plan, to: context.console)
    return .success
  }
}
