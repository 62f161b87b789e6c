import LLMNotesCore
import Testing

@testable import LLMNotesCLI

/// One parser reads every command line against the command's declared options.
@Suite("Argument parser")
struct ArgumentParserTests {
  func parse(_ words: [String], _ spec: CommandSpec = ListCommand.spec) throws(UsageError)
    -> ParsedArguments
  {
    try ArgumentParser.parse(words, for: spec)
  }

  @Test("--name value and --name=value; -- ends options")
  func forms() throws {
    let parsed = try parse(["--task", "摘要", "--kind=model", "--notes", "x"])
    #expect(parsed.texts("tasks") == ["摘要"])
    #expect(parsed.kinds("kind") == [.model])
    #expect(parsed.text("notes") == "x")
    let show = try parse(["--", "--json"], ShowCommand.spec)
    #expect(show.words == ["--json"])
  }

  @Test(
    "every spelling of a kind or relation: singular, plural, Chinese",
    arguments: [
      (["--category", "x"], "categories"), (["--categories", "x"], "categories"),
      (["--模型类别", "x"], "categories"), (["--task", "x"], "tasks"), (["--model", "x"], "models"),
    ])
  func spellings(words: [String], option: String) throws {
    #expect(try parse(words).texts(option) == ["x"])
  }

  @Test("kinds by any name; a repeated --kind keeps every kind")
  func kinds() throws {
    #expect(try parse(["--kind", "模型", "--kind", "Questions", "--kind", "面试题"]).kinds("kind") == [.model, .question, .question])
  }

  @Test("years are ranges, checked before anything is read")
  func years() throws {
    #expect(try parse(["--year", "2019..2021"]).years("year") == YearRange(lower: 2019, upper: 2021))
    #expect(try parse(["--year", "2019.."]).years("year") == YearRange(lower: 2019, upper: nil))
    #expect(try parse(["--year", "..2018"]).years("year") == YearRange(lower: nil, upper: 2018))
  }

  @Test(
    "mistakes are usage errors with the exact message",
    arguments: [
      (["--jsn"], ShowCommand.spec, "unknown option '--jsn' for 'show'. Did you mean '--json'?"),
      (["--year", ">2020"], ListCommand.spec, "'>2020' is not a year or a range; write 2019, 2019..2021, 2019.. or ..2018"),
      (["--year", ""], ListCommand.spec, "'--year' needs a value, not an empty one"),
      (["--kind", "modle"], ListCommand.spec, "no kind named 'modle'. Did you mean 'model'? (kinds: architecture, model, task, stage, objective, technique, tool, organization, domain, concept, benchmark, dataset, category, challenge, question)"),
      (["--format", "xml"], ListCommand.spec, "'xml' is not a value of '--format'; use one of: text, json"),
      (["--json=yes"], ListCommand.spec, "'--json' takes no value"),
      (["--notes"], ListCommand.spec, "'--notes' needs a value"),
      (["--year", "2019", "--year", "2020"], ListCommand.spec, "'--year' is given more than once"),
      (["bert"], ListCommand.spec, "'list' takes no arguments, but was given 'bert'"),
      ([], ShowCommand.spec, "'show' needs a <name>"),
      (["bert"], CompareCommand.spec, "'compare' needs at least 2 <name> arguments"),
      (["--taks", "ner"], ListCommand.spec, "unknown option '--taks' for 'list'. Did you mean '--tasks'?"),
    ] as [([String], CommandSpec, String)])
  func mistakes(words: [String], spec: CommandSpec, message: String) {
    #expect(throws: UsageError.self) { try parse(words, spec) }
    do {
      _ = try parse(words, spec)
    } catch {
      #expect(error.message == message)
    }
  }

  @Test("every option spelling of a command is unique")
  func uniqueSpellings() {
    for spec in Commands.specs {
      let spellings = spec.allOptions.flatMap(\.spellings)
      #expect(Set(spellings).count == spellings.count, "\(spec.name) repeats a spelling")
    }
  }
}
