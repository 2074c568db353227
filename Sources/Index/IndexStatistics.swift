/// Counts of what an index holds, for `newsdex stats`.
public enum IndexStatistics {
    /// One row per table and per entity type: what, how many.
    public static func collect(_ index: NewsIndex) throws -> QueryResult {
        var rows: [[SQLValue]] = []
        for table in ["article", "sentence", "entity", "alias", "mention", "affiliation", "quote", "quote_speaker", "org_place", "place", "calendar_date"] {
            let count = try index.database.scalar("SELECT count(*) FROM \(table)") ?? .integer(0)
            rows.append([.text(table), count])
        }
        for row in try index.database.query("SELECT 'entity ' || type, count(*) FROM entity GROUP BY type ORDER BY type") {
            rows.append([row[0], row[1]])
        }
        if let words = try index.database.scalar("SELECT total(word_count) FROM article") {
            rows.append([.text("words"), words.asInteger])
        }
        rows.append([.text("schema version"), .integer(Int64(try index.database.userVersion))])
        return QueryResult(columns: ["what", "count"], rows: rows)
    }
}

import SQLiteDB

extension SQLValue {
    fileprivate var asInteger: SQLValue {
        if case .real(let value) = self { return .integer(Int64(value)) }
        return self
    }
}
