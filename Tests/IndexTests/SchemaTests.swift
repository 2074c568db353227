import Foundation
import Testing
@testable import Index
import SQLiteDB
import TestSupport

@Suite struct SchemaTests {
    @Test func embeddedSchemaIsTheTopLevelFile() throws {
        let file = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("schema.sql"), encoding: .utf8)
        #expect(Schema.sql == file)
        #expect(Schema.version == 5)
    }

    @Test func newIndexHasEveryTableAndTheVersion() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        let tables = try index.database.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").map { $0[0] }
        for table in ["article", "sentence", "entity", "alias", "mention", "place", "calendar_date", "affiliation", "org_place", "quote", "quote_speaker", "article_fts"] {
            #expect(tables.contains(.text(table)), "missing table \(table)")
        }
        #expect(try index.database.userVersion == Schema.version)
    }

    @Test(.enabled(if: CommandRunner.isInstalled("sqlite3"), "needs the sqlite3 shell"))
    func shellAndBinaryMakeTheSameSchema() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let byShell = directory.path("shell.db")
        let result = try CommandRunner.run("/usr/bin/env", ["sqlite3", byShell, ".read \(CommandRunner.packageRoot.appendingPathComponent("schema.sql").path)"])
        #expect(result.status == 0, "sqlite3 failed: \(result.stderr)")
        _ = try NewsIndex(path: directory.path("binary.db"))
        let listing = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"
        let shellRows = try Database(path: byShell, mode: .readOnly).query(listing)
        let binaryRows = try Database(path: directory.path("binary.db"), mode: .readOnly).query(listing)
        #expect(shellRows.count > 20)
        #expect(shellRows == binaryRows)
        #expect(try Database(path: byShell, mode: .readOnly).userVersion == Schema.version)
    }

    @Test func foreignKeysAreEnforced() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        #expect(throws: SQLiteError.self) {
            try index.database.execute("INSERT INTO alias (entity_id, name, key) VALUES (12345, 'x', 'x')")
        }
    }

    @Test func checkConstraintsRejectBadValues() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("x.db"))
        #expect(throws: SQLiteError.self) {
            try index.database.execute("INSERT INTO entity (type, name, key) VALUES ('THING', 'x', 'x')")
        }
        #expect(throws: SQLiteError.self) {
            try index.database.execute("INSERT INTO article (source_path, content_hash, published, text, word_count, ingested_at) VALUES ('a', 'h', '31 Jan 2024', 't', 1, 'now')")
        }
    }

    @Test func anotherSchemaVersionIsRefusedNamingBothVersions() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("old.db")
        do {
            let database = try Database(path: path)
            try database.execute("CREATE TABLE t (x)")
            try database.setUserVersion(7)
        }
        #expect {
            _ = try NewsIndex(path: path)
        } throws: { error in
            let text = "\(error)"
            return text.contains("version 7") && text.contains("version \(Schema.version)") && text.contains(path)
        }
    }

    @Test func readOnlyOpenOfAMissingFileSaysSo() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect { _ = try NewsIndex(path: directory.path("none.db"), readOnly: true) } throws: { "\($0)".contains("no such index file") }
        #expect(!FileManager.default.fileExists(atPath: directory.path("none.db")))
    }
}

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(String(repeating: "a", count: 1000).utf8)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
