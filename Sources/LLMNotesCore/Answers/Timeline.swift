/// The answer to `timeline`: topics by the year they appeared, oldest first, with the month
/// where the note gives one and who made them.
public struct Timeline: Sendable {
  public struct Entry: Sendable {
    public let topic: TopicRef
    /// 1…12 from `released: YYYY-MM`, when the note has it.
    public let month: Int?
    public let organizations: [TopicRef]
    public let family: [TopicRef]
  }

  public struct Year: Sendable {
    public let year: Int
    /// Months in order, topics without a month after them; ties in kind-then-id order.
    public let entries: [Entry]
  }

  public let years: [Year]
  /// Topics that passed the filters but have no year, so are not on the timeline.
  public let undated: [TopicRef]
}

extension TopicGraph {
  /// `topics` placed on a timeline, keeping the years `range` allows (nil: every year).
  public func timeline(of topics: [Topic], years range: YearRange?) -> Timeline {
    var undated: [TopicRef] = []
    var years: [Timeline.Year] = []
    var current: (year: Int, entries: [Timeline.Entry])?
    for topic in sorted(topics, by: .year) {
      guard let year = topic.releaseMonth.year else {
        undated.append(TopicRef(topic))
        continue
      }
      if let range, !range.contains(year) { continue }
      let related = neighbors(of: topic)
      func forward(_ relation: Relation) -> [TopicRef] {
        related.first { $0.label == EdgeLabel(relation) }?.topics.map(TopicRef.init) ?? []
      }
      let entry = Timeline.Entry(
        topic: TopicRef(topic), month: topic.releaseMonth.month,
        organizations: forward(.organization), family: forward(.family))
      if current?.year == year {
        current?.entries.append(entry)
      } else {
        if let current { years.append(Timeline.Year(year: current.year, entries: current.entries)) }
        current = (year, [entry])
      }
    }
    if let current { years.append(Timeline.Year(year: current.year, entries: current.entries)) }
    return Timeline(years: years, undated: undated)
  }
}
