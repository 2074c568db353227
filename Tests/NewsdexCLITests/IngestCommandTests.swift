import Foundation
import Testing
import TestSupport

/// `newsdex ingest` options for bad input: --max-bytes, --date, --strict, --quiet, --verbose, and the exit
/// status rules (non-zero only with --strict, or when nothing could be read).
@Suite struct IngestCommandTests {
    private func folder(in directory: TemporaryDirectory) throws -> String {
        let folder = directory.path("mixed")
        try IngestFixtures.writeArticles(3, to: folder)
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0, 1, 0, 0, 0])
            .write(to: URL(fileURLWithPath: folder + "/program.txt"))
        try Data((" date 2023-01-01 " + String(repeating: "Long text about Baku. ", count: 200)).utf8)
            .write(to: URL(fileURLWithPath: folder + "/long.txt"))
        try Data("The congress in Stockholm ended.".utf8).write(to: URL(fileURLWithPath: folder + "/undated.txt"))
        return folder
    }

    @Test func aFolderWithBadFilesIsIngestedAndSummarizedPerReason() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try CommandRunner.newsdex(["ingest", try folder(in: directory), "--db", directory.path("x.db"), "--max-bytes", "2000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "4 new, 0 unchanged, 0 replaced, 3 skipped (1 empty, 1 binary, 1 too large)\n")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasSuffix("empty.txt: skipped: empty file") })
        #expect(lines.contains { $0.contains("program.txt: skipped: binary file") })
        #expect(lines.contains { $0.contains("long.txt: skipped: larger than --max-bytes 2000") })
        #expect(lines.contains { $0.contains("undated.txt: warning: no date header") })
        #expect(!result.stderr.contains("\r"), "progress must stay off when stderr is not a terminal")
    }

    @Test func strictFailsWhenAnythingWasSkipped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try CommandRunner.newsdex(["ingest", try folder(in: directory), "--db", directory.path("x.db"), "--strict"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("5 new,"))
    }

    @Test func nothingReadableFailsWithoutStrict() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let empty = directory.path("empty.txt")
        try Data().write(to: URL(fileURLWithPath: empty))
        let result = try CommandRunner.newsdex(["ingest", empty, "--db", directory.path("x.db")])
        #expect(result.status == 1)
        #expect(result.stdout == "0 new, 0 unchanged, 0 replaced, 1 skipped (1 empty)\n")
    }

    @Test func dateSuppliesThePublicationDateOfUndatedArticles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("x.db")
        let result = try CommandRunner.newsdex(["ingest", try folder(in: directory), "--db", database, "--date", "2022-02-22"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("undated.txt: warning: no date header; dated 2022-02-22 from --date"))
        #expect(try IngestFixtures.sql(database, "SELECT published FROM article WHERE source_path LIKE '%undated.txt'") == "2022-02-22\n")
        #expect(try IngestFixtures.sql(database, "SELECT published FROM article WHERE source_path LIKE '%0000.txt'") == "2023-01-01\n")
    }

    @Test func quietPrintsOnlyTheSummaryAndVerboseEveryFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = try folder(in: directory)
        let quiet = try CommandRunner.newsdex(["ingest", folder, "--db", directory.path("q.db"), "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout.hasPrefix("5 new,"))
        let verbose = try CommandRunner.newsdex(["ingest", folder, "--db", directory.path("v.db"), "--verbose"])
        #expect(verbose.stderr.contains("0000.txt: new"))
        #expect(verbose.stderr.contains("empty.txt: skipped"))
    }

    @Test(arguments: [["--date", "2024-02-30"], ["--max-bytes", "0"], ["--workers", "0"], ["--quiet", "--verbose"]])
    func badOptionValuesAreUsageErrors(_ options: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try CommandRunner.newsdex(["ingest", "seeds/", "--db", directory.path("x.db")] + options)
        #expect(result.status == 64, "\(options): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("x.db")))
    }
}
