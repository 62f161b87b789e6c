/// A labelled link from one topic to another, by index into the graph's topics.
struct Edge: Hashable, Sendable {
  let label: EdgeLabel
  let target: Int
}
