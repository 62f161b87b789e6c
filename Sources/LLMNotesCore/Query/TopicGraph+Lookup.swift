extension TopicGraph {
  /// The one topic a learner meant by `name`: an id, title or alias, compared case-insensitively
  /// and ignoring spaces, hyphens and punctuation. An exact id wins over other names.
  public func topic(named name: String) throws(LookupError) -> Topic {
    let key = NameKey.normalize(name)
    let matches = key.isEmpty ? [] : names.lookup(key)
    switch matches.count {
    case 1: return topics[matches[0]]
    case 0:
      let suggestions = key.isEmpty ? [] : names.suggestions(for: key).map { TopicRef(topics[$0]) }
      throw .unknown(name: name, suggestions: suggestions)
    default:
      throw .ambiguous(
        name: name, candidates: matches.map { TopicRef(topics[$0]) }.sorted { $0.id < $1.id })
    }
  }
}
