import Foundation
import SQLiteDB
import Testing
import TestSupport

@Suite("prepareQuery lets only reading statements through")
struct QueryGuardTests {
    /// A database with one table and one row, and a read-only connection to it.
    private func withReader(_ body: (_ reader: Database, _ writer: Database, _ directory: TemporaryDirectory) throws -> Void) throws {
        try withDatabase { writer, directory in
            try writer.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, x TEXT); INSERT INTO t(x) VALUES ('a');")
            let reader = try Database(path: directory.path("test.db"), mode: .readOnly)
            try body(reader, writer, directory)
        }
    }

    @Test("Queries and reading pragmas are allowed", arguments: [
        "SELECT x FROM t WHERE id = :id",
        "WITH n(i) AS (SELECT 1) SELECT i FROM n",
        "PRAGMA table_info(t)",
        "PRAGMA main.table_xinfo = t",
        "SELECT name FROM pragma_table_info('t')",
        "PRAGMA foreign_keys",
        "PRAGMA integrity_check",
        "PRAGMA foreign_key_check(t)",
        "SELECT 1;  -- a trailing comment",
    ])
    func allowed(_ sql: String) throws {
        try withReader { reader, _, _ in
            let statement = try reader.prepareQuery(sql)
            _ = try statement.rows()
        }
    }

    @Test("Statements that write are refused", arguments: [
        "INSERT INTO t(x) VALUES ('b')", "UPDATE t SET x = 'b'", "DELETE FROM t", "DROP TABLE t",
        "CREATE TEMP TABLE u(y)", "REPLACE INTO t(id, x) VALUES (1, 'b')", "PRAGMA incremental_vacuum",
        "VACUUM", "CREATE INDEX t_x ON t(x)",
    ])
    func writesRefused(_ sql: String) throws {
        try withReader { reader, writer, _ in
            let refusal = try #require(throws: QueryRefusal.self) { try reader.prepareQuery(sql) }
            #expect(refusal.reason == .writes)
            #expect(refusal.sql == sql)
            #expect(try writer.query("SELECT id, x FROM t").map(\.values) == [[.integer(1), .text("a")]])
        }
    }

    @Test("VACUUM INTO is refused and writes no file")
    func vacuumIntoRefused() throws {
        try withReader { reader, _, directory in
            let copy = directory.path("copy.db")
            let refusal = try #require(throws: QueryRefusal.self) { try reader.prepareQuery("VACUUM INTO '\(copy)'") }
            #expect(refusal.reason == .writes)
            #expect(FileManager.default.fileExists(atPath: copy) == false)
        }
    }

    @Test("ATTACH and DETACH are refused; no file is created")
    func attachRefused() throws {
        try withReader { reader, _, directory in
            let other = directory.path("other.db")
            for sql in ["ATTACH '\(other)' AS other", "ATTACH DATABASE ? AS other", "DETACH DATABASE other"] {
                let refusal = try #require(throws: QueryRefusal.self) { try reader.prepareQuery(sql) }
                #expect(refusal.reason == .attachment, "\(sql)")
            }
            #expect(FileManager.default.fileExists(atPath: other) == false)
        }
    }

    @Test("Pragmas given a value that changes a setting are refused, and the setting stays", arguments: [
        ("PRAGMA foreign_keys = OFF", "foreign_keys", "OFF"),
        ("pragma Foreign_Keys(0)", "Foreign_Keys", "0"),
        ("PRAGMA user_version = 3", "user_version", "3"),
        ("PRAGMA query_only = 0", "query_only", "0"),
        ("PRAGMA main.writable_schema = ON", "writable_schema", "ON"),
        ("PRAGMA journal_mode = DELETE", "journal_mode", "DELETE"),
        ("PRAGMA cache_size = 1", "cache_size", "1"),
    ])
    func settingPragmasRefused(_ sql: String, _ name: String, _ value: String) throws {
        try withReader { reader, _, _ in
            let refusal = try #require(throws: QueryRefusal.self) { try reader.prepareQuery(sql) }
            #expect(refusal.reason == .pragmaSetting(name: name, value: value))
            #expect(try reader.scalar("PRAGMA foreign_keys") == .integer(1))
            #expect(try reader.userVersion == 0)
        }
    }

    @Test("More than one statement is refused and none of them runs", arguments: [
        "SELECT 1; DROP TABLE t", "SELECT x FROM t; SELECT 2", "SELECT 1; this is not SQL",
        "SELECT 1; ATTACH 'elsewhere.db' AS e",
    ])
    func multipleStatementsRefused(_ sql: String) throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(x)")
            let refusal = try #require(throws: QueryRefusal.self) { try db.prepareQuery(sql) }
            #expect(refusal.reason == .multipleStatements)
            #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 't'") == .integer(1))
        }
    }

    @Test("Empty text is refused", arguments: ["", "  \n", "-- only a comment", "/* nothing */;"])
    func emptyRefused(_ sql: String) throws {
        try withReader { reader, _, _ in
            let refusal = try #require(throws: QueryRefusal.self) { try reader.prepareQuery(sql) }
            #expect(refusal.reason == .noStatement)
        }
    }

    @Test("SQL that does not compile throws SQLiteError with the SQL")
    func syntaxError() throws {
        try withReader { reader, _, _ in
            let error = try #require(throws: SQLiteError.self) { try reader.prepareQuery("SELEC x FROM t") }
            #expect(error.primaryCode == SQLiteError.error)
            #expect(error.sql == "SELEC x FROM t")
        }
    }

    @Test("A refusal reads as one line naming the SQL")
    func description() {
        let refusal = QueryRefusal(reason: .attachment, sql: "ATTACH 'x.db'\n  AS x")
        #expect(refusal.description
            == "ATTACH and DETACH are refused: a query reads only the open database — in: ATTACH 'x.db' AS x")
        #expect(QueryRefusal(reason: .pragmaSetting(name: "foreign_keys", value: "OFF"), sql: "PRAGMA foreign_keys = OFF")
            .description.hasPrefix("PRAGMA foreign_keys = OFF would change a setting"))
    }

    @Test("The authorizer is gone after prepareQuery: other statements on the connection are not checked")
    func authorizerRemoved() throws {
        try withDatabase { db, directory in
            _ = try #require(throws: QueryRefusal.self) { try db.prepareQuery("PRAGMA foreign_keys = OFF") }
            try db.execute("ATTACH '\(directory.path("other.db"))' AS other")
            try db.execute("PRAGMA foreign_keys = OFF")
            #expect(try db.scalar("PRAGMA foreign_keys") == .integer(0))
        }
    }
}
