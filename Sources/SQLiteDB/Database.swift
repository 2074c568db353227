internal import CSQLite

/// One SQLite connection to a database file, set up the way newsdex needs it.
///
/// ```swift
/// let db = try Database(path: "newsdex.db")
/// try db.execute("CREATE TABLE IF NOT EXISTS person(id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT")
/// try db.transaction {
///     try db.execute("INSERT INTO person(name) VALUES (?)", ["Ada"])
/// }
/// let count = try db.scalar("SELECT count(*) FROM person")   // .integer(1)
/// ```
///
/// Opening checks that the SQLite library is at least 3.37.0 (STRICT tables) and has FTS5, and
/// sets the connection up: extended result codes, the busy timeout, `PRAGMA foreign_keys = ON`,
/// double-quoted string literals off, extension loading off and defensive mode on.
///
/// A `Database` is not `Sendable`: use each connection on one thread (open one per thread).
/// The single exception is ``interrupt()``. Statements keep the connection open, so it closes
/// when the `Database` and every ``Statement`` from it have been released.
public final class Database {
    /// How a connection opens its file.
    public enum Mode: Sendable {
        /// Read and write; the file is created if it is missing.
        case readWrite
        /// Read only; the file must exist, and every write fails with `SQLITE_READONLY`.
        case readOnly
    }

    /// How `BEGIN` acquires locks (<https://www.sqlite.org/lang_transaction.html>).
    public enum TransactionKind: Sendable {
        /// Locks are taken on first read or write.
        case deferred
        /// The write lock is taken at once, so the transaction cannot fail later with `SQLITE_BUSY`
        /// when it starts writing.
        case immediate
        /// Like `immediate`; in rollback-journal mode, readers are locked out too.
        case exclusive
    }

    /// The path the connection was opened with.
    public let path: String

    /// Whether the connection may write.
    public let mode: Mode

    /// The connection handle, shared with every statement prepared on it.
    let connection: ConnectionHandle

    /// Statements prepared once per SQL text; see ``cachedStatement(_:)``.
    private var statementCache: [String: Statement] = [:]

    /// How many ``savepoint(_:)`` calls are open, which names the next savepoint.
    var savepointDepth = 0

    /// Opens (and in ``Mode/readWrite`` mode creates) the database at `path`.
    ///
    /// - Parameters:
    ///   - path: A file path; URIs are not interpreted. `":memory:"` opens a private in-memory
    ///     database.
    ///   - mode: ``Mode/readWrite`` (the default) or ``Mode/readOnly``.
    ///   - busyTimeoutMilliseconds: How long to wait for another connection's lock before failing
    ///     with `SQLITE_BUSY`; 0 or less fails at once.
    /// - Throws: ``SQLiteError`` whose message names the path: `SQLITE_CANTOPEN` (14) when the
    ///   file cannot be opened, `SQLITE_NOTADB` (26) when it is not a database, or a sentence
    ///   naming the SQLite version found when the library is older than 3.37.0 or lacks FTS5.
    ///   The connection is closed again on any failure.
    public init(path: String, mode: Mode = .readWrite, busyTimeoutMilliseconds: Int = 5000) throws {
        try LibraryRequirements.checkVersion(
            number: sqlite3_libversion_number(), version: Self.libraryVersion)
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readWrite: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        self.path = path
        self.mode = mode
        self.connection = try ConnectionHandle(path: path, flags: flags)
        do {
            try configure(busyTimeoutMilliseconds: busyTimeoutMilliseconds)
        } catch let error as SQLiteError {
            // deinit closes the connection.
            throw SQLiteError(
                code: error.code, message: "cannot open database '\(path)': \(error.message)",
                sql: error.sql)
        }
    }

    deinit {
        // Finalize cached statements first; the connection closes once no statement holds it.
        statementCache.removeAll()
    }

    private func configure(busyTimeoutMilliseconds: Int) throws {
        let handle = connection.pointer
        sqlite3_extended_result_codes(handle, 1)
        try check(
            sqlite3_busy_timeout(handle, Int32(clamping: busyTimeoutMilliseconds)),
            "could not set the busy timeout")
        try check(
            newsdex_disable_double_quoted_strings(handle),
            "could not turn off double-quoted string literals")
        try check(newsdex_disable_extension_loading(handle), "could not turn off extension loading")
        try check(newsdex_enable_defensive(handle), "could not turn on defensive mode")

        // Reading the schema is the first access to the file: a non-database fails here.
        _ = try prepare("SELECT count(*) FROM sqlite_schema").rows()

        // Per connection, outside any transaction (inside one it is silently ignored).
        try execute("PRAGMA foreign_keys = ON")
        guard try scalar("PRAGMA foreign_keys") == .integer(1) else {
            throw SQLiteError(
                code: SQLiteError.error,
                message: "the SQLite library (version \(Self.libraryVersion)) cannot enforce "
                    + "foreign keys (built with SQLITE_OMIT_FOREIGN_KEY)")
        }

        try LibraryRequirements.checkFTS5(available: hasFTS5(), version: Self.libraryVersion)
    }

    private func check(_ code: Int32, _ what: String) throws {
        guard code == SQLITE_OK else {
            throw SQLiteError(code: code, message: "\(what): \(connection.errorMessage)")
        }
    }

    /// Whether FTS5 is compiled in (the compile option) or registered some other way (its
    /// `fts5_source_id()` function answers).
    private func hasFTS5() -> Bool {
        if sqlite3_compileoption_used("ENABLE_FTS5") != 0 { return true }
        do {
            return try prepare("SELECT fts5_source_id()").step()
        } catch {
            return false
        }
    }

    /// The version of the SQLite library in use, such as "3.40.1" (`sqlite3_libversion`).
    public static var libraryVersion: String {
        String(cString: sqlite3_libversion())
    }

    // MARK: Running SQL

    /// Runs one or more statements separated by semicolons, without parameters.
    ///
    /// Each statement is prepared, run to completion and finalized in turn; rows are discarded.
    ///
    /// ```swift
    /// try db.execute("""
    ///     CREATE TABLE tag(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT;
    ///     CREATE INDEX tag_name ON tag(name);
    ///     """)
    /// ```
    ///
    /// - Throws: ``SQLiteError`` naming the failing statement; statements before it stay done.
    public func execute(_ sql: String) throws {
        try sql.withCString { start in
            var cursor = start
            while cursor.pointee != 0 {
                var tail: UnsafePointer<CChar>?
                guard let statement = try Statement.prepareFirst(
                    at: cursor, tail: &tail, sql: nil, on: connection, persistent: false)
                else { break }  // only white space and comments remain
                while try statement.step() {}
                guard let tail else { break }
                cursor = tail
            }
        }
    }

    /// Runs one statement with positional parameters to completion.
    ///
    /// The statement comes from the statement cache, so calling this in a loop prepares it once.
    ///
    /// ```swift
    /// try db.execute("UPDATE person SET name = ? WHERE id = ?", ["Ada Lovelace", 1])
    /// ```
    ///
    /// - Precondition: `arguments` has one value per parameter.
    /// - Throws: ``SQLiteError`` carrying `sql`.
    public func execute(_ sql: String, _ arguments: [any SQLBindable]) throws {
        let statement = try cachedStatement(sql)
        statement.bind(arguments)
        defer { statement.reset() }
        while try statement.step() {}
    }

    /// Prepares a new statement from exactly one SQL statement.
    ///
    /// - Throws: ``SQLiteError`` carrying `sql` if it does not compile, is empty, or holds more
    ///   than one statement (`SQLITE_MISUSE`).
    public func prepare(_ sql: String) throws -> Statement {
        try Statement.prepareSingle(sql, on: connection, persistent: false)
    }

    /// The statement for `sql`, prepared on first use and reused after, reset with cleared bindings.
    ///
    /// The same object comes back for the same text, so do not ask for it again (or call
    /// ``execute(_:_:)``, ``query(_:_:)`` or ``scalar(_:_:)`` with the same text) while still
    /// stepping through its rows: that would reset it.
    ///
    /// - Throws: ``SQLiteError`` as ``prepare(_:)`` does.
    /// - Complexity: O(1) after the first call for a text.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            statement.clearBindings()
            return statement
        }
        let statement = try Statement.prepareSingle(sql, on: connection, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// Runs a query (a cached statement) and returns all of its rows.
    ///
    /// ```swift
    /// let rows = try db.query("SELECT id, name FROM person WHERE name LIKE ?", ["A%"])
    /// ```
    ///
    /// - Precondition: `arguments` has one value per parameter.
    /// - Throws: ``SQLiteError`` carrying `sql`.
    public func query(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> [Row] {
        let statement = try cachedStatement(sql)
        statement.bind(arguments)
        return try statement.rows()
    }

    /// The first column of the first row of a query (a cached statement), or `nil` if it returns
    /// no row.
    ///
    /// ```swift
    /// let count = try db.scalar("SELECT count(*) FROM person")   // .integer(…)
    /// ```
    ///
    /// - Precondition: `arguments` has one value per parameter.
    /// - Throws: ``SQLiteError`` carrying `sql`.
    public func scalar(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> SQLValue? {
        let statement = try cachedStatement(sql)
        statement.bind(arguments)
        defer { statement.reset() }
        guard try statement.step(), statement.columnCount > 0 else { return nil }
        return statement.value(at: 0)
    }

    // MARK: Connection state

    /// Whether a transaction is open (`sqlite3_get_autocommit` is off).
    public var isInTransaction: Bool {
        sqlite3_get_autocommit(connection.pointer) == 0
    }

    /// The rowid of the latest successful `INSERT` on this connection (0 if none).
    public var lastInsertRowID: Int64 {
        sqlite3_last_insert_rowid(connection.pointer)
    }

    /// The number of rows the latest `INSERT`, `UPDATE` or `DELETE` changed.
    public var changes: Int {
        Int(sqlite3_changes64(connection.pointer))
    }

    /// The number of rows changed by `INSERT`, `UPDATE` and `DELETE` since the connection opened.
    public var totalChanges: Int {
        Int(sqlite3_total_changes64(connection.pointer))
    }

    /// `PRAGMA user_version`: the schema version the application stored in the file (0 at first).
    public var userVersion: Int {
        get throws {
            guard case .integer(let version) = try scalar("PRAGMA user_version") else {
                throw SQLiteError(
                    code: SQLiteError.error, message: "PRAGMA user_version returned no integer",
                    sql: "PRAGMA user_version")
            }
            return Int(version)
        }
    }

    /// Stores `version` in `PRAGMA user_version`.
    ///
    /// - Throws: ``SQLiteError`` with `SQLITE_RANGE` if `version` does not fit in 32 bits, where
    ///   SQLite keeps it, or the error of the write (such as `SQLITE_READONLY`).
    public func setUserVersion(_ version: Int) throws {
        let sql = "PRAGMA user_version = \(version)"
        guard let version32 = Int32(exactly: version) else {
            throw SQLiteError(
                code: SQLiteError.range,
                message: "user_version must fit in 32 bits; \(version) does not", sql: sql)
        }
        try execute("PRAGMA user_version = \(version32)")
    }

    /// Stops the statement running on this connection as soon as possible (`sqlite3_interrupt`).
    ///
    /// The interrupted statement throws ``SQLiteError`` with code ``SQLiteError/interrupt``
    /// (9); an interrupted write inside a transaction may roll the transaction back.
    ///
    /// This is the one method safe to call from another thread while the owning thread runs a
    /// query. The caller must keep the `Database` alive across the call; since `Database` is not
    /// `Sendable`, hand it to the other thread in a box the caller vouches for (an
    /// `@unchecked Sendable` wrapper). If nothing is running, the call has no lasting effect.
    public func interrupt() {
        sqlite3_interrupt(connection.pointer)
    }
}

@available(*, unavailable, message: "A Database connection belongs to one thread; open one per thread")
extension Database: Sendable {}
