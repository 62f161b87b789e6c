/// Why a name did not lead to exactly one topic.
public enum LookupError: Error, Sendable, Equatable {
  /// No topic has that name; `suggestions` are the nearest names, closest first.
  case unknown(name: String, suggestions: [TopicRef])
  /// Several topics share that name.
  case ambiguous(name: String, candidates: [TopicRef])
}
