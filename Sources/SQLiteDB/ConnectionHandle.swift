internal import CSQLite

/// The sole owner of one `sqlite3*` connection handle; its `deinit` closes the connection.
///
/// ``Database`` and every ``Statement`` prepared on it hold a strong reference, so the handle is
/// closed only after the database and all of its statements are gone: no statement ever runs
/// on a closed connection, and `sqlite3_close_v2` never leaves a zombie behind.
final class ConnectionHandle {
    /// The open connection; valid for the lifetime of this object.
    let pointer: OpaquePointer

    /// Opens a connection with `sqlite3_open_v2`, closing the handle again if opening fails.
    ///
    /// - Parameters:
    ///   - path: A file path (URIs are not interpreted).
    ///   - flags: `SQLITE_OPEN_*` flags.
    /// - Throws: ``SQLiteError`` naming the path, such as `SQLITE_CANTOPEN` for a missing file.
    init(path: String, flags: Int32) throws {
        var pointer: OpaquePointer?
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard let pointer else {
            // Only an out-of-memory failure leaves no handle to close.
            throw SQLiteError(
                code: code, message: "cannot open database '\(path)': SQLite could not allocate a connection")
        }
        guard code == SQLITE_OK else {
            let error = SQLiteError(
                code: sqlite3_extended_errcode(pointer),
                message: "cannot open database '\(path)': " + String(cString: sqlite3_errmsg(pointer)))
            sqlite3_close_v2(pointer)
            throw error
        }
        self.pointer = pointer
    }

    deinit {
        // Every statement holds this object, so all of them are finalized by now.
        sqlite3_close_v2(pointer)
    }

    /// The connection's latest error message (`sqlite3_errmsg`).
    var errorMessage: String {
        String(cString: sqlite3_errmsg(pointer))
    }

    /// An error for a failed call that returned `code`, with SQLite's message and the given SQL.
    func error(code: Int32, sql: String?) -> SQLiteError {
        SQLiteError(code: code, message: errorMessage, sql: sql)
    }
}
