public import Foundation

/// A fresh, uniquely named folder under the system temporary directory, for one test's files.
///
/// ```swift
/// let directory = try TemporaryDirectory()
/// defer { directory.remove() }
/// let db = try Database(path: directory.path("test.db"))
/// ```
public struct TemporaryDirectory: Sendable {
    /// The folder's location.
    public let url: URL

    /// Creates a new empty folder named `newsdex-<UUID>` under `FileManager`'s temporary directory.
    ///
    /// - Throws: The file-system error if the folder cannot be created.
    public init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsdex-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        self.url = url
    }

    /// The file-system path of `name` inside the folder (the file itself is not created).
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Deletes the folder and everything in it; a folder already gone is not an error.
    public func remove() {
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            // Nothing to clean up, or nothing more a test can do about it.
        }
    }
}
