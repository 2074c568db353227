/// One result row, detached from its statement: the column names and their values.
///
/// ```swift
/// for row in try db.query("SELECT id, name FROM person") {
///     print(row[0], row["name"] ?? .null)
/// }
/// ```
public struct Row: Sendable, Hashable {
    /// The column names, left to right, as SQLite reports them.
    public let columns: [String]

    /// The values, one per column, in the same order as ``columns``.
    public let values: [SQLValue]

    /// Creates a row from matching column names and values.
    ///
    /// - Precondition: `columns` and `values` have the same count.
    public init(columns: [String], values: [SQLValue]) {
        precondition(
            columns.count == values.count,
            "Row: \(columns.count) column names but \(values.count) values")
        self.columns = columns
        self.values = values
    }

    /// The value of the column at a 0-based index.
    ///
    /// - Precondition: `index` is in `0..<values.count`.
    public subscript(_ index: Int) -> SQLValue {
        values[index]
    }

    /// The value of the leftmost column with this name, or `nil` if there is none.
    ///
    /// An exact match wins; otherwise the name is matched ignoring case, as SQLite matches names.
    ///
    /// - Complexity: O(*n*) in the number of columns.
    public subscript(_ name: String) -> SQLValue? {
        if let index = columns.firstIndex(of: name) {
            return values[index]
        }
        let lowered = name.lowercased()
        if let index = columns.firstIndex(where: { $0.lowercased() == lowered }) {
            return values[index]
        }
        return nil
    }
}
