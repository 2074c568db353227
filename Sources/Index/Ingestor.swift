import Foundation
import ArticleText
public import Extraction

/// Counts of what an ingest did, for its one-line summary.
public struct IngestSummary: Sendable, Equatable {
    public var new = 0
    public var unchanged = 0
    public var replaced = 0
    public var skipped = 0

    public init() {}

    /// "3 new, 0 unchanged, 1 replaced, 0 skipped".
    public var line: String { "\(new) new, \(unchanged) unchanged, \(replaced) replaced, \(skipped) skipped" }
}

/// Something worth telling the user about one input file.
public struct IngestNotice: Sendable {
    public enum Severity: Sendable { case warning, skipped }
    public let path: String
    public let severity: Severity
    public let message: String
}

/// Reads article files, analyses them and stores them, in batched transactions.
///
/// Unchanged content is recognized by its hash before any extraction, so re-ingesting costs little. A file
/// that cannot be used is skipped with a notice; the others go on.
public final class Ingestor {
    private let index: NewsIndex
    private let writer: ArticleWriter
    private let extractor: Extractor
    private let batchSize: Int

    public init(index: NewsIndex, extractor: Extractor, batchSize: Int = 200) {
        self.index = index
        self.writer = ArticleWriter(index: index)
        self.extractor = extractor
        self.batchSize = batchSize
    }

    /// Ingests `files`, reporting notices as they happen; returns the summary.
    public func ingest(_ files: [InputFile], notify: (IngestNotice) -> Void) throws -> IngestSummary {
        var summary = IngestSummary()
        for batchStart in stride(from: 0, to: files.count, by: batchSize) {
            let batch = files[batchStart..<min(batchStart + batchSize, files.count)]
            try index.database.transaction(.immediate) {
                for file in batch {
                    ingestOne(file, into: &summary, notify: notify)
                }
            }
        }
        return summary
    }

    private func ingestOne(_ file: InputFile, into summary: inout IngestSummary, notify: (IngestNotice) -> Void) {
        do {
            let bytes = try file.read()
            let hash = SHA256.hex(bytes)
            if try writer.isIndexed(contentHash: hash) {
                summary.unchanged += 1
                return
            }
            let text: String
            switch ArticleDecoding.decode(bytes) {
            case .failure(let problem):
                summary.skipped += 1
                notify(IngestNotice(path: file.path, severity: .skipped, message: problem.message))
                return
            case .success(let decoded):
                if let warning = decoded.warning {
                    notify(IngestNotice(path: file.path, severity: .warning, message: warning))
                }
                text = decoded.text
            }
            let source = ArticleSource.parse(text)
            if let problem = source.headerProblem {
                notify(IngestNotice(path: file.path, severity: .warning, message: problem + "; the article is kept without a date"))
            }
            let analysis = extractor.analyze(source)
            switch try writer.write(analysis, origin: ArticleOrigin(sourcePath: file.path, contentHash: hash)) {
            case .new: summary.new += 1
            case .replaced: summary.replaced += 1
            case .unchanged: summary.unchanged += 1
            }
        } catch {
            summary.skipped += 1
            notify(IngestNotice(path: file.path, severity: .skipped, message: "\(error)"))
        }
    }
}
