internal import CSQLite

/// A prepared SQL statement: bind parameters, step through rows, read columns, reset, repeat.
///
/// Get one from ``Database/prepare(_:)`` or ``Database/cachedStatement(_:)``, and use it on the
/// thread that owns its database:
///
/// ```swift
/// let insert = try db.cachedStatement("INSERT INTO person(name, born) VALUES (:name, :born)")
/// insert.bind("Ada", named: ":name")
/// insert.bind(1815, named: ":born")
/// try insert.run()
///
/// let select = try db.prepare("SELECT id, name FROM person WHERE born < ?")
/// select.bind(1900, at: 1)
/// while try select.step() {
///     print(select.int64(at: 0), select.text(at: 1) ?? "")
/// }
/// ```
///
/// Parameters are numbered from 1, like SQLite's; result columns from 0. Binding a value the
/// statement cannot take (an unknown index or name, or binding while the statement runs) is a
/// programmer error and stops the program; a failing ``step()`` throws.
///
/// The statement keeps its connection open, so it stays usable even after its ``Database`` is
/// released; `deinit` finalizes it.
public final class Statement {
    /// The SQL text this statement was prepared from.
    public let sql: String

    /// The `sqlite3_stmt*` this object owns and finalizes.
    let pointer: OpaquePointer

    /// The connection, kept open for as long as this statement lives.
    let connection: ConnectionHandle

    private init(pointer: OpaquePointer, sql: String, connection: ConnectionHandle) {
        self.pointer = pointer
        self.sql = sql
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(pointer)
    }

    // MARK: Preparing

    /// Prepares exactly one statement from `sql`.
    ///
    /// - Parameter persistent: Hint that the statement will be kept and reused (the cache).
    /// - Throws: ``SQLiteError`` carrying `sql` if it does not compile, holds no statement, or
    ///   holds more than one.
    static func prepareSingle(
        _ sql: String, on connection: ConnectionHandle, persistent: Bool
    ) throws -> Statement {
        let (statement, moreFollow) = try prepareLeading(sql, on: connection, persistent: persistent)
        guard let statement else {
            throw SQLiteError(
                code: SQLiteError.misuse,
                message: "there is no SQL statement to prepare (the text is empty or only comments)",
                sql: sql)
        }
        guard !moreFollow else {
            throw SQLiteError(
                code: SQLiteError.misuse,
                message: "prepare expects one SQL statement but more follow the first; "
                    + "run scripts with execute(_:)",
                sql: sql)
        }
        return statement
    }

    /// Prepares the first statement of `sql` and tells whether more than white space and comments
    /// follow it.
    ///
    /// Text after the first statement counts as more even when it does not compile.
    ///
    /// - Returns: The statement (nil when `sql` holds only white space and comments) and whether
    ///   more SQL follows it.
    /// - Throws: ``SQLiteError`` carrying `sql` if the first statement does not compile.
    static func prepareLeading(
        _ sql: String, on connection: ConnectionHandle, persistent: Bool
    ) throws -> (statement: Statement?, moreFollow: Bool) {
        try sql.withCString { start in
            var tail: UnsafePointer<CChar>?
            guard let statement = try prepareFirst(
                at: start, tail: &tail, sql: sql, on: connection, persistent: persistent)
            else { return (nil, false) }
            guard let tail, tail.pointee != 0 else { return (statement, false) }
            var rest: UnsafePointer<CChar>?
            do {
                let next = try prepareFirst(at: tail, tail: &rest, sql: sql, on: connection, persistent: false)
                return (statement, next != nil)
            } catch {
                // Text that does not compile is still a second statement, not a separator.
                return (statement, true)
            }
        }
    }

    /// Prepares the first statement of the NUL-terminated UTF-8 text at `start`.
    ///
    /// - Parameters:
    ///   - tail: Set to the text after the prepared statement.
    ///   - sql: The SQL to name in errors and to keep as ``sql``; `nil` uses the text of the
    ///     statement itself (for scripts).
    /// - Returns: The statement, or `nil` if only white space and comments remain.
    static func prepareFirst(
        at start: UnsafePointer<CChar>,
        tail: inout UnsafePointer<CChar>?,
        sql: String?,
        on connection: ConnectionHandle,
        persistent: Bool
    ) throws -> Statement? {
        var pointer: OpaquePointer?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let code = sqlite3_prepare_v3(connection.pointer, start, -1, flags, &pointer, &tail)
        guard code == SQLITE_OK else {
            sqlite3_finalize(pointer)  // nil after a failure; harmless either way
            let failing = sql ?? String(cString: start).trimmingSQLSeparators()
            throw connection.error(code: code, sql: failing)
        }
        guard let pointer else { return nil }
        let text = sql ?? String(cString: sqlite3_sql(pointer)).trimmingSQLSeparators()
        return Statement(pointer: pointer, sql: text, connection: connection)
    }

    // MARK: Introspection

    /// Whether the statement leaves the database file unchanged (`sqlite3_stmt_readonly`).
    ///
    /// `SELECT` is read-only; `INSERT`, `UPDATE`, `DELETE` and DDL are not.
    public var isReadOnly: Bool {
        sqlite3_stmt_readonly(pointer) != 0
    }

    /// The number of result columns; 0 for statements that return no rows.
    public var columnCount: Int {
        Int(sqlite3_column_count(pointer))
    }

    /// The result column names, left to right (the `AS` alias when there is one).
    public var columnNames: [String] {
        (0..<sqlite3_column_count(pointer)).map { column in
            sqlite3_column_name(pointer, column).map { String(cString: $0) } ?? ""
        }
    }

    /// The number of parameters: the largest parameter index (`?NNN` can leave gaps).
    public var parameterCount: Int {
        Int(sqlite3_bind_parameter_count(pointer))
    }

    // MARK: Binding

    /// Binds a value to the parameter at a 1-based index; `nil` binds `NULL`.
    ///
    /// Text and blobs are copied (`SQLITE_TRANSIENT`), so the value need not outlive the call.
    ///
    /// - Precondition: `index` is in `1...parameterCount` and the statement is not mid-run
    ///   (call ``reset()`` after stepping).
    public func bind(_ value: (any SQLBindable)?, at index: Int) {
        checkBinding(bindValue(value?.sqlValue ?? .null, at: Int32(clamping: index)), at: index)
    }

    /// Binds a value to a named parameter such as `:name`, `@name` or `$name`; `nil` binds `NULL`.
    ///
    /// A bare `name` finds the first of `:name`, `@name` and `$name` that the statement uses.
    ///
    /// - Precondition: The statement has a parameter with this name.
    public func bind(_ value: (any SQLBindable)?, named name: String) {
        guard let index = parameterIndex(named: name) else {
            preconditionFailure("SQLiteDB: the statement has no parameter named \(name) — in: \(sql)")
        }
        bind(value, at: index)
    }

    /// Binds each value to its named parameter, skipping the names the statement does not use: one set of
    /// values serves statements written for different filters.
    public func bind(namedIfUsed values: [(name: String, value: (any SQLBindable)?)]) {
        for (name, value) in values {
            if let index = parameterIndex(named: name) { bind(value, at: index) }
        }
    }

    /// Binds values to parameters 1…n in order.
    ///
    /// - Precondition: `values.count == parameterCount`.
    public func bind(_ values: [any SQLBindable]) {
        precondition(
            values.count == parameterCount,
            "SQLiteDB: \(values.count) value(s) for \(parameterCount) parameter(s) — in: \(sql)")
        for (offset, value) in values.enumerated() {
            bind(value, at: offset + 1)
        }
    }

    /// Clears every binding back to `NULL` (`sqlite3_clear_bindings`).
    public func clearBindings() {
        sqlite3_clear_bindings(pointer)
    }

    /// The 1-based index of a named parameter (`:name`, `@name`, `$name` or a bare name), or nil when there is none.
    public func parameterIndex(named name: String) -> Int? {
        let index = sqlite3_bind_parameter_index(pointer, name)
        if index > 0 { return Int(index) }
        guard let first = name.first, !":@$".contains(first) else { return nil }
        for prefix in [":", "@", "$"] {
            let index = sqlite3_bind_parameter_index(pointer, prefix + name)
            if index > 0 { return Int(index) }
        }
        return nil
    }

    // MARK: Binding without boxing

    /// Binds an integer to the parameter at a 1-based index, without making an ``SQLValue`` of it: for
    /// loops that bind many rows.
    ///
    /// - Precondition: as for ``bind(_:at:)``.
    public func bind(integer value: Int64, at index: Int) {
        checkBinding(sqlite3_bind_int64(pointer, Int32(clamping: index), value), at: index)
    }

    /// Binds a number to the parameter at a 1-based index, without making an ``SQLValue`` of it.
    public func bind(real value: Double, at index: Int) {
        checkBinding(sqlite3_bind_double(pointer, Int32(clamping: index), value), at: index)
    }

    /// Binds text (copied, as ``bind(_:at:)`` does) to the parameter at a 1-based index, or `NULL` for
    /// nil, without making an ``SQLValue`` of it.
    public func bind(text value: String?, at index: Int) {
        let code = value.map { bindText($0, at: Int32(clamping: index)) }
            ?? sqlite3_bind_null(pointer, Int32(clamping: index))
        checkBinding(code, at: index)
    }

    /// Binds `NULL` to the parameter at a 1-based index.
    public func bindNull(at index: Int) {
        checkBinding(sqlite3_bind_null(pointer, Int32(clamping: index)), at: index)
    }

    private func checkBinding(_ code: Int32, at index: Int) {
        guard code != SQLITE_OK else { return }
        let reason: String
        switch code {
        case SQLITE_RANGE:
            reason = "the index is out of range; the statement has \(parameterCount) parameter(s)"
        case SQLITE_MISUSE:
            reason = "the statement is running; call reset() before binding"
        default:
            reason = connection.errorMessage
        }
        preconditionFailure("SQLiteDB: cannot bind parameter \(index): \(reason) — in: \(sql)")
    }

    private func bindText(_ text: String, at index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                // A NULL pointer would bind NULL; "" binds empty text.
                return sqlite3_bind_text(pointer, index, "", 0, newsdex_sqlite_transient())
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                sqlite3_bind_text64(
                    pointer, index, characters, UInt64(bytes.count),
                    newsdex_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
    }

    private func bindValue(_ value: SQLValue, at index: Int32) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(pointer, index)
        case .integer(let integer):
            return sqlite3_bind_int64(pointer, index, integer)
        case .real(let real):
            return sqlite3_bind_double(pointer, index, real)
        case .text(let text):
            return bindText(text, at: index)
        case .blob(let blob):
            guard !blob.isEmpty else {
                // A NULL pointer would bind NULL; a zero-length zeroblob is an empty blob.
                return sqlite3_bind_zeroblob(pointer, index, 0)
            }
            return blob.withUnsafeBytes { bytes in
                sqlite3_bind_blob64(
                    pointer, index, bytes.baseAddress, UInt64(bytes.count), newsdex_sqlite_transient())
            }
        }
    }

    // MARK: Running

    /// Runs the statement to its next row.
    ///
    /// - Returns: `true` when a row is ready to read, `false` when the statement has finished.
    /// - Throws: ``SQLiteError`` with the extended code, SQLite's message and ``sql``. Call
    ///   ``reset()`` before running the statement again.
    public func step() throws -> Bool {
        let code = sqlite3_step(pointer)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code: code, sql: sql)
        }
    }

    /// Resets, binds `values` (if any), steps to completion and resets again.
    ///
    /// Meant for `INSERT`, `UPDATE`, `DELETE` and DDL; rows a query returns are discarded. With no
    /// `values`, the current bindings are used, so parameters bound by name beforehand are kept.
    ///
    /// - Precondition: `values` is empty or has one value per parameter.
    /// - Throws: ``SQLiteError`` if a step fails.
    public func run(_ values: [any SQLBindable] = []) throws {
        reset()
        if !values.isEmpty { bind(values) }
        defer { reset() }
        while try step() {}
    }

    /// Resets, binds `values` (if any), and collects every row; the statement is reset after.
    ///
    /// With no `values`, the current bindings are used.
    ///
    /// - Precondition: `values` is empty or has one value per parameter.
    /// - Throws: ``SQLiteError`` if a step fails.
    /// - Complexity: O(*rows* × *columns*).
    public func rows(_ values: [any SQLBindable] = []) throws -> [Row] {
        reset()
        if !values.isEmpty { bind(values) }
        defer { reset() }
        let names = columnNames
        var rows: [Row] = []
        while try step() {
            rows.append(Row(columns: names, values: (0..<names.count).map { value(at: $0) }))
        }
        return rows
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    ///
    /// The error code `sqlite3_reset` repeats was already thrown by ``step()``, so it is ignored.
    public func reset() {
        sqlite3_reset(pointer)
    }

    // MARK: Reading columns (0-based, valid after step() returned true)

    /// The column as a 64-bit integer (`NULL` reads as 0; text and reals are converted by SQLite).
    public func int64(at column: Int) -> Int64 {
        sqlite3_column_int64(pointer, checked(column))
    }

    /// The column as an `Int` (`NULL` reads as 0).
    public func int(at column: Int) -> Int {
        Int(truncatingIfNeeded: int64(at: column))
    }

    /// The column as a `Double` (`NULL` reads as 0.0).
    public func double(at column: Int) -> Double {
        sqlite3_column_double(pointer, checked(column))
    }

    /// The column as text, or `nil` for `NULL`; the UTF-8 bytes are kept exactly, including U+0000.
    public func text(at column: Int) -> String? {
        let column = checked(column)
        guard sqlite3_column_type(pointer, column) != SQLITE_NULL else { return nil }
        guard let characters = sqlite3_column_text(pointer, column) else { return "" }
        let count = Int(sqlite3_column_bytes(pointer, column))
        return String(decoding: UnsafeBufferPointer(start: characters, count: count), as: UTF8.self)
    }

    /// The column as bytes, or `nil` for `NULL`; an empty blob reads as `[]`.
    public func blob(at column: Int) -> [UInt8]? {
        let column = checked(column)
        guard sqlite3_column_type(pointer, column) != SQLITE_NULL else { return nil }
        guard let bytes = sqlite3_column_blob(pointer, column) else { return [] }
        let count = Int(sqlite3_column_bytes(pointer, column))
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    /// Whether the column is `NULL`.
    public func isNull(at column: Int) -> Bool {
        sqlite3_column_type(pointer, checked(column)) == SQLITE_NULL
    }

    /// The column as an ``SQLValue`` of the storage class SQLite holds it in.
    public func value(at column: Int) -> SQLValue {
        let index = checked(column)
        switch sqlite3_column_type(pointer, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(pointer, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(pointer, index))
        case SQLITE_TEXT: return .text(text(at: column) ?? "")
        case SQLITE_BLOB: return .blob(blob(at: column) ?? [])
        default: return .null
        }
    }

    private func checked(_ column: Int) -> Int32 {
        precondition(
            column >= 0 && column < columnCount,
            "SQLiteDB: column \(column) is out of range; the statement has \(columnCount) column(s) — in: \(sql)")
        return Int32(column)
    }
}

@available(*, unavailable, message: "A Statement belongs to the thread that owns its Database")
extension Statement: Sendable {}

extension String {
    /// The text without the white space and semicolons around it, to name one statement of a
    /// script in errors and in ``Statement/sql``.
    func trimmingSQLSeparators() -> String {
        let scalars = unicodeScalars
        let isSeparator: (Unicode.Scalar) -> Bool = { $0 == ";" || $0.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isSeparator($0) }),
              let last = scalars.lastIndex(where: { !isSeparator($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
