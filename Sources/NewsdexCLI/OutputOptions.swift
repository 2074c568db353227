import ArgumentParser
import Foundation
import Evaluation
import Index
import SQLiteDB

/// How rows are printed: one choice shared by every command that prints rows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, tsv, json, jsonl
}

/// The `--format` option shared by every row-printing command.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("f"), .long], help: "Output format: table, csv, tsv, json or jsonl.")
    var format: OutputFormat = .table

    /// Writes `result` to standard output in the chosen format.
    func print(_ result: QueryResult) {
        Output.write(RowFormatter.format(result, as: format))
    }
}

/// Where text goes: data to standard output, everything else to standard error.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// Renders query results as text tables, RFC 4180 CSV, TSV, a JSON array or JSON lines.
enum RowFormatter {
    static func format(_ result: QueryResult, as format: OutputFormat) -> String {
        switch format {
        case .table: table(result)
        case .csv: delimited(result, separator: ",", escape: csvField)
        case .tsv: delimited(result, separator: "\t", escape: tsvField)
        case .json: "[" + result.rows.map { jsonObject(result.columns, $0) }.joined(separator: ",\n ") + "]\n"
        case .jsonl: result.rows.map { jsonObject(result.columns, $0) + "\n" }.joined()
        }
    }

    private static func display(_ value: SQLValue) -> String {
        value.displayText(null: "")
    }

    private static func table(_ result: QueryResult) -> String {
        let cells = result.rows.map { $0.map { display($0).replacingOccurrences(of: "\n", with: " ") } }
        var widths = result.columns.map(\.count)
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], min(cell.count, 80)) }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { i, value in
                let clipped = value.count > 80 ? String(value.prefix(79)) + "…" : value
                return clipped.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        var out = line(result.columns)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in cells { out += line(row) }
        out += "(\(result.rows.count) row\(result.rows.count == 1 ? "" : "s"))\n"
        return out
    }

    private static func delimited(_ result: QueryResult, separator: String, escape: (String) -> String) -> String {
        let lineEnd = separator == "\t" ? "\n" : "\r\n"
        var out = result.columns.map(escape).joined(separator: separator) + lineEnd
        for row in result.rows { out += row.map { escape(display($0)) }.joined(separator: separator) + lineEnd }
        return out
    }

    private static func csvField(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Backslash, tab, newline and carriage return written as escapes (`\\`, `\t`, `\n`, `\r`).
    private static func tsvField(_ field: String) -> String {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard field.utf8.contains(where: special) else { return field }
        var out = String.UnicodeScalarView()
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func jsonObject(_ columns: [String], _ row: [SQLValue]) -> String {
        "{" + zip(columns, row).map { jsonString($0) + ": " + jsonValue($1) }.joined(separator: ", ") + "}"
    }

    private static func jsonValue(_ value: SQLValue) -> String {
        switch value {
        case .null: "null"
        case .integer(let v): String(v)
        case .real(let v): v.isFinite ? String(v) : "null"
        case .text(let v): jsonString(v)
        case .blob(let v): jsonString(Data(v).base64EncodedString())
        }
    }

    private static func jsonString(_ text: String) -> String {
        JSONOutput.quoted(text)
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
