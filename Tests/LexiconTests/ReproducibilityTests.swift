import Foundation
import Testing
@testable import Lexicon

/// The package root (this file is Tests/LexiconTests/ReproducibilityTests.swift).
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
/// The shared data the script reads (`../shared`).
private let sharedRoot = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

private func python3Path() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

private let canRunScript = FileManager.default.fileExists(atPath: sharedRoot.appendingPathComponent("data/gazetteers").path)
    && python3Path() != nil

@Suite struct ReproducibilityTests {
    @Test func theEmbeddedFileIsTheCommittedFile() throws {
        let committed = try Data(contentsOf: packageRoot.appendingPathComponent("Sources/Lexicon/Embedded/lexicon.tsv"))
        #expect([UInt8](committed) == Lexicon.embeddedFileContents())
    }

    @Test(.enabled(if: canRunScript, "needs ../shared/data and python3 to run scripts/build_lexicon.py"),
          .timeLimit(.minutes(2)))
    func theScriptReproducesTheEmbeddedFile() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("lexicon-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(python3Path()))
        process.arguments = [packageRoot.appendingPathComponent("scripts/build_lexicon.py").path,
                             "--shared", sharedRoot.path, "--out", output.path]
        process.currentDirectoryURL = packageRoot
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "build_lexicon.py failed: \(message)")
        let produced = [UInt8](try Data(contentsOf: output))
        let embedded = Lexicon.embeddedFileContents()
        #expect(produced.count == embedded.count)
        #expect(produced == embedded, "rerun: python3 scripts/build_lexicon.py --shared ../shared --out Sources/Lexicon/Embedded/lexicon.tsv")
    }
}
