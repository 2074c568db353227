import SQLiteDB
import Testing

@Suite("Transactions and savepoints")
struct TransactionTests {
    /// A database with an empty table `t(x)`.
    private func withTable<T>(_ body: (Database, String) throws -> T) throws -> T {
        try withDatabase { db, directory in
            try db.execute("CREATE TABLE t(x)")
            return try body(db, directory.path("test.db"))
        }
    }

    @Test("A transaction commits the body's work and returns its result")
    func commits() throws {
        try withTable { db, path in
            let result = try db.transaction {
                try db.execute("INSERT INTO t VALUES (?)", [1])
                #expect(db.isInTransaction)
                return "done"
            }
            #expect(result == "done")
            #expect(db.isInTransaction == false)
            let other = try Database(path: path, mode: .readOnly)
            #expect(try values(other, "SELECT x FROM t") == [.integer(1)])
        }
    }

    @Test("Each kind of transaction commits", arguments: [
        Database.TransactionKind.deferred, .immediate, .exclusive,
    ])
    func kinds(_ kind: Database.TransactionKind) throws {
        try withTable { db, _ in
            try db.transaction(kind) { try db.execute("INSERT INTO t VALUES (?)", [7]) }
            #expect(try values(db, "SELECT x FROM t") == [.integer(7)])
        }
    }

    @Test("A throwing body is rolled back and its own error rethrown")
    func rollsBackOnThrow() throws {
        try withTable { db, _ throws in
            #expect(throws: Boom(number: 1)) {
                try db.transaction {
                    try db.execute("INSERT INTO t VALUES (?)", [1])
                    throw Boom(number: 1)
                }
            }
            #expect(db.isInTransaction == false)
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
        }
    }

    @Test("An SQLite error in the body is rethrown as is, and earlier work undone")
    func rethrowsSQLiteError() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE u(x UNIQUE)")
            let error = try #require(throws: SQLiteError.self) {
                try db.transaction {
                    try db.execute("INSERT INTO u VALUES (?)", [1])
                    try db.execute("INSERT INTO u VALUES (?)", [1])
                }
            }
            #expect(error.code == SQLiteError.constraintUnique)
            #expect(try db.scalar("SELECT count(*) FROM u") == .integer(0))
        }
    }

    @Test("A failing COMMIT throws its error and leaves no transaction open")
    func failedCommitRollsBack() throws {
        try withDatabase { db, _ in
            try db.execute("""
                CREATE TABLE parent(id INTEGER PRIMARY KEY);
                CREATE TABLE child(parent_id INTEGER REFERENCES parent(id));
                """)
            let error = try #require(throws: SQLiteError.self) {
                try db.transaction {
                    try db.execute("PRAGMA defer_foreign_keys = ON")
                    try db.execute("INSERT INTO child VALUES (?)", [42])  // checked at COMMIT
                }
            }
            #expect(error.code == SQLiteError.constraintForeignKey)
            #expect(db.isInTransaction == false)
            #expect(try db.scalar("SELECT count(*) FROM child") == .integer(0))
        }
    }

    @Test("Transactions do not nest: BEGIN inside one throws, the outer one goes on")
    func noNestedTransactions() throws {
        try withTable { db, _ in
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (?)", [1])
                let error = try #require(throws: SQLiteError.self) { try db.transaction {} }
                #expect(error.message.contains("within a transaction"))
                #expect(db.isInTransaction)
            }
            #expect(try values(db, "SELECT x FROM t") == [.integer(1)])
        }
    }

    @Test("An inner savepoint's rollback keeps the outer work")
    func nestedSavepoints() throws {
        try withTable { db, _ in
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (?)", ["a"])
                try db.savepoint {
                    try db.execute("INSERT INTO t VALUES (?)", ["b"])
                    #expect(throws: Boom(number: 2)) {
                        try db.savepoint {
                            try db.execute("INSERT INTO t VALUES (?)", ["c"])
                            try db.savepoint { try db.execute("INSERT INTO t VALUES (?)", ["d"]) }
                            throw Boom(number: 2)
                        }
                    }
                    try db.execute("INSERT INTO t VALUES (?)", ["e"])
                }
                #expect(db.isInTransaction)
            }
            #expect(try values(db, "SELECT x FROM t ORDER BY x") == [.text("a"), .text("b"), .text("e")])
        }
    }

    @Test("Outside a transaction a savepoint commits, or rolls back and rethrows")
    func savepointOutsideTransaction() throws {
        try withTable { db, _ in
            let result = try db.savepoint {
                try db.execute("INSERT INTO t VALUES (?)", [1])
                #expect(db.isInTransaction)
                return 1
            }
            #expect(result == 1)
            #expect(db.isInTransaction == false)
            #expect(throws: Boom(number: 3)) {
                try db.savepoint {
                    try db.execute("INSERT INTO t VALUES (?)", [2])
                    try db.savepoint { try db.execute("INSERT INTO t VALUES (?)", [3]) }
                    throw Boom(number: 3)
                }
            }
            #expect(db.isInTransaction == false)
            #expect(try values(db, "SELECT x FROM t") == [.integer(1)])
        }
    }

    @Test("Released savepoints are still undone when the enclosing transaction rolls back")
    func outerRollbackUndoesSavepoints() throws {
        try withTable { db, _ throws in
            #expect(throws: Boom(number: 4)) {
                try db.transaction {
                    try db.savepoint { try db.execute("INSERT INTO t VALUES (?)", [1]) }
                    try db.savepoint { try db.execute("INSERT INTO t VALUES (?)", [2]) }
                    throw Boom(number: 4)
                }
            }
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
        }
    }

    @Test("Savepoints can be used many times in a row inside one transaction")
    func savepointsInSequence() throws {
        try withTable { db, _ in
            try db.transaction {
                for number in 1...5 {
                    do {
                        try db.savepoint {
                            try db.execute("INSERT INTO t VALUES (?)", [number])
                            if number.isMultiple(of: 2) { throw Boom(number: number) }
                        }
                    } catch let boom as Boom {
                        #expect(boom.number == number)
                    }
                }
            }
            #expect(try values(db, "SELECT x FROM t ORDER BY x") == [.integer(1), .integer(3), .integer(5)])
        }
    }
}
