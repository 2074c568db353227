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
public final class ArticleWriter {
    private let database: Database
    private let ingestedAt: String

    public init(index: NewsIndex) {
        database = index.database
        ingestedAt = ISO8601DateFormatter().string(from: Date())
    }

    /// Whether these exact bytes are indexed already (under any path).
    public func isIndexed(contentHash: String) throws -> Bool {
        try database.cachedStatement("SELECT 1 FROM article WHERE content_hash = ?").rows([contentHash]).isEmpty == false
    }

    /// Stores one analysed article; a different article at the same path is replaced, the same bytes are left alone.
    @discardableResult
    public func write(_ analysis: ArticleAnalysis, origin: ArticleOrigin) throws -> StoreOutcome {
        if try isIndexed(contentHash: origin.contentHash) { return .unchanged }
        return try database.savepoint {
            let replaced = try deleteArticle(at: origin.sourcePath)
            let articleID = try insertArticle(analysis, origin: origin)
            let sentenceIDs = try insertSentences(analysis, articleID: articleID)
            let entityIDs = try analysis.entities.map { try upsertEntity($0) }
            let insertMention = try database.cachedStatement(
                "INSERT INTO mention (article_id, entity_id, sentence_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)")
            var mentionsPerEntity: [Int64: Int] = [:]
            for mention in analysis.mentions {
                try insertMention.run([articleID, entityIDs[mention.entity], sentenceIDs[mention.sentence],
                                       mention.range.lowerBound, mention.range.upperBound, mention.text])
                mentionsPerEntity[entityIDs[mention.entity], default: 0] += 1
            }
            var names: [Int64: String] = [:]
            for (index, entity) in analysis.entities.enumerated() where names[entityIDs[index]] == nil {
                names[entityIDs[index]] = entity.name
            }
            try insertArticleEntities(articleID: articleID, mentionsPerEntity, names: names)
            let insertAffiliation = try database.cachedStatement(
                "INSERT INTO affiliation (article_id, person_id, org_id, sentence_id, role, role_key) VALUES (?, ?, ?, ?, ?, ?)")
            for affiliation in analysis.affiliations {
                try insertAffiliation.run([articleID, entityIDs[affiliation.person], entityIDs[affiliation.org],
                                           sentenceIDs[affiliation.sentence], affiliation.role, affiliation.roleKey])
            }
            let insertOrgPlace = try database.cachedStatement(
                "INSERT OR IGNORE INTO org_place (article_id, org_id, place_id, evidence) VALUES (?, ?, ?, ?)")
            for link in analysis.orgPlaces {
                try insertOrgPlace.run([articleID, entityIDs[link.org], entityIDs[link.place], link.evidence.rawValue])
            }
            let insertQuote = try database.cachedStatement(
                "INSERT INTO quote (article_id, sentence_id, start, end, text) VALUES (?, ?, ?, ?, ?)")
            let insertSpeaker = try database.cachedStatement(
                "INSERT OR IGNORE INTO quote_speaker (quote_id, entity_id) VALUES (?, ?)")
            for quote in analysis.quotes {
                try insertQuote.run([articleID, sentenceIDs[quote.sentence], quote.range.lowerBound, quote.range.upperBound, quote.text])
                let quoteID = database.lastInsertRowID
                for speaker in quote.speakers { try insertSpeaker.run([quoteID, entityIDs[speaker]]) }
            }
            return replaced ? .replaced : .new
        }
    }

    /// Writes one article's `article_entity` rows: each entity its mentions name, with their number (the
    /// schema's triggers add them to the entity's totals) and the entity's name in this article.
    private func insertArticleEntities(articleID: Int64, _ mentionsPerEntity: [Int64: Int], names: [Int64: String]) throws {
        let insert = try database.cachedStatement(
            "INSERT INTO article_entity (article_id, entity_id, mention_count, name) VALUES (?, ?, ?, ?)")
        for (entityID, mentions) in mentionsPerEntity.sorted(by: { $0.key < $1.key }) {
            try insert.run([articleID, entityID, mentions, names[entityID]])
        }
    }

    /// Deletes the article stored at `path` with all its rows, and entities no article names any more.
    private func deleteArticle(at path: String) throws -> Bool {
        guard let row = try database.cachedStatement("SELECT id FROM article WHERE source_path = ?").rows([path]).first,
              case .integer(let articleID) = row[0] else { return false }
        let entityRows = try database.cachedStatement(
            "SELECT entity_id FROM mention WHERE article_id = ?1 UNION SELECT person_id FROM affiliation WHERE article_id = ?1 "
            + "UNION SELECT org_id FROM affiliation WHERE article_id = ?1 UNION SELECT place_id FROM org_place WHERE article_id = ?1 "
            + "UNION SELECT entity_id FROM quote_speaker JOIN quote ON quote.id = quote_id WHERE article_id = ?1").rows([articleID])
        try database.cachedStatement("DELETE FROM article WHERE id = ?").run([articleID])
        let deleteOrphan = try database.cachedStatement("""
            DELETE FROM entity WHERE id = ?1
              AND NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM affiliation WHERE person_id = ?1 OR org_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM org_place WHERE org_id = ?1 OR place_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM quote_speaker WHERE entity_id = ?1)
            """)
        for row in entityRows { try deleteOrphan.run([row[0]]) }
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

    private func insertSentences(_ analysis: ArticleAnalysis, articleID: Int64) throws -> [Int64] {
        let insert = try database.cachedStatement(
            "INSERT INTO sentence (article_id, position, paragraph, start, end) VALUES (?, ?, ?, ?, ?)")
        return try analysis.document.sentences.enumerated().map { position, sentence in
            try insert.run([articleID, position, sentence.paragraph, sentence.range.lowerBound, sentence.range.upperBound])
            return database.lastInsertRowID
        }
    }

    /// Finds the index's entity for an article's entity, or creates it; records its aliases and details.
    private func upsertEntity(_ entity: AnalyzedEntity) throws -> Int64 {
        let key = NameKey.make(entity.name)
        let id: Int64
        if let existing = try findEntity(entity, key: key) {
            id = existing
            if entity.type != .date {
                try database.cachedStatement(
                    "UPDATE entity SET name = ?2 WHERE id = ?1 AND length(name) < length(?2)").run([id, entity.name])
            }
        } else {
            try database.cachedStatement("INSERT INTO entity (type, name, key) VALUES (?, ?, ?)")
                .run([entity.type.rawValue, entity.name, key])
            id = database.lastInsertRowID
        }
        let insertAlias = try database.cachedStatement("INSERT OR IGNORE INTO alias (entity_id, name, key) VALUES (?, ?, ?)")
        var seen = Set<String>()
        for alias in entity.aliases + [entity.name] where seen.insert(alias).inserted {
            try insertAlias.run([id, alias, NameKey.make(alias)])  // in the article's order, so ids are reproducible
        }
        if let place = entity.place {
            try database.cachedStatement("""
                INSERT OR IGNORE INTO place (entity_id, geonames_id, kind, country_code, latitude, longitude, population)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).run([id, place.geonamesID, place.kind.rawValue, place.countryCode, place.latitude, place.longitude, place.population])
        }
        if let date = entity.date {
            let precision = date.day != nil ? "day" : date.month != nil ? "month" : "year"
            try database.cachedStatement(
                "INSERT OR IGNORE INTO calendar_date (entity_id, value, precision, year, month, day) VALUES (?, ?, ?, ?, ?, ?)")
                .run([id, date.iso, precision, date.year, date.month, date.day])
        }
        return id
    }

    /// Same type and key; else the same GeoNames place; else a unique entity with a matching full-form alias.
    ///
    /// Single-word person names and acronyms never join across articles: two people who share a surname
    /// stay apart, and "CEC" in two countries is two commissions.
    private func findEntity(_ entity: AnalyzedEntity, key: String) throws -> Int64? {
        if let row = try database.cachedStatement("SELECT id FROM entity WHERE type = ? AND key = ?")
            .rows([entity.type.rawValue, key]).first { return row[0].int64 }
        if let geonamesID = entity.place?.geonamesID,
           let row = try database.cachedStatement(
               "SELECT place.entity_id FROM place JOIN entity ON entity.id = place.entity_id WHERE geonames_id = ? AND entity.type = 'PLACE'")
            .rows([geonamesID]).first { return row[0].int64 }
        guard entity.type == .person || entity.type == .org else { return nil }
        let lookup = try database.cachedStatement(
            "SELECT DISTINCT alias.entity_id FROM alias JOIN entity ON entity.id = alias.entity_id WHERE alias.key = ? AND entity.type = ? LIMIT 2")
        for alias in entity.aliases {
            let aliasKey = NameKey.make(alias)
            guard aliasKey.contains(" ") else { continue }
            let rows = try lookup.rows([aliasKey, entity.type.rawValue])
            if rows.count == 1 { return rows[0][0].int64 }
        }
        return nil
    }
}

extension SQLValue {
    /// The integer this value holds, or nil.
    var int64: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }
}
