extension Database {
    /// Runs `body` in a transaction: `BEGIN`, `body`, `COMMIT`; on a throw, `ROLLBACK` and rethrow.
    ///
    /// ```swift
    /// let id = try db.transaction {
    ///     try db.execute("INSERT INTO article(title) VALUES (?)", [title])
    ///     return db.lastInsertRowID
    /// }
    /// ```
    ///
    /// Transactions do not nest; inside one, use ``savepoint(_:)``.
    ///
    /// - Parameters:
    ///   - kind: How `BEGIN` takes locks; ``TransactionKind/immediate`` by default, so a writing
    ///     transaction waits for the write lock up front rather than failing half-way.
    ///   - body: The work; its result is returned after the commit.
    /// - Throws: The error `body` threw (after rolling back — a failing rollback does not replace
    ///   it), or ``SQLiteError`` if `BEGIN` fails (for example, already in a transaction) or
    ///   `COMMIT` fails (for example, a deferred foreign key violation; the transaction is then
    ///   rolled back).
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        switch kind {
        case .deferred: try executeCached("BEGIN DEFERRED TRANSACTION")
        case .immediate: try executeCached("BEGIN IMMEDIATE TRANSACTION")
        case .exclusive: try executeCached("BEGIN EXCLUSIVE TRANSACTION")
        }
        let result: T
        do {
            result = try body()
        } catch {
            rollbackIgnoringErrors()
            throw error
        }
        do {
            try executeCached("COMMIT TRANSACTION")
        } catch {
            // A failed COMMIT (busy, deferred constraint) leaves the transaction open.
            rollbackIgnoringErrors()
            throw error
        }
        return result
    }

    /// Runs `body` in a savepoint, so a throw undoes only `body`'s work; savepoints nest.
    ///
    /// ```swift
    /// try db.transaction {
    ///     try db.execute("INSERT INTO article(title) VALUES (?)", [title])
    ///     for mention in mentions {
    ///         // A bad mention is skipped; the article and the other mentions stay.
    ///         try? db.savepoint { try insert(mention) }
    ///     }
    /// }
    /// ```
    ///
    /// Inside a transaction this is `SAVEPOINT sN`, `body`, `RELEASE sN`, and on a throw
    /// `ROLLBACK TO sN` and `RELEASE sN`, where N is the nesting depth. Outside a transaction it
    /// is ``transaction(_:_:)`` with ``TransactionKind/immediate``, which undoes the same work
    /// on a throw and takes the write lock up front.
    ///
    /// - Throws: The error `body` threw (after rolling the savepoint back), or ``SQLiteError`` if
    ///   the savepoint cannot be opened or released.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        guard isInTransaction else {
            return try transaction(.immediate, body)
        }
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "s\(savepointDepth)"
        try executeCached("SAVEPOINT \(name)")
        let result: T
        do {
            result = try body()
            try executeCached("RELEASE SAVEPOINT \(name)")
        } catch {
            // If the error already rolled back the whole transaction, the savepoint is gone too,
            // and these fail harmlessly.
            rollbackIgnoringErrors(to: name)
            throw error
        }
        return result
    }

    /// Runs a parameterless statement from the statement cache.
    func executeCached(_ sql: String) throws {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        while try statement.step() {}
    }

    /// Rolls the open transaction back, if any; its error is dropped for the error being thrown.
    private func rollbackIgnoringErrors() {
        guard isInTransaction else { return }  // some errors roll back by themselves
        do {
            try executeCached("ROLLBACK TRANSACTION")
        } catch {
            // The caller rethrows the error that caused the rollback.
        }
    }

    /// Rolls back to the savepoint and releases it; errors are dropped for the error being thrown.
    private func rollbackIgnoringErrors(to name: String) {
        do {
            try executeCached("ROLLBACK TRANSACTION TO SAVEPOINT \(name)")
            try executeCached("RELEASE SAVEPOINT \(name)")
        } catch {
            // The caller rethrows the error that caused the rollback.
        }
    }
}
