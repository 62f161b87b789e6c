@testable import LLMNotesCore

/// A note file from frontmatter lines and a body, as a learner would type it.
func note(_ path: String, _ frontmatter: String, body: String = "## 是什么\n正文。\n") -> NoteFile {
  NoteFile(path: path, text: "---\n\(frontmatter)\n---\n\(body)")
}

/// The minimum valid frontmatter, with `extra` lines after it.
func fields(title: String, _ extra: String = "") -> String {
  """
  title: \(title)
  aliases: [\(title) alias]
  summary: 一句话简介。
  sources: [LLM领域概览 (000)]
  """ + (extra.isEmpty ? "" : "\n" + extra)
}

/// A small, valid knowledge base covering each relation shape.
let tinyNotes: [NoteFile] = [
  note(
    "architectures/encoder-only.md",
    fields(title: "Encoder-only", "objectives: [mlm]\ntasks: [summarization]")),
  note("architectures/decoder-only.md", fields(title: "Decoder-only")),
  note("objectives/mlm.md", fields(title: "Masked LM")),
  note(
    "organizations/google.md", fields(title: "Google").replacingOccurrences("Google alias", "谷歌")),
  note("organizations/openai.md", fields(title: "OpenAI")),
  note(
    "tasks/summarization.md", fields(title: "摘要").replacingOccurrences("摘要 alias", "Summarization")),
  note(
    "models/bert.md",
    fields(
      title: "BERT",
      """
      year: 2018
      architecture: encoder-only
      objectives: [mlm]
      organization: google
      tasks:
        - summarization
      """), body: "BERT 见 [[gpt-2|GPT-2]] 与 [[mlm]]。\n"),
  note(
    "models/gpt-2.md",
    fields(title: "GPT-2", "year: 2019\narchitecture: decoder-only\norganization: openai")),
  note(
    "models/m2m100.md",
    fields(title: "M2M-100", "architecture: encoder-only\ntasks: [summarization]")),
]

func load(_ files: [NoteFile]) -> KnowledgeBase { KnowledgeBase(files: files) }

extension String {
  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

extension Diagnostic {
  var brief: String { "\(rule.rawValue)@\(location.line):\(location.column)" }
}
