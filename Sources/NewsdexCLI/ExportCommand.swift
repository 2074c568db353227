import ArgumentParser
import Evaluation
import Index
import SQLiteDB

/// The formats `newsdex export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON object per article, as eval/FORMAT.md describes.
    case jsonl
    /// One table or view (`--table NAME`) as RFC 4180 CSV with a header row.
    case csv
    /// One JSON object per mention, with offsets and its sentence, for annotation tools.
    case mentions
}

/// `newsdex export`: the index as evaluation JSONL, one table as CSV, or the mentions as NDJSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the index for other tools: scoring JSONL, a table as CSV, or mentions as NDJSON.",
        discussion: """
            --format jsonl (the default) writes one line per article in the system form of \
            eval/FORMAT.md: the article id (its file name without the extension), its date, each distinct \
            entity it names (type and canonical name; a DATE as its ISO value), its affiliations (person, \
            org, role) and its quotes (speaker, text), sorted by id. `newsdex eval` and `python3 score.py` \
            read the same lines.

            --format csv --table NAME writes any table or view of the database (see `newsdex schema`) with \
            a header row, RFC 4180 quoting and CRLF line ends, ready for a spreadsheet.

            --format mentions writes one JSON object per line and mention, in article order: article id \
            and path, publication date, entity id, type and name, the text as written, its start and end \
            (Unicode code points into article.text), and its sentence with the sentence's own start and \
            end, so mention_start - sentence_start is the offset inside the sentence.

            Examples:
              newsdex export --db newsdex.db > system.jsonl
              newsdex export --format csv --table spokesperson > spokespeople.csv
              newsdex export --format mentions | head -3
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: [.customShort("f"), .long], help: "Output format: jsonl, csv or mentions.")
    var format: ExportFormat = .jsonl

    @Option(help: ArgumentHelp("The table or view to write as CSV (with --format csv).", valueName: "name"))
    var table: String?

    func validate() throws {
        if format == .csv, table == nil {
            throw ValidationError("--format csv needs --table NAME, e.g. --table entity (newsdex schema lists them)")
        }
        if format != .csv, table != nil {
            throw ValidationError("--table goes with --format csv")
        }
    }

    func run() throws {
        let index = try NewsIndex(path: database.path, readOnly: true)
        switch format {
        case .jsonl: try writeDocuments(index)
        case .csv: try writeTable(index)
        case .mentions: try writeMentions(index)
        }
    }

    private func writeDocuments(_ index: NewsIndex) throws {
        let documents = try SystemDocument.documents(in: index)
        var seen: Set<String> = []
        for document in documents where !seen.insert(document.id).inserted {
            Output.note("warning: two articles share the id '\(document.id)' (same file name in different folders); "
                        + "scorers refuse duplicate ids")
        }
        Output.write(JSONLines.text(documents))
    }

    /// The table or view named `--table` (ignoring case, as SQLite does), looked up in the schema: only a
    /// name read from the schema goes into the SQL.
    private func writeTable(_ index: NewsIndex) throws {
        let names = try Self.exportableNames(index.database)
        guard let name = names.first(where: { $0.lowercased() == table?.lowercased() }) else {
            throw CLIError("no table or view named '\(table ?? "")'; choose one of: \(names.joined(separator: ", "))")
        }
        let identifier = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        Output.write(RowFormatter.format(try Self.rows(index.database.prepare("SELECT * FROM \(identifier)")), as: .csv))
    }

    private func writeMentions(_ index: NewsIndex) throws {
        let statement = try index.database.prepare("""
            SELECT ar.id AS article_id, ar.source_path AS article, ar.published,
                   e.id AS entity_id, e.type, e.name AS entity, m.text, m.start, m.end,
                   substr(ar.text, s.start + 1, s.end - s.start) AS sentence,
                   s.start AS sentence_start, s.end AS sentence_end
            FROM mention m JOIN article ar ON ar.id = m.article_id JOIN entity e ON e.id = m.entity_id
            JOIN sentence s ON s.id = m.sentence_id
            ORDER BY ar.id, m.start, m.end, m.id
            """)
        Output.write(RowFormatter.format(try Self.rows(statement), as: .jsonl))
    }

    /// The user tables and views, by name: no `sqlite_` tables and no FTS5 shadow or virtual tables.
    private static func exportableNames(_ database: Database) throws -> [String] {
        try database.query("""
            SELECT name FROM pragma_table_list
            WHERE schema = 'main' AND type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            ORDER BY name
            """).compactMap { row in
            if case .text(let name) = row[0] { return name }
            return nil
        }
    }

    private static func rows(_ statement: Statement) throws -> QueryResult {
        var rows: [[SQLValue]] = []
        while try statement.step() {
            rows.append((0..<statement.columnCount).map(statement.value(at:)))
        }
        return QueryResult(columns: statement.columnNames, rows: rows)
    }
}
