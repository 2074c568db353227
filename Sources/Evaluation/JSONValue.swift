import Foundation

/// Any JSON value, for the fields the reference scorer reads loosely (a name list that may be one
/// string, an `optional` flag judged by Python truthiness, an id that may be a number).
enum JSONValue: Decodable, Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Python's truthiness: null, false, 0, "", [] and {} are false.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .integer(let value): value != 0
        case .number(let value): value != 0
        case .string(let value): !value.isEmpty
        case .array(let value): !value.isEmpty
        case .object(let value): !value.isEmpty
        }
    }

    /// Python's `str(value)` for the scalar values an id can be; nil for arrays and objects.
    var pythonString: String? {
        switch self {
        case .null: "None"
        case .bool(let value): value ? "True" : "False"
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .string(let value): value
        case .array, .object: nil
        }
    }

    /// What a decoding error calls this kind of value.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// A JSON value to print, with object keys kept in order, printed as Python's
/// `json.dumps(value, ensure_ascii=False)` prints (", " and ": " separators, floats as `repr`).
public enum JSONOutput {
    case null
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONOutput])
    case object([(String, JSONOutput)])

    static func optionalString(_ value: String?) -> JSONOutput {
        value.map(JSONOutput.string) ?? .null
    }

    /// The JSON text, on one line.
    var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null:
            output += "null"
        case .integer(let value):
            output += String(value)
        case .number(let value):
            output += value.isFinite ? String(value) : "null"
        case .string(let value):
            Self.writeString(value, to: &output)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += ", " }
                value.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += ", " }
                Self.writeString(key, to: &output)
                output += ": "
                value.write(to: &output)
            }
            output += "}"
        }
    }

    /// `value` as a JSON string literal (quotes included), escaped as ``writeString(_:to:)`` does.
    public static func quoted(_ value: String) -> String {
        var output = ""
        writeString(value, to: &output)
        return output
    }

    /// A JSON string literal; only `"`, `\` and control characters are escaped, as with Python's
    /// `ensure_ascii=False`.
    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
