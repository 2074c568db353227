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

    @Test func anExactAliasWinsOverWordMatches() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try indexWithSample(directory)
        // "Sweden" is a place of its own, and also a word of the union's name.
        let place = try CannedQuery.mentions.run(on: index, filters: QueryFilters(entity: "sweden"))
        #expect(entities(place) == ["Sweden"])
    }
}
