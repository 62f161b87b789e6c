/// The environment variables the tool reads, declared once for the man page and the README.
enum EnvironmentVariables {
  static let all: [(name: String, meaning: String)] = [
    ("LLMNOTES_NOTES", "The notes folder when --notes is not given (default: the built-in notes)."),
    (
      "LLMNOTES_PAGER",
      "The pager for output taller than the terminal; an empty value or 'cat' turns paging off."
    ),
    ("PAGER", "The pager when LLMNOTES_PAGER is not set (default: less)."),
    ("LESS", "Options for less; set to FRX when not set, so colours show and short text quits."),
    ("LV", "Options for lv; set to -c when not set, for colours."),
    (
      "COLUMNS",
      "The width when standard output is not a terminal (default: 100; at least 20)."
    ),
    ("NO_COLOR", "When set and not empty, no colour in --color auto."),
    ("CLICOLOR_FORCE", "When set and not 0, colour in --color auto even off a terminal."),
    ("TERM", "'dumb' turns colour off in --color auto."),
    (
      "LLMNOTES_ASCII",
      "When set and not 0, ASCII borders and marks, as --ascii (for terminals that draw "
        + "ambiguous-width characters such as │ ─ ≠ • · “ ” two columns wide)."
    ),
  ]
}
