import ArgumentParser
import Foundation
import Index
import SQLiteDB

/// `newsdex datasette-metadata`: Datasette's metadata.json for an index, written from the schema's comments.
struct DatasetteMetadataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasette-metadata",
        abstract: "Write Datasette metadata: descriptions of every table and column, full-text search, the canned queries.",
        discussion: """
            Descriptions come from the comments of the embedded schema.sql (the paragraph above each table \
            or view, the trailing comment of each column), so they always match `newsdex schema`. The \
            article and quote tables get their FTS5 search boxes, entity names label the links from other \
            tables, and every `newsdex query` question becomes a Datasette canned query whose blank fields \
            mean "no filter" (names there match in lower case; accents are not folded). --db only names \
            the database in the metadata: Datasette calls a file by its name without ".db".

            Examples:
              newsdex datasette-metadata --out metadata.json
              datasette newsdex.db --metadata metadata.json
              newsdex datasette-metadata --db beat.db > beat-metadata.json
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Write the JSON to this file instead of standard output.", valueName: "file"))
    var out: String?

    func run() throws {
        let name = URL(fileURLWithPath: database.path).deletingPathExtension().lastPathComponent
        let metadata = try DatasetteMetadata.document(databaseName: name)
        let data = try JSONSerialization.data(withJSONObject: metadata, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        guard let out else {
            Output.write(String(decoding: data, as: UTF8.self) + "\n")
            return
        }
        do {
            try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CLIError("cannot write \(out): \(error.localizedDescription)")
        }
        Output.note("wrote \(out)")
    }
}

/// The metadata.json Datasette reads (https://docs.datasette.io/en/stable/metadata.html).
enum DatasetteMetadata {
    /// Instance title, description, licence and source, and the database's tables and canned queries.
    static func document(databaseName: String) throws -> [String: Any] {
        let comments = SchemaComments(Schema.sql)
        let schema = try Database(path: ":memory:")
        try schema.execute(Schema.sql)
        var tables: [String: Any] = [:]
        for row in try schema.query("""
            SELECT name, type FROM pragma_table_list
            WHERE schema = 'main' AND type IN ('table', 'view', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            """) {
            guard case .text(let table) = row[0] else { continue }
            var entry: [String: Any] = [:]
            if let description = comments.objects[table] { entry["description"] = description }
            var columns: [String: String] = [:]
            for column in try schema.query("SELECT name, pk FROM pragma_table_info(?)", [table]) {
                guard case .text(let columnName) = column[0] else { continue }
                if let description = comments.columns[table]?[columnName] {
                    columns[columnName] = description
                } else if columnName == "id", column[1] == .integer(1) {
                    columns[columnName] = "row id; other tables' <table>_id columns point here"
                }
            }
            if !columns.isEmpty { entry["columns"] = columns }
            entry.merge(extras[table] ?? [:]) { _, extra in extra }
            tables[table] = entry
        }
        var queries: [String: Any] = [:]
        for query in CannedQuery.allCases {
            queries[query.rawValue] = [
                "title": "newsdex query \(query.rawValue)",
                "description": query.summary + ". Blank fields are no filter; names are matched in lower case.",
                "sql": datasetteSQL(query.sql),
            ]
        }
        return [
            "title": "newsdex: people, organisations, places and dates in news articles",
            "description": "An entity index made by newsdex from the articles it ingested: who is named where, "
                + "who holds which role in which organisation, where organisations are, and who said what. "
                + "Offsets count Unicode code points into article.text. The article texts remain their publishers'.",
            "license": "CC BY 4.0 (place data from GeoNames); article texts: their publishers' terms",
            "license_url": "https://creativecommons.org/licenses/by/4.0/",
            "source": "Contains data from GeoNames (geonames.org), CC BY 4.0, and from mledoze/countries (ODbL 1.0); "
                + "see newsdex's NOTICE-data.md",
            "source_url": "https://www.geonames.org/",
            "databases": [databaseName: ["tables": tables, "queries": queries]],
        ]
    }

    /// Full-text search and row labels, per table.
    private static var extras: [String: [String: Any]] {
        [
            "article": ["fts_table": "article_fts", "fts_pk": "id", "label_column": "source_path"],
            "quote": ["fts_table": "quote_fts", "fts_pk": "id", "label_column": "text"],
            "entity": ["label_column": "name", "facets": ["type"]],
        ]
    }

    /// A canned query's SQL for Datasette, which passes every blank or missing field as '': each `:name`
    /// becomes NULL when blank (the queries' "no filter"), names are lower-cased as the alias keys are,
    /// a partial `:to` date covers its whole year or month, and `:limit` defaults to 100.
    static func datasetteSQL(_ sql: String) -> String {
        var out = ""
        var rest = Substring(sql)
        while let colon = rest.firstIndex(of: ":") {
            out += rest[..<colon]
            let name = rest[rest.index(after: colon)...].prefix { $0.isLetter || $0 == "_" }
            rest = rest[rest.index(after: colon)...].dropFirst(name.count)
            let parameter = ":" + name
            switch name {
            case "": out += ":"
            case "entity", "person", "org", "place": out += "nullif(lower(trim(\(parameter))), '')"
            case "type": out += "nullif(upper(trim(\(parameter))), '')"
            case "to": out += "nullif(\(parameter) || CASE WHEN length(\(parameter)) < 10 THEN '-99' ELSE '' END, '-99')"
            case "limit": out += "cast(coalesce(nullif(\(parameter), ''), 100) AS integer)"
            default: out += "nullif(\(parameter), '')"
            }
        }
        return out + rest
    }
}

/// The descriptions schema.sql gives in its comments: the `--` paragraph right above each
/// `CREATE TABLE`/`VIEW`/`VIRTUAL TABLE`, and the trailing comment of each column line in a table, or
/// of each result-column line in a view.
struct SchemaComments {
    /// Object name → description.
    private(set) var objects: [String: String] = [:]
    /// Object name → column name → description.
    private(set) var columns: [String: [String: String]] = [:]

    private enum Kind { case table, view, virtual }

    init(_ sql: String) {
        var paragraph: [String] = []
        var current: (name: String, kind: Kind)?
        for rawLine in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard let object = current else {
                if line.hasPrefix("--") {
                    paragraph.append(line.dropFirst(2).trimmingCharacters(in: .whitespaces))
                } else if let created = Self.createdObject(line) {
                    objects[created.name] = paragraph.joined(separator: " ")
                    current = created.kind == .virtual ? nil : created
                    paragraph = []
                } else {
                    paragraph = []
                }
                continue
            }
            let (code, comment) = Self.splitComment(line)
            if let comment, let column = object.kind == .view ? Self.resultColumn(code) : Self.tableColumn(code) {
                columns[object.name, default: [:]][column] = comment
            }
            if (object.kind == .table && code.hasPrefix(")")) || (object.kind == .view && code.hasSuffix(";")) {
                current = nil
            }
        }
    }

    /// The name and kind in a `CREATE TABLE name (`, `CREATE VIEW name AS` or `CREATE VIRTUAL TABLE name` line.
    private static func createdObject(_ line: String) -> (name: String, kind: Kind)? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "(" })
        guard words.count >= 3, words[0] == "CREATE" else { return nil }
        switch (words[1], words[2]) {
        case ("TABLE", _): return (String(words[2]), .table)
        case ("VIEW", _): return (String(words[2]), .view)
        case ("VIRTUAL", "TABLE") where words.count >= 4: return (String(words[3]), .virtual)
        default: return nil
        }
    }

    /// The column a table-body line declares: its first word, unless that starts a table constraint.
    private static func tableColumn(_ code: String) -> String? {
        guard let first = code.split(separator: " ").first, first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
              !["UNIQUE", "PRIMARY", "CHECK", "FOREIGN", "CONSTRAINT"].contains(first.uppercased()) else { return nil }
        return String(first)
    }

    /// The result column a view line ends: its last word without a table prefix, which is the `AS`
    /// alias when there is one (`count(*) AS mentions,` is `mentions`, `e.type,` is `type`).
    private static func resultColumn(_ code: String) -> String? {
        var words = code.split(separator: " ")
        if words.last?.hasSuffix(",") == true {
            words[words.count - 1] = words[words.count - 1].dropLast()
        }
        guard let last = words.last else { return nil }
        let name = last.split(separator: ".").last ?? last
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return String(name)
    }

    /// The line's code and its trailing `--` comment (outside quotes), if any.
    private static func splitComment(_ line: String) -> (code: String, comment: String?) {
        var inQuote: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let quote = inQuote {
                if character == quote { inQuote = nil }
            } else if character == "'" || character == "\"" {
                inQuote = character
            } else if character == "-", line[line.index(after: index)...].hasPrefix("-") {
                return (line[..<index].trimmingCharacters(in: .whitespaces),
                        line[line.index(index, offsetBy: 2)...].trimmingCharacters(in: .whitespaces))
            }
            index = line.index(after: index)
        }
        return (line, nil)
    }
}
