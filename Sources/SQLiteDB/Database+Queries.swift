extension Database {
    /// Prepares one statement that only reads the open database, as for SQL a user typed.
    ///
    /// SQLite judges each statement: it is refused when `sqlite3_stmt_readonly` says it writes
    /// (`INSERT`, `UPDATE`, `DELETE`, DDL, `VACUUM` and `VACUUM INTO`, pragmas that write such as
    /// `user_version = 3`), when it attaches or detaches a database, or when it gives a `PRAGMA` an
    /// argument that SQLite does not treat as a query — `PRAGMA table_info(article)` is allowed,
    /// `PRAGMA foreign_keys = OFF` is not. Text holding more than one statement, or none, is refused too.
    ///
    /// ```swift
    /// let reader = try Database(path: "newsdex.db", mode: .readOnly)
    /// let statement = try reader.prepareQuery("SELECT name FROM entity WHERE type = :type")
    /// statement.bind("PERSON", named: ":type")
    /// ```
    ///
    /// Use it on a ``Mode/readOnly`` connection: the file is then safe even from what slips past
    /// these checks. Extension loading is off on every connection.
    ///
    /// - Throws: ``QueryRefusal`` naming the reason and the SQL, or ``SQLiteError`` carrying `sql`
    ///   if the statement does not compile.
    /// - Complexity: One query over SQLite's list of pragmas, then the prepare.
    public func prepareQuery(_ sql: String) throws -> Statement {
        let readingPragmas = try pragmasReadingWithArgument()
        var refusal: QueryRefusal.Reason?
        let allow = { (request: AuthorizerRequest) -> Bool in
            let reason: QueryRefusal.Reason? = switch request {
            case .attachOrDetach: .attachment
            case .pragma(let name, let argument?) where !readingPragmas.contains(name.lowercased()):
                .pragmaSetting(name: name, value: argument)
            case .pragma, .other: nil
            }
            guard let reason else { return true }
            refusal = refusal ?? reason
            return false
        }
        let statement: Statement?
        let moreFollow: Bool
        do {
            (statement, moreFollow) = try connection.withAuthorizer(allow) {
                try Statement.prepareLeading(sql, on: connection, persistent: false)
            }
        } catch let error as SQLiteError where error.primaryCode == SQLiteError.auth {
            guard let refusal else { throw error }
            throw QueryRefusal(reason: refusal, sql: sql)
        }
        guard let statement else { throw QueryRefusal(reason: .noStatement, sql: sql) }
        guard !moreFollow else { throw QueryRefusal(reason: .multipleStatements, sql: sql) }
        guard statement.isReadOnly else { throw QueryRefusal(reason: .writes, sql: sql) }
        return statement
    }

    /// The pragmas whose argument SQLite treats as part of a query, such as `table_info(article)`:
    /// those whose table-valued function `pragma_NAME` has a hidden `arg` column. SQLite makes that
    /// function only for pragmas without side effects.
    private func pragmasReadingWithArgument() throws -> Set<String> {
        let rows = try query("""
            SELECT p.name FROM pragma_pragma_list AS p
            WHERE EXISTS (SELECT 1 FROM pragma_table_xinfo('pragma_' || p.name) AS c WHERE c.name = 'arg' AND c.hidden = 1)
            """)
        return Set(rows.compactMap { row in
            if case .text(let name) = row[0] { name } else { nil }
        })
    }
}

/// Why ``Database/prepareQuery(_:)`` refused a statement: a query may only read the open database.
public struct QueryRefusal: Error, CustomStringConvertible, Sendable {
    /// What is wrong with the statement.
    public enum Reason: Sendable, Hashable {
        /// The text is empty or only comments.
        case noStatement
        /// More than one statement (`SELECT 1; DROP TABLE x`).
        case multipleStatements
        /// The statement would change a database file, or write a new one (`VACUUM INTO`).
        case writes
        /// `ATTACH` or `DETACH`.
        case attachment
        /// A pragma given a value that changes a setting (`PRAGMA foreign_keys = OFF`).
        case pragmaSetting(name: String, value: String)
    }

    /// What is wrong.
    public let reason: Reason

    /// The refused SQL.
    public let sql: String

    /// Creates a refusal of `sql` for `reason`.
    public init(reason: Reason, sql: String) {
        self.reason = reason
        self.sql = sql
    }

    /// One line: the reason, then the SQL with its white space collapsed.
    ///
    /// For example `ATTACH and DETACH are refused: a query reads only the open database — in:
    /// ATTACH 'other.db' AS other`.
    public var description: String {
        let why = switch reason {
        case .noStatement: "there is no SQL statement (the text is empty or only comments)"
        case .multipleStatements: "only one statement may run, and the text holds more than one"
        case .writes: "the statement would write (INSERT, UPDATE, DELETE, CREATE, DROP, VACUUM and writing pragmas are refused)"
        case .attachment: "ATTACH and DETACH are refused: a query reads only the open database"
        case .pragmaSetting(let name, let value): "PRAGMA \(name) = \(value) would change a setting; only reading pragmas are allowed"
        }
        return why + " — in: " + sql.collapsingWhitespace()
    }
}
