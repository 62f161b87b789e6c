/// One thing to learn, asked one way. A card's `id` is made from its topic, its template and
/// the fact it asks (`bert/architecture`, `summarization/handled-by/model`), never from its
/// text, so rewording a note keeps the learner's progress; a card whose fact leaves the notes
/// is retired, its history kept.
public struct Card: Sendable {
  public let id: String
  /// The topic the fact belongs to: where `llmnotes show` finds it.
  public let topic: TopicRef
  /// Which template asked it: a relation's name (`architecture`, `handled-by`), an attribute
  /// (`year`), `compare` or `answer`.
  public let template: String
  /// The question, in Chinese.
  public let prompt: String
  public let response: Response
  /// The fact, stated: shown after the answer.
  public let fact: String

  public enum Response: Sendable {
    /// Pick the answers from numbered topics. `kind` is the kind the options are drawn from;
    /// `multiple` asks for every correct one among the options.
    case choice(correct: [TopicRef], kind: Kind, multiple: Bool)
    /// Type the answer: any of `accepted`, compared like names.
    case typed(accepted: [String])
    /// Recall, see the answer, grade yourself.
    case selfGraded(Reveal)
  }

  /// What a self-graded card shows after the learner has tried.
  public enum Reveal: Sendable {
    /// Sections of a question note, read from its parsed body; `linkTargets` names what its
    /// wikilinks point at.
    case note(MarkdownDocument, blocks: [MarkdownDocument.Block], linkTargets: [String: TopicRef])
    /// Lines of text (a comparison: one line per side).
    case lines([String])
  }

  public init(
    id: String, topic: TopicRef, template: String, prompt: String, response: Response, fact: String
  ) {
    self.id = id
    self.topic = topic
    self.template = template
    self.prompt = prompt
    self.response = response
    self.fact = fact
  }

  /// Whether the answer can be checked, or the learner grades themselves.
  public var isSelfGraded: Bool {
    if case .selfGraded = response { return true }
    return false
  }
}
