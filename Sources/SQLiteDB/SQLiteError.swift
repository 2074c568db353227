/// An error reported by SQLite, or by this wrapper around it, with the statement that failed.
///
/// The error is an open set of result codes rather than a closed enum, so a new SQLite code never
/// breaks a `switch`. Compare ``code`` with the extended constants (``constraintUnique``) or
/// ``primaryCode`` with the primary ones (``constraint``):
///
/// ```swift
/// do {
///     try db.execute("INSERT INTO person(name) VALUES (?)", ["Ada"])
/// } catch let error as SQLiteError where error.code == SQLiteError.constraintUnique {
///     // the name is taken
/// } catch let error as SQLiteError where error.primaryCode == SQLiteError.busy {
///     // another connection holds the lock
/// }
/// ```
///
/// See <https://www.sqlite.org/rescode.html> for every code.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code, such as 2067 (`SQLITE_CONSTRAINT_UNIQUE`).
    public let code: Int32

    /// SQLite's explanation (`sqlite3_errmsg`), or a sentence of ours for errors found in Swift.
    public let message: String

    /// The SQL statement that failed, if the error came from one.
    public let sql: String?

    /// Creates an error from a result code, an explanation and the SQL that failed.
    ///
    /// - Parameters:
    ///   - code: A primary or extended SQLite result code.
    ///   - message: What went wrong, as one sentence.
    ///   - sql: The statement that failed, or `nil` when no statement was involved.
    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code: the low 8 bits of ``code`` (2067 → 19, `SQLITE_CONSTRAINT`).
    public var primaryCode: Int32 { code & 0xFF }

    /// One line: code, code name, message and the failing SQL with its whitespace collapsed.
    ///
    /// For example `SQLite error 19 (constraint, extended 2067): UNIQUE constraint failed:
    /// person.name — in: INSERT INTO person(name) VALUES (?)`.
    public var description: String {
        var text = "SQLite error \(primaryCode) (\(Self.name(ofPrimaryCode: primaryCode))"
        if code != primaryCode {
            text += ", extended \(code)"
        }
        text += "): \(message)"
        if let sql {
            text += " — in: " + sql.collapsingWhitespace()
        }
        return text
    }

    /// The short lower-case name of a primary result code, as in `SQLITE_<NAME>`.
    static func name(ofPrimaryCode code: Int32) -> String {
        switch code {
        case 0: "ok"
        case 1: "error"
        case 2: "internal"
        case 3: "perm"
        case 4: "abort"
        case 5: "busy"
        case 6: "locked"
        case 7: "nomem"
        case 8: "readonly"
        case 9: "interrupt"
        case 10: "ioerr"
        case 11: "corrupt"
        case 12: "notfound"
        case 13: "full"
        case 14: "cantopen"
        case 15: "protocol"
        case 16: "empty"
        case 17: "schema"
        case 18: "toobig"
        case 19: "constraint"
        case 20: "mismatch"
        case 21: "misuse"
        case 22: "nolfs"
        case 23: "auth"
        case 24: "format"
        case 25: "range"
        case 26: "notadb"
        case 27: "notice"
        case 28: "warning"
        case 100: "row"
        case 101: "done"
        default: "unknown"
        }
    }
}

// MARK: - Result codes

extension SQLiteError {
    // Primary result codes (compare with `primaryCode`).

    /// `SQLITE_ERROR` (1): a generic error, such as an SQL syntax error or a missing table.
    public static let error: Int32 = 1
    /// `SQLITE_ABORT` (4): an operation was aborted, for example by a rollback.
    public static let abort: Int32 = 4
    /// `SQLITE_BUSY` (5): another connection holds a conflicting lock past the busy timeout.
    public static let busy: Int32 = 5
    /// `SQLITE_LOCKED` (6): a conflict inside the same connection, such as dropping a table in use.
    public static let locked: Int32 = 6
    /// `SQLITE_READONLY` (8): a write was attempted on a read-only connection or file.
    public static let readonly: Int32 = 8
    /// `SQLITE_INTERRUPT` (9): the operation was stopped by ``Database/interrupt()``.
    public static let interrupt: Int32 = 9
    /// `SQLITE_IOERR` (10): the operating system reported an I/O error.
    public static let ioError: Int32 = 10
    /// `SQLITE_CORRUPT` (11): the database file is damaged.
    public static let corrupt: Int32 = 11
    /// `SQLITE_FULL` (13): the disk is full.
    public static let full: Int32 = 13
    /// `SQLITE_CANTOPEN` (14): the file could not be opened (missing, a folder, no permission).
    public static let cantOpen: Int32 = 14
    /// `SQLITE_CONSTRAINT` (19): a UNIQUE, NOT NULL, CHECK, FOREIGN KEY or other constraint failed.
    public static let constraint: Int32 = 19
    /// `SQLITE_MISMATCH` (20): a value does not fit its column's type (also in STRICT tables).
    public static let mismatch: Int32 = 20
    /// `SQLITE_MISUSE` (21): the API was used wrongly, for example preparing two statements at once.
    public static let misuse: Int32 = 21
    /// `SQLITE_AUTH` (23): an authorizer callback denied an action the statement needs.
    public static let auth: Int32 = 23
    /// `SQLITE_RANGE` (25): a parameter index is out of range.
    public static let range: Int32 = 25
    /// `SQLITE_NOTADB` (26): the file is not an SQLite database.
    public static let notADatabase: Int32 = 26

    // Extended result codes (compare with `code`).

    /// `SQLITE_BUSY_TIMEOUT` (773): the busy timeout expired while waiting for a lock.
    public static let busyTimeout: Int32 = 773
    /// `SQLITE_CONSTRAINT_CHECK` (275): a CHECK constraint failed.
    public static let constraintCheck: Int32 = 275
    /// `SQLITE_CONSTRAINT_FOREIGNKEY` (787): a FOREIGN KEY constraint failed.
    public static let constraintForeignKey: Int32 = 787
    /// `SQLITE_CONSTRAINT_NOTNULL` (1299): a NOT NULL constraint failed.
    public static let constraintNotNull: Int32 = 1299
    /// `SQLITE_CONSTRAINT_PRIMARYKEY` (1555): a PRIMARY KEY constraint failed.
    public static let constraintPrimaryKey: Int32 = 1555
    /// `SQLITE_CONSTRAINT_UNIQUE` (2067): a UNIQUE constraint or unique index failed.
    public static let constraintUnique: Int32 = 2067
    /// `SQLITE_CONSTRAINT_DATATYPE` (3091): a value has the wrong type for a STRICT table column.
    public static let constraintDatatype: Int32 = 3091
}

extension String {
    /// The text on one line: every run of white space (newlines included) becomes one space.
    func collapsingWhitespace() -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
