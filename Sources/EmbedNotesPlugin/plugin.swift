import Foundation
import PackagePlugin

/// Turns the repository's `Notes/` folder into Swift source compiled into the binary, so an
/// installed `llmnotes` carries its notes with it (SwiftPM resource bundles on Linux are found
/// by the build's absolute path and break once the binary is copied elsewhere).
///
/// The notes-embedder tool walks the folder with the core's own reader and checks it with the
/// core's own checker. This plugin cannot link the core, so it lists every file below `Notes/`
/// as an input: a superset of what the reader takes, used only to know when to run again.
@main
struct EmbedNotesPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let notes = context.package.directoryURL.appending(path: "Notes")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedNotes.swift")
    var inputs: [URL] = []
    if let walker = FileManager.default.enumerator(at: notes, includingPropertiesForKeys: nil) {
      for case let url as URL in walker { inputs.append(url) }
    }
    return [
      .buildCommand(
        displayName: "Checking and embedding the notes in Notes/",
        executable: try context.tool(named: "notes-embedder").url,
        arguments: [notes.path, output.path],
        inputFiles: inputs.sorted { $0.path < $1.path },
        outputFiles: [output])
    ]
  }
}
