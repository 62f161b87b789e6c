// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "llmnotes",
  products: [
    .executable(name: "llmnotes", targets: ["llmnotes"]),
    .library(name: "LLMNotesCore", targets: ["LLMNotesCore"]),
  ],
  targets: [
    // Core: notes in, typed topic graph and answers out. Never prints or exits.
    .target(name: "LLMNotesCore"),

    // The repository's Notes/ folder, checked by the core's own loader (errors fail the build)
    // and compiled into the binary as generated Swift source, so an installed `llmnotes` needs
    // nothing beside it.
    .executableTarget(
      name: "notes-embedder", dependencies: ["LLMNotesCore"], path: "Sources/notes-embedder"),
    .plugin(
      name: "EmbedNotesPlugin", capability: .buildTool(), dependencies: ["notes-embedder"],
      path: "Sources/EmbedNotesPlugin"),
    .target(name: "LLMNotesBuiltin", plugins: ["EmbedNotesPlugin"]),

    // CLI: arguments, commands, rendering, exit codes; testable in process.
    .target(name: "LLMNotesCLI", dependencies: ["LLMNotesCore", "LLMNotesBuiltin"]),
    .executableTarget(name: "llmnotes", dependencies: ["LLMNotesCLI"]),

    // Benchmark: `swift run -c release llmnotes-bench`.
    .executableTarget(name: "llmnotes-bench", dependencies: ["LLMNotesCore", "LLMNotesBuiltin"]),

    .testTarget(
      name: "LLMNotesCoreTests", dependencies: ["LLMNotesCore"], exclude: ["seed-terms.tsv"]),
    .testTarget(
      name: "LLMNotesCLITests", dependencies: ["LLMNotesCLI", "LLMNotesCore"], exclude: ["Fixtures"]),
  ]
)
