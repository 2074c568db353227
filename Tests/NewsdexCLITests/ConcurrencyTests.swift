import Foundation
import Testing
import TestSupport

/// Readers and a second writer may use the index while an ingest runs (WAL, a busy timeout, short
/// write transactions): queries answer, and two ingests of the same files store each article once.
@Suite(.serialized) struct ConcurrencyTests {
    @Test func queriesSucceedWhileAnIngestRuns() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = directory.path("articles")
        let paths = try IngestFixtures.writeArticles(160, to: folder)
        let database = directory.path("busy.db")
        let first = try CommandRunner.newsdex(["ingest", paths[0], "--db", database, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")

        let ingest = try IngestFixtures.start(["ingest", folder, "--db", database, "--quiet"], in: directory, name: "ingest")
        var queries = 0
        var countsSeen = Set<Int>()
        while ingest.isRunning {
            for arguments in [["query", "people", "--limit", "5"], ["stats"], ["query", "mentions", "Nasirov", "--limit", "3"]] {
                let result = try CommandRunner.newsdex(arguments + ["--db", database])
                #expect(result.status == 0, "newsdex \(arguments.joined(separator: " ")) during an ingest: \(result.stderr)")
                queries += 1
            }
            countsSeen.insert(IngestFixtures.articleCount(database))
        }
        #expect(try ingest.wait() == 0, "\(IngestFixtures.output(of: "ingest", in: directory).stderr)")
        #expect(queries >= 3)
        #expect(countsSeen.count >= 2, "the queries never saw the ingest in progress: \(countsSeen.sorted())")
        #expect(IngestFixtures.articleCount(database) == 160)
    }

    @Test(arguments: [false, true])
    func twoIngestsIntoOneFileStoreEachArticleOnce(fileExists: Bool) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = directory.path("articles")
        let paths = try IngestFixtures.writeArticles(120, to: folder)
        let database = directory.path("shared.db")
        if fileExists {
            let first = try CommandRunner.newsdex(["ingest", paths[0], "--db", database, "--quiet"])
            #expect(first.status == 0, "\(first.stderr)")
        }
        let one = try IngestFixtures.start(["ingest", folder, "--db", database], in: directory, name: "one")
        let two = try IngestFixtures.start(["ingest", folder, "--db", database], in: directory, name: "two")
        let statuses = [try one.wait(), try two.wait()]
        let outputs = [IngestFixtures.output(of: "one", in: directory), IngestFixtures.output(of: "two", in: directory)]
        #expect(statuses[0] == 0, "\(outputs[0].stderr)")
        #expect(statuses[1] == 0, "\(outputs[1].stderr)")
        #expect(outputs.allSatisfy { $0.stderr.isEmpty }, "\(outputs.map(\.stderr))")
        let newCounts = outputs.compactMap { Int($0.stdout.prefix { $0.isNumber }) }
        #expect(newCounts.reduce(0, +) == (fileExists ? 119 : 120), "\(outputs.map(\.stdout))")
        #expect(try IngestFixtures.sql(database, "SELECT count(*), count(DISTINCT content_hash), count(DISTINCT source_path) FROM article") == "120|120|120\n")
        #expect(try IngestFixtures.sql(database, "SELECT count(*) FROM (SELECT type, key FROM entity GROUP BY type, key HAVING count(*) > 1)") == "0\n")
        try IngestFixtures.expectIntact(database, "after two ingests at once")
    }
}
