/// The options every command that reads notes takes, declared once.
enum CommonOptions {
  static let notes = OptionSpec(
    name: "notes", value: .text(placeholder: "dir"),
    help: "Read notes from <dir> (default: $LLMNOTES_NOTES, else the built-in notes).")
  static let noCache = OptionSpec(
    name: "no-cache", value: .flag,
    help: "Load --notes <dir> afresh, without reading or writing its cache ($LLMNOTES_CACHE,"
      + " else $XDG_CACHE_HOME/llmnotes, else ~/.cache/llmnotes).")
  static let json = OptionSpec(name: "json", value: .flag, help: "Shorthand for --format json.")
  static let color = OptionSpec(
    name: "color", aliases: ["colour"], value: .choice(ColorMode.allCases.map(\.rawValue)),
    help: "Colour: auto (on a terminal, unless NO_COLOR or TERM=dumb), always, never.")
  static let noPager = OptionSpec(
    name: "no-pager", value: .flag,
    help: "Never page (by default, output taller than the terminal goes through"
      + " $LLMNOTES_PAGER, else $PAGER, else less).")
  static let ascii = OptionSpec(
    name: "ascii", value: .flag,
    help: "ASCII borders and marks (| - + * \"), for terminals that draw │ ─ ≠ • · “ ” two"
      + " columns wide; also LLMNOTES_ASCII=1.")
  static let help = OptionSpec(name: "help", short: "h", value: .flag, help: "Show this help.")

  static func format(_ formats: [OutputFormat]) -> OptionSpec {
    OptionSpec(
      name: "format", value: .choice(formats.map(\.rawValue)),
      help: "Output format (default: \(formats.first?.rawValue ?? "text")).")
  }

  static func options(for spec: CommandSpec) -> [OptionSpec] {
    guard spec.readsNotes else { return [help] }
    var options = [notes, noCache, format(spec.formats)]
    if spec.formats.contains(.json) { options.append(json) }
    return options + [color, noPager, ascii, help]
  }
}

/// `--color`.
enum ColorMode: String, CaseIterable, Sendable {
  case auto, always, never
}
