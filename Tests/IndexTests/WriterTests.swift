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
        try index.database.transaction {
            try writer.write(analysis(entities), origin: ArticleOrigin(sourcePath: path, contentHash: path))
        }
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
}
