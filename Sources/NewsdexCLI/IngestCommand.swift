import ArgumentParser
import Extraction
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
            old rows in one transaction. Ends with one line: new, unchanged, replaced, skipped.

            Examples:
              newsdex ingest seeds/
              newsdex ingest --db beat.db ~/articles/2024/ ~/articles/2025/
              curl -s https://example.org/article.txt | newsdex ingest -
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Exit non-zero when any file is skipped.")
    var strict = false

    @Argument(help: ArgumentHelp("Article files or folders; - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to ingest") }
    }

    func run() throws {
        let files = try InputFiles.expand(paths)
        let index = try NewsIndex(path: database.path)
        let ingestor = Ingestor(index: index, extractor: Extractor())
        let summary = try ingestor.ingest(files) { notice in
            let label = notice.severity == .skipped ? "skipped" : "warning"
            Output.note("\(notice.path): \(label): \(notice.message)")
        }
        Output.write(summary.line + "\n")
        let nothingRead = files.count > 0 && summary.skipped == files.count
        if nothingRead || (strict && summary.skipped > 0) {
            throw ExitCode.failure
        }
    }
}
