import LLMNotesCore

/// `llmnotes quiz [filters]` and `llmnotes quiz stats`
struct QuizCommand: Command {
  static let spec = CommandSpec(
    name: "quiz",
    abstract:
      "Quiz yourself on cards made from the notes, scheduled by FSRS-6; 'quiz stats' for progress.",
    discussion: """
      A session asks the due cards first (the most at risk of being forgotten first), then up
      to --new cards never seen. After each answer it says whether it was right, the fact and
      where it comes from, and asks for a rating: again, hard, good or easy (suggested from
      the answer). Each rating is on disk before the next card is shown.

      Piped input: every prompt reads one line. For each card, first the answer (an option
      number, several as 1,3, or a name; for a question note anything, then the answer is
      shown), then the rating (again|hard|good|easy or 1-4; an empty line takes the suggested
      rating). The end of input ends the session and saves. Example:
        printf '1\\ngood\\n2\\nagain\\n' | llmnotes quiz --limit 2

      'llmnotes quiz stats' shows cards new / learning / review, what is due today and in the
      next 7 days, the reviews done, true retention against desired, and mastery by kind and
      for the 10 weakest topics.

      Progress lives in $LLMNOTES_DATA (default $XDG_DATA_HOME/llmnotes, else
      ~/.local/share/llmnotes): reviews.jsonl (the review log, append-only) and
      snapshot.jsonl (rebuilt from the log when needed). One session at a time: another waits
      $LLMNOTES_LOCK_WAIT seconds (default 2), then refuses. LLMNOTES_NOW=2022-11-29T12:30:00Z
      fixes the clock.
      """,
    arguments: .words(placeholder: "stats", minimum: 0, maximum: 1, joined: false),
    options: [
      OptionSpec(
        name: "topic", value: .topic, repetition: .many(meaning: "any of the topics"),
        help: "Cards about this topic."),
      OptionSpec(
        name: "with-prerequisites", value: .flag,
        help: "With --topic: also the topics to learn first, in study order (see 'llmnotes study')."
      ),
      OptionSpec(name: "new", value: .count, help: "At most <n> new cards (default 10)."),
      OptionSpec(name: "limit", value: .count, help: "At most <n> cards in all."),
      OptionSpec(name: "due-only", value: .flag, help: "Only cards that are due; no new ones."),
      OptionSpec(
        name: "retention", value: .text(placeholder: "0.9"),
        help: "Desired retention, 0.70 to 0.99 (default 0.9): higher means shorter intervals."),
      OptionSpec(
        name: "no-fuzz", value: .flag, help: "Intervals exactly as computed, without fuzz."),
    ] + ListCommand.spec.options,
    optionGroups: ListCommand.spec.optionGroups,
    examples: [
      .init(command: "llmnotes quiz", meaning: "due cards, then up to 10 new ones"),
      .init(command: "llmnotes quiz --kind architecture --new 5", meaning: "architectures only"),
      .init(
        command: "llmnotes quiz --topic gpt-3 --with-prerequisites", meaning: "along a study path"),
      .init(
        command: "llmnotes quiz --format json < answers.txt", meaning: "JSON lines for other tools"),
      .init(
        command: "llmnotes quiz stats --format json", meaning: "progress; 'reviews' counts them"),
    ])

  let isStats: Bool
  let topics: [String]
  let withPrerequisites: Bool
  let filter: TopicFilter
  let newLimit: Int
  let limit: Int?
  let dueOnly: Bool
  let retention: Double
  let fuzz: Bool

  init(_ arguments: ParsedArguments) throws(UsageError) {
    if let word = arguments.words.first {
      guard word == "stats" else {
        throw UsageError(
          "'quiz' takes no argument but 'stats', not '\(TerminalText.line(word))'"
            + didYouMean(word, among: ["stats"]), command: Self.spec)
      }
      let sessionOnly = Self.spec.options.map(\.name).filter {
        $0 != "retention" && arguments.has($0)
      }
      if let option = sessionOnly.first {
        throw UsageError("'--\(option)' is for a session, not 'quiz stats'", command: Self.spec)
      }
    }
    isStats = !arguments.words.isEmpty
    topics = arguments.texts("topic")
    withPrerequisites = arguments.has("with-prerequisites")
    if withPrerequisites, topics.isEmpty {
      throw UsageError("'--with-prerequisites' needs a --topic", command: Self.spec)
    }
    filter = try ListCommand(arguments).filter
    newLimit = arguments.count("new") ?? 10
    limit = arguments.count("limit")
    dueOnly = arguments.has("due-only")
    if let text = arguments.text("retention") {
      guard let value = Double(text), value >= 0.7, value <= 0.99 else {
        throw UsageError(
          "'--retention' needs a number from 0.70 to 0.99, not '\(TerminalText.line(text))'",
          command: Self.spec)
      }
      retention = value
    } else {
      retention = 0.9
    }
    fuzz = !arguments.has("no-fuzz")
  }

  func run(_ context: CommandContext) -> ExitCode {
    let location: ProgressLocation
    let now: Double
    do throws(UsageError) {
      location = try ProgressLocation(environment: context.environment)
      now = try ProgressLocation.now(context.environment, console: context.console)
    } catch {
      return context.usage(error)
    }
    let graph = context.base.graph
    let scheduler = Scheduler(desiredRetention: retention, fuzz: fuzz)
    let allCards = graph.cards()
    if isStats {
      let store: ProgressStore
      do throws(ProgressError) {
        store = try ProgressStore.read(folder: location.folder)
      } catch {
        return context.report(error)
      }
      context.reportWarnings(store.warnings)
      let stats = QuizStats(
        cards: allCards, progress: store.progress, scheduler: scheduler, now: now)
      let renderer: any QuizStatsRenderer =
        context.format == .json ? QuizStatsJSON() : QuizStatsText(context: context.render)
      renderer.render(stats, folder: location.folder, now: now, to: context.console)
      return .success
    }

    var cards = allCards
    var keepingOrder = false
    if !topics.isEmpty || !filter.isEmpty {
      var chosen: [Topic]
      do throws(LookupError) {
        chosen = try graph.topics(matching: filter)
        if !topics.isEmpty {
          let named = try topics.map { name throws(LookupError) in try graph.topic(named: name) }
          let keep = Set(chosen.map(\.id))
          chosen = named.filter { filter.isEmpty || keep.contains($0.id) }
          if withPrerequisites, let target = chosen.first {
            let path = graph.studyPlan(
              for: target, progress: Progress(), scheduler: scheduler, now: now, cards: allCards)
            chosen = path.steps.compactMap { graph[$0.topic.id] }
            keepingOrder = true
          }
        }
      } catch {
        return context.report(error)
      }
      let rank = Dictionary(chosen.enumerated().map { ($1.id, $0) }) { first, _ in first }
      cards = allCards.filter { rank[$0.topic.id] != nil }
      if keepingOrder {
        cards = cards.enumerated().sorted {
          (rank[$0.element.topic.id] ?? 0, $0.offset) < (rank[$1.element.topic.id] ?? 0, $1.offset)
        }.map(\.element)
      }
      if cards.isEmpty {
        context.console.writeError("no cards: the chosen topics state no facts to ask\n")
        return .notFound
      }
    }

    let store: ProgressStore
    do throws(ProgressError) {
      store = try ProgressStore.open(folder: location.folder, lockWait: location.lockWait, now: now)
    } catch {
      return context.report(error)
    }
    defer { store.close() }
    context.reportWarnings(store.warnings)
    let plan = QuizPlan(
      cards: cards, progress: store.progress, scheduler: scheduler, now: now, newLimit: newLimit,
      limit: limit, dueOnly: dueOnly, keepingOrder: keepingOrder,
      random: context.console.random(below:))
    let interactive = context.console.terminal.inputIsTerminal && context.format == .text
    let renderer: any QuizRenderer =
      context.format == .json
      ? QuizJSON()
      : QuizText(
        context: context.render, interactive: interactive && context.console.terminal.isTerminal)
    let session = QuizSession(
      graph: graph, plan: plan, scheduler: scheduler, store: store, renderer: renderer,
      console: context.console, interactive: interactive,
      fixedNow: context.environment["LLMNOTES_NOW"].flatMap(Timestamp.parse), limit: limit)
    switch session.run() {
    case .success(let summary):
      renderer.end(summary, to: context.console)
      return .success
    case .failure(let error):
      return context.report(error)
    }
  }
}

extension CommandContext {
  /// Says why the progress cannot be used, on stderr; exit status 5.
  func report(_ error: ProgressError) -> ExitCode {
    console.writeError("error: \(TerminalText.line(error.description))\n")
    return .progressUnavailable
  }

  func reportWarnings(_ warnings: [ProgressWarning]) {
    for warning in warnings {
      console.writeError("warning: \(TerminalText.line(warning.description))\n")
    }
  }

  /// A usage error found while running (an environment variable), printed as the CLI does.
  func usage(_ error: UsageError) -> ExitCode {
    console.writeError("error: \(error.message)\n")
    return .usage
  }
}
