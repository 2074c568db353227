import Foundation
import Testing
import Extraction
import Index
import TestSupport

/// Folders are walked lazily in path order, and ingest pulls files only as its workers free up.
@Suite struct InputFilesTests {
    private func write(_ relative: String, in directory: TemporaryDirectory) throws {
        let path = directory.path(relative)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(sampleArticle.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aFolderComesOutInThePathOrderOfItsFilesWithHiddenOnesSkipped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for name in ["in/a/z.txt", "in/a-c/b.txt", "in/a.txt", "in/b/c/d.txt", "in/b/a.txt", "in/.hidden.txt", "in/.git/x.txt", "in/B.txt"] {
            try write(name, in: directory)
        }
        let root = directory.path("in")
        let files = try InputFiles([root + "/"])
        let paths = files.map(\.path)
        #expect(paths == paths.sorted())
        #expect(paths.map { String($0.dropFirst(root.count + 1)) } == ["B.txt", "a-c/b.txt", "a.txt", "a/z.txt", "b/a.txt", "b/c/d.txt"])
        #expect(files.count == 6 && files.underestimatedCount == 6)
        #expect(Array(files).map(\.path) == paths, "a second walk gives the same files")
    }

    @Test func linksInsideAFolderAreFollowedToFilesButNotToFolders() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try write("in/a.txt", in: directory)
        try write("elsewhere/b.txt", in: directory)
        try FileManager.default.createSymbolicLink(atPath: directory.path("in/b.txt"), withDestinationPath: directory.path("elsewhere/b.txt"))
        try FileManager.default.createSymbolicLink(atPath: directory.path("in/loop"), withDestinationPath: directory.path("in"))
        let paths = try InputFiles([directory.path("in")]).map(\.path)
        #expect(paths == [directory.path("in/a.txt"), directory.path("in/b.txt")])
    }

    @Test func filesAndStandardInputCountAsGivenAndAMissingPathIsAnErrorNamingIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try write("a.txt", in: directory)
        let files = try InputFiles([directory.path("a.txt"), "-"])
        #expect(files.map(\.path) == [directory.path("a.txt"), "-"])
        let error = try #require(throws: IndexError.self) { try InputFiles([directory.path("gone")]) }
        #expect(error.description.contains(directory.path("gone")) && error.description.contains("no such file"))
    }

    /// A sequence of generated articles that records how far ahead of the writer it has been pulled.
    private final class CountingFiles: Sequence, @unchecked Sendable {
        let total: Int
        private let lock = NSLock()
        private var pulled = 0
        private(set) var mostAhead = 0
        private var stored = 0

        init(total: Int) { self.total = total }

        func makeIterator() -> AnyIterator<InputFile> {
            AnyIterator { [self] in
                lock.withLock {
                    guard pulled < total else { return nil }
                    pulled += 1
                    mostAhead = Swift.max(mostAhead, pulled - stored)
                    let number = pulled
                    return InputFile(path: "\(number).txt") { Data((sampleArticle + " Number \(number).").utf8) }
                }
            }
        }

        func stored(_ path: String) { lock.withLock { stored += 1 } }
    }

    @Test func ingestPullsFilesOnlyAFewAheadOfTheWriter() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let files = CountingFiles(total: 120)
        var options = IngestOptions(reportEveryFile: true)
        options.batchSize = 10
        let summary = try Ingestor(index: try NewsIndex(path: directory.path("x.db")), extractor: Extractor(), workers: 2, options: options)
            .ingest(files) { files.stored($0.path) }
        #expect(summary.new == 120)
        #expect(files.mostAhead > 1, "the workers do run ahead of the writer")
        #expect(files.mostAhead <= 4 * 2 + 4 + 2, "but never more than the pipeline's window and one file per worker")
    }
}
