import Foundation
import Testing
import TestSupport

/// End to end: the built binary on seeds/, checked through its output and the sqlite3 shell.
@Suite(.serialized) struct CLITests {
    let directory: TemporaryDirectory
    let db: String

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path("seed.db")
    }

    private func newsdex(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        let result = try CommandRunner.newsdex(arguments, input: input)
        return result
    }

    private func ingestSeeds() throws -> CommandResult {
        try newsdex(["ingest", "seeds/", "--db", db])
    }

    @Test func binaryExists() {
        defer { directory.remove() }
        #expect(FileManager.default.isExecutableFile(atPath: CommandRunner.newsdexBinary),
                "build newsdex first (make test does): \(CommandRunner.newsdexBinary)")
    }

    @Test func ingestThenIngestAgainIsIdempotent() throws {
        defer { directory.remove() }
        let first = try ingestSeeds()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("new, 0 unchanged, 0 replaced, 0 skipped"))
        let second = try ingestSeeds()
        #expect(second.stdout.hasPrefix("0 new,"))
        #expect(second.stdout.contains("unchanged, 0 replaced, 0 skipped"))
    }

    @Test func queriesPrintRowsInEveryFormat() throws {
        defer { directory.remove() }
        _ = try ingestSeeds()
        let table = try newsdex(["query", "people", "--db", db])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Ilham Aliyev"))
        #expect(table.stdout.split(separator: "\n").first?.contains("mentions") == true)

        let csv = try newsdex(["query", "entities", "--db", db, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("type,name,mentions,articles\r\n"))

        let json = try newsdex(["query", "places", "--db", db, "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.contains { $0["name"] as? String == "Azerbaijan" } == true)

        let jsonl = try newsdex(["query", "articles", "--db", db, "--format", "jsonl"])
        let lines = jsonl.stdout.split(separator: "\n")
        let seedCount = try seedFileCount()
        #expect(lines.count == seedCount)
        for line in lines {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
            #expect(object != nil, "not JSON: \(line)")
        }

        let tsv = try newsdex(["query", "mentions", "aliyev", "--db", db, "--format", "tsv"])
        #expect(tsv.status == 0)
        #expect(tsv.stdout.contains("\tIlham Aliyev\t") || tsv.stdout.contains("Ilham Aliyev\t"))
    }

    @Test func namesMatchAliasesIgnoringCaseAndAccents() throws {
        defer { directory.remove() }
        _ = try ingestSeeds()
        let plain = try newsdex(["query", "mentions", "ILHAM ALİYEV", "--db", db, "--format", "csv"])
        let accented = try newsdex(["query", "mentions", "Ilhám Aliyev", "--db", db, "--format", "csv"])
        #expect(plain.stdout.split(whereSeparator: \.isNewline).count > 3, "CSV rows end in CRLF: \(plain.stdout)")
        #expect(accented.stdout == plain.stdout)
    }

    @Test func sqlRunsReadOnlyWithBoundParameters() throws {
        defer { directory.remove() }
        _ = try ingestSeeds()
        let select = try newsdex(["sql", "SELECT count(*) AS n FROM entity WHERE type = :t", "-p", "t", "PERSON", "--db", db, "--format", "csv"])
        #expect(select.status == 0, "\(select.stderr)")
        #expect(select.stdout.hasPrefix("n\r\n"))
        let write = try newsdex(["sql", "DELETE FROM entity", "--db", db])
        #expect(write.status == 1)
        #expect(write.stderr.contains("read-only"))
        let injection = try newsdex(["query", "mentions", "x'; DROP TABLE entity; --", "--db", db])
        #expect(injection.status == 0)
        #expect(try CommandRunner.sqlite3(db, "SELECT count(*) > 0 FROM entity").stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test func tsvEscapesControlCharactersAndCsvQuotesLineBreaks() throws {
        defer { directory.remove() }
        _ = try ingestSeeds()
        let value = "SELECT 'a' || char(9) || 'b\\' || char(13, 10) || 'c' AS v, 'plain' AS w"
        let tsv = try newsdex(["sql", value, "--db", db, "--format", "tsv"])
        #expect(tsv.status == 0, "\(tsv.stderr)")
        #expect(tsv.stdout == "v\tw\na\\tb\\\\\\r\\nc\tplain\n")
        let csv = try newsdex(["sql", value, "--db", db, "--format", "csv"])
        #expect(csv.stdout == "v,w\r\n\"a\tb\\\r\nc\",plain\r\n")
    }

    @Test func usageErrorsExit64AndRuntimeErrorsExit1() throws {
        defer { directory.remove() }
        #expect(try newsdex(["query", "no-such-question", "--db", db]).status == 64)
        #expect(try newsdex(["query", "mentions", "--db", db]).status == 64)
        let missing = try newsdex(["query", "people", "--db", directory.path("missing.db")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("missing.db"))
        let noFile = try newsdex(["ingest", directory.path("nowhere.txt"), "--db", db])
        #expect(noFile.status == 1)
        #expect(noFile.stderr.contains("nowhere.txt"))
    }

    @Test func stdinIsOneArticle() throws {
        defer { directory.remove() }
        let result = try newsdex(["ingest", "-", "--db", db], input: " date 2022-03-01 The Council of Kazakh Associations in Germany met in Berlin.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 new"))
    }

    @Test(.enabled(if: CommandRunner.isInstalled("sqlite3"), "needs the sqlite3 shell"))
    func theFileOpensInTheSqliteShell() throws {
        defer { directory.remove() }
        _ = try ingestSeeds()
        let tables = try CommandRunner.sqlite3(db, ".tables")
        #expect(tables.stdout.contains("mention"))
        #expect(tables.stdout.contains("spokesperson"))
        let check = try CommandRunner.sqlite3(db, "PRAGMA foreign_keys = ON; PRAGMA foreign_key_check;")
        #expect(check.status == 0 && check.stdout.isEmpty)
        let integrity = try CommandRunner.sqlite3(db, "PRAGMA integrity_check;")
        #expect(integrity.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
        let fts = try CommandRunner.sqlite3(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'candidacy'")
        #expect(fts.stdout.trimmingCharacters(in: .whitespacesAndNewlines) != "0")
    }

    @Test func schemaCommandPrintsSchemaSQL() throws {
        defer { directory.remove() }
        let result = try newsdex(["schema"])
        let file = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("schema.sql"), encoding: .utf8)
        #expect(result.stdout == file)
    }

    private func seedFileCount() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: CommandRunner.packageRoot.appendingPathComponent("seeds").path)
            .filter { !$0.hasPrefix(".") }.count
    }
}
