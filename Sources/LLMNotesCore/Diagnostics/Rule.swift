/// Every check `llmnotes check` makes, with a stable id. The README's rule table is generated
/// from `summary` and `example`, and a test fails when it is stale.
public enum Rule: String, CaseIterable, Sendable {
  case invalidUTF8 = "invalid-utf8"
  case emptyNote = "empty-note"
  case noteTooLarge = "note-too-large"
  case unreadableFile = "unreadable-file"
  case symlinkLoop = "symlink-loop"
  case notARegularFile = "not-a-regular-file"
  case invalidFileName = "invalid-file-name"
  case walkLimit = "walk-limit"
  case outsideLayout = "outside-layout"
  case unknownKind = "unknown-kind"
  case invalidID = "invalid-id"
  case missingFrontmatter = "missing-frontmatter"
  case unterminatedFrontmatter = "unterminated-frontmatter"
  case tabIndentation = "tab-indentation"
  case badIndentation = "bad-indentation"
  case unsupportedYAML = "unsupported-yaml"
  case invalidEscape = "invalid-escape"
  case duplicateKey = "duplicate-key"
  case missingField = "missing-field"
  case unknownField = "unknown-field"
  case wrongShape = "wrong-shape"
  case invalidYear = "invalid-year"
  case invalidMonth = "invalid-month"
  case duplicateID = "duplicate-id"
  case duplicateAlias = "duplicate-alias"
  case unreachableName = "unreachable-name"
  case brokenRelation = "broken-relation"
  case wrongTargetKind = "wrong-target-kind"
  case brokenWikilink = "broken-wikilink"
  case selfRelation = "self-relation"

  public var severity: Diagnostic.Severity {
    switch self {
    case .outsideLayout, .brokenWikilink, .unreachableName, .selfRelation: .warning
    default: .error
    }
  }

  /// Whether a note with this problem is left out of the graph (the others load, minus the bad part).
  var dropsNote: Bool {
    switch self {
    case .invalidUTF8, .emptyNote, .noteTooLarge, .unreadableFile, .symlinkLoop, .notARegularFile,
      .invalidFileName, .walkLimit, .outsideLayout, .unknownKind, .invalidID, .missingFrontmatter,
      .unterminatedFrontmatter, .tabIndentation, .badIndentation, .unsupportedYAML, .invalidEscape,
      .duplicateID:
      true
    default: false
    }
  }

  public var summary: String {
    switch self {
    case .invalidUTF8: "The file is not valid UTF-8; the message gives the byte offset."
    case .emptyNote: "The file is empty or only white space."
    case .noteTooLarge: "The file is larger than \(NoteLimits.maximumBytes / 1024) KiB."
    case .unreadableFile: "The file or folder cannot be read."
    case .symlinkLoop:
      "A symbolic link leads to a folder already read (a loop, or a second way in); not read again."
    case .notARegularFile: "A FIFO, socket or device named like a note; it is never opened."
    case .invalidFileName:
      "A note or folder name that is not valid UTF-8 (shown with `\\x` escapes)."
    case .walkLimit:
      "The folder walk stopped at a limit: \(WalkLimits.depth) levels, \(WalkLimits.folders) folders or \(WalkLimits.entries) entries."
    case .outsideLayout: "A Markdown file directly in the notes root, where no kind applies."
    case .unknownKind: "A note in a folder that names no kind."
    case .invalidID: "A file name that is not a lower-case id (letters, digits, `.`, `-`)."
    case .missingFrontmatter: "The note does not start with a `---` line."
    case .unterminatedFrontmatter: "The frontmatter has no closing `---` line."
    case .tabIndentation: "A tab in the frontmatter's indentation."
    case .badIndentation: "An indented line that is not a `- item` under a `key:` line."
    case .unsupportedYAML: "YAML outside the documented subset (block scalars, anchors, maps...)."
    case .invalidEscape:
      "A backslash escape in a double-quoted string other than `\\\"` `\\\\` `\\n` `\\t`."
    case .duplicateKey: "A frontmatter key given twice."
    case .missingField: "A required field (title, aliases, summary, sources) is missing or empty."
    case .unknownField: "A frontmatter key that is no field or relation."
    case .wrongShape:
      "A list of several values where the field takes one (a single value given for a list is read as a one-item list)."
    case .invalidYear: "A year that is not a four-digit year."
    case .invalidMonth: "A `released` month that is not `YYYY-MM`."
    case .duplicateID: "Two files with one id (file name); the second is ignored."
    case .duplicateAlias: "One name claimed by two notes, as id, title or alias."
    case .unreachableName:
      "A title or alias of only spaces or invisible characters, which no lookup can find."
    case .brokenRelation: "A relation value that names no note."
    case .wrongTargetKind: "A relation value that names a note of the wrong kind."
    case .brokenWikilink: "A `[[wikilink]]` in the body that names no note."
    case .selfRelation: "A relation from a note to itself; it is left out of the graph."
    }
  }

  /// A line of a broken note that triggers the rule, for the README's table.
  public var example: String {
    switch self {
    case .invalidUTF8: "a byte `0xFF` in the file"
    case .emptyNote: "a zero-byte `models/x.md`"
    case .noteTooLarge: "a 2 MiB note"
    case .unreadableFile: "a file with mode `000`"
    case .symlinkLoop: "`models/loop -> ..`"
    case .notARegularFile: "a FIFO `models/x.md`"
    case .invalidFileName: "`models/bad\\xFF.md`"
    case .walkLimit: "a folder 40 levels deep"
    case .outsideLayout: "`Notes/bert.md`"
    case .unknownKind: "`Notes/gadgets/x.md`"
    case .invalidID: "`models/My Model.md`"
    case .missingFrontmatter: "a note starting with `# BERT`"
    case .unterminatedFrontmatter: "`---` at the top and never again"
    case .tabIndentation: "`\\t- bert`"
    case .badIndentation: "`  title: BERT`"
    case .unsupportedYAML: "`summary: |`"
    case .invalidEscape: "`title: \"C:\\Users\"`"
    case .duplicateKey: "`year:` twice"
    case .missingField: "no `summary:`"
    case .unknownField: "`auther: Google`"
    case .wrongShape: "`architecture: [encoder-only, decoder-only]`"
    case .invalidYear: "`year: 2k18`"
    case .invalidMonth: "`released: 2018-13`"
    case .duplicateID: "`models/bert.md` and `concepts/bert.md`"
    case .duplicateAlias: "`aliases: [GPT]` in two notes"
    case .unreachableName: "an alias that is one zero-width space (U+200B)"
    case .brokenRelation: "`organization: gooogle`"
    case .wrongTargetKind: "`architecture: bert`"
    case .brokenWikilink: "`[[no-such-note]]`"
    case .selfRelation: "`based-on: bert` in `models/bert.md`"
    }
  }
}

/// Size limits that keep one bad file from exhausting memory.
public enum NoteLimits {
  /// Notes larger than this are reported and skipped (1 MiB: a hundred times a long note).
  public static let maximumBytes = 1 << 20
}

/// Limits that keep a hostile folder (`/`, `/proc`, a fan-out of symbolic links) from stalling
/// the walk; each one hit is reported as `walk-limit` and the rest of the walk is skipped.
public enum WalkLimits {
  /// Folders nested deeper than this below the notes folder are not read.
  public static let depth = 32
  /// At most this many folders are read (a notes folder has one per kind).
  public static let folders = 10_000
  /// At most this many directory entries are looked at, notes and other files together.
  public static let entries = 1_000_000
}
