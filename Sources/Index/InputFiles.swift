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
/// folders) recursively in path order (hidden entries skipped; links inside a folder are followed to files,
/// never to folders, so a walk cannot loop), "-" as standard input.
///
/// Folders are walked lazily, one folder's listing at a time, so a hundred thousand files cost no more memory
/// than a hundred. Creating the list walks everything once to count the files and to check every path: a
/// missing path or a folder without files is an error naming it before anything is read.
public struct InputFiles: Sequence, Sendable {
    private let paths: [String]
    /// How many files the paths held when the list was made.
    public let count: Int

    public init(_ paths: [String]) throws {
        var count = 0
        for path in paths {
            var walk = try Walk(path)
            var found = 0
            while walk.next() != nil { found += 1 }
            guard found > 0 else {
                throw IndexError(path: path, message: "the folder holds no files (hidden ones are skipped)")
            }
            count += found
        }
        self.paths = paths
        self.count = count
    }

    /// The exact number of files (the walk that made the list counted them).
    public var underestimatedCount: Int { count }

    public func makeIterator() -> Iterator {
        Iterator(paths: paths[...])
    }

    /// The files of every path in turn.
    public struct Iterator: IteratorProtocol {
        private var paths: ArraySlice<String>
        private var walk: Walk?

        init(paths: ArraySlice<String>) {
            self.paths = paths
        }

        public mutating func next() -> InputFile? {
            while true {
                if let path = walk?.next() { return .onDisk(path) }
                guard let path = paths.popFirst() else { return nil }
                // Checked when the list was made; a path gone since then is reported when it is read.
                walk = (try? Walk(path)) ?? Walk(single: path)
            }
        }
    }

    /// The files of one path, depth first, each folder's entries sorted so that the paths come out sorted.
    struct Walk {
        private struct Listing {
            let folder: String
            let entries: [Entry]
            var next = 0
        }
        private struct Entry {
            let name: String
            let isFolder: Bool
            /// The name as it sorts among full paths: a folder's name followed by its separator.
            var sortKey: String { isFolder ? name + "/" : name }
        }
        private var single: String?
        private var stack: [Listing] = []

        /// - Throws: `IndexError` naming the path when it does not exist or is a folder that cannot be listed.
        init(_ path: String) throws {
            var isDirectory: ObjCBool = false
            guard path != "-" else {
                single = path
                return
            }
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IndexError(path: path, message: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                single = path
                return
            }
            guard let listing = Self.listing(of: path.hasSuffix("/") ? String(path.dropLast()) : path) else {
                throw IndexError(path: path, message: "cannot read the folder")
            }
            stack = [listing]
        }

        init(single path: String) {
            self.single = path
        }

        mutating func next() -> String? {
            if let path = single {
                single = nil
                return path
            }
            while let top = stack.indices.last {
                guard stack[top].next < stack[top].entries.count else {
                    stack.removeLast()
                    continue
                }
                let entry = stack[top].entries[stack[top].next]
                stack[top].next += 1
                let path = stack[top].folder + "/" + entry.name
                guard entry.isFolder else { return path }
                if let listing = Self.listing(of: path) { stack.append(listing) }
            }
            return nil
        }

        /// A folder's visible files and folders, sorted; nil when it cannot be listed.
        private static func listing(of folder: String) -> Listing? {
            let manager = FileManager.default
            guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return nil }
            var entries: [Entry] = []
            for name in names where !name.hasPrefix(".") {
                let path = folder + "/" + name
                guard let type = (try? manager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType else { continue }
                switch type {
                case .typeRegular:
                    entries.append(Entry(name: name, isFolder: false))
                case .typeDirectory:
                    entries.append(Entry(name: name, isFolder: true))
                case .typeSymbolicLink:
                    var isDirectory: ObjCBool = false
                    if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                        entries.append(Entry(name: name, isFolder: false))
                    }
                default:
                    continue
                }
            }
            entries.sort { $0.sortKey < $1.sortKey }
            return Listing(folder: folder, entries: entries)
        }
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
