import Foundation
import Testing

@testable import LLMNotesCore

/// Consistency rules of the knowledge base that can be checked mechanically. The rules
/// themselves are written in Notes/README.md ("Conventions for relations and categories").
/// Uses `repositoryNotes` (KnowledgeBaseTests.swift): the repository's own Notes/ folder.
@Suite("The knowledge base is consistent with its own rules")
struct KnowledgeConsistencyTests {
  var graph: TopicGraph { repositoryNotes.graph }

  static let openness: Set<String> = ["open-source-model", "open-weights-model", "closed-model"]

  /// The ids a topic declares under `relation`, in the order written.
  static func ids(_ topic: Topic, _ relation: Relation) -> [String] {
    (topic.references[relation] ?? []).map(\.id)
  }

  // MARK: Openness

  @Test("each model has exactly one openness category")
  func oneOpennessCategory() {
    let models = graph.topics.filter { $0.kind == .model }
    #expect(!models.isEmpty)
    for model in models {
      let found = Set(Self.ids(model, .categories)).intersection(Self.openness)
      #expect(found.count == 1, "\(model.path): openness categories \(found.sorted())")
    }
  }

  @Test("an open-source model says in its body what its licence is")
  func openSourceModelsNameTheirLicence() {
    let licences = ["Apache", "MIT", "BSD", "许可"]
    for model in graph.topics where model.kind == .model {
      guard Self.ids(model, .categories).contains("open-source-model") else { continue }
      #expect(
        licences.contains { model.body.contains($0) },
        "\(model.path): an open-source model should name its licence in the body")
    }
  }

  // MARK: Architecture

  @Test("every model has an architecture, or says it is undisclosed and explains why")
  func architectureKnownOrUndisclosed() {
    for model in graph.topics where model.kind == .model {
      let undisclosed = model.undisclosed.contains(.architecture)
      let declared = !Self.ids(model, .architecture).isEmpty
      #expect(declared != undisclosed, "\(model.path): architecture or `undisclosed`, one of them")
      if undisclosed {
        let phrases = ["undisclosed", "未公开", "没有公开", "不公开", "未披露", "不予披露"]
        #expect(
          phrases.contains { model.body.contains($0) },
          "\(model.path): an undisclosed architecture is explained in the body")
      }
    }
  }

  // MARK: Organizations

  /// Foundations that host projects created elsewhere; by the `organization` rule (creator only)
  /// nothing in the notes is developed by them.
  static let hostsOnly = ["apache-software-foundation", "eclipse-foundation"]

  @Test("a foundation that only hosts projects is never listed as their developer")
  func hostsDevelopNothing() {
    for id in Self.hostsOnly {
      guard let host = graph[id] else { continue }
      let developed =
        graph.neighbors(of: host).first { $0.label.name == "developed" }?.topics ?? []
      #expect(developed.isEmpty, "\(id) should develop nothing, lists \(developed.map(\.id))")
    }
  }

  @Test("every organization a note lists is named in that note's body")
  func organizationsNamedInBody() {
    for topic in graph.topics {
      let body = NameKey.normalize(topic.body)
      let links = Set(Self.ids(topic, .links))
      for id in Self.ids(topic, .organization) {
        guard let organization = graph[id] else { continue }
        let named =
          links.contains(id)
          || organization.names.contains { name in
            let key = NameKey.normalize(name)
            return key.count >= 2 && body.contains(key)
          }
        #expect(named, "\(topic.path): organization '\(id)' is not named in the body")
      }
    }
  }

  /// The bullets of a note's `## 种子笔记勘误` section, normalized like names are.
  static func errataBullets(_ topic: Topic) -> [String] {
    let body = topic.body
    guard let start = body.range(of: "## 种子笔记勘误") else { return [] }
    var section = String(body[start.upperBound...])
    if let end = section.range(of: "\n## ") { section = String(section[..<end.lowerBound]) }
    return ("\n" + section).components(separatedBy: "\n- ").map { NameKey.normalize($0) }
      .filter { !$0.isEmpty }
  }

  /// Normalized names long enough to be matched inside running text.
  static func matchableNames(_ topic: Topic) -> [String] {
    topic.names.map { NameKey.normalize($0) }.filter { key in
      key.unicodeScalars.allSatisfy(\.isASCII) ? key.count >= 3 : key.count >= 2
    }
  }

  /// Phrases that, right before or after an organization's name, say it did not create the thing
  /// ("不是 Google", "ASF 是托管…", "Apache 软件基金会提供的是…平台").
  static let denialsBefore = ["不是", "并非", "而非"]
  static let denialsAfter = ["托管", "是托管", "只是托管", "是后来的", "提供的是", "本身并不"]

  @Test("no organization develops a topic whose errata say it did not create it")
  func errataAgreeWithOrganizations() {
    for topic in graph.topics {
      let topicNames = Self.matchableNames(topic)
      for id in Self.ids(topic, .organization) {
        guard let organization = graph[id] else { continue }
        let organizationNames = Self.matchableNames(organization)
        // The erratum may sit in the topic's note or in the organization's note.
        for bullet in Self.errataBullets(topic) + Self.errataBullets(organization)
        where topicNames.contains(where: { bullet.contains($0) }) {
          for name in organizationNames {
            let denied =
              Self.denialsBefore.contains { bullet.contains($0 + name) }
              || Self.denialsAfter.contains { bullet.contains(name + $0) }
            #expect(
              !denied,
              "\(topic.path): lists '\(id)' as organization, but an erratum says '\(name)' did not create it"
            )
          }
        }
      }
    }
  }

  // MARK: Names

  @Test("every title and alias finds its own note")
  func namesResolveToTheirNote() {
    for topic in graph.topics {
      for name in [topic.title] + topic.aliases {
        let found = try? graph.topic(named: name)
        #expect(
          found?.id == topic.id,
          "\(topic.path): '\(name)' finds \(found?.id ?? "nothing") instead of '\(topic.id)'")
      }
    }
  }

  // MARK: Seed terms

  /// `seed-terms.tsv` next to this file: one `term<TAB>id` per line, every term a learner may
  /// look up while reading the five seed documents, with the topic it should find.
  static let seedTermsFile = URL(filePath: #filePath).deletingLastPathComponent()
    .appending(path: "seed-terms.tsv")

  static let seedTerms: [SeedTerm] = {
    guard let text = try? String(contentsOf: seedTermsFile, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2, !line.hasPrefix("#") else { return nil }
      return SeedTerm(term: String(fields[0]), id: String(fields[1]))
    }
  }()

  @Test("seed-terms.tsv is present and large")
  func seedTermsLoaded() {
    #expect(Self.seedTerms.count >= 250, "\(Self.seedTermsFile.path) should list 250+ terms")
  }

  @Test("each seed term finds its topic", arguments: seedTerms)
  func seedTermResolves(_ entry: SeedTerm) {
    let found = try? graph.topic(named: entry.term)
    #expect(found?.id == entry.id, "'\(entry.term)' finds \(found?.id ?? "nothing")")
  }
}

/// One line of seed-terms.tsv.
struct SeedTerm: Sendable, CustomTestStringConvertible {
  let term: String
  let id: String
  var testDescription: String { "\(term) → \(id)" }
}
