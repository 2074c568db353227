import SQLiteDB
import Testing

/// One value to store and read back, with the storage class SQLite must report for it.
struct RoundTrip: Sendable, CustomTestStringConvertible {
    let label: String
    let value: SQLValue
    let storageClass: String
    var testDescription: String { label }
}

private let roundTrips: [RoundTrip] = [
    RoundTrip(label: "NULL", value: .null, storageClass: "null"),
    RoundTrip(label: "Int64.min", value: .integer(.min), storageClass: "integer"),
    RoundTrip(label: "Int64.max", value: .integer(.max), storageClass: "integer"),
    RoundTrip(label: "zero", value: .integer(0), storageClass: "integer"),
    RoundTrip(label: "minus one", value: .integer(-1), storageClass: "integer"),
    RoundTrip(label: "pi", value: .real(.pi), storageClass: "real"),
    RoundTrip(label: "tiny negative", value: .real(-1e-300), storageClass: "real"),
    RoundTrip(label: "largest double", value: .real(.greatestFiniteMagnitude), storageClass: "real"),
    RoundTrip(label: "whole double", value: .real(1), storageClass: "real"),
    RoundTrip(label: "empty text", value: .text(""), storageClass: "text"),
    RoundTrip(label: "ASCII text", value: .text("Baku"), storageClass: "text"),
    RoundTrip(label: "emoji and scripts", value: .text("Zürich — 東京 👩🏽‍💻 🇦🇿"), storageClass: "text"),
    RoundTrip(label: "combining marks", value: .text("e\u{301} ≠ \u{E9}, Ş\u{327}"), storageClass: "text"),
    RoundTrip(label: "text with U+0000", value: .text("a\u{0}b"), storageClass: "text"),
    RoundTrip(label: "empty blob", value: .blob([]), storageClass: "blob"),
    RoundTrip(label: "one zero byte", value: .blob([0]), storageClass: "blob"),
    RoundTrip(label: "bytes", value: .blob([0, 1, 2, 0x7F, 0x80, 0xFF]), storageClass: "blob"),
]

/// The bytes SQLite must hold for a text or blob value, as `hex()` prints them.
private func expectedHex(_ value: SQLValue) -> String? {
    let bytes: [UInt8]
    switch value {
    case .text(let text): bytes = Array(text.utf8)
    case .blob(let blob): bytes = blob
    default: return nil
    }
    return bytes.map { byte in
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }.joined()
}

@Suite("Binding and reading values")
struct ValueBindingTests {
    @Test("Every storage class round-trips by index, bytes and type intact", arguments: roundTrips)
    func roundTripByIndex(_ roundTrip: RoundTrip) throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(v)")  // no affinity: values stay as bound
            let insert = try db.prepare("INSERT INTO t(v) VALUES (?)")
            insert.bind(roundTrip.value, at: 1)
            try insert.run()

            let select = try db.prepare("SELECT v, typeof(v), hex(v) FROM t")
            #expect(try select.step())
            #expect(select.value(at: 0) == roundTrip.value)
            #expect(select.text(at: 1) == roundTrip.storageClass)
            if let hex = expectedHex(roundTrip.value) {
                // String equality ignores normalization; the stored bytes must not.
                #expect(select.text(at: 2) == hex)
                if case .text(let text) = roundTrip.value {
                    #expect(select.text(at: 0).map { Array($0.utf8) } == Array(text.utf8))
                }
            }
            #expect(try select.step() == false)
        }
    }

    @Test("Every storage class round-trips by name", arguments: roundTrips)
    func roundTripByName(_ roundTrip: RoundTrip) throws {
        try withDatabase { db, _ in
            let select = try db.prepare("SELECT :value, typeof(:value)")
            select.bind(roundTrip.value, named: ":value")
            let rows = try select.rows()
            #expect(rows == [Row(columns: [":value", "typeof(:value)"],
                                 values: [roundTrip.value, .text(roundTrip.storageClass)])])
        }
    }

    @Test("Swift types bind as their SQL values and read back through the typed accessors")
    func swiftTypes() throws {
        try withDatabase { db, _ in
            let select = try db.prepare("SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?")
            let noInt: Int? = nil
            let someText: String? = "wrapped"
            select.bind([
                42, Int64.min, Int32.max, 2.5, true, false, "text", [UInt8]([1, 2, 3]),
                noInt, someText, SQLValue.real(-0.5), [UInt8](),
            ])
            #expect(try select.step())
            #expect(select.int(at: 0) == 42)
            #expect(select.int64(at: 1) == Int64.min)
            #expect(select.int64(at: 2) == Int64(Int32.max))
            #expect(select.double(at: 3) == 2.5)
            #expect(select.value(at: 4) == .integer(1))
            #expect(select.value(at: 5) == .integer(0))
            #expect(select.text(at: 6) == "text")
            #expect(select.blob(at: 7) == [1, 2, 3])
            #expect(select.isNull(at: 8))
            #expect(select.text(at: 8) == nil)
            #expect(select.blob(at: 8) == nil)
            #expect(select.int64(at: 8) == 0)
            #expect(select.text(at: 9) == "wrapped")
            #expect(select.value(at: 10) == .real(-0.5))
            #expect(select.blob(at: 11) == [])
            #expect(select.isNull(at: 11) == false)
        }
    }

    @Test("The typed binds store what the SQLValue binds store", arguments: roundTrips)
    func typedBindsMatchValueBinds(_ roundTrip: RoundTrip) throws {
        try withDatabase { db, _ in
            let select = try db.prepare("SELECT ?1, typeof(?1), hex(?1)")
            switch roundTrip.value {
            case .null: select.bindNull(at: 1)
            case .integer(let value): select.bind(integer: value, at: 1)
            case .real(let value): select.bind(real: value, at: 1)
            case .text(let value): select.bind(text: value, at: 1)
            case .blob: return  // blobs bind through bind(_:at:) only
            }
            #expect(try select.step())
            #expect(select.value(at: 0) == roundTrip.value)
            #expect(select.text(at: 1) == roundTrip.storageClass)
            if let hex = expectedHex(roundTrip.value) { #expect(select.text(at: 2) == hex) }
        }
    }

    @Test("bind(text:) binds NULL for nil")
    func typedTextBindsNullForNil() throws {
        try withDatabase { db, _ in
            let select = try db.prepare("SELECT ?")
            select.bind(text: nil, at: 1)
            #expect(try select.step())
            #expect(select.isNull(at: 0))
        }
    }

    @Test("SQLBindable conformances produce the documented values")
    func conformances() {
        let none: Double? = nil
        #expect(Int(7).sqlValue == .integer(7))
        #expect(Int64(-7).sqlValue == .integer(-7))
        #expect(Int32(-8).sqlValue == .integer(-8))
        #expect(Double(0.25).sqlValue == .real(0.25))
        #expect(true.sqlValue == .integer(1))
        #expect(false.sqlValue == .integer(0))
        #expect("x".sqlValue == .text("x"))
        #expect([UInt8]([9]).sqlValue == .blob([9]))
        #expect(none.sqlValue == .null)
        #expect(Optional(3).sqlValue == .integer(3))
        #expect(SQLValue.text("y").sqlValue == .text("y"))
    }

    @Test("Empty text and empty blobs are not NULL")
    func emptyIsNotNull() throws {
        try withDatabase { db, _ in
            let select = try db.prepare("SELECT ?1 IS NULL, typeof(?1), length(?1)")
            for (value, storageClass) in [(SQLValue.text(""), "text"), (.blob([]), "blob")] {
                select.reset()
                select.bind(value, at: 1)
                #expect(try select.step())
                #expect(select.int(at: 0) == 0)
                #expect(select.text(at: 1) == storageClass)
                #expect(select.int(at: 2) == 0)
            }
        }
    }

    @Test("Named parameters bind with :, @ and $ prefixes, and by bare name")
    func namedPrefixes() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(a, b, c, d)")
            let insert = try db.prepare("INSERT INTO t VALUES (:a, @b, $c, :d)")
            #expect(insert.parameterCount == 4)
            insert.bind("colon", named: ":a")
            insert.bind(2, named: "@b")
            insert.bind(nil, named: "$c")
            insert.bind([UInt8]([0xAB]), named: "d")
            try insert.run()
            let row = try #require(try db.query("SELECT a, b, c, d FROM t").first)
            #expect(row.values == [.text("colon"), .integer(2), .null, .blob([0xAB])])
        }
    }

    @Test("One set of named values binds the names a statement uses and skips the others")
    func namedIfUsedSkipsUnusedNames() throws {
        try withDatabase { db, _ in
            let select = try db.prepare("SELECT :a, :c")
            select.bind(namedIfUsed: [(":a", 1), (":b", "not in the statement"), (":c", nil)])
            let row = try #require(try select.rows().first)
            #expect(row.values == [.integer(1), .null])
        }
    }

    @Test("run() with no values keeps the bindings made beforehand; run(values) replaces them")
    func runKeepsOrReplacesBindings() throws {
        try withDatabase { db, _ in
            try db.execute("CREATE TABLE t(a, b)")
            let insert = try db.prepare("INSERT INTO t VALUES (?, ?)")
            insert.bind(1, at: 1)
            insert.bind("one", at: 2)
            try insert.run()
            try insert.run()
            try insert.run([2, "two"])
            #expect(try values(db, "SELECT a || b FROM t ORDER BY rowid")
                == [.text("1one"), .text("1one"), .text("2two")])
        }
    }
}
