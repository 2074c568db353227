import Foundation
import SQLiteDB
import Testing
import TestSupport

@Suite("Opening and setting up connections")
struct ConnectionTests {
    @Test("foreign_keys is on for every connection, and a violating insert throws 787")
    func foreignKeysOnPerConnection() throws {
        try withDatabase { db, directory in
            try db.execute("""
                CREATE TABLE parent(id INTEGER PRIMARY KEY);
                CREATE TABLE child(parent_id INTEGER REFERENCES parent(id));
                """)
            let second = try Database(path: directory.path("test.db"))
            for connection in [db, second] {
                #expect(try connection.scalar("PRAGMA foreign_keys") == .integer(1))
                let error = try #require(throws: SQLiteError.self) {
                    try connection.execute("INSERT INTO child VALUES (?)", [1])
                }
                #expect(error.code == 787)
                #expect(error.code == SQLiteError.constraintForeignKey)
            }
        }
    }

    @Test("Extension loading stays off")
    func extensionLoadingOff() throws {
        try withDatabase { db, _ in
            let error = try #require(throws: SQLiteError.self) {
                try db.scalar("SELECT load_extension('newsdex_no_such_extension')")
            }
            #expect(error.message == "not authorized")
        }
    }

    @Test("Double-quoted strings are identifiers only, so a typo'd column is an error")
    func doubleQuotedStringsOff() throws {
        try withDatabase { db, _ in
            let error = try #require(throws: SQLiteError.self) { try db.scalar(#"SELECT "no_such_column""#) }
            #expect(error.message == "no such column: no_such_column")
        }
    }

    @Test("Defensive mode keeps sqlite_schema read-only even with writable_schema")
    func defensiveOn() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(x)")
            try db.execute("PRAGMA writable_schema = ON")
            let error = try #require(throws: SQLiteError.self) {
                try db.execute("UPDATE sqlite_schema SET sql = sql", [])
            }
            #expect(error.message.contains("may not be modified"))
        }
    }

    @Test("STRICT tables and FTS5 work")
    func strictAndFTS5() throws {
        try withDatabase { db, _ in
            try db.execute("""
                CREATE TABLE article(id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;
                CREATE VIRTUAL TABLE article_fts USING fts5(body, content="article", content_rowid="id");
                """)
            try db.execute("INSERT INTO article(id, body) VALUES (?, ?)", [1, "The mayor of Baku spoke."])
            try db.execute("INSERT INTO article_fts(rowid, body) VALUES (?, ?)", [1, "The mayor of Baku spoke."])
            #expect(try values(db, "SELECT rowid FROM article_fts WHERE article_fts MATCH ?", ["baku"])
                == [.integer(1)])
        }
    }

    @Test("userVersion starts at 0 and round-trips through the file")
    func userVersionRoundTrip() throws {
        try withDatabase { db, directory in
            #expect(try db.userVersion == 0)
            try db.setUserVersion(42)
            #expect(try db.userVersion == 42)
            let reopened = try Database(path: directory.path("test.db"), mode: .readOnly)
            #expect(try reopened.userVersion == 42)
            let error = try #require(throws: SQLiteError.self) { try db.setUserVersion(Int(Int32.max) + 1) }
            #expect(error.code == SQLiteError.range)
            #expect(try db.userVersion == 42)
        }
    }

    @Test("A file that is not a database gives SQLITE_NOTADB naming the path")
    func notADatabase() throws {
        try withDatabase { _, directory in
            let path = directory.path("notes.txt")
            let text = String(repeating: "These are plain notes, not an SQLite database.\n", count: 40)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let error = try #require(throws: SQLiteError.self) { try Database(path: path) }
            #expect(error.code == 26)
            #expect(error.code == SQLiteError.notADatabase)
            #expect(error.message.contains(path))
            #expect(error.message.contains("file is not a database"))
        }
    }

    @Test("A read-only open of a missing file fails naming the path, and creates nothing")
    func readOnlyMissingFile() throws {
        try withDatabase { _, directory in
            let path = directory.path("missing.db")
            let error = try #require(throws: SQLiteError.self) { try Database(path: path, mode: .readOnly) }
            #expect(error.primaryCode == SQLiteError.cantOpen)
            #expect(error.message.contains(path))
            #expect(FileManager.default.fileExists(atPath: path) == false)
        }
    }

    @Test("A read-write open creates a missing file")
    func readWriteCreatesFile() throws {
        try withDatabase { _, directory in
            let path = directory.path("new.db")
            let db = try Database(path: path)
            #expect(db.path == path)
            #expect(db.mode == .readWrite)
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("A read-only connection reads but refuses writes with SQLITE_READONLY")
    func readOnlyRefusesWrites() throws {
        try withDatabase { db, directory in
            try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            let reader = try Database(path: directory.path("test.db"), mode: .readOnly)
            #expect(reader.mode == .readOnly)
            #expect(try values(reader, "SELECT x FROM t") == [.integer(1)])
            let insert = try #require(throws: SQLiteError.self) {
                try reader.execute("INSERT INTO t VALUES (?)", [2])
            }
            #expect(insert.code == SQLiteError.readonly)
            #expect(insert.sql == "INSERT INTO t VALUES (?)")
            let create = try #require(throws: SQLiteError.self) { try reader.execute("CREATE TABLE u(y)") }
            #expect(create.primaryCode == SQLiteError.readonly)
            let pragma = try #require(throws: SQLiteError.self) { try reader.setUserVersion(3) }
            #expect(pragma.primaryCode == SQLiteError.readonly)
            // A read transaction is fine.
            let count = try reader.transaction(.deferred) { try reader.scalar("SELECT count(*) FROM t") }
            #expect(count == .integer(1))
        }
    }

    @Test("libraryVersion is the version SQLite reports, at least 3.37")
    func libraryVersion() throws {
        try withDatabase { db, _ throws in
            #expect(try db.scalar("SELECT sqlite_version()") == .text(Database.libraryVersion))
            let parts = Database.libraryVersion.split(separator: ".").compactMap { Int($0) }
            #expect(parts.count >= 2)
            #expect(parts.lexicographicallyPrecedes([3, 37]) == false)
        }
    }

    @Test("lastInsertRowID, changes and totalChanges follow the writes")
    func changeCounters() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, x)")
            let before = db.totalChanges
            try db.execute("INSERT INTO t(id, x) VALUES (?, ?)", [10, "a"])
            #expect(db.lastInsertRowID == 10)
            try db.execute("INSERT INTO t(x) VALUES (?)", ["b"])
            #expect(db.lastInsertRowID == 11)
            #expect(db.changes == 1)
            try db.execute("UPDATE t SET x = ?", ["c"])
            #expect(db.changes == 2)
            #expect(db.totalChanges - before == 4)
        }
    }

    @Test("A script runs every statement, around comments and blank lines")
    func scripts() throws {
        try withDatabase { db, _ in
            try db.execute("""
                -- a table
                CREATE TABLE t(x);

                /* two rows */ INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);
                SELECT * FROM t;  -- rows are ignored
                -- the end

                """)
            #expect(try values(db, "SELECT x FROM t ORDER BY x") == [.integer(1), .integer(2)])
            try db.execute("")
            try db.execute("  -- nothing to run\n")
        }
    }

    @Test("query returns detached rows; scalar the first value or nil")
    func queryAndScalar() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE person(id INTEGER PRIMARY KEY, Name TEXT)")
            try db.execute("INSERT INTO person(Name) VALUES (?), (?)", ["Ada", "Alan"])
            let rows = try db.query("SELECT id, Name AS name FROM person WHERE Name LIKE ? ORDER BY id", ["A%"])
            try #require(rows.count == 2)
            #expect(rows[0].columns == ["id", "name"])
            #expect(rows[1][0] == .integer(2))
            #expect(rows[1]["name"] == .text("Alan"))
            #expect(rows[1]["NAME"] == .text("Alan"))
            #expect(rows[1]["missing"] == nil)
            #expect(try db.scalar("SELECT Name FROM person WHERE id = ?", [2]) == .text("Alan"))
            #expect(try db.scalar("SELECT Name FROM person WHERE id = ?", [99]) == nil)
            #expect(try db.scalar("SELECT NULL") == .null)
        }
    }

    @Test("Statements keep working after their Database is released")
    func statementsOutliveDatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var db: Database? = try Database(path: directory.path("test.db"))
        try db?.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        let statement = try #require(try db?.prepare("SELECT x FROM t"))
        let cached = try #require(try db?.cachedStatement("SELECT x + 1 FROM t"))
        weak let released = db
        db = nil
        #expect(released == nil)
        #expect(try statement.rows().map(\.values) == [[.integer(1)]])
        #expect(try cached.rows().map(\.values) == [[.integer(2)]])
    }

    @Test("interrupt() from another thread stops a long query with SQLITE_INTERRUPT")
    func interruptFromAnotherThread() throws {
        try withDatabase { db, _ in
            let interrupter = Interrupter(db)
            interrupter.start()
            let error = try #require(throws: SQLiteError.self) {
                try db.scalar("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000)
                    SELECT count(*) FROM n
                    """)
            }
            interrupter.stop()
            #expect(error.code == SQLiteError.interrupt)
            #expect(error.message == "interrupted")
            #expect(try db.scalar("SELECT 1") == .integer(1))
        }
    }
}

/// Calls `interrupt()` from a background thread every few milliseconds until stopped.
///
/// `Database` is not `Sendable`; this box vouches for the one method meant for other threads.
private final class Interrupter: @unchecked Sendable {
    private let db: Database
    private let lock = NSLock()
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)

    init(_ db: Database) { self.db = db }

    func start() {
        Thread.detachNewThread { [self] in
            while !lock.withLock({ stopped }) {
                db.interrupt()
                Thread.sleep(forTimeInterval: 0.01)
            }
            done.signal()
        }
    }

    /// Stops the thread and waits until it no longer touches the connection.
    func stop() {
        lock.withLock { stopped = true }
        done.wait()
    }
}
