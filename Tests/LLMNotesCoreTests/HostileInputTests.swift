import Testing

@testable import LLMNotesCore

/// Notes built to be slow or to be misread (issue 10). Each time bound is a generous multiple of
/// the release target (≤ 50 ms a note, ≤ 2 s a case), so a debug build on a busy machine passes
/// while a quadratic algorithm, seconds to minutes at these sizes, still fails.
@Suite("Hostile notes load in linear time and are never misread")
struct HostileInputTests {
  /// Runs `body` and checks it finished within `seconds`.
  func within<Value>(
    _ seconds: Int, _ what: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ body: () throws -> Value
  ) rethrows -> Value {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    let elapsed = clock.now - start
    #expect(elapsed < .seconds(seconds), "\(what) took \(elapsed)", sourceLocation: sourceLocation)
    return value
  }

  /// Five digits, so items are one width and 100,000 of them fit under the size limit.
  func padded(_ number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
  }

  @Test("100,000 aliases in one flow list")
  func manyAliases() {
    let aliases = (0..<100_000).map { "a" + padded($0) }
    let many = NoteFile(
      path: "models/many.md",
      text:
        "---\ntitle: Many\naliases: [\(aliases.joined(separator: ", "))]\nsummary: s\nsources: [x]\n---\n正文。\n"
    )
    let base = within(20, "100,000 aliases") { load([many]) }
    #expect(base.diagnostics.map(\.brief) == [])
    #expect(base.graph["many"]?.aliases.count == 100_000)
    #expect((try? base.graph.topic(named: "A99999").id) == "many")
  }

  @Test("100,000 unknown keys, each reported once at its line")
  func manyUnknownKeys() {
    let keys = (0..<100_000).map { "k" + padded($0) + ": 1" }.joined(separator: "\n")
    let file = note("models/keys.md", fields(title: "Keys") + "\n" + keys)
    let base = within(30, "100,000 unknown keys") { load([file]) }
    let unknown = base.diagnostics.filter { $0.rule == .unknownField }
    #expect(unknown.count == 100_000)
    #expect(unknown.last?.location.line == 6 + 99_999)
    #expect(base.graph["keys"] != nil)
  }

  @Test("a key given again after 40 others is still a duplicate")
  func duplicateKeyAmongMany() {
    let keys = (0..<40).map { "k\($0): 1" }.joined(separator: "\n")
    let file = note("models/keys.md", fields(title: "Keys") + "\n" + keys + "\nk3: 2")
    let duplicates = load([file]).diagnostics.filter { $0.rule == .duplicateKey }
    #expect(duplicates.map(\.brief) == ["duplicate-key@46:1"])
  }

  @Test("two notes sharing 20,000 aliases: each shared name reported once, with both places")
  func sharedAliases() {
    let aliases = (0..<20_000).map { "s" + padded($0) }.joined(separator: ", ")
    let files = ["first", "second"].map {
      NoteFile(
        path: "models/\($0).md",
        text: "---\ntitle: \($0)\nsummary: s\nsources: [x]\naliases: [\(aliases)]\n---\n正文。\n")
    }
    let base = within(20, "20,000 shared aliases") { load(files) }
    let duplicates = base.diagnostics.filter { $0.rule == .duplicateAlias }
    #expect(duplicates.count == 20_000)
    #expect(
      duplicates.first?.message == "the name 's00000' is also claimed by 'first'; names must be unique")
    #expect(duplicates.first?.notes.map(\.location.description) == ["models/first.md:5:1"])
    #expect(duplicates.allSatisfy { $0.location == LLMNotesCore.SourceLocation(path: "models/second.md", line: 5) })
  }

  @Test("a name claimed by 2,000 notes costs no search of its claimants")
  func oneNameManyClaimants() throws {
    let files = (0..<2_000).map {
      NoteFile(
        path: "models/n\($0).md",
        text: "---\ntitle: N\($0)\nsummary: s\nsources: [x]\naliases: [shared, shared]\n---\n")
    }
    let base = within(20, "2,000 claimants") { load(files) }
    #expect(base.diagnostics.filter { $0.rule == .duplicateAlias }.count == 1_999)
    #expect(throws: LookupError.self) { try base.graph.topic(named: "shared") }
  }

  @Test("a 100,000-letter name one edit from a broken relation: did-you-mean stays fast")
  func longNearMiss() {
    let name = String(repeating: "a", count: 100_000)
    let files = [
      note("models/long.md", fields(title: "Long", "")).replacingAliases(with: name),
      note("models/near.md", fields(title: "Near", "based-on: \(name)b")),
    ]
    let base = within(10, "a 100,000-letter near miss") { load(files) }
    #expect(base.diagnostics.map(\.rule) == [.brokenRelation])
    within(5, "looking up a 100,000-letter near miss") {
      #expect(throws: LookupError.self) { try base.graph.topic(named: name + "b") }
    }
  }

  @Test("one note related to 20,000 notes links in linear time")
  func manyRelations() {
    let tasks = (0..<20_000).map { "t" + padded($0) }
    var files = tasks.map { note("tasks/\($0).md", fields(title: "Task \($0)")) }
    files.append(
      note("models/hub.md", fields(title: "Hub", "tasks: [\(tasks.joined(separator: ", "))]")))
    let base = within(30, "20,000 relations") { load(files) }
    #expect(base.diagnostics.map(\.brief) == [])
    guard let hub = base.graph["hub"] else {
      Issue.record("no hub")
      return
    }
    #expect(base.graph.neighbors(of: hub).first?.topics.count == 20_000)
  }

  @Test("50,000 distinct broken ids among 5,000 notes: did-you-mean stays within its budget")
  func manyBrokenIDs() {
    var files = (0..<5_000).map { note("tasks/n\(padded($0)).md", fields(title: "N\($0)")) }
    let broken = (0..<50_000).map { "x" + padded($0) }.joined(separator: ", ")
    files.append(note("models/lost.md", fields(title: "Lost", "tasks: [\(broken)]")))
    let base = within(30, "50,000 broken ids") { load(files) }
    #expect(base.diagnostics.filter { $0.rule == .brokenRelation }.count == 50_000)
    // The first ones get a hint: 'x00001' is one edit from 'n00001'.
    #expect(
      base.diagnostics.first { $0.rule == .brokenRelation }?.message
        == "no note has the id 'x00000'. Did you mean 'n00000'?")
  }

  @Test("a line of 100,000 flow items keeps exact columns, in linear time")
  func columnsAfterManyItems() {
    let items = (0..<100_000).map { "i" + padded($0) }.joined(separator: ", ")
    let file = note("models/cols.md", fields(title: "Cols", "tasks: [\(items), [nested]]"))
    let base = within(20, "100,000 items and an error at the end") { load([file]) }
    // `tasks: [` is 8 characters, each item and its `, ` 8 more.
    #expect(base.diagnostics.map(\.brief) == ["unsupported-yaml@6:\(9 + 8 * 100_000)"])
  }

  @Test(
    "a 1 MiB line of '[' (an unclosed [[) loads within the per-note target"
  )
  func openBrackets() {
    let file = note(
      "models/brackets.md", fields(title: "Brackets"),
      body: String(repeating: "[", count: NoteLimits.maximumBytes - 200))
    let base = within(10, "a 1 MiB line of '['") { load([file]) }
    #expect(base.graph["brackets"] != nil)
  }

  @Test(
    "100,000 wikilinks on one line load within the per-note target"
  )
  func manyWikilinks() {
    let links = (0..<100_000).map { "[[t\(10 + $0 % 90)]]" }.joined(separator: " ")
    let file = note("models/links.md", fields(title: "Links"), body: links + "\n")
    let base = within(10, "100,000 wikilinks") { load([file]) }
    #expect(base.diagnostics.filter { $0.rule == .brokenWikilink }.count == 100_000)
  }

  // MARK: No silent misreading

  @Test(
    "an unknown escape in a double-quoted string is an error at its backslash",
    arguments: [
      (#"title: "A\u0000B""#, "invalid-escape@2:10"),
      (#"title: "C:\Users\new""#, "invalid-escape@2:11"),
      (#"title: "中文\q""#, "invalid-escape@2:11"),
      (#"aliases: [ok, "bad\x41"]"#, "invalid-escape@2:19"),
    ])
  func unknownEscape(line: String, expected: String) {
    var parser = FrontmatterParser(path: "models/x.md", bytes: Array("---\n\(line)\n---\n".utf8))
    _ = parser.parse()
    #expect(parser.diagnostics.map(\.brief) == [expected])
    #expect(parser.diagnostics.first?.rule.dropsNote == true)
  }

  @Test("the four documented escapes read as written")
  func knownEscapes() {
    var parser = FrontmatterParser(
      path: "models/x.md", bytes: Array(#"---\#ntitle: "q\" b\\ n\n t\t."\#n---\#n"#.utf8))
    let raw = parser.parse()
    #expect(parser.diagnostics.isEmpty)
    guard case .scalar(let title)? = raw?.frontmatter.entries.first?.value else {
      Issue.record("no title")
      return
    }
    #expect(title.text == "q\" b\\ n\n t\t.")
  }

  @Test("a relation from a note to itself is a warning; the note still loads")
  func selfRelation() {
    let file = note("models/bert.md", fields(title: "BERT", "based-on: bert"))
    let base = load([file])
    #expect(base.diagnostics.map(\.brief) == ["self-relation@6:11"])
    #expect(base.diagnostics.first?.severity == .warning)
    #expect(base.graph["bert"] != nil)
  }

  // MARK: Name folding

  @Test(
    "full-width, decomposed and symbol-only names find their note",
    arguments: [
      ("ＢＥＲＴ", "bert"), ("ｂｅｒｔ－ｂａｓｅ", "bert"), ("Cle\u{301}ment", "clement"),
      ("Clément", "clement"), ("CLE\u{301}MENT", "clement"), ("🤗", "hugging-face"),
      ("🤗\u{FE0F}", "hugging-face"),
    ])
  func folding(name: String, id: String) throws {
    let rest = "summary: s\nsources: [x]"
    let files = [
      note("models/bert.md", "title: BERT\naliases: [bert-base]\n" + rest),
      // The alias precomposed, the title decomposed: either spelling finds either.
      note("organizations/clement.md", "title: Cle\u{301}ment Org\naliases: [Clément]\n" + rest),
      note("organizations/hugging-face.md", "title: Hugging Face\naliases: [\"🤗\"]\n" + rest),
    ]
    let base = load(files)
    #expect(base.diagnostics.map(\.brief) == [])
    #expect(try base.graph.topic(named: name).id == id)
  }

  @Test("a misspelt decomposed name still gets a suggestion")
  func decomposedSuggestion() {
    let base = load([note("organizations/clement.md", fields(title: "Clément"))])
    #expect(throws: LookupError.unknown(name: "Cle\u{301}mant", suggestions: base.graph.topics.map(TopicRef.init))) {
      try base.graph.topic(named: "Cle\u{301}mant")
    }
  }

  @Test("an alias nothing can look up is reported as unreachable")
  func unreachableName() {
    let file = note(
      "models/x.md", fields(title: "X").replacingOccurrences("X alias", "\"\u{200B}\", ok"))
    let base = load([file])
    #expect(base.diagnostics.map(\.brief) == ["unreachable-name@3:1"])
    #expect(base.diagnostics.first?.severity == .warning)
  }

  // MARK: Edit distance

  @Test("the banded edit distance agrees with the full table on random names")
  func bandedDistance() {
    var random = SystemRandomNumberGenerator()
    let alphabet = Array("abcd".unicodeScalars)
    for _ in 0..<3_000 {
      let a = (0..<Int.random(in: 0...9, using: &random)).map { _ in
        alphabet[Int.random(in: 0..<4, using: &random)]
      }
      let b = (0..<Int.random(in: 0...9, using: &random)).map { _ in
        alphabet[Int.random(in: 0..<4, using: &random)]
      }
      let limit = Int.random(in: 1...3, using: &random)
      let full = fullDistance(a, b)
      #expect(
        EditDistance.distance(a, b, limit: limit) == (full <= limit ? full : nil),
        "\(String(String.UnicodeScalarView(a))) / \(String(String.UnicodeScalarView(b))), limit \(limit)"
      )
    }
  }

  /// Optimal string alignment distance, the whole table: the reference for the banded one.
  private func fullDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}

extension NoteFile {
  /// The same note with its aliases line replaced by one alias.
  fileprivate func replacingAliases(with alias: String) -> NoteFile {
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasPrefix("aliases:") ? "aliases: [\(alias)]" : String($0)
    }
    return NoteFile(path: path, text: lines.joined(separator: "\n"))
  }
}
