public import Foundation

/// A JSONL file that cannot be used, with the file and (when it is about one line) the 1-based line.
///
/// Its description is one line, such as
/// `gold.jsonl:3: bad JSON in gold file: unexpected end of data` or
/// `run.jsonl:7: duplicate id '000_8cefabb49d12b7f0' in system file`.
public struct JSONLinesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as given.
    public let file: String
    /// The 1-based line number, nil for a problem with the whole file (it cannot be read).
    public let line: Int?
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// Reading and writing the JSONL interchange files of `eval/FORMAT.md`: one JSON object per line.
///
/// ```swift
/// let gold = try JSONLines.goldDocuments(at: "../shared/dev/seed-gold.jsonl")
/// let system = try JSONLines.systemDocuments(at: "run.jsonl")
/// print(JSONLines.text(system), terminator: "")
/// ```
///
/// Reading follows the reference scorer: lines end at LF, CRLF or CR; blank lines are skipped; every
/// other line must be a JSON object with an `"id"`, and an id may appear only once per file. The first
/// problem throws a ``JSONLinesError`` naming the file and the line.
public enum JSONLines {
    /// Reads a gold file; `"-"` reads standard input.
    public static func goldDocuments(at path: String) throws -> [GoldDocument] {
        try decodeGold(read(path), file: path)
    }

    /// Reads a system file; `"-"` reads standard input.
    public static func systemDocuments(at path: String) throws -> [SystemDocument] {
        try decodeSystem(read(path), file: path)
    }

    /// Decodes gold lines; `file` names the source in errors.
    public static func decodeGold(_ data: Data, file: String) throws -> [GoldDocument] {
        try decode(data, file: file, kind: "gold") { try $0.decode(GoldDocument.self, from: $1) }
    }

    /// Decodes system lines; `file` names the source in errors.
    public static func decodeSystem(_ data: Data, file: String) throws -> [SystemDocument] {
        try decode(data, file: file, kind: "system") { try $0.decode(SystemDocument.self, from: $1) }
    }

    /// The documents as JSONL text: one line each, in the order given, each ending with a line break.
    public static func text(_ documents: [SystemDocument]) -> String {
        var output = ""
        for document in documents {
            output += document.jsonLine
            output += "\n"
        }
        return output
    }

    // MARK: Reading

    private static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw JSONLinesError(file: path, line: nil, message: reason)
        }
    }

    private static func decode<Document: IdentifiedDocument>(
        _ data: Data, file: String, kind: String,
        _ decodeLine: (JSONDecoder, Data) throws -> Document
    ) throws -> [Document] {
        let decoder = JSONDecoder()
        var documents: [Document] = []
        var seen: Set<String> = []
        for (number, bytes) in lines(data) {
            func failure(_ message: String) -> JSONLinesError {
                JSONLinesError(file: file, line: number, message: message)
            }
            guard var text = String(validating: bytes, as: UTF8.self) else {
                throw failure("not valid UTF-8 in \(kind) file")
            }
            if number == 1, text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            let trimmed = pythonStripped(text)
            if trimmed.isEmpty { continue }
            let lineData = Data(trimmed.utf8)
            let value: JSONValue
            do {
                value = try decoder.decode(JSONValue.self, from: lineData)
            } catch {
                throw failure("bad JSON in \(kind) file: \(syntaxProblem(lineData))")
            }
            guard case .object(let members) = value, members["id"] != nil else {
                throw failure("\(kind) line has no \"id\"")
            }
            let document: Document
            do {
                document = try decodeLine(decoder, lineData)
            } catch {
                throw failure("bad \(kind) line: \(reason(error))")
            }
            guard seen.insert(document.id).inserted else {
                throw failure("duplicate id '\(document.id)' in \(kind) file")
            }
            documents.append(document)
        }
        return documents
    }

    /// The lines of `data` with their 1-based numbers, split at LF, CRLF or CR (Python's universal
    /// newlines), without the line ends.
    private static func lines(_ data: Data) -> [(Int, [UInt8])] {
        var result: [(Int, [UInt8])] = []
        var current: [UInt8] = []
        var previousWasCR = false
        for byte in data {
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            if byte == 0x0A || byte == 0x0D {
                result.append((result.count + 1, current))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { result.append((result.count + 1, current)) }
        return result
    }

    /// Python's `str.strip()`: white space (as `str.isspace` defines it) off both ends.
    private static func pythonStripped(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, ScoringNormalization.isSpace(scalars[start]) { start += 1 }
        while end > start, ScoringNormalization.isSpace(scalars[end - 1]) { end -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// What is wrong with text that is not JSON. `JSONDecoder` does not say, so this asks
    /// `JSONSerialization`, which names the character ("Invalid value around character 12.").
    private static func syntaxProblem(_ data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        }
        return "not valid JSON"
    }

    /// A short reason for a decoding error: where in the line, and what was wrong.
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let (path, what): ([any CodingKey], String)
        switch error {
        case .typeMismatch(let type, let context):
            (path, what) = (context.codingPath, "expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            (path, what) = (context.codingPath, "expected \(typeName(type)), found null")
        case .keyNotFound(let key, let context):
            (path, what) = (context.codingPath, "missing \"\(key.stringValue)\"")
        case .dataCorrupted(let context):
            (path, what) = (context.codingPath, context.debugDescription)
        @unknown default:
            return "\(error)"
        }
        let location = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let trimmedLocation = location.hasPrefix(".") ? String(location.dropFirst()) : location
        return trimmedLocation.isEmpty ? what : "\(trimmedLocation): \(what)"
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is Int.Type, is Int64.Type, is Double.Type: "a number"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }
}

/// A document that carries its article id.
protocol IdentifiedDocument {
    var id: String { get }
}

extension GoldDocument: IdentifiedDocument {}
extension SystemDocument: IdentifiedDocument {}
