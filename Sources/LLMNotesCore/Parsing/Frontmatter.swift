/// The frontmatter as written: keys and values, not yet checked against the vocabulary.
struct Frontmatter {
  struct Scalar {
    let text: String
    let line: Int
    let column: Int
  }

  enum Value {
    case scalar(Scalar)
    case list([Scalar])
  }

  struct Entry {
    let key: String
    let line: Int
    let value: Value
  }

  var entries: [Entry] = []
}

/// A note split into frontmatter and body; `bodyLine` is the body's first line in the file.
struct RawNote {
  let frontmatter: Frontmatter
  let bodyBytes: ArraySlice<UInt8>
  let bodyLine: Int
}
