import Foundation
import Testing
import Extraction
@testable import Index
import SQLiteDB
import TestSupport

/// The totals the schema's triggers keep (entity and article mention counts, article_entity rows, affiliation
/// pairs) equal a
/// recount after every way rows come and go: ingest, replacement of a changed file, deletion by hand.
@Suite struct CountTests {
    private func countFindings(_ path: String) throws -> [IndexFinding] {
        try IndexCheck.run(path: path).filter { $0.check == .count }
    }

    private func integer(_ index: NewsIndex, _ sql: String) throws -> Int64 {
        try #require(try index.database.scalar(sql)?.int64)
    }

    @Test func countsFollowIngestReplacementAndDeletion() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("counts.db")
        let index = try NewsIndex(path: path)
        let files = Array(try seedFiles())
        try #require(files.count >= 3)
        _ = try Ingestor(index: index, extractor: Extractor()).ingest(files) { _ in }
        #expect(try integer(index, "SELECT count(*) FROM affiliation_pair") > 0)
        #expect(try integer(index, "SELECT max(article_count) FROM entity") > 1)
        #expect(try integer(index, "SELECT max(mention_count) FROM article_entity") > 1)
        #expect(try countFindings(path) == [])

        // A changed file at the same path: its old rows go, the new ones come.
        let changed = InputFile(path: files[1].path) { Data(" date 2025-03-01 The Union of Turkish Associations in Sweden met in Uppsala.\n".utf8) }
        let summary = try Ingestor(index: index, extractor: Extractor()).ingest([changed]) { _ in }
        #expect(summary.replaced == 1)
        #expect(try countFindings(path) == [])

        // Rows deleted by hand in the sqlite3 shell: an article (with its mentions and affiliations), one mention.
        try index.database.execute("DELETE FROM article WHERE id = (SELECT min(article_id) FROM affiliation)")
        try index.database.execute("DELETE FROM mention WHERE id = (SELECT max(id) FROM mention)")
        try index.database.execute("""
            DELETE FROM mention WHERE id = (SELECT min(id) FROM mention WHERE (article_id, entity_id) IN
                (SELECT article_id, entity_id FROM article_entity WHERE mention_count > 1))
            """)  // one of several mentions of an entity in an article
        try index.database.execute("UPDATE mention SET entity_id = (SELECT max(entity_id) FROM mention) WHERE id = (SELECT min(id) FROM mention)")
        #expect(try countFindings(path) == [])
    }

    @Test func aCountOutOfStepIsACountFinding() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("counts.db")
        let index = try NewsIndex(path: path)
        _ = try Ingestor(index: index, extractor: Extractor()).ingest([InputFile(path: "a.txt") { Data(sampleArticle.utf8) }]) { _ in }
        try index.database.execute("UPDATE entity SET mention_count = mention_count + 5 WHERE id = 1")
        try index.database.execute("UPDATE affiliation_pair SET article_count = 9")
        try index.database.execute("UPDATE article_entity SET mention_count = 7 WHERE entity_id = 2")  // entity 2 follows it
        let found = try countFindings(path)
        #expect(found.count == 4)
        #expect(found.contains { $0.message.hasPrefix("entity 2 (") && $0.message.contains("the mentions say") })
        #expect(found.contains { $0.message.hasPrefix("article_entity of article 1 and entity 2 counts 7 mentions") })
        #expect(found.contains { $0.message.hasPrefix("entity 1 (") && $0.message.contains("the mentions say") })
        #expect(found.contains { $0.message.hasPrefix("affiliation_pair of person ") && $0.message.contains("says 9 articles") })
    }
}
