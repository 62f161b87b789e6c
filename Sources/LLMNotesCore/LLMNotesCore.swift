// The public surface of LLMNotesCore, in one place. Everything else is internal, or `package`
// where only the CLI, the embedder or the benchmark of this package needs it.
//
// Load:     KnowledgeBase(folder:) / KnowledgeBase(files: [NoteFile]) → graph, diagnostics,
//           report; NotesError when a folder cannot be read at all.
// Ask:      TopicGraph — topics, [id], topic(named:) throws(LookupError), neighbors(of:),
//           topics(matching: TopicFilter), page(of:), list(_:isWholeGraph:), comparison(of:).
// Answers:  TopicPage, TopicList, Comparison, CheckReport, TopicRef.
// Values:   Topic, MarkdownDocument (the parsed body), AttributeValue, YearRange.
// Words:    Kind, Relation, EdgeLabel, Attribute — the vocabulary, with every name.
// Problems: Diagnostic (with notes), Rule, SourceLocation.
