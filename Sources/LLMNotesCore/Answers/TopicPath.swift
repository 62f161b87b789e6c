/// The answer to `path`: chains of relations from one topic to another, each step in the
/// direction its note declares it.
public struct TopicPath: Sendable {
  /// One hop: `from` reaches `to` over `label` as seen from `from`. An inverse label means
  /// the relation is declared by `to` (`Encoder-only ←architecture— RoBERTa`).
  public struct Step: Sendable, Equatable {
    public let from: TopicRef
    public let label: EdgeLabel
    public let to: TopicRef
  }

  /// Why listing every path stopped early.
  public enum CutOff: Sendable, Equatable {
    /// `count` paths were found and listing stopped there.
    case count(Int)
    /// The search looked at `steps` partial paths and gave up, so a path may be missing.
    case steps(Int)
  }

  public let from: TopicRef
  public let to: TopicRef
  /// Shortest first; a single shortest path unless every path was asked for. Empty when
  /// there is none.
  public let paths: [[Step]]
  /// Every simple path up to this many hops was asked for.
  public let maximumHops: Int?
  public let cutOff: CutOff?
}
