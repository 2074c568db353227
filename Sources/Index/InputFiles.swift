public import Foundation

/// One article file to ingest: its display path and its bytes (read lazily, on the thread that needs them).
///
/// A file on disk is its path alone, so a list of a hundred thousand files costs little memory.
public struct InputFile: Sendable {
    /// The path as it will be stored and reported; "-" for standard input.
    public let path: String
    private let supplied: (@Sendable (_ limit: Int) throws -> Data)?

    /// A file whose bytes `read` produces in full.
    public init(path: String, read: @escaping @Sendable () throws -> Data) {
        self.path = path
        self.supplied = { limit in
            let data = try read()
            return data.count > limit ? data.prefix(limit) : data
        }
    }

    private init(onDisk path: String) {
        self.path = path
        self.supplied = nil
    }

    /// A file on disk (or "-", standard input), of which at most the limit given to `read` is ever read.
    static func onDisk(_ path: String) -> InputFile {
        InputFile(onDisk: path)
    }

    /// The file's bytes, at most `limit` of them.
    /// - Throws: `IndexError` naming the file when it cannot be read.
    public func read(upTo limit: Int = .max) throws -> Data {
        if let supplied { return try supplied(limit) }
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw IndexError(path: path, message: "cannot open the file for reading")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        do {
            return try (limit == .max ? handle.readToEnd() : handle.read(upToCount: limit)) ?? Data()
        } catch {
            throw IndexError(path: path, message: "cannot read the file: \(error.localizedDescription)")
        }
    }
}

/// Expands the paths given to `newsdex ingest` into article files: files as given, folders (or links to
/// folders) recursively (sorted, hidden entries skipped), "-" as standard input. A folder without files is
/// an error naming it.
public enum InputFiles {
    public static func expand(_ paths: [String]) throws -> [InputFile] {
        var files: [InputFile] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(.onDisk("-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IndexError(path: path, message: "no such file or folder")
            }
            if !isDirectory.boolValue {
                files.append(.onDisk(path))
                continue
            }
            let root = URL(fileURLWithPath: path).resolvingSymlinksInPath()  // a link to a folder is the folder
            guard let walker = manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                  options: [.skipsHiddenFiles]) else {
                throw IndexError(path: path, message: "cannot read the folder")
            }
            let first = files.count
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let relative = url.path.dropFirst(root.path.count).drop(while: { $0 == "/" })
                files.append(.onDisk(path.hasSuffix("/") ? path + relative : path + "/" + relative))
            }
            guard files.count > first else {
                throw IndexError(path: path, message: "the folder holds no files (hidden ones are skipped)")
            }
            files[first...].sort { $0.path < $1.path }
        }
        return files
    }
}

extension InputFile {
    /// The file's bytes decoded as article text, with a warning when they needed repair.
    /// - Throws: `IndexError` naming the file when it is empty, binary or unreadable.
    public func text() throws -> (text: String, warning: String?) {
        switch ArticleDecoding.decode(try read()) {
        case .failure(let problem): throw IndexError(path: path, message: problem.message)
        case .success(let decoded):
            return (decoded.text, decoded.warnings.isEmpty ? nil : decoded.warnings.joined(separator: "; "))
        }
    }
}
