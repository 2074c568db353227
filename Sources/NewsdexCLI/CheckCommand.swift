import ArgumentParser
import Index

/// `newsdex check`: whether the index file is whole and consistent.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the index file: integrity, foreign keys, full-text indexes, orphan rows, counts.",
        discussion: """
            Runs SQLite's integrity_check and foreign_key_check, FTS5's integrity-check of article_fts, \
            quote_fts and alias_fts against the text they index, and looks for rows ingest never leaves \
            behind: entities nothing names or without an alias, mentions whose text is not at their offsets, \
            rows whose sentence is in another article, place or date details of an entity of another type, \
            counts the triggers keep that disagree with a recount. Prints one \
            row per finding and exits with status 1 when there is any; a sound file prints no rows, says so \
            on standard error and exits 0. Nothing in the file is changed.

            Examples:
              newsdex check
              newsdex check --db beat.db --format tsv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let findings = try IndexCheck.run(path: database.path)
        guard !findings.isEmpty else {
            Output.note("\(database.path): no problems found (integrity, foreign keys, full-text indexes, orphan and inconsistent rows, counts)")
            return
        }
        output.print(QueryResult(columns: ["check", "problem"],
                                 rows: findings.map { [.text($0.check.rawValue), .text($0.message)] }))
        throw CLIError("\(database.path): \(findings.count) finding\(findings.count == 1 ? "" : "s"); the index is damaged or inconsistent")
    }
}
