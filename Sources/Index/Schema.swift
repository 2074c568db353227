import Foundation

/// The DDL of `schema.sql`, embedded at build time, and the schema version it declares.
public enum Schema {
    /// The exact bytes of the top-level `schema.sql`.
    public static let sql: String = {
        guard let data = Data(base64Encoded: embedded_schema_sql.description),
              let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("the embedded schema.sql is not valid base64 UTF-8; rebuild newsdex")
        }
        return text
    }()

    /// The number in the schema's `PRAGMA user_version = N;` line.
    public static let version: Int = {
        for line in sql.split(separator: "\n") where line.hasPrefix("PRAGMA user_version") {
            let digits = line.drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
            if let version = Int(digits) { return version }
        }
        preconditionFailure("schema.sql declares no PRAGMA user_version")
    }()
}
