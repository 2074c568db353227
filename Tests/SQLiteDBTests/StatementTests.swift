import SQLiteDB
import Testing

@Suite("Statements and the statement cache")
struct StatementTests {
    @Test("isReadOnly tells SELECT from writes")
    func readOnlyStatements() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(x)")
            #expect(try db.prepare("SELECT x FROM t").isReadOnly)
            #expect(try db.prepare("INSERT INTO t VALUES (1)").isReadOnly == false)
            #expect(try db.prepare("UPDATE t SET x = 2").isReadOnly == false)
            #expect(try db.prepare("DELETE FROM t").isReadOnly == false)
            #expect(try db.prepare("CREATE TABLE u(y)").isReadOnly == false)
        }
    }

    @Test("Columns and parameters are reported")
    func introspection() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(a, b)")
            let select = try db.prepare("SELECT a, b AS bee, a + b FROM t WHERE a = ? AND b = ?3")
            #expect(select.sql == "SELECT a, b AS bee, a + b FROM t WHERE a = ? AND b = ?3")
            #expect(select.columnCount == 3)
            #expect(select.columnNames == ["a", "bee", "a + b"])
            #expect(select.parameterCount == 3)
            let insert = try db.prepare("INSERT INTO t VALUES (:a, :b)")
            #expect(insert.columnCount == 0)
            #expect(insert.columnNames == [])
            #expect(insert.parameterCount == 2)
        }
    }

    @Test("step walks the rows, and reset starts over with the same bindings")
    func stepAndReset() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3);")
            let select = try db.prepare("SELECT x FROM t WHERE x >= ? ORDER BY x")
            select.bind(2, at: 1)
            var seen: [Int] = []
            while try select.step() { seen.append(select.int(at: 0)) }
            #expect(seen == [2, 3])
            select.reset()
            #expect(try select.step())
            #expect(select.int(at: 0) == 2)
            select.reset()
            select.clearBindings()
            #expect(try select.step() == false)  // x >= NULL matches nothing
        }
    }

    @Test("rows(values) binds, collects every row and leaves the statement reusable")
    func rowsCollects() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(x, y); INSERT INTO t VALUES (1, 'a'), (2, NULL);")
            let select = try db.prepare("SELECT x, y FROM t WHERE x <= ? ORDER BY x")
            let expected = [
                Row(columns: ["x", "y"], values: [.integer(1), .text("a")]),
                Row(columns: ["x", "y"], values: [.integer(2), .null]),
            ]
            #expect(try select.rows([5]) == expected)
            #expect(try select.rows([1]) == Array(expected.prefix(1)))
            #expect(try select.rows() == Array(expected.prefix(1)))  // keeps the last bindings
        }
    }

    @Test("The cache hands out one object per SQL text and new objects for other texts")
    func cacheIdentity() throws {
        try withDatabase { db, _ in
            let first = try db.cachedStatement("SELECT 1")
            let again = try db.cachedStatement("SELECT 1")
            let other = try db.cachedStatement("SELECT 2")
            #expect(first === again)
            #expect(first !== other)
            #expect(try db.prepare("SELECT 1") !== db.prepare("SELECT 1"))
        }
    }

    @Test("A cached statement comes back reset and with cleared bindings")
    func cacheResetsAndClears() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3);")
            let sql = "SELECT x, ?1 FROM t ORDER BY x"
            let statement = try db.cachedStatement(sql)
            statement.bind("bound", at: 1)
            #expect(try statement.step())
            #expect(try statement.step())
            #expect(statement.int(at: 0) == 2)

            let again = try db.cachedStatement(sql)
            #expect(try again.step())
            #expect(again.int(at: 0) == 1)  // from the first row again
            #expect(again.isNull(at: 1))  // the binding is gone
        }
    }

    @Test("A cached statement that failed is usable again")
    func cacheRecoversFromErrors() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(x UNIQUE)")
            let sql = "INSERT INTO t VALUES (?)"
            try db.execute(sql, [1])
            #expect(throws: SQLiteError.self) { try db.execute(sql, [1]) }
            try db.execute(sql, [2])
            #expect(try values(db, "SELECT x FROM t ORDER BY x") == [.integer(1), .integer(2)])
        }
    }

    @Test("Many inserts through one cached statement in one transaction")
    func bulkInsert() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(n INTEGER NOT NULL, label TEXT NOT NULL) STRICT")
            try db.transaction {
                let insert = try db.cachedStatement("INSERT INTO t VALUES (?, ?)")
                for n in 0..<1000 { try insert.run([n, "row \(n)"]) }
            }
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1000))
            #expect(try db.scalar("SELECT label FROM t WHERE n = ?", [999]) == .text("row 999"))
        }
    }
}

@Suite("Programmer errors stop the program")
struct PreconditionTests {
    @Test("Binding an index out of range traps")
    func bindIndexOutOfRange() async {
        await #expect(processExitsWith: .failure) {
            let db = try Database(path: ":memory:")
            try db.prepare("SELECT ?").bind(1, at: 2)
        }
    }

    @Test("Binding an unknown name traps")
    func bindUnknownName() async {
        await #expect(processExitsWith: .failure) {
            let db = try Database(path: ":memory:")
            try db.prepare("SELECT :known").bind(1, named: ":unknown")
        }
    }

    @Test("Binding the wrong number of values traps")
    func bindWrongCount() async {
        await #expect(processExitsWith: .failure) {
            let db = try Database(path: ":memory:")
            try db.prepare("SELECT ?, ?").bind([1])
        }
    }

    @Test("Binding while the statement runs traps")
    func bindWhileRunning() async {
        await #expect(processExitsWith: .failure) {
            let db = try Database(path: ":memory:")
            let statement = try db.prepare("SELECT ?")
            _ = try statement.step()
            statement.bind(1, at: 1)
        }
    }

    @Test("The same code without the mistake exits normally")
    func controlExitsNormally() async {
        await #expect(processExitsWith: .success) {
            let db = try Database(path: ":memory:")
            try db.prepare("SELECT ?").bind(1, at: 1)
        }
    }
}
