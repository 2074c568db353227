/// A problem with an index file, named with the file's path.
public struct IndexError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }

    static func versionMismatch(path: String, found: Int, expected: Int) -> IndexError {
        IndexError(path: path, message: "database has schema version \(found), but this newsdex uses schema version \(expected); "
            + "re-ingest the articles into a new file")
    }
}
