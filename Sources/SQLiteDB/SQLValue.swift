/// One SQLite value: the five storage classes NULL, INTEGER, REAL, TEXT and BLOB.
///
/// ```swift
/// let values: [SQLValue] = [.null, .integer(42), .real(0.5), .text("Baku"), .blob([0xFF])]
/// ```
public enum SQLValue: Hashable, Sendable {
    /// SQL `NULL`.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// A 64-bit IEEE floating-point number (SQLite stores a NaN as `NULL`).
    case real(Double)
    /// UTF-8 text; it may hold any Unicode scalars, including U+0000.
    case text(String)
    /// Bytes, possibly none (an empty blob is not `NULL`).
    case blob([UInt8])
}

/// A Swift value that can be bound to a statement parameter.
///
/// ```swift
/// try db.execute("INSERT INTO place(name, lat) VALUES (?, ?)", ["Quebec", 46.81])
/// ```
///
/// Conforming types: `Int`, `Int64`, `Int32`, `Double`, `Bool` (bound as 0 or 1), `String`,
/// `[UInt8]` (a blob), ``SQLValue``, and `Optional` of any of them (`nil` is bound as `NULL`).
public protocol SQLBindable {
    /// The SQLite value this Swift value is stored as.
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLBindable {
    /// The value itself.
    public var sqlValue: SQLValue { self }
}

extension Int: SQLBindable {
    /// The integer as ``SQLValue/integer(_:)``.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Int64: SQLBindable {
    /// The integer as ``SQLValue/integer(_:)``.
    public var sqlValue: SQLValue { .integer(self) }
}

extension Int32: SQLBindable {
    /// The integer as ``SQLValue/integer(_:)``.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Double: SQLBindable {
    /// The number as ``SQLValue/real(_:)``.
    public var sqlValue: SQLValue { .real(self) }
}

extension Bool: SQLBindable {
    /// `true` as `.integer(1)`, `false` as `.integer(0)`, as SQLite itself stores booleans.
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
}

extension String: SQLBindable {
    /// The string as ``SQLValue/text(_:)``.
    public var sqlValue: SQLValue { .text(self) }
}

extension Array: SQLBindable where Element == UInt8 {
    /// The bytes as ``SQLValue/blob(_:)``.
    public var sqlValue: SQLValue { .blob(self) }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    /// The wrapped value's ``SQLBindable/sqlValue``, or ``SQLValue/null`` for `nil`.
    public var sqlValue: SQLValue {
        switch self {
        case .none: .null
        case .some(let wrapped): wrapped.sqlValue
        }
    }
}

extension SQLValue {
    /// The value as a person reads it in a table: numbers and text as they are, a blob as its size, NULL
    /// as `null`.
    public func displayText(null: String) -> String {
        switch self {
        case .null: null
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): value
        case .blob(let bytes): "<\(bytes.count) bytes>"
        }
    }
}
