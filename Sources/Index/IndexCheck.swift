import Foundation
import SQLiteDB

/// One problem `newsdex check` found in an index file.
public struct IndexFinding: Sendable, Hashable, CustomStringConvertible {
    /// Which check found a problem.
    public enum Check: String, Sendable, CaseIterable {
        /// `PRAGMA integrity_check`: the file's pages, records and indexes.
        case integrity
        /// `PRAGMA foreign_key_check`: rows that refer to a row that does not exist.
        case foreignKey = "foreign-key"
        /// FTS5 `integrity-check` of `article_fts`, `quote_fts` and `alias_fts` against the text they index.
        case fullText = "full-text"
        /// Rows nothing refers to that ingest would have deleted, or entities without an alias.
        case orphan
        /// Rows that disagree with the rows they refer to (a mention's sentence in another article,
        /// a mention's text not at its offsets, place details of an entity that is no place).
        case consistency
        /// Totals that disagree with the rows they count (an entity's mention and article counts, an
        /// article's mention count, the affiliation pairs).
        case count
    }

    /// Which check found it.
    public let check: Check
    /// The problem, naming the rows involved.
    public let message: String

    public init(check: Check, message: String) {
        self.check = check
        self.message = message
    }

    /// `check: message`, for example `orphan: entity 7 (PERSON 'Ilham Aliyev') has no alias`.
    public var description: String { "\(check.rawValue): \(message)" }
}

/// Checks that an index file is whole and consistent.
///
/// ```swift
/// let findings = try IndexCheck.run(path: "newsdex.db")
/// findings.isEmpty   // true for an index only newsdex ingest has written
/// ```
public enum IndexCheck {
    /// At most this many findings are listed per row check; one more finding says how many were left out.
    public static let findingsPerCheck = 50

    /// Runs SQLite's integrity check, the foreign key check, the FTS5 integrity check of both
    /// full-text indexes against the text they index, the orphan, consistency and count checks on the
    /// index at `path`; returns every problem found.
    ///
    /// The file must exist and hold a newsdex index of this schema version. It is opened for writing
    /// only because FTS5 runs its integrity check as an `INSERT`; nothing in the file is changed.
    ///
    /// - Throws: ``IndexError`` for a missing file or another schema, ``SQLiteError`` when a check
    ///   cannot run (a file too damaged to read, another process holding the write lock).
    /// - Complexity: Reads the whole file; the span check compares each mention with its article text.
    public static func run(path: String) throws -> [IndexFinding] {
        _ = try NewsIndex(path: path, readOnly: true)  // the file exists and is an index of this version
        let database = try Database(path: path)
        var findings: [IndexFinding] = []
        for row in try database.query("PRAGMA integrity_check") where row[0] != .text("ok") {
            findings.append(IndexFinding(check: .integrity, message: text(row[0])))
        }
        findings += try foreignKeyFindings(database)
        for (table, content) in [("article_fts", "article.text"), ("quote_fts", "quote.text"), ("alias_fts", "alias.key")] {
            do {
                try database.execute("INSERT INTO \(table)(\(table), rank) VALUES ('integrity-check', 1)")
            } catch let error as SQLiteError where error.primaryCode == SQLiteError.corrupt {
                findings.append(IndexFinding(
                    check: .fullText,
                    message: "\(table) does not match \(content) (FTS5 integrity-check: \(error.message)); "
                        + "rebuild it with INSERT INTO \(table)(\(table)) VALUES ('rebuild')"))
            }
        }
        for rowCheck in rowChecks + countChecks {
            findings += try rowFindings(rowCheck, database)
        }
        return findings
    }

    /// One finding per `PRAGMA foreign_key_check` row, naming the column and the missing row.
    private static func foreignKeyFindings(_ database: Database) throws -> [IndexFinding] {
        var columns: [String: [Int64: String]] = [:]  // table → foreign key id → referring column
        return try database.query("PRAGMA foreign_key_check").map { row in
            let table = text(row[0]), parent = text(row[2])
            guard case .integer(let rowid) = row[1], case .integer(let keyID) = row[3] else {
                return IndexFinding(check: .foreignKey, message: "a row of \(table) refers to a missing \(parent) row")
            }
            if columns[table] == nil {
                let keys = try database.query("SELECT id, \"from\" FROM pragma_foreign_key_list(?)", [table])
                columns[table] = Dictionary(keys.compactMap { key in
                    if case .integer(let id) = key[0] { (id, text(key[1])) } else { nil }
                }, uniquingKeysWith: { first, _ in first })
            }
            let column = columns[table]?[keyID] ?? "a column"
            let value = try database.scalar(
                "SELECT \(quotedIdentifier(column)) FROM \(quotedIdentifier(table)) WHERE rowid = ?", [rowid])
            return IndexFinding(
                check: .foreignKey,
                message: "\(table) row \(rowid): \(column) \(value.map(text) ?? "?") refers to a missing \(parent) row")
        }
    }

    /// A check written as one query whose rows are the findings (one text column: the message).
    private struct RowCheck {
        let check: IndexFinding.Check
        let sql: String
    }

    /// What ingest never leaves behind: see `ArticleWriter` (an entity is deleted when nothing names it
    /// any more, and is stored with its name as an alias) and the column comments of `schema.sql`.
    private static let rowChecks: [RowCheck] = [
        RowCheck(check: .orphan, sql: """
            SELECT 'entity ' || e.id || ' (' || e.type || ' ' || quote(e.name) || ') is named by no mention, '
                   || 'affiliation, organisation place or quote'
            FROM entity e
            WHERE NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM affiliation WHERE person_id = e.id OR org_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM org_place WHERE org_id = e.id OR place_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM quote_speaker WHERE entity_id = e.id)
            ORDER BY e.id
            """),
        RowCheck(check: .orphan, sql: """
            SELECT 'entity ' || e.id || ' (' || e.type || ' ' || quote(e.name) || ') has no alias'
            FROM entity e WHERE NOT EXISTS (SELECT 1 FROM alias WHERE entity_id = e.id) ORDER BY e.id
            """),
        RowCheck(check: .consistency, sql: """
            SELECT r.what || ' ' || r.id || ' belongs to article ' || r.article_id || ' but its sentence '
                   || s.id || ' to article ' || s.article_id
            FROM (SELECT 'mention' AS what, id, article_id, sentence_id FROM mention
                  UNION ALL SELECT 'quote', id, article_id, sentence_id FROM quote
                  UNION ALL SELECT 'affiliation', id, article_id, sentence_id FROM affiliation) AS r
            JOIN sentence s ON s.id = r.sentence_id
            WHERE s.article_id <> r.article_id
            ORDER BY r.what, r.id
            """),
        RowCheck(check: .consistency, sql: """
            SELECT 'mention ' || m.id || ' of article ' || a.id || ': text ' || quote(m.text)
                   || ' is not the article text at ' || m.start || '..<' || m.end
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE substr(a.text, m.start + 1, m.end - m.start) IS NOT m.text
            ORDER BY m.id
            """),
        RowCheck(check: .consistency, sql: """
            SELECT d.what || ' details of entity ' || e.id || ' (' || e.type || ' ' || quote(e.name) || '), which is no '
                   || d.type
            FROM (SELECT 'place' AS what, 'PLACE' AS type, entity_id FROM place
                  UNION ALL SELECT 'calendar date', 'DATE', entity_id FROM calendar_date) AS d
            JOIN entity e ON e.id = d.entity_id
            WHERE e.type <> d.type
            ORDER BY e.id
            """),
    ]

    /// The totals the schema's triggers keep, recounted: entity and article counts, article_entity rows, affiliation pairs.
    private static let countChecks: [RowCheck] = [
        RowCheck(check: .count, sql: """
            SELECT 'entity ' || e.id || ' (' || e.type || ' ' || quote(e.name) || ') counts ' || e.mention_count
                   || ' mentions in ' || e.article_count || ' articles; the mentions say ' || coalesce(c.mentions, 0)
                   || ' in ' || coalesce(c.articles, 0)
            FROM entity e
            LEFT JOIN (SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles
                       FROM mention GROUP BY entity_id) c ON c.entity_id = e.id
            WHERE e.mention_count <> coalesce(c.mentions, 0) OR e.article_count <> coalesce(c.articles, 0)
            ORDER BY e.id
            """),
        RowCheck(check: .count, sql: """
            WITH named AS (SELECT article_id, entity_id, count(*) AS mentions FROM mention GROUP BY article_id, entity_id)
            SELECT 'article_entity of article ' || n.article_id || ' and entity ' || n.entity_id || ' is missing'
            FROM named n
            WHERE NOT EXISTS (SELECT 1 FROM article_entity WHERE article_id = n.article_id AND entity_id = n.entity_id)
            UNION ALL
            SELECT 'article_entity of article ' || ae.article_id || ' and entity ' || ae.entity_id || ' counts '
                   || ae.mention_count || ' mentions; the mentions say ' || coalesce(n.mentions, 0)
            FROM article_entity ae LEFT JOIN named n ON n.article_id = ae.article_id AND n.entity_id = ae.entity_id
            WHERE n.mentions IS NOT ae.mention_count
            """),
        RowCheck(check: .count, sql: """
            SELECT 'article ' || ar.id || ' counts ' || ar.mention_count || ' mentions; it has '
                   || (SELECT count(*) FROM mention WHERE article_id = ar.id)
            FROM article ar
            WHERE ar.mention_count <> (SELECT count(*) FROM mention WHERE article_id = ar.id)
            ORDER BY ar.id
            """),
        RowCheck(check: .count, sql: """
            WITH stated AS (
                SELECT a.person_id, a.org_id, count(DISTINCT a.article_id) AS articles,
                       min(ar.published) AS first_published, max(ar.published) AS last_published
                FROM affiliation a JOIN article ar ON ar.id = a.article_id GROUP BY a.person_id, a.org_id)
            SELECT 'affiliation_pair of person ' || s.person_id || ' and organisation ' || s.org_id || ' is missing'
            FROM stated s
            WHERE NOT EXISTS (SELECT 1 FROM affiliation_pair WHERE person_id = s.person_id AND org_id = s.org_id)
            UNION ALL
            SELECT 'affiliation_pair of person ' || ap.person_id || ' and organisation ' || ap.org_id || ' says '
                   || ap.article_count || ' articles, ' || quote(ap.first_published) || ' to ' || quote(ap.last_published)
                   || '; the affiliations say ' || coalesce(s.articles, 0) || ', ' || quote(s.first_published)
                   || ' to ' || quote(s.last_published)
            FROM affiliation_pair ap LEFT JOIN stated s ON s.person_id = ap.person_id AND s.org_id = ap.org_id
            WHERE s.articles IS NOT ap.article_count OR s.first_published IS NOT ap.first_published
               OR s.last_published IS NOT ap.last_published
            """),
    ]

    /// The first ``findingsPerCheck`` rows of `rowCheck`, and one finding counting the rest.
    private static func rowFindings(_ rowCheck: RowCheck, _ database: Database) throws -> [IndexFinding] {
        let statement = try database.cachedStatement(rowCheck.sql)
        defer { statement.reset() }
        var findings: [IndexFinding] = []
        var more = 0
        while try statement.step() {
            if findings.count < findingsPerCheck {
                findings.append(IndexFinding(check: rowCheck.check, message: statement.text(at: 0) ?? ""))
            } else {
                more += 1
            }
        }
        if more > 0 {
            findings.append(IndexFinding(check: rowCheck.check, message: "\(more) more like the above"))
        }
        return findings
    }

    private static func text(_ value: SQLValue) -> String {
        value.displayText(null: "NULL")
    }

    private static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
