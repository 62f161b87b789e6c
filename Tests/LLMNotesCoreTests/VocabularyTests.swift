import Testing

@testable import LLMNotesCore

@Suite("Vocabulary")
struct VocabularyTests {
  @Test("kinds sort in declaration order")
  func kindOrder() {
    #expect(Kind.allCases.sorted() == Kind.allCases)
  }

  @Test("edge labels sort as EdgeLabel.all lists them, and every name is unique")
  func labelOrder() {
    #expect(EdgeLabel.all.sorted() == EdgeLabel.all)
    #expect(Set(EdgeLabel.all.map(\.name)).count == EdgeLabel.all.count)
  }

  @Test("links come last, after every typed relation (the graph adds them last)")
  func linksLast() {
    #expect(Relation.allCases.last == .links)
  }

  @Test("every relation's inverse is walked back to itself")
  func inverses() {
    for label in EdgeLabel.all { #expect(label.reversed.reversed == label) }
  }
}
