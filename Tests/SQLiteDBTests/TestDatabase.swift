import Foundation
import SQLiteDB
import TestSupport

/// Runs `body` with a read-write database in a new temporary folder, removed afterwards.
///
/// The folder outlives `body`, so a test may open more connections to `directory.path("test.db")`.
func withDatabase<T>(_ body: (_ db: Database, _ directory: TemporaryDirectory) throws -> T) throws -> T {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let db = try Database(path: directory.path("test.db"))
    return try body(db, directory)
}

/// The only rows' only value of `sql`, for brevity in assertions.
func values(_ db: Database, _ sql: String, _ arguments: [any SQLBindable] = []) throws -> [SQLValue] {
    try db.query(sql, arguments).map { $0[0] }
}

/// An error a test throws on purpose, to check it comes back unchanged.
struct Boom: Error, Equatable {
    let number: Int
}
