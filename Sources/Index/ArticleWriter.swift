import Foundation
public import Extraction
import SQLiteDB
import Lexicon

/// What one input file was at ingest: its path, its bytes' hash, and the time of ingest.
public struct ArticleOrigin: Sendable {
    public let sourcePath: String
    public let contentHash: String

    public init(sourcePath: String, contentHash: String) {
        self.sourcePath = sourcePath
        self.contentHash = contentHash
    }
}

/// How storing one article went.
public enum StoreOutcome: Sendable, Equatable {
    /// The content was not in the index before.
    case new
    /// The same bytes were already indexed; nothing was written.
    case unchanged
    /// The path held other content, whose rows were replaced.
    case replaced
}

/// Writes articles and their analysis into the index, with statements prepared once per connection.
///
/// Each article is written inside a savepoint: all its rows or none. Call `write` inside a transaction to
/// batch several articles into one commit.
///
/// Inside ``batch(_:)`` the writer also remembers, until the batch ends, the entities it has found or
/// created by type and key, and which of them have their place or date details stored, so an entity named
/// again in a later article of the batch costs no look-up.
///
/// The rows of one table for one article go in as few statements as possible (`MultiRowInsert`): SQLite's
/// per-statement work is then paid once per table and article, not once per row. The rows, their order and
/// their ids are those the same rows inserted one by one would get.
///
/// Inside a batch, new rows reach the full-text tables (`article_fts`, `quote_fts`, `alias_fts`) at its end,
/// in one statement per table, while the schema's `fts_deferral` row holds their insert triggers back: FTS5
/// flushes its pending terms at every statement that writes to it in a transaction, so indexing each
/// article's rows as they go would cost a flush per article and table.
public final class ArticleWriter {
    private let database: Database
    private let ingestedAt: String
    private let sentences: MultiRowInsert
    private let mentions: MultiRowInsert
    private let articleEntities: MultiRowInsert
    private let aliases: MultiRowInsert
    private let affiliations: MultiRowInsert
    private let orgPlaces: MultiRowInsert
    private let quotes: MultiRowInsert
    private let quoteSpeakers: MultiRowInsert
    /// What the writer knows of the stored entities, during a batch; nil outside one.
    private var known: KnownEntities?
    /// During a batch, for each table of ``fullTextTables``, the first row id not yet in its full-text table;
    /// nil when all are.
    private var unindexedFrom: [Int64]?
    /// The tables whose column an FTS5 table named `<table>_fts` indexes.
    private static let fullTextTables = [(table: "article", column: "text"), (table: "quote", column: "text"),
                                         (table: "alias", column: "key")]

    public init(index: NewsIndex) {
        database = index.database
        ingestedAt = ISO8601DateFormatter().string(from: Date())
        sentences = MultiRowInsert(database, "INSERT INTO sentence (id, article_id, position, paragraph, start, end)", columns: 6)
        mentions = MultiRowInsert(database, "INSERT INTO mention (article_id, entity_id, sentence_id, start, end, text)", columns: 6)
        articleEntities = MultiRowInsert(database, "INSERT INTO article_entity (article_id, entity_id, mention_count, name)", columns: 4)
        aliases = MultiRowInsert(database, "INSERT OR IGNORE INTO alias (entity_id, name, key)", columns: 3)
        affiliations = MultiRowInsert(
            database, "INSERT INTO affiliation (article_id, person_id, org_id, sentence_id, role, role_key)", columns: 6)
        orgPlaces = MultiRowInsert(database, "INSERT OR IGNORE INTO org_place (article_id, org_id, place_id, evidence)", columns: 4)
        quotes = MultiRowInsert(database, "INSERT INTO quote (id, article_id, sentence_id, start, end, text)", columns: 6)
        quoteSpeakers = MultiRowInsert(database, "INSERT OR IGNORE INTO quote_speaker (quote_id, entity_id)", columns: 2)
    }

    /// Whether these exact bytes are indexed already (under any path).
    public func isIndexed(contentHash: String) throws -> Bool {
        try database.cachedStatement("SELECT 1 FROM article WHERE content_hash = ?").rows([contentHash]).isEmpty == false
    }

    /// Runs `body`, which writes articles with ``write(_:origin:)``, in one immediate transaction; on a throw
    /// the transaction is rolled back and the error rethrown.
    ///
    /// While the batch is open no other connection can write, so the writer keeps what it learns about the
    /// stored entities from one article to the next; it forgets it when an article fails (its savepoint
    /// undoes the entities it created), when it deletes an article, and when the batch ends. Inside the batch
    /// only the writer may change the database.
    public func batch<T>(_ body: () throws -> T) throws -> T {
        precondition(known == nil, "ArticleWriter: batches do not nest")
        return try database.transaction(.immediate) {
            known = KnownEntities()
            defer { known = nil; unindexedFrom = nil }
            try database.cachedStatement("INSERT INTO fts_deferral (id) VALUES (1)").run()
            try noteUnindexedRows()
            let result = try body()
            try indexUnindexedRows()
            try database.cachedStatement("DELETE FROM fts_deferral").run()
            return result
        }
    }

    /// Stores one analysed article; a different article at the same path is replaced, the same bytes are left alone.
    @discardableResult
    public func write(_ analysis: ArticleAnalysis, origin: ArticleOrigin) throws -> StoreOutcome {
        if try isIndexed(contentHash: origin.contentHash) { return .unchanged }
        let unindexedBefore = unindexedFrom
        do {
            return try writeNew(analysis, origin: origin)
        } catch {
            known?.forgetAll()  // the savepoint's rollback may have undone entities the writer noted
            unindexedFrom = unindexedBefore  // and the full-text rows it added
            throw error
        }
    }

    /// Notes the next row id of each table the full-text tables index: the rows from there on wait for
    /// ``indexUnindexedRows()``.
    private func noteUnindexedRows() throws {
        unindexedFrom = try Self.fullTextTables.map { try nextID($0.table) }
    }

    /// Adds the rows written in the batch since ``noteUnindexedRows()`` to the full-text tables, one
    /// statement per table.
    private func indexUnindexedRows() throws {
        guard let firstIDs = unindexedFrom else { return }
        for ((table, column), firstID) in zip(Self.fullTextTables, firstIDs) {
            try database.cachedStatement(
                "INSERT INTO \(table)_fts (rowid, \(column)) SELECT id, \(column) FROM \(table) WHERE id >= ? ORDER BY id")
                .run([firstID])
        }
        unindexedFrom = nil
    }

    private func writeNew(_ analysis: ArticleAnalysis, origin: ArticleOrigin) throws -> StoreOutcome {
        try database.savepoint {
            let replaced = try deleteArticle(at: origin.sourcePath)
            let articleID = try insertArticle(analysis, origin: origin)
            let sentenceIDs = try insertSentences(analysis, articleID: articleID)
            let entityIDs = try upsertEntities(analysis.entities)
            try mentions.run(rows: analysis.mentions.count) { statement, row, first in
                let mention = analysis.mentions[row]
                statement.bind(integer: articleID, at: first)
                statement.bind(integer: entityIDs[mention.entity], at: first + 1)
                statement.bind(integer: sentenceIDs[mention.sentence], at: first + 2)
                statement.bind(integer: Int64(mention.range.lowerBound), at: first + 3)
                statement.bind(integer: Int64(mention.range.upperBound), at: first + 4)
                statement.bind(text: mention.text, at: first + 5)
            }
            var mentionsPerEntity: [Int64: Int] = [:]
            for mention in analysis.mentions { mentionsPerEntity[entityIDs[mention.entity], default: 0] += 1 }
            var names: [Int64: String] = [:]
            for (index, entity) in analysis.entities.enumerated() where names[entityIDs[index]] == nil {
                names[entityIDs[index]] = entity.name
            }
            try insertArticleEntities(articleID: articleID, mentionsPerEntity, names: names)
            try affiliations.run(rows: analysis.affiliations.count) { statement, row, first in
                let affiliation = analysis.affiliations[row]
                statement.bind(integer: articleID, at: first)
                statement.bind(integer: entityIDs[affiliation.person], at: first + 1)
                statement.bind(integer: entityIDs[affiliation.org], at: first + 2)
                statement.bind(integer: sentenceIDs[affiliation.sentence], at: first + 3)
                statement.bind(text: affiliation.role, at: first + 4)
                statement.bind(text: affiliation.roleKey, at: first + 5)
            }
            try orgPlaces.run(rows: analysis.orgPlaces.count) { statement, row, first in
                let link = analysis.orgPlaces[row]
                statement.bind(integer: articleID, at: first)
                statement.bind(integer: entityIDs[link.org], at: first + 1)
                statement.bind(integer: entityIDs[link.place], at: first + 2)
                statement.bind(text: link.evidence.rawValue, at: first + 3)
            }
            try insertQuotes(analysis.quotes, articleID: articleID, sentenceIDs: sentenceIDs, entityIDs: entityIDs)
            return replaced ? .replaced : .new
        }
    }

    /// Writes one article's `article_entity` rows: each entity its mentions name, with their number (the
    /// schema's triggers add them to the entity's totals) and the entity's name in this article.
    private func insertArticleEntities(articleID: Int64, _ mentionsPerEntity: [Int64: Int], names: [Int64: String]) throws {
        let rows = mentionsPerEntity.sorted(by: { $0.key < $1.key })
        try articleEntities.run(rows: rows.count) { statement, row, first in
            statement.bind(integer: articleID, at: first)
            statement.bind(integer: rows[row].key, at: first + 1)
            statement.bind(integer: Int64(rows[row].value), at: first + 2)
            statement.bind(text: names[rows[row].key], at: first + 3)
        }
    }

    /// The id the next row of `table` gets: one past the largest, as SQLite gives a row inserted without one.
    private func nextID(_ table: String) throws -> Int64 {
        guard let row = try database.cachedStatement("SELECT coalesce(max(id), 0) FROM \(table)").rows().first,
              let largest = row[0].int64, largest < Int64.max else {
            throw IndexError(path: database.path, message: "the \(table) table has no room for another row id")
        }
        return largest + 1
    }

    /// Writes an article's quotes, then their speakers in the same order; quote ids are given explicitly, the
    /// ones SQLite would give the rows one by one.
    private func insertQuotes(_ analysed: [AnalyzedQuote], articleID: Int64, sentenceIDs: [Int64], entityIDs: [Int64]) throws {
        guard !analysed.isEmpty else { return }
        let firstID = try nextID("quote")
        try quotes.run(rows: analysed.count) { statement, row, first in
            let quote = analysed[row]
            statement.bind(integer: firstID + Int64(row), at: first)
            statement.bind(integer: articleID, at: first + 1)
            statement.bind(integer: sentenceIDs[quote.sentence], at: first + 2)
            statement.bind(integer: Int64(quote.range.lowerBound), at: first + 3)
            statement.bind(integer: Int64(quote.range.upperBound), at: first + 4)
            statement.bind(text: quote.text, at: first + 5)
        }
        let speakers = analysed.enumerated().flatMap { row, quote in
            quote.speakers.map { (quoteID: firstID + Int64(row), entityID: entityIDs[$0]) }
        }
        try quoteSpeakers.run(rows: speakers.count) { statement, row, first in
            statement.bind(integer: speakers[row].quoteID, at: first)
            statement.bind(integer: speakers[row].entityID, at: first + 1)
        }
    }

    /// Deletes the article stored at `path` with all its rows, and entities no article names any more.
    private func deleteArticle(at path: String) throws -> Bool {
        guard let row = try database.cachedStatement("SELECT id FROM article WHERE source_path = ?").rows([path]).first,
              case .integer(let articleID) = row[0] else { return false }
        // The delete triggers take rows out of the full-text tables, so the batch's rows must be in them first;
        // the rows written next may reuse the ids of deleted ones, so where they start is noted after.
        let deferred = unindexedFrom != nil
        try indexUnindexedRows()
        let entityRows = try database.cachedStatement(
            "SELECT entity_id FROM mention WHERE article_id = ?1 UNION SELECT person_id FROM affiliation WHERE article_id = ?1 "
            + "UNION SELECT org_id FROM affiliation WHERE article_id = ?1 UNION SELECT place_id FROM org_place WHERE article_id = ?1 "
            + "UNION SELECT entity_id FROM quote_speaker JOIN quote ON quote.id = quote_id WHERE article_id = ?1").rows([articleID])
        known?.forgetAll()  // entities may go with the article
        try database.cachedStatement("DELETE FROM article WHERE id = ?").run([articleID])
        let deleteOrphan = try database.cachedStatement("""
            DELETE FROM entity WHERE id = ?1
              AND NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM affiliation WHERE person_id = ?1 OR org_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM org_place WHERE org_id = ?1 OR place_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM quote_speaker WHERE entity_id = ?1)
            """)
        for row in entityRows { try deleteOrphan.run([row[0]]) }
        if deferred { try noteUnindexedRows() }
        return true
    }

    private func insertArticle(_ analysis: ArticleAnalysis, origin: ArticleOrigin) throws -> Int64 {
        let wordCount = analysis.document.tokens.lazy.filter { $0.kind == .word }.count
        try database.cachedStatement("""
            INSERT INTO article (source_path, content_hash, published, dateline, text, word_count, mention_count, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).run([origin.sourcePath, origin.contentHash, analysis.source.date?.iso, analysis.datelineText,
                      analysis.document.text, wordCount, analysis.mentions.count, ingestedAt])
        return database.lastInsertRowID
    }

    /// Writes the article's sentences, with ids given explicitly (the ones SQLite would give them one by one).
    private func insertSentences(_ analysis: ArticleAnalysis, articleID: Int64) throws -> [Int64] {
        let all = analysis.document.sentences
        guard !all.isEmpty else { return [] }
        let firstID = try nextID("sentence")
        try sentences.run(rows: all.count) { statement, row, first in
            statement.bind(integer: firstID + Int64(row), at: first)
            statement.bind(integer: articleID, at: first + 1)
            statement.bind(integer: Int64(row), at: first + 2)
            statement.bind(integer: Int64(all[row].paragraph), at: first + 3)
            statement.bind(integer: Int64(all[row].range.lowerBound), at: first + 4)
            statement.bind(integer: Int64(all[row].range.upperBound), at: first + 5)
        }
        return (0..<Int64(all.count)).map { firstID + $0 }
    }

    /// Finds or creates the index's entity for each of an article's entities, with their details; their
    /// aliases are written after, in one go, in the order one-by-one writes would give them.
    private func upsertEntities(_ entities: [AnalyzedEntity]) throws -> [Int64] {
        var staged = StagedAliases()
        var ids: [Int64] = []
        ids.reserveCapacity(entities.count)
        for entity in entities {
            let id = try upsertEntity(entity, staged: staged)
            staged.add(entity, id: id.id, type: id.type)
            ids.append(id.id)
        }
        try aliases.run(rows: staged.rows.count) { statement, row, first in
            statement.bind(integer: staged.rows[row].entityID, at: first)
            statement.bind(text: staged.rows[row].name, at: first + 1)
            statement.bind(text: staged.rows[row].key, at: first + 2)
        }
        return ids
    }

    /// Finds the index's entity for an article's entity, or creates it; records its details. Returns the
    /// entity's id and its type in the index.
    private func upsertEntity(_ entity: AnalyzedEntity, staged: StagedAliases) throws -> (id: Int64, type: String) {
        let key = NameKey.make(entity.name)
        let found: (id: Int64, type: String)
        if let existing = try findEntity(entity, key: key, staged: staged) {
            found = (existing.id, existing.type)
            if entity.type != .date && existing.nameMayGrow {
                try database.cachedStatement(
                    "UPDATE entity SET name = ?2 WHERE id = ?1 AND length(name) < length(?2)").run([existing.id, entity.name])
                if existing.type == entity.type.rawValue && existing.byKey {
                    known?.noteEntity(type: existing.type, key: key, id: existing.id,
                                      nameLength: max(existing.nameLength, KnownEntities.sqlLength(entity.name)))
                }
            }
        } else {
            try database.cachedStatement("INSERT INTO entity (type, name, key) VALUES (?, ?, ?)")
                .run([entity.type.rawValue, entity.name, key])
            found = (database.lastInsertRowID, entity.type.rawValue)
            known?.noteEntity(type: found.type, key: key, id: found.id, nameLength: KnownEntities.sqlLength(entity.name))
        }
        if let place = entity.place, known?.hasPlace.contains(found.id) != true {
            try database.cachedStatement("""
                INSERT OR IGNORE INTO place (entity_id, geonames_id, kind, country_code, latitude, longitude, population)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).run([found.id, place.geonamesID, place.kind.rawValue, place.countryCode, place.latitude, place.longitude, place.population])
            known?.hasPlace.insert(found.id)
        }
        if let date = entity.date, known?.hasDate.contains(found.id) != true {
            let precision = date.day != nil ? "day" : date.month != nil ? "month" : "year"
            try database.cachedStatement(
                "INSERT OR IGNORE INTO calendar_date (entity_id, value, precision, year, month, day) VALUES (?, ?, ?, ?, ?, ?)")
                .run([found.id, date.iso, precision, date.year, date.month, date.day])
            known?.hasDate.insert(found.id)
        }
        return found
    }

    /// Same type and key; else the same GeoNames place; else a unique entity with a matching full-form alias
    /// (among the stored aliases and those of the article's earlier entities, still to be written).
    /// `nameMayGrow` is false when the stored name is known to be at least as long as the entity's.
    ///
    /// Single-word person names and acronyms never join across articles: two people who share a surname
    /// stay apart, and "CEC" in two countries is two commissions.
    private func findEntity(_ entity: AnalyzedEntity, key: String, staged: StagedAliases) throws -> FoundEntity? {
        let type = entity.type.rawValue
        if let noted = known?.entity(type: type, key: key) {
            return FoundEntity(id: noted.id, type: type, nameLength: noted.nameLength,
                               nameMayGrow: noted.nameLength < KnownEntities.sqlLength(entity.name), byKey: true)
        }
        let byKey = try database.cachedStatement("SELECT id, length(name), length(name) < length(?3) FROM entity WHERE type = ?1 AND key = ?2")
        byKey.bind(text: type, at: 1)
        byKey.bind(text: key, at: 2)
        byKey.bind(text: entity.name, at: 3)
        defer { byKey.reset() }
        if try byKey.step() {
            let found = FoundEntity(id: byKey.int64(at: 0), type: type, nameLength: byKey.int(at: 1),
                                    nameMayGrow: byKey.int(at: 2) != 0, byKey: true)
            known?.noteEntity(type: type, key: key, id: found.id, nameLength: found.nameLength)
            return found
        }
        if let geonamesID = entity.place?.geonamesID,
           let row = try database.cachedStatement(
               "SELECT place.entity_id FROM place JOIN entity ON entity.id = place.entity_id WHERE geonames_id = ? AND entity.type = 'PLACE'")
            .rows([geonamesID]).first, let id = row[0].int64 {
            return FoundEntity(id: id, type: "PLACE", nameLength: 0, nameMayGrow: true, byKey: false)
        }
        guard entity.type == .person || entity.type == .org else { return nil }
        let lookup = try database.cachedStatement(
            "SELECT DISTINCT alias.entity_id FROM alias JOIN entity ON entity.id = alias.entity_id WHERE alias.key = ? AND entity.type = ? LIMIT 2")
        for alias in entity.aliases {
            let aliasKey = NameKey.make(alias)
            guard aliasKey.containsLiterally(" ") else { continue }
            var owners = Set(try lookup.rows([aliasKey, type]).compactMap { $0[0].int64 })
            if owners.count < 2 { owners.formUnion(staged.owners(ofKey: aliasKey, type: type)) }
            if owners.count == 1, let id = owners.first {
                return FoundEntity(id: id, type: type, nameLength: 0, nameMayGrow: true, byKey: false)
            }
        }
        return nil
    }
}

/// An entity of the index that an article's entity is, as `findEntity` found it.
private struct FoundEntity {
    let id: Int64
    /// Its type in the index.
    let type: String
    /// SQLite's `length(name)` of its stored name; only meaningful when `byKey`.
    let nameLength: Int
    /// Whether the stored name may be shorter than the article's (then the name is updated).
    let nameMayGrow: Bool
    /// Found by type and key (not by GeoNames id or alias).
    let byKey: Bool
}

/// What a writer knows of the stored entities during a batch: by type and key, each entity's id and the
/// length of its name, and which have their place or date details stored.
private struct KnownEntities {
    private var byKey: [String: [String: (id: Int64, nameLength: Int)]] = [:]
    var hasPlace = Set<Int64>()
    var hasDate = Set<Int64>()

    func entity(type: String, key: String) -> (id: Int64, nameLength: Int)? {
        byKey[type]?[key]
    }

    mutating func noteEntity(type: String, key: String, id: Int64, nameLength: Int) {
        byKey[type, default: [:]][key] = (id, nameLength)
    }

    mutating func forgetAll() {
        self = KnownEntities()
    }

    /// SQLite's `length()` of text: its Unicode scalars before the first U+0000.
    static func sqlLength(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            if scalar == "\u{0}" { break }
            count += 1
        }
        return count
    }
}

/// An article's aliases, gathered entity by entity before they are written in one go, and found by key
/// meanwhile as the stored ones are.
private struct StagedAliases {
    /// The rows to write, in order: each entity's aliases and then its name, each form once per entity.
    private(set) var rows: [(entityID: Int64, name: String, key: String)] = []
    /// For each key, the entities with an alias of that key, and their types.
    private var ownersByKey: [String: [(id: Int64, type: String)]] = [:]

    mutating func add(_ entity: AnalyzedEntity, id: Int64, type: String) {
        var seen = Set<String>()
        for alias in entity.aliases + [entity.name] where seen.insert(alias).inserted {
            let key = NameKey.make(alias)
            rows.append((id, alias, key))
            ownersByKey[key, default: []].append((id, type))
        }
    }

    /// The entities of this type with a staged alias of this key.
    func owners(ofKey key: String, type: String) -> [Int64] {
        (ownersByKey[key] ?? []).filter { $0.type == type }.map(\.id)
    }
}

extension SQLValue {
    /// The integer this value holds, or nil.
    var int64: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }
}
