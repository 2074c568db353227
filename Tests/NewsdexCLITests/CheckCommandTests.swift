import Foundation
import Testing
import TestSupport

/// `newsdex check` end to end: a clean ingest passes, a file damaged through the sqlite3 shell does not.
@Suite(.serialized) struct CheckCommandTests {
    let directory: TemporaryDirectory
    let db: String

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path("seed.db")
    }

    private func ingestSeeds() throws {
        let ingest = try CommandRunner.newsdex(["ingest", "seeds/", "--db", db])
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func aFreshIngestHasNoFindings() throws {
        defer { directory.remove() }
        try ingestSeeds()
        let result = try CommandRunner.newsdex(["check", "--db", db])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no problems found"))
    }

    @Test(.enabled(if: CommandRunner.isInstalled("sqlite3"), "needs the sqlite3 shell to damage the file"))
    func damageIsListedAndExitsOne() throws {
        defer { directory.remove() }
        try ingestSeeds()
        let damage = try CommandRunner.sqlite3(db, """
            PRAGMA foreign_keys = OFF;
            DELETE FROM entity WHERE id = (SELECT min(entity_id) FROM mention);
            INSERT INTO entity (type, name, key) VALUES ('ORG', 'Ghost Union', 'ghost union');
            INSERT INTO article_fts(article_fts, rowid, text) VALUES ('delete', (SELECT min(id) FROM article), 'no such words');
            """)
        try #require(damage.status == 0, "\(damage.stderr)")
        let result = try CommandRunner.newsdex(["check", "--db", db, "--format", "tsv"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "check\tproblem")
        let checks = Set(lines.dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) })
        #expect(checks == ["foreign-key", "full-text", "orphan"], "\(result.stdout)")
        #expect(result.stdout.contains("orphan\tentity ") && result.stdout.contains("(ORG 'Ghost Union') has no alias"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("Error: \(db): \(lines.count - 1) findings"), "\(result.stderr)")
    }

    @Test func aMissingFileIsOneErrorLineAndIsNotCreated() throws {
        defer { directory.remove() }
        let path = directory.path("missing.db")
        let result = try CommandRunner.newsdex(["check", "--db", path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("missing.db"))
        #expect(FileManager.default.fileExists(atPath: path) == false)
    }
}
