import Foundation
import Testing
import TestSupport

/// Hostile values through every option of `newsdex query` and `newsdex sql` that takes a name or value, and
/// statements `newsdex sql` must refuse: the file never changes, and every run ends in rows or one clear error.
@Suite(.serialized, .enabled(if: CommandRunner.isInstalled("sqlite3"), "needs the sqlite3 shell to fingerprint the file"))
struct HostileQueryTests {
    /// SQL injection, LIKE and GLOB wildcards, Unicode oddities (no NUL: arguments cannot hold one), long text.
    static let hostile: [String] = [
        "'; DROP TABLE entity; --",
        "\" OR 1=1 --",
        "x') OR 1=1; DELETE FROM article; --",
        "' UNION SELECT sql, name, 1, 1, 1, 1, 1 FROM sqlite_schema --",
        "%", "_", "%liyev%", "_lham Aliyev", "Ilham Aliy_v", "*", "[a-z]*",
        "\u{202E}veyilA mahlI\u{202C}",
        "Ilham\u{200D}Aliyev\u{200B}",
        "e\u{0301}\u{0301}\u{0301}\u{0301}\u{0308}",
        "\u{FEFF}\u{FFFE}\u{FFFF}\u{10FFFF}\u{E000}",
        "👩🏽‍⚕️🇦🇿",
        "；ＤＲＯＰ　ＴＡＢＬＥ　ｅｎｔｉｔｙ；－－",
        "\\'; DROP TABLE entity; --",
        "\n\r\t'\u{0B}\u{0C}",
        String(repeating: "A", count: 100_000),
        String(repeating: "'; DROP TABLE entity; -- ", count: 4_000),
    ]

    /// Values that name no entity, so a bound parameter finds nothing (spliced SQL, LIKE or GLOB would
    /// find rows). Punctuation is folded out of names, so "%Aliyev%" rightly finds Ilham Aliyev; "%liyev%"
    /// must not.
    static let matchNothing: Set<String> = [
        "'; DROP TABLE entity; --", "\" OR 1=1 --", "x') OR 1=1; DELETE FROM article; --",
        "' UNION SELECT sql, name, 1, 1, 1, 1, 1 FROM sqlite_schema --", "%", "_", "%liyev%", "_lham Aliyev",
        "Ilham Aliy_v", "*", "[a-z]*",
    ]

    let directory: TemporaryDirectory
    let db: String

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path("seed.db")
        let ingest = try CommandRunner.newsdex(["ingest", "seeds/", "--db", db])
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    /// A hash of every table's content and the schema, from the sqlite3 shell.
    private func fingerprint() throws -> String {
        let result = try CommandRunner.sqlite3(db, ".sha3sum --schema")
        try #require(result.status == 0 && !result.stdout.isEmpty, "sqlite3: \(result.stderr)")
        return result.stdout
    }

    /// Runs newsdex with `arguments` and checks the outcome is sane: rows as JSON lines and nothing on
    /// standard error, or a usage error (64), or one line naming a runtime problem (1).
    @discardableResult
    private func run(_ arguments: [String], value: String) throws -> CommandResult {
        let result = try CommandRunner.newsdex(arguments + ["--db", db, "--format", "jsonl"])
        let shown = String(value.prefix(60))
        #expect([0, 1, 64].contains(result.status), "exit \(result.status) for \(arguments.first ?? "") \(shown): \(result.stderr)")
        switch result.status {
        case 0:
            #expect(result.stderr.isEmpty, "\(shown): \(result.stderr)")
            for line in result.stdout.split(separator: "\n") {
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "not a JSON row: \(line.prefix(200))")
            }
        case 1:
            #expect(result.stderr.hasPrefix("Error: "), "\(shown): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one line expected for \(shown): \(result.stderr.prefix(400))")
        default:
            #expect(result.stderr.hasPrefix("Error: "), "\(shown): \(result.stderr.prefix(400))")
        }
        return result
    }

    @Test func entityNamesAreBoundParameters() throws {
        defer { directory.remove() }
        let before = try fingerprint()
        for value in Self.hostile {
            for question in ["mentions", "cooccurrence", "timeline", "articles"] {
                let result = try run(["query", question, value], value: value)
                #expect(result.status == 0, "\(question) \(value.prefix(60)): \(result.stderr)")
                if Self.matchNothing.contains(value) {
                    #expect(result.stdout.isEmpty, "\(question) '\(value)' matched rows: \(result.stdout.prefix(300))")
                }
            }
        }
        #expect(try fingerprint() == before)
    }

    @Test func personOrganisationAndPlaceFiltersAreBoundParameters() throws {
        defer { directory.remove() }
        let before = try fingerprint()
        for value in Self.hostile {
            for (question, option) in [("spokespeople", "--person"), ("spokespeople", "--org"), ("spokespeople", "--organization"),
                                       ("spokespeople", "--place"), ("quotes", "--person"), ("quotes", "--org")] {
                let result = try run(["query", question, option, value], value: value)
                #expect(result.status == 0, "\(question) \(option) \(value.prefix(60)): \(result.stderr)")
                if Self.matchNothing.contains(value) {
                    #expect(result.stdout.isEmpty, "\(question) \(option) '\(value)' matched rows")
                }
            }
        }
        #expect(try fingerprint() == before)
    }

    @Test func fullTextWordsAreBoundParameters() throws {
        defer { directory.remove() }
        let before = try fingerprint()
        for value in Self.hostile {
            for question in ["articles", "quotes"] {
                // FTS5 syntax errors are allowed: they are one line on stderr naming the words, and exit 1.
                let result = try run(["query", question, "--words", value], value: value)
                if result.status == 1 {
                    #expect(result.stderr.contains("--words") && result.stderr.contains("not a full-text query"),
                            "\(value.prefix(60)): \(result.stderr.prefix(300))")
                    #expect(!result.stderr.contains(" — in: "), "the canned SQL is no help to the user: \(result.stderr.prefix(300))")
                }
            }
        }
        #expect(try fingerprint() == before)
    }

    @Test func validatedOptionsRefuseHostileValuesAsUsageErrors() throws {
        defer { directory.remove() }
        let before = try fingerprint()
        for value in Self.hostile {
            for arguments in [["query", "entities", "--type", value], ["query", "articles", "--from", value],
                              ["query", "articles", "--to", value], ["query", "people", "--limit", value],
                              ["query", value], ["query", "people", "--format", value]] {
                let result = try run(arguments, value: value)
                #expect(result.status == 64, "\(arguments.prefix(3)) \(value.prefix(60)): \(result.status)")
            }
        }
        #expect(try fingerprint() == before)
    }

    @Test func hostileDatabasePathsOpenNothingAndCreateNothing() throws {
        defer { directory.remove() }
        for value in Self.hostile.prefix(4) {
            let path = directory.path(value.replacingOccurrences(of: "/", with: "_") + ".db")
            let result = try CommandRunner.newsdex(["query", "people", "--db", path])
            #expect(result.status == 1)
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("no such index file"))
            #expect(FileManager.default.fileExists(atPath: path) == false)
        }
    }

    @Test func sqlParametersComeBackVerbatim() throws {
        defer { directory.remove() }
        let before = try fingerprint()
        for value in Self.hostile {
            // Compared as hex: JSONSerialization drops a U+FEFF inside a string.
            let result = try run(["sql", "SELECT hex(:v) AS hex, length(:v) AS n", "-p", "v", value], value: value)
            try #require(result.status == 0, "\(result.stderr)")
            let row = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let hex = value.utf8.map { String(format: "%02X", $0) }.joined()
            #expect(row?["hex"] as? String == hex, "\(value.prefix(60)) did not come back verbatim")
            #expect(row?["n"] as? Int == value.unicodeScalars.count)
            let badName = try run(["sql", "SELECT :v", "-p", value, "x"], value: value)
            #expect(badName.status != 0)
        }
        #expect(try fingerprint() == before)
    }

    @Test("newsdex sql refuses what could change a file or a setting, with one clear line", arguments: [
        ("DELETE FROM entity", "the statement would write"),
        ("DROP TABLE entity", "the statement would write"),
        ("INSERT INTO entity(type, name, key) VALUES ('PERSON', 'X', 'x')", "the statement would write"),
        ("CREATE TEMP TABLE t(x)", "the statement would write"),
        ("VACUUM INTO 'copy.db'", "the statement would write"),
        ("ATTACH 'other.db' AS other", "ATTACH and DETACH are refused"),
        ("DETACH DATABASE other", "ATTACH and DETACH are refused"),
        ("PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = OFF would change a setting"),
        ("PRAGMA user_version = 7", "PRAGMA user_version = 7 would change a setting"),
        ("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode = DELETE would change a setting"),
        ("SELECT 1; DROP TABLE entity", "only one statement may run"),
        ("SELECT count(*) FROM entity; SELECT 2", "only one statement may run"),
        ("  -- nothing", "there is no SQL statement"),
        ("SELECT load_extension('/tmp/newsdex-no-such-extension')", "not authorized"),
    ])
    func sqlRefusals(_ sql: String, _ reason: String) throws {
        defer { directory.remove() }
        let before = try fingerprint()
        let result = try CommandRunner.newsdex(["sql", sql, "--db", db])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(reason), "\(result.stderr)")
        #expect(try fingerprint() == before)
        for file in ["copy.db", "other.db"] {
            #expect(FileManager.default.fileExists(atPath: CommandRunner.packageRoot.appendingPathComponent(file).path) == false)
        }
    }

    @Test func sqlAllowsReadingPragmas() throws {
        defer { directory.remove() }
        let info = try run(["sql", "PRAGMA table_info(entity)"], value: "")
        #expect(info.status == 0)
        #expect(info.stdout.contains("\"name\": \"key\""))
        let check = try run(["sql", "PRAGMA integrity_check"], value: "")
        #expect(check.stdout == "{\"integrity_check\": \"ok\"}\n")
    }
}
