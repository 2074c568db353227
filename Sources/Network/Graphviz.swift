import Foundation

/// The picture formats ``Graphviz/render(_:as:to:searchPath:)`` writes.
public enum ImageFormat: String, Sendable, CaseIterable {
    case svg, png
}

/// A rendering that could not be made, in one line.
public struct GraphvizError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// Renders DOT text to a picture with Graphviz's `dot` program, when it is installed.
///
/// ```swift
/// try Graphviz.render(DOTWriter.document(network), as: .svg, to: "out/network.svg")
/// ```
public enum Graphviz {
    /// The one line telling how to get `dot`.
    public static let installHint = "Graphviz's `dot` is not installed; install it with `apt-get install graphviz` "
        + "(Debian/Ubuntu) or `brew install graphviz` (macOS), or write --format dot and render it elsewhere"

    /// The path of the `dot` executable on `searchPath` (a PATH-style list of folders), or nil.
    public static func executable(searchPath: String?) -> String? {
        for folder in (searchPath ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `dot -T<format> -o <path>` on `dot`, creating the file's folder when missing.
    ///
    /// - Parameters:
    ///   - searchPath: where to look for `dot` (PATH-style); nil means the process's `PATH`.
    /// - Throws: ``GraphvizError`` with ``installHint`` when `dot` is missing, or `dot`'s first error line.
    public static func render(_ dot: String, as format: ImageFormat, to path: String,
                              searchPath: String? = nil) throws {
        let searchPath = searchPath ?? ProcessInfo.processInfo.environment["PATH"]
        guard let executable = executable(searchPath: searchPath) else { throw GraphvizError(description: installHint) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw GraphvizError(description: "cannot create the folder \(folder.path) for \(path)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T\(format.rawValue)", "-o", path]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let firstLine = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw GraphvizError(description: "dot could not render \(path): \(firstLine)")
        }
    }
}
