public import SQLiteDB

/// An index file: one SQLite database in newsdex's schema.
///
/// Opening a new or empty file applies `schema.sql`; opening a file of another schema version fails with
/// both versions named.
public final class NewsIndex {
    public let path: String
    public let database: Database

    /// Opens (and, read-write, creates) the index at `path`.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        if readOnly, !FileSystem.exists(path) {
            throw IndexError(path: path, message: "no such index file; create it with `newsdex ingest`")
        }
        database = try Database(path: path, mode: readOnly ? .readOnly : .readWrite)
        try prepareSchema(readOnly: readOnly)
        if !readOnly {
            _ = try database.query("PRAGMA journal_mode = WAL")
            try database.execute("PRAGMA synchronous = NORMAL")
            try database.execute(Self.writerPragmas)
        }
    }

    /// How a read-write connection holds what it writes. Each article is written in a savepoint whose
    /// journal (the pages it changes, for a rollback) would otherwise go to a temporary file once it
    /// passes 64 KiB; a batch's new and changed pages, with the index pages ingest reads again and again,
    /// fit in 32 MB of page cache instead of going back and forth to the WAL file. Neither is needed
    /// after a crash: the WAL alone makes the committed batches durable.
    static let writerPragmas = "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768"

    /// Applies schema.sql to an empty file, or checks the version of an existing index. The decision is
    /// taken inside the exclusive transaction, so two processes creating the same new file agree: the
    /// second sees the first's schema.
    private func prepareSchema(readOnly: Bool) throws {
        if try database.userVersion == Schema.version { return }
        if readOnly {
            return try checkVersion(isEmpty: { throw IndexError(path: path, message: "the file holds no newsdex index yet; create it with `newsdex ingest`") })
        }
        try database.transaction(.exclusive) {
            try checkVersion(isEmpty: { try database.execute(Schema.sql) })
        }
    }

    /// Runs `isEmpty` for an empty file, returns for the current version, throws for anything else.
    private func checkVersion(isEmpty: () throws -> Void) throws {
        let version = try database.userVersion
        if version == Schema.version { return }
        let tableCount = try database.scalar("SELECT count(*) FROM sqlite_schema")
        if version == 0, tableCount == .integer(0) { return try isEmpty() }
        if version == 0 {
            throw IndexError(path: path, message: "not a newsdex index: the database has tables but no newsdex schema version")
        }
        throw IndexError.versionMismatch(path: path, found: version, expected: Schema.version)
    }
}
