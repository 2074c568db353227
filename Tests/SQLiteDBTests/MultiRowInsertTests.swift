@testable import SQLiteDB
import Testing

@Suite("Many rows per INSERT statement")
struct MultiRowInsertTests {
    @Test("Statements take the largest power of two of the rows left, up to the maximum")
    func rowsPerStatement() {
        var sizes: [Int] = []
        var left = 2 * MultiRowInsert.maximumRowsPerStatement + 13
        while left > 0 {
            let size = MultiRowInsert.rowsPerStatement(remaining: left)
            sizes.append(size)
            left -= size
        }
        let maximum = MultiRowInsert.maximumRowsPerStatement
        #expect(sizes == [maximum, maximum, 8, 4, 1])
    }

    @Test("Rows go in in order, with the ids, conflicts and triggers of one-by-one inserts", arguments: [0, 1, 5, 64, 65, 200])
    func sameAsOneByOne(_ count: Int) throws {
        let schema = """
            CREATE TABLE t(id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, n INTEGER, r REAL);
            CREATE TABLE log(id INTEGER PRIMARY KEY, t_id INTEGER, k TEXT);
            CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log(t_id, k) VALUES (new.id, new.k); END;
            """
        // Every third key repeats an earlier one, so OR IGNORE skips it.
        let keys = (0..<count).map { $0 % 3 == 2 ? "k\($0 - 1)" : "k\($0)" }
        let expected = try withDatabase { db, _ in
            try db.execute(schema)
            for (row, key) in keys.enumerated() {
                try db.execute("INSERT OR IGNORE INTO t(k, n, r) VALUES (?, ?, ?)", [key, row, row % 2 == 0 ? nil : 0.5])
            }
            return try db.query("SELECT * FROM t ORDER BY id") + db.query("SELECT * FROM log ORDER BY id")
        }
        let actual = try withDatabase { db, _ in
            try db.execute(schema)
            let insert = MultiRowInsert(db, "INSERT OR IGNORE INTO t(k, n, r)", columns: 3)
            try insert.run(rows: keys.count) { statement, row, first in
                statement.bind(text: keys[row], at: first)
                statement.bind(integer: Int64(row), at: first + 1)
                if row % 2 == 0 { statement.bindNull(at: first + 2) } else { statement.bind(real: 0.5, at: first + 2) }
            }
            return try db.query("SELECT * FROM t ORDER BY id") + db.query("SELECT * FROM log ORDER BY id")
        }
        #expect(actual == expected)
    }

    @Test("A failing row fails its statement, which leaves no row of it, and the insert is usable again")
    func failingRow() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(x INTEGER NOT NULL CHECK (x > 0))")
            let insert = MultiRowInsert(db, "INSERT INTO t(x)", columns: 1)
            let numbers: [Int64] = [1, 2, -3, 4]
            #expect(throws: SQLiteError.self) {
                try insert.run(rows: numbers.count) { statement, row, first in statement.bind(integer: numbers[row], at: first) }
            }
            #expect(try values(db, "SELECT count(*) FROM t") == [.integer(0)])
            try insert.run(rows: 2) { statement, row, first in statement.bind(integer: Int64(row + 7), at: first) }
            #expect(try values(db, "SELECT x FROM t ORDER BY x") == [.integer(7), .integer(8)])
        }
    }

    @Test("A tail such as ON CONFLICT follows the rows")
    func tail() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(k TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT")
            let insert = MultiRowInsert(db, "INSERT INTO t(k, n)", columns: 2, tail: "ON CONFLICT (k) DO UPDATE SET n = n + excluded.n")
            let keys = ["a", "b", "a"]
            try insert.run(rows: keys.count) { statement, row, first in
                statement.bind(text: keys[row], at: first)
                statement.bind(integer: 1, at: first + 1)
            }
            #expect(try db.query("SELECT k, n FROM t ORDER BY k").map { [$0[0], $0[1]] } == [[.text("a"), .integer(2)], [.text("b"), .integer(1)]])
        }
    }
}
