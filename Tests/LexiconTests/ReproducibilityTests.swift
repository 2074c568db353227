import Foundation
import Testing
import TestSupport
@testable import Lexicon

private let packageRoot = CommandRunner.packageRoot
private let sharedRoot = CommandRunner.sharedRoot

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
        let result = try CommandRunner.run(try #require(python3Path()), [
            packageRoot.appendingPathComponent("scripts/build_lexicon.py").path,
            "--shared", sharedRoot.path, "--out", output.path,
        ])
        try #require(result.status == 0, "build_lexicon.py failed: \(result.stderr)")
        let produced = [UInt8](try Data(contentsOf: output))
        let embedded = Lexicon.embeddedFileContents()
        #expect(produced.count == embedded.count)
        #expect(produced == embedded, "rerun: python3 scripts/build_lexicon.py --shared ../shared --out Sources/Lexicon/Embedded/lexicon.tsv")
    }
}
