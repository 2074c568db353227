import ArgumentParser
import ArticleText
import Dispatch
import Extraction
import Foundation
import Index

/// `newsdex ingest PATH...`: analyse article files and store them in the index.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Load article files (or folders of them) into the index.",
        discussion: """
            Each file is one article: an optional first line " date YYYY-MM-DD " and the text. Folders are \
            read recursively; "-" reads one article from standard input. Ingest is idempotent: content \
            already indexed is skipped without extraction, and a changed file at a known path replaces its \
            old rows in one transaction. Files are analysed on all cores and stored in batches, each article \
            whole or not at all; Ctrl-C stops after the current batch, and running the same command again \
            finishes the job. A bad file never stops a folder: it is skipped with one line saying why. Ends \
            with one line: new, unchanged, replaced, skipped (per reason). Exits 1 when nothing could be \
            read, or with --strict when anything was skipped.

            Examples:
              newsdex ingest seeds/
              newsdex ingest --db beat.db ~/articles/2024/ ~/articles/2025/
              newsdex ingest --date 2024-05-01 --max-bytes 2000000 --strict scraped/
              curl -s https://example.org/article.txt | newsdex ingest -
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Exit non-zero when any file is skipped.")
    var strict = false

    @Option(help: ArgumentHelp("Skip files larger than this many bytes.", valueName: "bytes"))
    var maxBytes: Int?

    @Option(help: ArgumentHelp("Publication date for articles without a date header.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Threads that analyse files (default: one per core).", valueName: "n"))
    var workers: Int?

    @Flag(name: .shortAndLong, help: "Print only problems that stop the ingest, and the summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print one line per stored file.")
    var verbose = false

    @Argument(help: ArgumentHelp("Article files or folders; - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to ingest") }
        if let maxBytes, maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        if let date, ArticleDate(iso: date) == nil { throw ValidationError("--date must be a real day as YYYY-MM-DD, not '\(date)'") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    func run() throws {
        let files: InputFiles
        let index: NewsIndex
        do {
            files = try InputFiles(paths)
            index = try NewsIndex(path: database.path)
        } catch let error as IndexError {
            throw CLIError(error.description)
        }
        let options = IngestOptions(maxBytes: maxBytes, defaultDate: date.flatMap(ArticleDate.init(iso:)),
                                    reportEveryFile: verbose)
        let ingestor = Ingestor(index: index, extractor: Extractor(),
                                workers: workers, options: options)
        let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
        ingestor.onProgress = progress.show
        let stop = IngestStop()
        let interrupts = InterruptHandler(stop)
        defer { interrupts.restore() }

        let summary = try ingestor.ingest(files, stop: stop) { notice in
            switch notice.severity {
            case .skipped, .warning:
                guard !quiet else { return }
                progress.clear()
                Output.note("\(notice.path): \(notice.severity == .skipped ? "skipped" : "warning"): \(notice.message)")
            case .stored:
                progress.clear()
                Output.note("\(notice.path): \(notice.message)")
            }
        }
        progress.clear()
        Output.write(summary.line + "\n")
        if summary.interrupted {
            Output.note("interrupted: \(summary.handled) of \(files.count) files done and committed; "
                + "run the same command again to finish")
            throw ExitCode(130)
        }
        let nothingRead = files.count > 0 && summary.skipped == files.count
        if nothingRead || (strict && summary.skipped > 0) {
            throw ExitCode.failure
        }
    }

}

/// One self-overwriting line on standard error: files done, rate, time left. Silent unless `enabled`.
private final class ProgressLine {
    private let enabled: Bool
    private var shown = false
    private var lastShown = Date.distantPast

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: IngestProgress) {
        guard enabled, progress.elapsed > 0, Date().timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = Date()
        let rate = Double(progress.handled) / progress.elapsed
        let left = rate > 0 ? Int(Double(progress.total - progress.handled) / rate) : 0
        let text = "\(progress.handled)/\(progress.total) files, \(Int(rate)) files/s, "
            + String(format: "%d:%02d left", left / 60, left % 60)
        FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}

/// Turns the first SIGINT into a stop request (the ingest commits its batch and ends); a second one exits
/// at once, which the per-article savepoints make safe too.
private final class InterruptHandler {
    private let source: DispatchSourceSignal

    init(_ stop: IngestStop) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if stop.isRequested { _exit(130) }
            stop.request()
        }
        source.resume()
    }

    func restore() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
