/// What newsdex needs from the SQLite library it runs with, checked when a ``Database`` opens.
enum LibraryRequirements {
    /// SQLite 3.37.0 introduced STRICT tables, which the schema uses.
    static let minimumVersionNumber: Int32 = 3_037_000

    /// ``minimumVersionNumber`` as people write it.
    static let minimumVersion = "3.37.0"

    /// Throws unless the library is at least ``minimumVersion``.
    ///
    /// - Parameters:
    ///   - versionNumber: `sqlite3_libversion_number()`, such as 3040001.
    ///   - version: `sqlite3_libversion()`, such as "3.40.1".
    static func checkVersion(number versionNumber: Int32, version: String) throws {
        guard versionNumber >= minimumVersionNumber else {
            throw SQLiteError(
                code: SQLiteError.error,
                message: "the SQLite library is version \(version), but newsdex needs \(minimumVersion) "
                    + "or later (for STRICT tables); install a newer libsqlite3")
        }
    }

    /// Throws unless the FTS5 full-text search extension is available.
    ///
    /// - Parameters:
    ///   - available: Whether FTS5 was found (compile option or a working `fts5_source_id()`).
    ///   - version: `sqlite3_libversion()`, to name the library that lacks it.
    static func checkFTS5(available: Bool, version: String) throws {
        guard available else {
            throw SQLiteError(
                code: SQLiteError.error,
                message: "the SQLite library (version \(version)) lacks the FTS5 full-text search "
                    + "extension that newsdex needs; use a libsqlite3 built with SQLITE_ENABLE_FTS5")
        }
    }
}
