import SQLiteDB
import Testing

@Suite("Errors carry the extended code, SQLite's message and the SQL")
struct ErrorTests {
    @Test("A UNIQUE violation is 2067 with the table, column and statement")
    func uniqueViolation() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE person(name TEXT NOT NULL UNIQUE) STRICT")
            let sql = "INSERT INTO person(name) VALUES (?)"
            try db.execute(sql, ["Ada"])
            let error = try #require(throws: SQLiteError.self) { try db.execute(sql, ["Ada"]) }
            #expect(error.code == 2067)
            #expect(error.code == SQLiteError.constraintUnique)
            #expect(error.primaryCode == 19)
            #expect(error.primaryCode == SQLiteError.constraint)
            #expect(error.message == "UNIQUE constraint failed: person.name")
            #expect(error.sql == sql)
            #expect(error.description == "SQLite error 19 (constraint, extended 2067): "
                + "UNIQUE constraint failed: person.name — in: INSERT INTO person(name) VALUES (?)")
        }
    }

    @Test("A syntax error names the bad SQL")
    func syntaxError() throws {
        try withDatabase { db, _ in
            let sql = "SELEC name FROM person"
            let error = try #require(throws: SQLiteError.self) { try db.prepare(sql) }
            #expect(error.code == SQLiteError.error)
            #expect(error.message == #"near "SELEC": syntax error"#)
            #expect(error.sql == sql)
            #expect(error.description.hasSuffix("— in: SELEC name FROM person"))
        }
    }

    @Test("A failing step throws with the statement's SQL")
    func stepError() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(x INTEGER NOT NULL) STRICT")
            let insert = try db.prepare("INSERT INTO t(x) VALUES (?)")
            insert.bind(nil, at: 1)
            let error = try #require(throws: SQLiteError.self) { try insert.step() }
            #expect(error.code == SQLiteError.constraintNotNull)
            #expect(error.message == "NOT NULL constraint failed: t.x")
            #expect(error.sql == "INSERT INTO t(x) VALUES (?)")

            insert.reset()
            insert.bind("text", at: 1)
            let typeError = try #require(throws: SQLiteError.self) { try insert.step() }
            #expect(typeError.code == SQLiteError.constraintDatatype)
        }
    }

    @Test("In a script, the error names the failing statement; earlier ones stay done")
    func scriptErrors() throws {
        try withDatabase { db, _ in
            let stepError = try #require(throws: SQLiteError.self) {
                try db.execute("""
                    CREATE TABLE a(x NOT NULL);
                    INSERT INTO a VALUES (NULL);
                    CREATE TABLE b(y);
                    """)
            }
            #expect(stepError.code == SQLiteError.constraintNotNull)
            #expect(stepError.sql == "INSERT INTO a VALUES (NULL)")

            let prepareError = try #require(throws: SQLiteError.self) {
                try db.execute("CREATE TABLE c(z); INSERT INTO nowhere VALUES (1); CREATE TABLE d(w);")
            }
            #expect(prepareError.code == SQLiteError.error)
            #expect(prepareError.message == "no such table: nowhere")
            #expect(prepareError.sql == "INSERT INTO nowhere VALUES (1); CREATE TABLE d(w)")

            let tables = try values(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            #expect(tables == [.text("a"), .text("c")])
        }
    }

    @Test("prepare refuses empty SQL and more than one statement", arguments: [
        "", "   ", "-- only a comment", "SELECT 1; SELECT 2", "SELECT 1; SELECT 2 -- trailing",
    ])
    func prepareNeedsExactlyOneStatement(_ sql: String) throws {
        try withDatabase { db, _ in
            let error = try #require(throws: SQLiteError.self) { try db.prepare(sql) }
            #expect(error.code == SQLiteError.misuse)
            #expect(error.sql == sql)
        }
    }

    @Test("prepare accepts one statement followed by a semicolon, space and comments")
    func prepareAllowsTrailingSeparators() throws {
        try withDatabase { db, _ in
            let statement = try db.prepare("SELECT 1;  -- done\n ")
            #expect(try statement.rows().map(\.values) == [[.integer(1)]])
        }
    }

    @Test("The description reads as one line with or without SQL")
    func descriptions() {
        #expect(SQLiteError(code: 5, message: "database is locked").description
            == "SQLite error 5 (busy): database is locked")
        let error = SQLiteError(code: 1, message: "no such table: x", sql: "SELECT *\n  FROM x\n")
        #expect(error.description == "SQLite error 1 (error): no such table: x — in: SELECT * FROM x")
        #expect(SQLiteError(code: 787, message: "FOREIGN KEY constraint failed").primaryCode == 19)
    }

    @Test("Another connection's lock gives SQLITE_BUSY after the busy timeout")
    func busyAfterTimeout() throws {
        try withDatabase { db, directory in
            try db.execute("CREATE TABLE t(x)")
            let other = try Database(path: directory.path("test.db"), busyTimeoutMilliseconds: 200)
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (1)")
                let clock = ContinuousClock()
                let start = clock.now
                let error = try #require(throws: SQLiteError.self) {
                    try other.execute("INSERT INTO t VALUES (2)")
                }
                #expect(error.primaryCode == SQLiteError.busy)
                #expect(clock.now - start >= .milliseconds(150))
            }
            try other.execute("INSERT INTO t VALUES (2)")
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(2))
        }
    }
}
