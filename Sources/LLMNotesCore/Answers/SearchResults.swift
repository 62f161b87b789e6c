/// The answer to `search`: the best hits in rank order, each with the passages that show why.
public struct SearchResults: Sendable {
  public struct Hit: Sendable {
    public let topic: TopicRef
    /// BM25F with the phrase bonus; higher is better. Exact name hits come first whatever
    /// their score.
    public let score: Double
    /// The query is the topic's title, id or one of its aliases.
    public let isNameMatch: Bool
    /// One or two passages, the best first.
    public let snippets: [Snippet]
  }

  /// The sentence of a note that matches best, and where the query's terms are in it.
  public struct Snippet: Sendable, Equatable {
    public let text: String
    /// Unicode scalar offsets into `text`, in order, never overlapping.
    public let matches: [Range<Int>]
    /// The section heading above the sentence (`工作原理`), when it is in the body.
    public let section: String?
    /// `title`, `aliases`, `summary`, `fields` or `body`.
    public let field: String
  }

  public let query: String
  /// The query's terms as searched (`rope`, `位置`, `置编`, `编码`).
  public let terms: [String]
  public let hits: [Hit]
  /// Topics that contain every term of the query (hits are at most `limit` of them, and may
  /// include topics matching only some terms, ranked lower).
  public let matchingAll: Int
  /// Topics that contain at least one term.
  public let matchingAny: Int
}
