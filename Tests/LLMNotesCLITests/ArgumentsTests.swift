import Testing

@testable import LLMNotesCLI

@Suite("Arguments")
struct ArgumentsTests {
  @Test("positionals, --key value, --key=value, flags and --")
  func parses() throws {
    let arguments = try Arguments.parse([
      "list", "--task", "摘要", "--kind=model", "--json", "--", "--x",
    ])
    #expect(arguments.positionals == ["list", "--x"])
    #expect(arguments.options.map { "\($0.name)=\($0.value)" } == ["task=摘要", "kind=model"])
    #expect(arguments.flags == ["json"])
  }

  @Test(
    "mistakes are usage errors",
    arguments: [
      (["show", "--notes"], "'--notes' needs a value"),
      (["-x"], "unknown option '-x'"),
      (["--json=yes"], "'--json' takes no value"),
    ])
  func mistakes(words: [String], message: String) {
    #expect(throws: UsageError.self) { try Arguments.parse(words) }
    do { _ = try Arguments.parse(words) } catch { #expect(error.message == message) }
  }
}
