/// A note's body parsed once, generically, into blocks and inline spans. Wikilink edges, the
/// rendered page, search and quiz cards all read this one tree.
///
/// Nodes hold byte ranges into `source` (which shares the note's storage), so the tree costs a
/// few words per node and no copy of the text; `text(_:)` decodes a range when it is printed.
public struct MarkdownDocument: Sendable, Equatable {
  /// The body's bytes, valid UTF-8.
  public let source: ArraySlice<UInt8>
  public let blocks: [Block]
  /// Every wikilink, in reading order (code never produces one).
  public let links: [Wikilink]

  public indirect enum Block: Sendable, Equatable {
    /// `## 工作原理` → level 2.
    case heading(level: Int, content: [Inline], line: Int)
    /// Lines of one paragraph; each line's spans, in order.
    case paragraph(lines: [[Inline]], line: Int)
    /// Items, each a list of blocks; `start` is the first number of an ordered list.
    case list(ordered: Bool, start: Int, items: [[Block]], line: Int)
    /// A fenced code block: the info string and the lines as written (never parsed further).
    case code(info: Range<Int>, lines: [Range<Int>], line: Int)
    /// A pipe table: header cells, then rows of cells.
    case table(header: [[Inline]], rows: [[[Inline]]], line: Int)
    case quote([Block], line: Int)
    /// `---`, `***` on a line of their own.
    case rule(line: Int)

    /// The line in the note file where the block starts.
    public var line: Int {
      switch self {
      case .heading(_, _, let line), .paragraph(_, let line), .list(_, _, _, let line),
        .code(_, _, let line), .table(_, _, let line), .quote(_, let line), .rule(let line):
        line
      }
    }
  }

  public indirect enum Inline: Sendable, Equatable {
    case text(Range<Int>)
    case code(Range<Int>)
    case emphasis([Inline])
    case strong([Inline])
    case link(Wikilink)
  }

  /// `[[id]]` or `[[id|shown text]]`.
  public struct Wikilink: Sendable, Equatable {
    public let target: String
    /// The bytes of the shown text, for `[[id|text]]`.
    public let label: Range<Int>?
    /// Line and column (Unicode scalars) in the note file.
    public let line: Int
    public let column: Int
  }

  /// The text of a range of `source`.
  public func text(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: source.startIndex..<source.endIndex)
    return String(decoding: source[clamped], as: UTF8.self)
  }

  /// The plain text of spans: code as written, a link by its label or `title(target)`.
  public func plainText(_ spans: [Inline], title: (String) -> String) -> String {
    var out = ""
    for span in spans {
      switch span {
      case .text(let range), .code(let range): out += text(range)
      case .emphasis(let inner), .strong(let inner): out += plainText(inner, title: title)
      case .link(let link): out += link.label.map(text) ?? title(link.target)
      }
    }
    return out
  }
}
