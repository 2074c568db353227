public import Foundation

/// One article file to ingest: its display path and its bytes (read lazily).
public struct InputFile: Sendable {
    /// The path as it will be stored and reported; "-" for standard input.
    public let path: String
    let read: @Sendable () throws -> Data

    public init(path: String, read: @escaping @Sendable () throws -> Data) {
        self.path = path
        self.read = read
    }
}

/// Expands the paths given to `newsdex ingest` into article files: files as given, folders recursively
/// (sorted, hidden entries skipped), "-" as standard input.
public enum InputFiles {
    public static func expand(_ paths: [String]) throws -> [InputFile] {
        var files: [InputFile] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(InputFile(path: "-") { FileHandle.standardInput.readDataToEndOfFile() })
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IndexError(path: path, message: "no such file or folder")
            }
            if !isDirectory.boolValue {
                files.append(file(path))
                continue
            }
            let root = URL(fileURLWithPath: path)
            guard let walker = manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                  options: [.skipsHiddenFiles]) else {
                throw IndexError(path: path, message: "cannot read the folder")
            }
            var found: [String] = []
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let relative = url.path.dropFirst(root.path.count).drop(while: { $0 == "/" })
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            files += found.sorted().map(file)
        }
        return files
    }

    private static func file(_ path: String) -> InputFile {
        InputFile(path: path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw IndexError(path: path, message: "cannot read the file")
            }
            return data
        }
    }
}

extension InputFile {
    /// The file's bytes decoded as article text, with a warning when they needed repair.
    /// - Throws: `IndexError` naming the file when it is empty, binary or unreadable.
    public func text() throws -> (text: String, warning: String?) {
        let bytes: Data
        do {
            bytes = try read()
        } catch {
            throw IndexError(path: path, message: "cannot read: \(error.localizedDescription)")
        }
        switch ArticleDecoding.decode(bytes) {
        case .failure(let problem): throw IndexError(path: path, message: problem.message)
        case .success(let decoded): return (decoded.text, decoded.warning)
        }
    }
}
