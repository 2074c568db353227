import Foundation
import Testing
import Extraction
@testable import Index
import SQLiteDB
import TestSupport

/// Ingest on several worker threads writes exactly what one worker writes: same rows, same ids, same order.
@Suite struct ParallelIngestTests {
    /// Every table, its columns but the ingest time, in id order.
    static let dumpQueries = [
        "SELECT id, source_path, content_hash, published, dateline, text, word_count FROM article ORDER BY id",
        "SELECT * FROM sentence ORDER BY id", "SELECT * FROM entity ORDER BY id", "SELECT * FROM alias ORDER BY id",
        "SELECT * FROM mention ORDER BY id", "SELECT * FROM place ORDER BY entity_id",
        "SELECT * FROM calendar_date ORDER BY entity_id", "SELECT * FROM affiliation ORDER BY id",
        "SELECT * FROM org_place ORDER BY id", "SELECT * FROM quote ORDER BY id",
        "SELECT * FROM quote_speaker ORDER BY quote_id, entity_id",
    ]

    static func dump(_ index: NewsIndex) throws -> [[Row]] {
        try dumpQueries.map { try index.database.query($0) }
    }

    /// The in-domain corpus files, plus a duplicate, an empty file and a binary file among them.
    static func inputFiles() throws -> [InputFile] {
        let root = CommandRunner.packageRoot.path
        var files = Array(try InputFiles([root + "/seeds", root + "/corpus/dev", root + "/corpus/train"]))
        files.insert(InputFile(path: "empty.txt") { Data() }, at: 3)
        files.insert(InputFile(path: "junk.bin") { Data((0..<200).map { UInt8($0 % 7) }) }, at: 10)
        if let copied = files.dropFirst(20).first {
            files.insert(InputFile(path: "copy-of-" + copied.path) { try copied.read() }, at: files.count - 2)
        }
        return files
    }

    private func ingest(_ files: [InputFile], workers: Int, into path: String) throws -> (IngestSummary, [String], NewsIndex) {
        let index = try NewsIndex(path: path)
        var notices: [String] = []
        var options = IngestOptions()
        options.batchSize = 7  // several batches, and a batch boundary inside the run of bad files
        let summary = try Ingestor(index: index, extractor: Extractor(), workers: workers, options: options)
            .ingest(files) { notices.append("\($0.path) \($0.severity) \($0.message)") }
        return (summary, notices, index)
    }

    @Test func oneAndSeveralWorkersWriteTheSameRows() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let files = try Self.inputFiles()
        #expect(files.count > 25)
        let (oneSummary, oneNotices, one) = try ingest(files, workers: 1, into: directory.path("one.db"))
        let (manySummary, manyNotices, many) = try ingest(files, workers: 4, into: directory.path("many.db"))
        #expect(oneSummary.new == files.count - 3)
        #expect(oneSummary.unchanged == 1 && oneSummary.skipped == 2)
        #expect(oneSummary == manySummary)
        #expect(oneNotices == manyNotices)
        let oneRows = try Self.dump(one), manyRows = try Self.dump(many)
        for (number, query) in Self.dumpQueries.enumerated() {
            #expect(oneRows[number].count > 0 || query.contains("place") || query.contains("calendar"), "\(query): no rows")
            let firstDifference = zip(oneRows[number], manyRows[number]).first { $0 != $1 }
            #expect(oneRows[number].count == manyRows[number].count, "\(query): row counts differ")
            #expect(firstDifference == nil, "\(query): 1 worker wrote \(firstDifference.map { "\($0.0.values), 4 workers \($0.1.values)" } ?? "")")
        }
    }

    @Test func theComparisonSeesADifference() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let files = Array(try Self.inputFiles().prefix(12))
        let (_, _, inOrder) = try ingest(files, workers: 2, into: directory.path("a.db"))
        let (_, _, reversed) = try ingest(files.reversed(), workers: 2, into: directory.path("b.db"))
        #expect(try Self.dump(inOrder) != Self.dump(reversed))
    }

    @Test func reingestWithWorkersAddsNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let files = Array(try Self.inputFiles().prefix(40))
        let (_, _, index) = try ingest(files, workers: 2, into: directory.path("x.db"))
        let before = try Self.dump(index)
        let (again, _, _) = try ingest(files, workers: 2, into: directory.path("x.db"))
        #expect(again.new == 0 && again.replaced == 0)
        #expect(again.unchanged + again.skipped == files.count)
        #expect(try Self.dump(index) == before)
    }
}
