import LLMNotesCore

/// What every renderer may know besides its answer: the width, the styles, and how to show a
/// note's path to the user.
struct RenderContext: Sendable {
  /// Columns available; lines fit within it.
  let width: Int
  let style: TextStyle
  let paths: PathDisplay
}

/// Note paths as the user can open them: relative to the current folder where the notes
/// folder is (`Notes/models/bert.md`), absolute elsewhere.
struct PathDisplay: Sendable {
  /// The notes folder as the user named it, or nil for the built-in notes.
  let folder: String?
  /// The current folder, absolute.
  let currentFolder: String?

  /// Built-in notes are shown under `Notes/`, where they come from in the repository.
  func show(_ notePath: String) -> String {
    guard let folder else { return "Notes/" + notePath }
    let joined = folder.hasSuffix("/") ? folder + notePath : folder + "/" + notePath
    guard joined.hasPrefix("/"), let currentFolder else {
      return joined.hasPrefix("./") ? String(joined.dropFirst(2)) : joined
    }
    let base = currentFolder.hasSuffix("/") ? currentFolder : currentFolder + "/"
    return joined.hasPrefix(base) ? String(joined.dropFirst(base.count)) : joined
  }

  func show(_ location: SourceLocation) -> String {
    "\(show(location.path)):\(location.line):\(location.column)"
  }
}
