// Notes are embedded by EmbedNotesPlugin (see Plugins/).
