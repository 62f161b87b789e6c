/// Where text may break into lines of at most a given width: at spaces (which are dropped),
/// and next to Chinese, Japanese and Korean characters, never splitting a Latin word or number
/// unless it alone is longer than a line, and following the Chinese rules (避头尾): no line
/// starts with closing punctuation, none ends with opening punctuation.
enum LineBreaker {
  /// The lines of `characters`, as ranges into it; `\n` always breaks.
  static func lines(_ characters: [Character], width: Int) -> [Range<Int>] {
    let width = max(1, width)
    var lines: [Range<Int>] = []
    var start = 0
    while start < characters.count {
      var lineWidth = 0
      var index = start
      var lastBreak: Int?
      var overflowed = false
      while index < characters.count, characters[index] != "\n" {
        if index > start, canBreak(characters, before: index) { lastBreak = index }
        let characterWidth = DisplayWidth.of(characters[index])
        if lineWidth + characterWidth > width, index > start {
          overflowed = true
          break
        }
        lineWidth += characterWidth
        index += 1
      }
      guard overflowed else {
        lines.append(start..<trimmedEnd(characters, start, index))
        start = index + 1
        continue
      }
      var end =
        characters[index] == " " ? index : (lastBreak.flatMap { $0 > start ? $0 : nil } ?? index)
      if end == start { end = index }
      if end == index, characters[index] != " " {
        // A word longer than the line is split where it overflows; the split still keeps
        // closing punctuation off the next line's start and opening off this line's end.
        while end - 1 > start,
          isClosing(characters[end], after: characters, end)
            || opening.contains(characters[end - 1])
        {
          end -= 1
        }
      }
      lines.append(start..<trimmedEnd(characters, start, end))
      start = end
      while start < characters.count, characters[start] == " " { start += 1 }
    }
    if lines.isEmpty { lines.append(0..<0) }
    return lines
  }

  /// Whether a line may end before `index`.
  static func canBreak(_ characters: [Character], before index: Int) -> Bool {
    let previous = characters[index - 1]
    let current = characters[index]
    if current == " " { return false }
    // A zero-width space marks a break opportunity (paths get one after each `/`).
    if previous == "\u{200B}" { return !isClosing(current, after: characters, index) }
    // A separator dot stays at the end of its line (`A ·` / `B`), never starts the next.
    if previous == " " { return !isClosing(current, after: characters, index) && current != "·" }
    let wide = DisplayWidth.of(previous) == 2 || DisplayWidth.of(current) == 2
    guard wide else { return false }
    return !isClosing(current, after: characters, index) && !opening.contains(previous)
  }

  /// Punctuation no line may start with. Half-width forms count only after wide text, where
  /// they act as Chinese punctuation.
  private static func isClosing(_ character: Character, after characters: [Character], _ index: Int)
    -> Bool
  {
    if closing.contains(character) { return true }
    guard halfWidthClosing.contains(character), index > 0 else { return false }
    return DisplayWidth.of(characters[index - 1]) == 2
  }

  static let closing: Set<Character> = [
    "。", "，", "、", "；", "：", "？", "！", "）", "」", "』", "】", "》", "〉", "’", "”", "…", "．",
    "〕", "］", "｝", "〗", "〙", "・", "々", "ー",
  ]
  static let halfWidthClosing: Set<Character> = [",", ".", ";", ":", "?", "!", ")", "]", "}"]
  static let opening: Set<Character> = [
    "（", "「", "『", "【", "《", "〈", "‘", "“", "〔", "［", "｛", "〖", "〘",
  ]

  private static func trimmedEnd(_ characters: [Character], _ start: Int, _ end: Int) -> Int {
    var end = end
    while end > start, characters[end - 1] == " " { end -= 1 }
    return end
  }
}
