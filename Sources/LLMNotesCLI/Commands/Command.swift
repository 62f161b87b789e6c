import LLMNotesCore

/// Every command, with what `--help` says of it. The help text, the parser and the README read
/// this one table.
enum Command: String, CaseIterable {
  case show
  case compare
  case list
  case check
  case help

  var abstract: String {
    switch self {
    case .show: "Show one topic: its fields, every linked topic in both directions, and its note."
    case .compare: "Compare topics side by side; rows where they differ are marked."
    case .list: "List topics matching every filter; with no filter, every topic by kind."
    case .check: "Check a notes folder and print every problem as path:line:column."
    case .help: "Show help for the tool or for one command."
    }
  }

  var usage: String {
    switch self {
    case .show: "llmnotes show <name>... [--json] [--notes <dir>]"
    case .compare: "llmnotes compare <name> <name> [<name>...] [--json] [--notes <dir>]"
    case .list:
      "llmnotes list [--kind <kind>] [--<relation> <name>]... [--<field> <value>]... [--json] [--notes <dir>]"
    case .check: "llmnotes check [--json] [--notes <dir>]"
    case .help: "llmnotes help [<command>]"
    }
  }

  var discussion: String {
    switch self {
    case .show:
      "<name> is an id, title or alias, in any case, with or without spaces, hyphens and\npunctuation: 'Encoder-only', 'encoder only' and '编码器模型' all find encoder-only.\nSeveral words are one name: 'llmnotes show gpt 3.5' needs no quotes."
    case .compare:
      "Rows marked '≠' differ between the topics; '=' rows are the same. What all topics share\nis listed after the table."
    case .list:
      "Filters (all must match):\n  --kind <kind>          one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", "))\n  --<relation> <name>    topics linked to <name> over that relation, e.g. --task, --architecture,\n                         --organization, --objective, --family, --stage, --models, --handled-by\n  --<field> <value>      year, parameters, mechanism, strength\nRelations: \(EdgeLabel.all.map(\.name).joined(separator: ", ")).\nA relation may be given in the singular (--task for tasks). Values resolve like names:\n--task 摘要 is --task summarization."
    case .check:
      "Prints one line per problem (path:line:column: error|warning: message [rule]) and a\nsummary. Exits 1 when there are errors, 0 otherwise. Columns count characters."
    case .help: ""
    }
  }

  var examples: [String] {
    switch self {
    case .show:
      [
        "llmnotes show encoder-only", "llmnotes show 摘要", "llmnotes show gpt 3.5",
        "llmnotes show bert --json",
      ]
    case .compare:
      ["llmnotes compare bert gpt", "llmnotes compare encoder-only decoder-only encoder-decoder"]
    case .list:
      [
        "llmnotes list --task summarization", "llmnotes list --kind model --organization google",
        "llmnotes list --architecture decoder-only --year 2023",
      ]
    case .check: ["llmnotes check", "llmnotes check --notes ~/my-notes"]
    case .help: ["llmnotes help list"]
    }
  }

  /// Options this command accepts besides the global `--notes`, `--help`.
  var acceptsJSON: Bool { self != .help }
}
