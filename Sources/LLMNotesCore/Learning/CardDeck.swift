/// Every card the graph can ask, made from its facts: a card per relation in both directions,
/// per attribute, per pair compared in an interview question, and per question note.
extension TopicGraph {
  /// In topic order (kind, then id), each topic's cards in vocabulary order. Cheap: options
  /// are dealt only for the cards a session shows (`choices(for:random:)`).
  public func cards() -> [Card] {
    var cards: [Card] = []
    for topic in topics {
      if topic.kind == .question {
        cards += questionCards(topic)
        continue
      }
      let ref = TopicRef(topic)
      for group in neighbors(of: topic) {
        let label = group.label
        guard label.relation != .links, label.relation != .about else { continue }
        if !label.isInverse {
          guard let kind = group.topics.first?.kind else { continue }
          // A many-valued relation asked as "以下哪些…" is multi-select even with one answer.
          let isMany = label.relation.cardinality == .many
          let asksWhichOf =
            CardTemplate.forward(label.relation, multiple: false)?.contains("以下") ?? false
          let multiple = isMany && (group.topics.count > 1 || asksWhichOf)
          guard let template = CardTemplate.forward(label.relation, multiple: multiple) else {
            continue
          }
          let answers = group.topics.map(TopicRef.init)
          cards.append(
            Card(
              id: "\(topic.id)/\(label.name)", topic: ref, template: label.name,
              prompt: CardTemplate.fill(template, ["t": topic.title]),
              response: .choice(correct: answers, kind: kind, multiple: multiple),
              fact: CardTemplate.fill("{t}的\(label.gloss)：", ["t": topic.title]) + titles(answers)))
        } else {
          for kind in Kind.allCases {
            let answers = group.topics.filter { $0.kind == kind }.map(TopicRef.init)
            guard !answers.isEmpty else { continue }
            let multiple = answers.count > 1
            guard let template = CardTemplate.inverse(label.relation, multiple: multiple) else {
              continue
            }
            cards.append(
              Card(
                id: "\(topic.id)/\(label.name)/\(kind.singular)", topic: ref,
                template: "\(label.name)/\(kind.singular)",
                prompt: CardTemplate.fill(template, ["t": topic.title, "k": kind.gloss]),
                response: .choice(correct: answers, kind: kind, multiple: multiple),
                fact: CardTemplate.fill("{t}的\(label.gloss)（\(kind.gloss)）：", ["t": topic.title])
                  + titles(answers)))
          }
        }
      }
      cards += attributeCards(topic)
    }
    return cards
  }

  private func attributeCards(_ topic: Topic) -> [Card] {
    var cards: [Card] = []
    let ref = TopicRef(topic)
    for attribute in Attribute.allCases {
      guard let value = topic.attributes[attribute],
        let template = CardTemplate.attribute(attribute)
      else { continue }
      let prompt = CardTemplate.fill(
        template, ["t": topic.title, "k": topic.kind.gloss, "v": value.text])
      let response: Card.Response =
        attribute == .year
        ? .typed(accepted: value.year.map { [String($0)] } ?? [value.text])
        : .choice(correct: [ref], kind: topic.kind, multiple: false)
      cards.append(
        Card(
          id: "\(topic.id)/\(attribute.rawValue)", topic: ref, template: attribute.rawValue,
          prompt: prompt, response: response,
          fact: CardTemplate.fill("{t}的\(attribute.gloss)：", ["t": topic.title]) + value.text))
    }
    return cards
  }

  /// A question note's own card (its 问题 section, then its answer revealed), and a compare
  /// card for each relation on which two same-kind topics it is about differ.
  private func questionCards(_ question: Topic) -> [Card] {
    var cards: [Card] = []
    let ref = TopicRef(question)
    let sections = QuestionSections(question.document)
    var targets: [String: TopicRef] = [:]
    for link in question.document.links where targets[link.target] == nil {
      if let target = self[link.target] { targets[link.target] = TopicRef(target) }
    }
    let prompt =
      sections.question.map { question.document.plainText($0, title: { targets[$0]?.title ?? $0 }) }
      ?? question.title
    cards.append(
      Card(
        id: "\(question.id)/answer", topic: ref, template: "answer",
        prompt: prompt.isEmpty ? question.title : prompt,
        response: .selfGraded(
          .note(question.document, blocks: sections.answer, linkTargets: targets)),
        fact: question.summary))

    // The first two topics of one kind the question is about: "BERT 与 GPT 的训练目标有何不同？"
    let about = (question.references[.about] ?? []).compactMap { self[$0.id] }
    for kind in Kind.allCases {
      let pair = about.filter { $0.kind == kind }.prefix(2)
      guard pair.count == 2, let first = pair.first, let second = pair.last else { continue }
      let left = facts(of: first)
      let right = facts(of: second)
      for relation in Relation.fields where relation != .about {
        let a = left[relation] ?? []
        let b = right[relation] ?? []
        guard !a.isEmpty || !b.isEmpty, Set(a.map(\.id)) != Set(b.map(\.id)) else { continue }
        let gloss = EdgeLabel(relation).gloss
        cards.append(
          Card(
            id: "\(first.id)/compare/\(second.id)/\(relation.rawValue)", topic: TopicRef(first),
            template: "compare/\(relation.rawValue)",
            prompt: CardTemplate.fill(
              CardTemplate.compare, ["a": first.title, "b": second.title, "r": gloss]),
            response: .selfGraded(
              .lines([
                "\(first.title)：\(a.isEmpty ? "—" : titles(a))",
                "\(second.title)：\(b.isEmpty ? "—" : titles(b))",
              ])),
            fact: CardTemplate.fill(
              "{a}与{b}的\(gloss)不同（见 {q}）", ["a": first.title, "b": second.title, "q": question.id]))
        )
      }
    }
    return cards
  }

  private func facts(of topic: Topic) -> [Relation: [TopicRef]] {
    var facts: [Relation: [TopicRef]] = [:]
    for group in neighbors(of: topic) where !group.label.isInverse {
      facts[group.label.relation] = group.topics.map(TopicRef.init)
    }
    return facts
  }

  private func titles(_ refs: [TopicRef]) -> String { refs.map(\.title).joined(separator: "、") }
}

/// The parts of a question note a card reads: the text under `## 问题`, and the blocks under
/// `## 参考答案` and `## 答题要点` (else everything after the question).
struct QuestionSections {
  var question: [MarkdownDocument.Inline]?
  var answer: [MarkdownDocument.Block] = []

  static let questionHeadings: Set<String> = ["问题", "题目", "question"]
  static let answerHeadings: Set<String> = ["参考答案", "答题要点", "答案", "answer", "key points"]

  init(_ document: MarkdownDocument) {
    var section: String?
    var rest: [MarkdownDocument.Block] = []
    for block in document.blocks {
      if case .heading(let level, let content, _) = block, level <= 2 {
        section = document.plainText(content, title: { $0 }).trimmingWhitespace().lowercased()
        if let section, Self.answerHeadings.contains(section) { answer.append(block) }
        continue
      }
      guard let section else { continue }
      if Self.questionHeadings.contains(section) {
        if case .paragraph(let lines, _) = block {
          let spans = lines.flatMap { $0 }
          question = (question ?? []) + spans
        }
      } else if Self.answerHeadings.contains(section) {
        answer.append(block)
      } else if question != nil, answer.isEmpty {
        rest.append(block)
      }
    }
    if answer.isEmpty { answer = rest }
  }
}
