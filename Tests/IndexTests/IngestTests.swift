import Foundation
import Testing
import Extraction
@testable import Index
import SQLiteDB
import TestSupport

/// A short article in the genre, written for these tests.
let sampleArticle = """
 date 2023-05-14 ANKARA, May 14 (Anadolu) – The Union of Turkish Associations in Sweden held its annual congress in Stockholm on Saturday.

Chairman of the Union of Turkish Associations in Sweden Mehmet Yildirim said the community had grown by a third since 2015.

"Our schools need more teachers," Yildirim noted.
"""

/// The demo articles of `seeds/`, as ingest finds them: they share people and organisations, and state affiliations.
func seedFiles() throws -> InputFiles {
    try InputFiles([CommandRunner.packageRoot.appendingPathComponent("seeds").path])
}

@Suite struct IngestTests {
    private func ingest(_ files: [InputFile], into index: NewsIndex) throws -> IngestSummary {
        try Ingestor(index: index, extractor: Extractor()).ingest(files) { _ in }
    }

    private func file(_ path: String, _ text: String) -> InputFile {
        InputFile(path: path) { Data(text.utf8) }
    }

    private func count(_ index: NewsIndex, _ table: String) throws -> Int64 {
        if case .integer(let n) = try index.database.scalar("SELECT count(*) FROM \(table)") { return n }
        return -1
    }

    @Test func sameContentTwiceAddsNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        let first = try ingest([file("a.txt", sampleArticle)], into: index)
        #expect(first.new == 1)
        let mentions = try count(index, "mention")
        #expect(mentions > 0)
        let again = try ingest([file("a.txt", sampleArticle), file("copy-of-a.txt", sampleArticle)], into: index)
        #expect(again == { var s = IngestSummary(); s.unchanged = 2; return s }())
        #expect(try count(index, "article") == 1)
        #expect(try count(index, "mention") == mentions)
    }

    @Test func changedFileAtTheSamePathReplacesItsRows() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        _ = try ingest([file("a.txt", sampleArticle)], into: index)
        let changed = sampleArticle.replacingOccurrences(of: "Mehmet Yildirim", with: "Ayse Demir").replacingOccurrences(of: "Yildirim", with: "Demir")
        let summary = try ingest([file("a.txt", changed)], into: index)
        #expect(summary.replaced == 1)
        #expect(try count(index, "article") == 1)
        let stale = try index.database.scalar("SELECT count(*) FROM mention WHERE text LIKE '%Yildirim%'")
        #expect(stale == .integer(0))
        let orphans = try index.database.scalar(
            "SELECT count(*) FROM entity e WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = e.id)")
        #expect(orphans == .integer(0))
        #expect(try index.database.query("PRAGMA foreign_key_check").isEmpty)
    }

    @Test func mentionOffsetsPointAtTheirTextInSQLite() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        let accented = sampleArticle.replacingOccurrences(of: "Mehmet Yildirim", with: "Mehmet Yıldırım").replacingOccurrences(of: "Yildirim noted", with: "Yıldırım noted")
        _ = try ingest([file("a.txt", "“Über” 🇹🇷 " + accented)], into: index)
        let rows = try index.database.query("""
            SELECT m.text, substr(a.text, m.start + 1, m.end - m.start) FROM mention m JOIN article a ON a.id = m.article_id
            """)
        #expect(rows.count >= 3)
        for row in rows { #expect(row[0] == row[1]) }
        let quotes = try index.database.query("SELECT q.text, substr(a.text, q.start + 1, q.end - q.start) FROM quote q JOIN article a ON a.id = q.article_id")
        for row in quotes { #expect(row[0] == row[1]) }
    }

    @Test func headerDateAndDatelineAreStored() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        _ = try ingest([file("a.txt", sampleArticle)], into: index)
        let row = try #require(try index.database.query("SELECT published, dateline, substr(text, 1, 6) FROM article").first)
        #expect(row[0] == .text("2023-05-14"))
        #expect(row[1].textValue?.hasPrefix("ANKARA") == true)
        #expect(row[2] == .text("ANKARA"))
    }

    @Test func emptyAndBinaryFilesAreSkippedAndTheRestGoesOn() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        var notices: [IngestNotice] = []
        let files = [
            file("empty.txt", "  \n"),
            InputFile(path: "junk.bin") { Data([0, 1, 2, 3, 0, 0, 7, 8, 0, 0, 0, 1, 2]) },
            file("a.txt", sampleArticle),
        ]
        let summary = try Ingestor(index: index, extractor: Extractor()).ingest(files) { notices.append($0) }
        #expect(summary.new == 1 && summary.skipped == 2)
        #expect(notices.map(\.path) == ["empty.txt", "junk.bin"])
    }

    @Test func plainTextWithoutHeaderIsAnArticleWithoutDate() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        let body = sampleArticle.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
        _ = try ingest([file("plain.txt", "The congress in Stockholm ended.\n" + body)], into: index)
        #expect(try index.database.scalar("SELECT published FROM article") == .null)
    }
}

extension SQLValue {
    var textValue: String? {
        if case .text(let value) = self { return value }
        return nil
    }
}
