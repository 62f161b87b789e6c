extension TopicGraph {
  /// The note's body for reading: each `[[id]]` becomes the linked topic's title and each
  /// `[[id|text]]` its text, exactly where the parser found links (code stays as written).
  public func readableBody(of topic: Topic) -> String {
    let links = (topic.references[.links] ?? []).compactMap { link in
      link.bodyRange.map { (range: $0, text: link.label ?? self[link.id]?.title ?? link.id) }
    }
    guard !links.isEmpty else { return topic.body }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(topic.bodyBytes.count)
    var position = topic.bodyBytes.startIndex
    for link in links
    where link.range.lowerBound >= position && link.range.upperBound <= topic.bodyBytes.endIndex {
      bytes += topic.bodyBytes[position..<link.range.lowerBound]
      bytes += link.text.utf8
      position = link.range.upperBound
    }
    bytes += topic.bodyBytes[position...]
    return String(decoding: bytes, as: UTF8.self)
  }
}
