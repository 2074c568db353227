import Foundation
public import ArticleText
public import Extraction
import SQLiteDB

/// Counts of what an ingest did, for its one-line summary.
public struct IngestSummary: Sendable, Equatable {
    public var new = 0
    public var unchanged = 0
    public var replaced = 0
    public var skipped = 0
    /// How many of the skipped files were skipped for each reason.
    public var skippedByReason: [SkipReason: Int] = [:]
    /// Whether the ingest stopped early because `IngestStop.request()` was called.
    public var interrupted = false

    public init() {}

    /// Files dealt with (stored, unchanged or skipped); fewer than were given when the ingest was interrupted.
    public var handled: Int { new + unchanged + replaced + skipped }

    /// "3 new, 0 unchanged, 1 replaced, 2 skipped (1 empty, 1 binary)".
    public var line: String {
        var text = "\(new) new, \(unchanged) unchanged, \(replaced) replaced, \(skipped) skipped"
        if skipped > 0 {
            text += " (" + skippedByReason.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key.rawValue)" }
                .joined(separator: ", ") + ")"
        }
        return text
    }

    mutating func skip(_ reason: SkipReason) {
        skipped += 1
        skippedByReason[reason, default: 0] += 1
    }
}

/// Something worth telling the user about one input file.
public struct IngestNotice: Sendable {
    public enum Severity: Sendable {
        /// The file was stored, or found unchanged (only with `IngestOptions.reportEveryFile`).
        case stored
        /// The article was stored after a repair, or without something it should have (a date).
        case warning
        /// The file was not stored.
        case skipped
    }
    public let path: String
    public let severity: Severity
    public let message: String
}

/// How far an ingest has got, reported after every committed batch.
public struct IngestProgress: Sendable {
    /// Files dealt with so far.
    public let handled: Int
    /// Files given.
    public let total: Int
    /// Seconds since the ingest started.
    public let elapsed: Double
}

/// What an ingest accepts and how it batches its writes.
public struct IngestOptions: Sendable {
    /// Files larger than this many bytes are skipped unread; nil for no limit.
    public var maxBytes: Int?
    /// The publication date of articles whose file has no (valid) date header.
    public var defaultDate: ArticleDate?
    /// Also report every stored or unchanged file as a `.stored` notice.
    public var reportEveryFile = false
    /// Most articles per transaction.
    public var batchSize = 200
    /// Longest time in seconds a transaction stays open waiting for analyses, so other writers get their turn.
    public var batchSeconds = 0.5

    public init(maxBytes: Int? = nil, defaultDate: ArticleDate? = nil, reportEveryFile: Bool = false) {
        self.maxBytes = maxBytes
        self.defaultDate = defaultDate
        self.reportEveryFile = reportEveryFile
    }
}

/// A request, from any thread (a signal handler's queue), that an ingest stop after its current batch.
public final class IngestStop: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    public init() {}

    public func request() {
        lock.withLock { requested = true }
    }

    public var isRequested: Bool {
        lock.withLock { requested }
    }
}

/// Reads article files, analyses them on all cores and stores them through one connection.
///
/// Worker threads read, hash and analyse files; the calling thread writes the analyses in input order, so
/// the database is the same row for row (ids included) whatever the number of workers. At most a few
/// analyses per worker wait in memory at any time. Writes go in batched transactions with a savepoint per
/// article, so a crash or a kill leaves every article whole or absent. Content already indexed is
/// recognized by its hash before any extraction, so re-ingesting costs little. A file that cannot be used
/// is skipped with a notice; the others go on.
///
/// ```swift
/// let ingestor = Ingestor(index: try NewsIndex(path: "news.db"), extractor: Extractor())
/// let summary = try ingestor.ingest(try InputFiles(["articles/"])) { print($0.path, $0.message) }
/// print(summary.line)   // "120 new, 0 unchanged, 0 replaced, 0 skipped"
/// ```
public final class Ingestor {
    private let index: NewsIndex
    private let writer: ArticleWriter
    private let extractor: Extractor
    private let workers: Int
    private let options: IngestOptions

    /// Called on the calling thread after every committed batch.
    public var onProgress: ((IngestProgress) -> Void)?

    /// - Parameters:
    ///   - workers: Threads that read and analyse files (the calling thread writes); nil for one per core.
    ///   - options: Size limit, default date, batching.
    public init(index: NewsIndex, extractor: Extractor, workers: Int? = nil, options: IngestOptions = IngestOptions()) {
        self.index = index
        self.writer = ArticleWriter(index: index)
        self.extractor = extractor
        self.workers = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.options = options
    }

    /// Ingests `files` in order, reporting notices (in file order, on the calling thread); returns the summary.
    /// The files are pulled one by one as workers free up; progress reports `underestimatedCount` as the total.
    ///
    /// - Parameter stop: When requested, the ingest commits its current batch and returns early with
    ///   `interrupted` set.
    /// - Throws: `IndexError` or `SQLiteError` when the index itself fails (a full disk, a lock held too
    ///   long); every committed batch stays.
    public func ingest(_ files: some Sequence<InputFile>, stop: IngestStop? = nil,
                       notify: (IngestNotice) -> Void) throws -> IngestSummary {
        let started = Date()
        let total = files.underestimatedCount
        let pipeline = AnalysisPipeline(files: files, window: 4 * workers + 4)
        let preparer = FilePreparer(extractor: extractor, options: options,
                                    indexPath: index.path == ":memory:" ? nil : index.path)
        let finished = DispatchGroup()
        for _ in 0..<min(workers, max(1, total)) {
            finished.enter()
            let thread = Thread {
                pipeline.work(preparer)
                finished.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        defer {
            pipeline.close()
            finished.wait()
        }

        var summary = IngestSummary()
        var position = 0
        var taken = pipeline.take(position, before: nil)
        while case .file = taken, stop?.isRequested != true {
            try inBatchTransaction {
                let deadline = Date(timeIntervalSinceNow: options.batchSeconds)
                var count = 0
                while case .file(let file, let prepared) = taken {
                    try store(prepared, file: file, into: &summary, notify: notify)
                    position += 1
                    count += 1
                    taken = count < options.batchSize && stop?.isRequested != true
                        ? pipeline.take(position, before: deadline) : .late
                }
            }
            onProgress?(IngestProgress(handled: position, total: max(total, position),
                                       elapsed: Date().timeIntervalSince(started)))
            if case .late = taken, stop?.isRequested != true { taken = pipeline.take(position, before: nil) }
        }
        summary.interrupted = !taken.isEnd
        return summary
    }

    /// Runs `body` in an immediate transaction, waiting (up to a minute in all) while another writer holds the lock.
    private func inBatchTransaction(_ body: () throws -> Void) throws {
        var attempts = 0
        while true {
            var began = false
            do {
                try writer.batch {
                    began = true
                    try body()
                }
                return
            } catch let error as SQLiteError where !began && error.primaryCode == SQLiteError.busy && attempts < 12 {
                attempts += 1
            }
        }
    }

    private func store(_ item: PreparedFile, file: InputFile, into summary: inout IngestSummary,
                       notify: (IngestNotice) -> Void) throws {
        for warning in item.warnings {
            notify(IngestNotice(path: file.path, severity: .warning, message: warning))
        }
        let outcome: StoreOutcome
        switch item.content {
        case .unchanged:
            outcome = .unchanged
        case .skipped(let reason, let message):
            summary.skip(reason)
            notify(IngestNotice(path: file.path, severity: .skipped, message: message))
            return
        case .analysed(let analysis, let hash):
            do {
                outcome = try writer.write(analysis, origin: ArticleOrigin(sourcePath: file.path, contentHash: hash))
            } catch {
                // The savepoint undid this article; without an open transaction the batch is gone too.
                guard index.database.isInTransaction else { throw error }
                summary.skip(.storeFailed)
                notify(IngestNotice(path: file.path, severity: .skipped, message: "not stored: \(error)"))
                return
            }
        }
        switch outcome {
        case .new: summary.new += 1
        case .replaced: summary.replaced += 1
        case .unchanged: summary.unchanged += 1
        }
        if options.reportEveryFile {
            let word = switch outcome { case .new: "new"; case .replaced: "replaced"; case .unchanged: "unchanged" }
            notify(IngestNotice(path: file.path, severity: .stored, message: word))
        }
    }
}

/// One file after reading, hashing and analysis, waiting for the writer.
struct PreparedFile: Sendable {
    enum Content: Sendable {
        case unchanged
        case skipped(SkipReason, String)
        case analysed(ArticleAnalysis, hash: String)
    }
    let content: Content
    let warnings: [String]
}

/// What a worker thread does to one file: read it (up to the size limit), hash it, skip it when the index
/// already holds those bytes, decode it and analyse it.
struct FilePreparer: Sendable {
    let extractor: Extractor
    let options: IngestOptions
    /// The index file, for the workers' read-only hash look-ups; nil for an in-memory index.
    let indexPath: String?

    func prepare(_ file: InputFile, indexed: IndexedHashes?) -> PreparedFile {
        let bytes: Data
        do {
            bytes = try file.read(upTo: options.maxBytes.map { $0 + 1 } ?? .max)
        } catch {
            let message = (error as? IndexError)?.message ?? "cannot read the file: \(error)"
            return PreparedFile(content: .skipped(.unreadable, message), warnings: [])
        }
        if let limit = options.maxBytes, bytes.count > limit {
            return PreparedFile(content: .skipped(.tooLarge, "larger than --max-bytes \(limit); not read"), warnings: [])
        }
        let hash = SHA256.hex(bytes)
        if indexed?.contains(hash) == true {
            return PreparedFile(content: .unchanged, warnings: [])
        }
        let decoded: ArticleDecoding.Decoded
        switch ArticleDecoding.decode(bytes) {
        case .failure(let problem): return PreparedFile(content: .skipped(problem.reason, problem.message), warnings: [])
        case .success(let success): decoded = success
        }
        var warnings = decoded.warnings
        var source = ArticleSource.parse(decoded.text)
        if source.date == nil {
            let fallback = options.defaultDate.map { "dated \($0.iso) from --date" } ?? "the article is kept without a date"
            warnings.append((source.headerProblem ?? "no date header") + "; " + fallback)
            if let date = options.defaultDate {
                source = ArticleSource(body: source.body, date: date, headerProblem: source.headerProblem)
            }
        }
        return PreparedFile(content: .analysed(extractor.analyze(source), hash: hash), warnings: warnings)
    }
}

/// A worker's own read-only connection, asking whether bytes with a given hash are indexed already.
///
/// It sees committed batches only; the writer asks again inside its transaction, which decides.
final class IndexedHashes {
    private let statement: Statement

    init?(path: String) {
        guard let database = try? Database(path: path, mode: .readOnly),
              let statement = try? database.prepare("SELECT 1 FROM article WHERE content_hash = ?") else { return nil }
        self.statement = statement
    }

    func contains(_ hash: String) -> Bool {
        defer { statement.reset() }
        statement.bind(hash, at: 1)
        return (try? statement.step()) ?? false
    }
}

/// The hand-over between the worker threads and the writer: workers claim files in input order (pulling
/// them from the input's iterator, so no list of all files is ever held) and leave their results by position;
/// the writer takes them in the same order. Workers never run more than `window` files ahead of the writer,
/// which bounds the memory the waiting analyses take.
final class AnalysisPipeline: @unchecked Sendable {
    /// What the writer gets for a position.
    enum Taken {
        /// The file at that position and what its worker made of it.
        case file(InputFile, PreparedFile)
        /// Every file was taken before.
        case end
        /// The deadline passed first.
        case late

        var isEnd: Bool {
            if case .end = self { true } else { false }
        }
    }

    private var files: any IteratorProtocol<InputFile>
    private let window: Int
    private let condition = NSCondition()
    private var nextToClaim = 0
    private var nextToTake = 0
    private var exhausted = false
    private var ready: [Int: (InputFile, PreparedFile)] = [:]
    private var closed = false

    init(files: some Sequence<InputFile>, window: Int) {
        self.files = files.makeIterator()
        self.window = window
    }

    /// A worker's loop: claim the next file, prepare it, hand it over; until every file is claimed or the
    /// pipeline is closed.
    func work(_ preparer: FilePreparer) {
        let indexed = preparer.indexPath.flatMap(IndexedHashes.init(path:))
        while let (position, file) = claim() {
            let prepared = preparer.prepare(file, indexed: indexed)
            condition.lock()
            ready[position] = (file, prepared)
            condition.broadcast()
            condition.unlock()
        }
    }

    private func claim() -> (Int, InputFile)? {
        condition.lock()
        defer { condition.unlock() }
        while !closed, !exhausted, nextToClaim - nextToTake >= window {
            condition.wait()
        }
        guard !closed, !exhausted else { return nil }
        guard let file = files.next() else {
            exhausted = true
            condition.broadcast()
            return nil
        }
        nextToClaim += 1
        return (nextToClaim - 1, file)
    }

    /// The file at `position` and its preparation, waiting for it until `deadline` (for ever when nil).
    func take(_ position: Int, before deadline: Date?) -> Taken {
        condition.lock()
        defer { condition.unlock() }
        while ready[position] == nil {
            if exhausted && position >= nextToClaim { return .end }
            if let deadline {
                if !condition.wait(until: deadline) && ready[position] == nil { return .late }
            } else {
                condition.wait()
            }
        }
        nextToTake = position + 1
        condition.broadcast()
        let (file, prepared) = ready.removeValue(forKey: position)!
        return .file(file, prepared)
    }

    /// Stops the workers after the files they are on.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
