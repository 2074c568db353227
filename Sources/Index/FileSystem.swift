import Foundation

/// The few file-system questions the index asks, in one place.
enum FileSystem {
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
