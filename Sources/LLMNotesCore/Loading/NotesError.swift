/// Why a notes folder could not be read at all (a folder with some broken notes still loads).
public enum NotesError: Error, Sendable, Equatable, CustomStringConvertible {
  case folderNotFound(path: String)
  case notAFolder(path: String)
  case unreadableFolder(path: String, reason: String)

  public var description: String {
    switch self {
    case .folderNotFound(let path): "notes folder '\(path)' does not exist"
    case .notAFolder(let path): "'\(path)' is not a folder"
    case .unreadableFolder(let path, let reason): "cannot read notes folder '\(path)': \(reason)"
    }
  }
}
