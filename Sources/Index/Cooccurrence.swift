import Extraction
import SQLiteDB

extension CannedQuery {
    /// `cooccurrence` with the shared articles counted in Swift: the answer of its statement (same columns,
    /// same rows, same order), without the temporary b-tree SQLite sorts every counted row through — one row
    /// per other entity per article of ENTITY, tens of thousands for a much-named person.
    ///
    /// SQLite streams the entity ids of `cooccurringRows`; a dictionary counts them; the counts are ranked,
    /// and only the entities that can reach the page are looked up — tie by tie, dates left out, names
    /// ordered as SQLite's BINARY collation orders them (by UTF-8 bytes).
    static func countCooccurrence(on index: NewsIndex, filters: QueryFilters) throws -> QueryResult {
        let shape = FilterShape(filters)
        let stream = try index.database.cachedStatement("SELECT e2.entity_id " + cooccurringRows(shape))
        stream.bind(namedIfUsed: filters.parameters)
        var sharedArticles: [Int64: Int64] = [:]
        while try stream.step() {
            sharedArticles[stream.int64(at: 0), default: 0] += 1
        }
        stream.reset()

        let ranked = sharedArticles.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let limit = filters.limit < 0 ? Int.max : filters.limit
        let lookup = try index.database.cachedStatement("SELECT type, name FROM entity WHERE id = ?")
        var rows: [[SQLValue]] = []
        var next = ranked.startIndex
        while next < ranked.endIndex && rows.count < limit {
            let shared = ranked[next].value
            var tie: [(type: SQLValue, name: String, id: Int64)] = []
            while next < ranked.endIndex && ranked[next].value == shared {
                let id = ranked[next].key
                next += 1
                lookup.reset()
                lookup.bind([id])
                guard try lookup.step() else { continue }
                let type = lookup.value(at: 0)
                guard type != .text(EntityType.date.rawValue) else { continue }
                tie.append((type, lookup.text(at: 1) ?? "", id))
            }
            tie.sort { $0.name != $1.name ? $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) : $0.id < $1.id }
            rows += tie.prefix(limit - rows.count).map { [$0.type, .text($0.name), .integer(shared)] }
        }
        lookup.reset()
        return QueryResult(columns: ["type", "name", "shared_articles"], rows: rows)
    }
}
