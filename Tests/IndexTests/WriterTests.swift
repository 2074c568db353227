import ArticleText
import Extraction
import Foundation
@testable import Index
import SQLiteDB
import Testing
import TestSupport

/// The writer gathers an article's aliases and writes them after its entities in one go; an entity must still
/// find the entities written before it in the same article by their full-form aliases, as it would if each
/// alias were stored as soon as its entity.
@Suite struct WriterTests {
    private func analysis(_ entities: [AnalyzedEntity]) -> ArticleAnalysis {
        let text = "Ali Veli spoke."
        return ArticleAnalysis(source: ArticleSource(body: text, date: nil, headerProblem: nil),
                               document: TextDocument(text), entities: entities)
    }

    private func write(_ entities: [AnalyzedEntity], path: String, into index: NewsIndex) throws {
        let writer = ArticleWriter(index: index)
        _ = try writer.batch { try writer.write(analysis(entities), origin: origin(path)) }
    }

    /// Runs `body` with a new index in a temporary folder and a writer for it.
    private func withWriter(_ body: (NewsIndex, ArticleWriter) throws -> Void) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        try body(index, ArticleWriter(index: index))
    }

    /// An article of these entities whose one mention, of `entity`, has an empty range: its row fails the
    /// CHECK (end > start), so the whole article is rolled back.
    private func failing(_ entities: [AnalyzedEntity], mentionOf entity: Int) -> ArticleAnalysis {
        var failing = analysis(entities)
        failing.mentions = [AnalyzedMention(entity: entity, range: 3..<3, text: "", sentence: 0)]
        return failing
    }

    private func origin(_ path: String) -> ArticleOrigin {
        ArticleOrigin(sourcePath: path, contentHash: path)
    }

    private func rows(_ index: NewsIndex, _ sql: String) throws -> [[SQLValue]] {
        try index.database.query(sql).map(\.values)
    }

    @Test func anEntityJoinsAnEarlierEntityOfTheSameArticleByAFullFormAlias() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        try write([
            AnalyzedEntity(type: .person, name: "Ali Veli", aliases: []),
            AnalyzedEntity(type: .person, name: "Ali Veli Pasha", aliases: ["Ali Veli", "Pasha"]),
        ], path: "a.txt", into: index)
        #expect(try rows(index, "SELECT id, name FROM entity") == [[.integer(1), .text("Ali Veli Pasha")]])
        #expect(try rows(index, "SELECT id, entity_id, name FROM alias ORDER BY id") == [
            [.integer(1), .integer(1), .text("Ali Veli")],
            [.integer(2), .integer(1), .text("Pasha")],
            [.integer(3), .integer(1), .text("Ali Veli Pasha")],
        ])
    }

    @Test func anAliasOfAStoredAndOfAnEarlierEntityOfTheArticleJoinsNeither() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        try write([AnalyzedEntity(type: .person, name: "Ali Veli Khan", aliases: ["Ali Veli"])], path: "a.txt", into: index)
        try write([
            AnalyzedEntity(type: .person, name: "Ali Veli", aliases: []),
            AnalyzedEntity(type: .person, name: "Ali Veli Pasha", aliases: ["Ali Veli"]),
            AnalyzedEntity(type: .org, name: "Veli Holding", aliases: ["Ali Veli"]),
        ], path: "b.txt", into: index)
        #expect(try rows(index, "SELECT id, type, name FROM entity ORDER BY id") == [
            [.integer(1), .text("PERSON"), .text("Ali Veli Khan")],
            [.integer(2), .text("PERSON"), .text("Ali Veli")],
            [.integer(3), .text("PERSON"), .text("Ali Veli Pasha")],
            [.integer(4), .text("ORG"), .text("Veli Holding")],
        ])
    }

    @Test func aFailedArticleOfABatchLeavesNoRememberedEntityBehind() throws {
        try withWriter { index, writer in
            let person = AnalyzedEntity(type: .person, name: "Ali Veli", aliases: [])
            var good = analysis([person])
            good.mentions = [AnalyzedMention(entity: 0, range: 0..<8, text: "Ali Veli", sentence: 0)]
            try writer.batch {
                try writer.write(analysis([person]), origin: origin("a.txt"))
                #expect(throws: SQLiteError.self) {
                    try writer.write(failing([AnalyzedEntity(type: .org, name: "Veli Holding", aliases: []), person], mentionOf: 1),
                                     origin: origin("b.txt"))
                }
                try writer.write(good, origin: origin("c.txt"))
            }
            #expect(try rows(index, "SELECT id, type, name, mention_count, article_count FROM entity ORDER BY id") == [
                [.integer(1), .text("PERSON"), .text("Ali Veli"), .integer(1), .integer(1)],
            ])
            #expect(try rows(index, "SELECT source_path FROM article ORDER BY id") == [[.text("a.txt")], [.text("c.txt")]])
            #expect(try rows(index, "PRAGMA foreign_key_check").isEmpty)
        }
    }

    /// An article of this text, naming one person in a quote of its first sentence.
    private func quoting(_ text: String) -> ArticleAnalysis {
        var analysis = ArticleAnalysis(source: ArticleSource(body: text, date: nil, headerProblem: nil),
                                       document: TextDocument(text),
                                       entities: [AnalyzedEntity(type: .person, name: "Ali Veli", aliases: ["Veli"])])
        analysis.quotes = [AnalyzedQuote(range: 0..<text.unicodeScalars.count, text: text, sentence: 0, speakers: [0])]
        return analysis
    }

    private func matches(_ index: NewsIndex, _ table: String, _ words: String) throws -> [[SQLValue]] {
        try index.database.cachedStatement("SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid").rows([words]).map(\.values)
    }

    @Test func newRowsReachTheFullTextTablesAtTheEndOfABatchAndDeletesFindThem() throws {
        try withWriter { index, writer in
            try writer.batch {
                try writer.write(quoting("Harvest festival opens."), origin: origin("a.txt"))
                #expect(try matches(index, "article_fts", "harvest").isEmpty)  // not yet: once per batch
                // The same path with other bytes: the first article's rows are deleted, full-text rows included.
                try writer.write(quoting("Winter market closes."), origin: ArticleOrigin(sourcePath: "a.txt", contentHash: "other"))
                #expect(throws: SQLiteError.self) { try writer.write(failing([AnalyzedEntity(type: .org, name: "Veli Holding", aliases: [])], mentionOf: 0), origin: origin("b.txt")) }
                try writer.write(quoting("Spring fair opens."), origin: origin("c.txt"))
            }
            #expect(try matches(index, "article_fts", "harvest").isEmpty)
            #expect(try matches(index, "article_fts", "winter OR spring") == [[.integer(1)], [.integer(2)]])
            #expect(try matches(index, "quote_fts", "opens") == [[.integer(2)]])
            #expect(try matches(index, "alias_fts", "veli").count == 2)
            #expect(try IndexCheck.run(path: index.path) == [])
            // Outside a batch, an article's rows are indexed with it.
            try writer.write(quoting("Autumn parade."), origin: origin("d.txt"))
            #expect(try matches(index, "article_fts", "autumn") == [[.integer(3)]])
            #expect(try IndexCheck.run(path: index.path) == [])
        }
    }

    @Test func aFailedArticleOfABatchForgetsTheEntitiesItCreated() throws {
        try withWriter { index, writer in
            let org = AnalyzedEntity(type: .org, name: "Veli Holding", aliases: [])
            var good = analysis([AnalyzedEntity(type: .person, name: "Ali Veli", aliases: []), org])
            good.mentions = [AnalyzedMention(entity: 1, range: 4..<8, text: "Veli", sentence: 0)]
            try writer.batch {
                #expect(throws: SQLiteError.self) { try writer.write(failing([org], mentionOf: 0), origin: origin("b.txt")) }
                try writer.write(good, origin: origin("c.txt"))
            }
            // The organisation is written again, after the person: not the id its rolled-back row had.
            #expect(try rows(index, "SELECT id, type, name, article_count FROM entity ORDER BY id") == [
                [.integer(1), .text("PERSON"), .text("Ali Veli"), .integer(0)],
                [.integer(2), .text("ORG"), .text("Veli Holding"), .integer(1)],
            ])
            #expect(try rows(index, "PRAGMA foreign_key_check").isEmpty)
        }
    }
}
