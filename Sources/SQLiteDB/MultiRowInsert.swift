/// One `INSERT` run for many rows at a time: `INSERT INTO t (a, b) VALUES (?, ?), (?, ?), …`.
///
/// ```swift
/// let insert = MultiRowInsert(db, "INSERT INTO person (name, born)", columns: 2)
/// try insert.run(rows: people.count) { statement, row, first in
///     statement.bind(text: people[row].name, at: first)
///     statement.bind(integer: people[row].born, at: first + 1)
/// }
/// ```
///
/// SQLite does some work once per statement whatever the number of rows it writes: the statement journal
/// of a statement that fires triggers, and, for every FTS5 table written in the transaction, a flush of the
/// pending full-text data at the start and end of each such statement (a new index segment per flush). One
/// statement for many rows pays that once. The rows go in in the order given, as the same rows inserted one
/// by one would, so rowids, conflict handling (`INSERT OR IGNORE`) and triggers come out the same; a failing
/// row fails its whole statement, which SQLite undoes.
///
/// The statements are prepared on first use for row counts that are powers of two up to
/// ``maximumRowsPerStatement`` and kept; `rows` rows take at most `rows / maximumRowsPerStatement + 7` of them.
public final class MultiRowInsert {
    /// The most rows one statement writes.
    public static let maximumRowsPerStatement = 64

    /// Values per row: the parameters of one `(?, …)` group.
    public let columns: Int

    private let head: String
    private let tail: String
    private let connection: ConnectionHandle
    /// Prepared statements by their number of rows.
    private var statements: [Int: Statement] = [:]

    /// - Parameters:
    ///   - head: The statement up to `VALUES`, such as `INSERT OR IGNORE INTO alias (entity_id, name)`.
    ///   - columns: Values per row, at least 1.
    ///   - tail: What follows the rows, such as an `ON CONFLICT` clause; empty by default.
    public init(_ database: Database, _ head: String, columns: Int, tail: String = "") {
        precondition(columns >= 1, "MultiRowInsert: a row needs at least one value")
        self.head = head
        self.tail = tail
        self.columns = columns
        self.connection = database.connection
    }

    /// Inserts `rows` rows; `bind` binds row `row`'s values to parameters `first ..< first + columns` of
    /// `statement` (with the typed `bind(integer:at:)` family or ``Statement/bind(_:at:)``).
    ///
    /// - Throws: ``SQLiteError`` of the first statement that fails; rows of earlier statements stay written
    ///   (run it in a savepoint to make all rows or none).
    public func run(rows: Int, _ bind: (_ statement: Statement, _ row: Int, _ first: Int) -> Void) throws {
        var done = 0
        while done < rows {
            let count = Self.rowsPerStatement(remaining: rows - done)
            let statement = try self.statement(rows: count)
            statement.reset()
            for offset in 0..<count {
                bind(statement, done + offset, offset * columns + 1)
            }
            do {
                while try statement.step() {}
            } catch {
                statement.reset()
                throw error
            }
            statement.reset()
            done += count
        }
    }

    /// The largest power of two not above `remaining` or the maximum.
    static func rowsPerStatement(remaining: Int) -> Int {
        let capped = min(remaining, maximumRowsPerStatement)
        return 1 << (Int.bitWidth - 1 - capped.leadingZeroBitCount)
    }

    private func statement(rows: Int) throws -> Statement {
        if let statement = statements[rows] { return statement }
        let group = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        let sql = head + " VALUES " + Array(repeating: group, count: rows).joined(separator: ", ")
            + (tail.isEmpty ? "" : " " + tail)
        let statement = try Statement.prepareSingle(sql, on: connection, persistent: true)
        statements[rows] = statement
        return statement
    }
}

@available(*, unavailable, message: "A MultiRowInsert belongs to the thread that owns its Database")
extension MultiRowInsert: Sendable {}
