import Foundation
import Testing
import Extraction
@testable import Index
import SQLiteDB
import TestSupport

@Suite struct CannedQueryTests {
    private func indexWithSample(_ directory: TemporaryDirectory) throws -> NewsIndex {
        let index = try NewsIndex(path: directory.path("q.db"))
        _ = try Ingestor(index: index, extractor: Extractor()).ingest([InputFile(path: "a.txt") { Data(sampleArticle.utf8) }]) { _ in }
        return index
    }

    private func entities(_ result: QueryResult) -> Set<String> {
        Set(result.rows.compactMap { if case .text(let name) = $0[0] { name } else { nil } })
    }

    @Test func anEntityIsFoundByItsFullNameOrByAWholeWordOfIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try indexWithSample(directory)
        let full = try CannedQuery.mentions.run(on: index, filters: QueryFilters(entity: "MEHMET YILDIRIM"))
        #expect(entities(full) == ["Mehmet Yildirim"])
        let surname = try CannedQuery.mentions.run(on: index, filters: QueryFilters(entity: "yildirim"))
        #expect(entities(surname) == ["Mehmet Yildirim"])
        #expect(surname.rows.count == full.rows.count)
        let partOfAWord = try CannedQuery.mentions.run(on: index, filters: QueryFilters(entity: "yildiri"))
        #expect(partOfAWord.rows.isEmpty)
    }

    @Test func wordsOfANameMatchInARowAndQuotesInANameAreOnlyCharacters() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try indexWithSample(directory)
        let twoWords = try CannedQuery.mentions.run(on: index, filters: QueryFilters(entity: "turkish associations"))
        #expect(entities(twoWords) == ["Union of Turkish Associations in Sweden"])
        #expect(try CannedQuery.mentions.run(on: index, filters: QueryFilters(entity: "associations turkish")).rows.isEmpty)
        for hostile in ["\"", "yildirim\" OR \"sweden", "*", "NEAR(a b)", "-"] {
            #expect(try CannedQuery.mentions.run(on: index, filters: QueryFilters(entity: hostile)).rows.isEmpty, "\(hostile)")
        }
    }

    @Test func anExactAliasWinsOverWordMatches() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try indexWithSample(directory)
        // "Sweden" is a place of its own, and also a word of the union's name.
        let place = try CannedQuery.mentions.run(on: index, filters: QueryFilters(entity: "sweden"))
        #expect(entities(place) == ["Sweden"])
    }

    /// Each statement written for the filters given answers exactly as the one statement with every filter
    /// optional (the form Datasette runs), for every combination of filters, on the demo articles.
    @Test(arguments: CannedQuery.allCases)
    func everyFilterShapeAnswersAsTheOptionalForm(_ query: CannedQuery) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("shapes.db"))
        _ = try Ingestor(index: index, extractor: Extractor()).ingest(try seedFiles()) { _ in }
        func top(_ sql: String) throws -> String {
            guard case .text(let name) = try index.database.scalar(sql) else { throw CancellationError() }
            return name
        }
        let person = try top("SELECT p.name FROM affiliation a JOIN entity p ON p.id = a.person_id GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1")
        let org = try top("SELECT o.name FROM org_place op JOIN entity o ON o.id = op.org_id GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1")
        let place = try top("SELECT pl.name FROM org_place op JOIN entity pl ON pl.id = op.place_id GROUP BY pl.id ORDER BY count(*) DESC, pl.id LIMIT 1")
        let all = QueryFilters(entity: person, type: "PERSON", person: person, organization: org, place: place,
                               from: "2000-01-01", to: "2100-01-01", words: "community", limit: 10_000)
        func keeping(_ given: Set<String>) -> QueryFilters {
            var filters = QueryFilters(limit: all.limit)
            if given.contains(":entity") { filters.entity = all.entity }
            if given.contains(":type") { filters.type = all.type }
            if given.contains(":person") { filters.person = all.person }
            if given.contains(":org") { filters.organization = all.organization }
            if given.contains(":place") { filters.place = all.place }
            if given.contains(":from") { filters.from = all.from }
            if given.contains(":to") { filters.to = all.to }
            if given.contains(":words") { filters.words = all.words }
            return filters
        }
        func rows(_ sql: String, _ filters: QueryFilters) throws -> [String] {
            try query.run(on: index, filters: filters, sql: sql).rows.map { $0.map { $0.displayText(null: "NULL") }.joined(separator: "|") }.sorted()
        }
        var nonEmpty = 0
        for shape in QueryPlanTests.shapes(of: query) {
            let filters = keeping(shape.given ?? [])
            let shaped = try rows(query.sql(for: shape), filters)
            #expect(shaped == (try rows(query.sql, filters)), "\(query.rawValue) with \((shape.given ?? []).sorted())")
            if !shaped.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 0, "\(query.rawValue) answers something for some filters")
    }
    /// `cooccurrence` counts in Swift and answers as its statement does: the same columns and the same rows in
    /// the same order (shared articles, then name as SQLite orders it), dates left out, the page cut inside a
    /// tie — for the most-named entities of each type, with and without dates, at several limits.
    @Test func cooccurrenceCountedInSwiftAnswersAsItsStatement() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("cooccurrence.db"))
        _ = try Ingestor(index: index, extractor: Extractor()).ingest(try seedFiles()) { _ in }
        let names = try index.database.query("""
            SELECT name FROM (SELECT name, row_number() OVER (PARTITION BY type ORDER BY article_count DESC, id) AS rank
                              FROM entity) WHERE rank <= 3
            """).compactMap { $0.values.first.flatMap { if case .text(let name) = $0 { name } else { nil } } }
        #expect(names.count == 12)
        var compared = 0
        for name in names {
            for limit in [1, 4, 10_000] {
                for (from, to) in [(nil, nil), ("2024-01-01", nil), (nil, "2023-12-31")] as [(String?, String?)] {
                    let filters = QueryFilters(entity: name, from: from, to: to, limit: limit)
                    let counted = try CannedQuery.cooccurrence.run(on: index, filters: filters)
                    let statement = try CannedQuery.cooccurrence.run(on: index, filters: filters, sql: CannedQuery.cooccurrence.sql)
                    #expect(counted.columns == statement.columns)
                    #expect(counted.rows == statement.rows, "\(name) limit \(limit) from \(from ?? "-") to \(to ?? "-")")
                    compared += counted.rows.count
                }
            }
        }
        #expect(compared > 100)
    }
}
