import LLMNotesCore

/// `llmnotes man`: the manual page in roff, generated from the command schemas, the exit codes
/// and the environment variables, like `--help` and the README's reference.
enum ManPage {
  static var roff: String {
    var out = """
      .TH LLMNOTES 1 "" "llmnotes \(CLI.version)" "User Commands"
      .SH NAME
      llmnotes \\- study notes on large language models, as a graph you can query
      .SH SYNOPSIS
      .B llmnotes
      .I command
      [\\fIarguments\\fR] [\\fIoptions\\fR]
      .br
      .B llmnotes
      [\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR]
      .SH DESCRIPTION
      Notes on large language models (architectures, models, tasks, training objectives,
      organizations and more) are typed topics linked to each other. The commands show one
      topic, compare topics side by side, list topics by kind, year and relation, and check a
      notes folder. The built-in notes are compiled into the binary; \\fB\\-\\-notes\\fR reads
      your own folder instead.
      .PP
      On a terminal, output is coloured, wrapped to the terminal's width with Chinese
      line-breaking rules, and paged when it is taller than the screen.
      .SH COMMANDS

      """
    for spec in Commands.specs where !spec.isHidden {
      out += ".SS \"\(escape(spec.usage))\"\n\(escape(spec.abstract))\n"
      if !spec.discussion.isEmpty {
        out +=
          ".PP\n" + escape(spec.discussion.split(separator: "\n").joined(separator: " ")) + "\n"
      }
      for option in spec.allOptions where !option.isHidden {
        var help = option.help
        if case .many(let meaning) = option.repetition { help += " Repeat: \(meaning)." }
        if !option.aliases.isEmpty {
          help += " Also: " + option.aliases.map { "--\($0)" }.joined(separator: ", ") + "."
        }
        out += ".TP\n\\fB\(escape(option.synopsis))\\fR\n\(escape(help))\n"
      }
      if !spec.examples.isEmpty {
        out += ".PP\nExamples:\n.RS\n.nf\n"
        for example in spec.examples {
          out += "\(escape(example.command))    # \(escape(example.meaning))\n"
        }
        out += ".fi\n.RE\n"
      }
    }
    out += ".SH \"EXIT STATUS\"\n"
    for code in ExitCode.allCases {
      out += ".TP\n.B \(code.rawValue)\n\(escape(code.meaning))\n"
    }
    out += ".SH ENVIRONMENT\n"
    for variable in EnvironmentVariables.all {
      out += ".TP\n.B \(variable.name)\n\(escape(variable.meaning))\n"
    }
    let folders = Kind.allCases.map { "\($0.folder)/" }.joined(separator: ", ")
    out += """
      .SH FILES
      .TP
      .I <dir>/<kind>/<id>.md
      A notes folder (\\fB\\-\\-notes\\fR \\fIdir\\fR or \\fBLLMNOTES_NOTES\\fR) holds one
      Markdown file per topic, with YAML front matter, in a folder named for its kind:
      \(escape(folders)).
      Run \\fBllmnotes check \\-\\-notes\\fR \\fIdir\\fR to find mistakes, reported as
      path:line:column.
      .SH "SEE ALSO"
      .BR less (1)

      """
    return out
  }

  /// Text safe as roff: backslashes and dashes escaped, a leading `.` or `'` made literal.
  static func escape(_ text: String) -> String {
    let escaped = text.replacing("\\", with: "\\e").replacing("-", with: "\\-")
    return escaped.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
    }.joined(separator: "\n")
  }
}
