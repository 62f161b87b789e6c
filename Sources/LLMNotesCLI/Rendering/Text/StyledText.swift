/// Text whose runs have roles (bold, code, link…), measured and wrapped as plain characters;
/// escape codes are added only when a line is written.
struct StyledText: Sendable {
  private(set) var characters: [Character] = []
  private(set) var roles: [TextStyle.Role] = []

  init() {}

  init(_ text: String, _ role: TextStyle.Role = .plain) { append(text, role) }

  mutating func append(_ text: String, _ role: TextStyle.Role = .plain) {
    for character in text {
      characters.append(character)
      roles.append(role)
    }
  }

  mutating func append(_ other: StyledText) {
    characters += other.characters
    roles += other.roles
  }

  var isEmpty: Bool { characters.isEmpty }
  var width: Int { characters.reduce(0) { $0 + DisplayWidth.of($1) } }
  var plain: String { String(characters) }

  /// Lines of at most `width` columns, by `LineBreaker`'s rules.
  func wrapped(to width: Int) -> [StyledText] {
    LineBreaker.lines(characters, width: width).map { range in
      var line = StyledText()
      line.characters = Array(characters[range])
      line.roles = Array(roles[range])
      return line
    }
  }

  /// The line with its escape codes (none when `style` is off).
  func rendered(_ style: TextStyle) -> String {
    guard style.isEnabled else { return String(characters) }
    var out = ""
    var index = 0
    while index < characters.count {
      let role = roles[index]
      var end = index
      while end < characters.count, roles[end] == role { end += 1 }
      out += style.apply(role, String(characters[index..<end]))
      index = end
    }
    return out
  }
}
