import ArgumentParser
import ArticleText
import Dispatch
import Extraction
import Foundation
import Index
import SQLiteDB

/// `newsdex-bench`: how fast newsdex extracts, ingests and answers, and how much memory ingest takes.
///
/// Generates a deterministic corpus, then measures extraction alone (one core, all cores), `newsdex ingest`
/// end to end as a child process (time, peak RSS, database size), re-ingest of the same files, the floor
/// (the same rows written with no extraction) and every canned query's latency. Each timing is repeated
/// and the median reported.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdex-bench",
        abstract: "Benchmark newsdex: extraction, ingest, memory, the write floor and query latency.",
        discussion: """
            Run from the package folder after a release build (make bench does both).

            Examples:
              newsdex-bench --articles 20000
              newsdex-bench --articles 100000 --repeats 1 --json
            """
    )

    @Option(help: "Articles in the generated corpus.")
    var articles = 20_000

    @Option(help: "How many times each timing is repeated (the median is reported).")
    var repeats = 3

    @Option(help: "Articles analysed in memory for the extraction-alone timings.")
    var sample = 1_000

    @Option(help: "Runs of each canned query.")
    var queryRuns = 30

    @Option(help: "Folder for the corpus and the databases (the corpus is kept and reused).")
    var workdir = "out/bench"

    @Option(help: "The newsdex binary to time (default: next to this one).")
    var newsdex: String?

    @Option(help: "The lexicon file the corpus takes its names from.")
    var lexicon = "Sources/Lexicon/Embedded/lexicon.tsv"

    @Flag(help: "Print the results as one JSON object instead of a table.")
    var json = false

    @Option(help: "Time only the canned queries, on this existing index file (nothing is generated or ingested).")
    var queriesOn: String?

    @Flag(help: "Time only the floor (the same rows written with no extraction), on the generated corpus.")
    var floorOnly = false

    @Flag(help: "Time only extraction alone (in memory, no database), on the generated corpus.")
    var extractionOnly = false

    func validate() throws {
        guard articles >= 10, repeats >= 1, sample >= 1, queryRuns >= 2 else {
            throw ValidationError("--articles must be at least 10; --repeats and --sample at least 1; --query-runs at least 2")
        }
    }

    func run() throws {
        if let queriesOn {
            var report = Report()
            try measureQueries(queriesOn, into: &report)
            return Output.print(json ? report.json() : report.table())
        }
        try FileManager.default.createDirectory(atPath: workdir, withIntermediateDirectories: true)
        var report = Report()
        let corpus = try Corpus.prepare(in: workdir, articles: articles, lexiconFile: lexicon, log: progress)
        report.add("corpus", "\(corpus.files.count) articles, \(Report.megabytes(corpus.bytes)) MB", json: ["articles": corpus.files.count, "bytes": corpus.bytes])

        let extractor = Extractor()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if floorOnly || extractionOnly {
            if extractionOnly { try measureExtraction(corpus, extractor: extractor, cores: cores, into: &report) }
            if floorOnly { try measureFloor(corpus, extractor: extractor, ingestSeconds: nil, into: &report) }
            return Output.print(json ? report.json() : report.table())
        }
        let binary = try newsdex ?? URL(fileURLWithPath: executablePath()).deletingLastPathComponent()
            .appendingPathComponent("newsdex").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("no newsdex binary at \(binary); build it (swift build -c release) or pass --newsdex")
        }
        try measureExtraction(corpus, extractor: extractor, cores: cores, into: &report)
        let (database, ingestSeconds) = try measureIngest(corpus, binary: binary, cores: cores, into: &report)
        try measureFloor(corpus, extractor: extractor, ingestSeconds: ingestSeconds, into: &report)
        try measureQueries(database, into: &report)
        Output.print(json ? report.json() : report.table())
    }

    private func progress(_ text: String) {
        FileHandle.standardError.write(Data(("newsdex-bench: " + text + "\n").utf8))
    }

    private func executablePath() throws -> String {
        try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    // MARK: Extraction alone

    private func measureExtraction(_ corpus: Corpus, extractor: Extractor, cores: Int, into report: inout Report) throws {
        let sources = try corpus.files.prefix(sample).map { ArticleSource.parse(try String(contentsOfFile: $0, encoding: .utf8)) }
        let words = sources.reduce(0) { $0 + extractor.analyze($1).document.tokens.lazy.filter { $0.kind == .word }.count }
        progress("extraction alone: \(sources.count) articles, \(words) words, \(repeats)× on 1 and \(cores) cores")
        for threads in Set([1, cores]).sorted() {
            let seconds = Clock.median((0..<repeats).map { _ in
                Clock.time { Parallel.forEach(sources.count, threads: threads) { _ = extractor.analyze(sources[$0]) } }
            })
            let label = threads == 1 ? "1 core" : "\(threads) cores"
            report.add("extraction alone, \(label)",
                       "\(Report.grouped(Double(words) / seconds)) words/s, \(Report.grouped(Double(sources.count) / seconds)) articles/s",
                       json: ["threads": threads, "words_per_second": Double(words) / seconds,
                              "articles_per_second": Double(sources.count) / seconds, "seconds": seconds])
        }
    }

    // MARK: Ingest end to end, re-ingest

    /// Times `newsdex ingest` of the corpus into a fresh database `repeats` times, then re-ingest; returns the
    /// last database and the median ingest time.
    private func measureIngest(_ corpus: Corpus, binary: String, cores: Int,
                               into report: inout Report) throws -> (database: String, seconds: Double) {
        let database = workdir + "/bench.db"
        let log = workdir + "/ingest.log"
        var runs: [ChildRun] = []
        for attempt in 1...repeats {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            progress("ingest \(attempt)/\(repeats): newsdex ingest \(corpus.folder) (\(corpus.files.count) files)")
            let run = try ChildRun.run(binary, ["ingest", corpus.folder, "--db", database, "--quiet"], logPath: log)
            guard run.status == 0 else { throw BenchError("newsdex ingest failed (\(run.status)): \(run.output)") }
            runs.append(run)
        }
        let seconds = Clock.median(runs.map(\.seconds))
        let counts = try rowCounts(database)
        guard counts["article"] == Int64(corpus.files.count) else {
            throw BenchError("the ingest stored \(counts["article"] ?? 0) articles of \(corpus.files.count)")
        }
        let words = Double(counts["words"] ?? 0)
        let databaseBytes = (try FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        let peak = runs.map(\.peakRSS).max() ?? 0
        report.add("ingest end to end, \(cores) cores",
                   "\(Report.grouped(words / seconds)) words/s, \(Report.grouped(Double(corpus.files.count) / seconds)) articles/s, "
                   + "\(Report.fixed(Double(corpus.bytes) / 1e6 / seconds, 2)) MB/s, \(Report.fixed(seconds, 1)) s",
                   json: ["seconds": seconds, "words_per_second": words / seconds,
                          "articles_per_second": Double(corpus.files.count) / seconds,
                          "megabytes_per_second": Double(corpus.bytes) / 1e6 / seconds, "words": words])
        report.add("peak RSS of ingest", "\(Report.megabytes(peak)) MB", json: ["bytes": peak])
        report.add("database", "\(Report.megabytes(databaseBytes)) MB, \(Report.grouped(Double(databaseBytes) / Double(corpus.files.count))) bytes/article",
                   json: ["bytes": databaseBytes, "bytes_per_article": Double(databaseBytes) / Double(corpus.files.count)])

        var again: [Double] = []
        for attempt in 1...repeats {
            progress("re-ingest \(attempt)/\(repeats)")
            let run = try ChildRun.run(binary, ["ingest", corpus.folder, "--db", database, "--quiet"], logPath: log)
            guard run.status == 0 else { throw BenchError("newsdex re-ingest failed (\(run.status)): \(run.output)") }
            again.append(run.seconds)
        }
        let added = try rowCounts(database).reduce(0) { $0 + ($1.value - (counts[$1.key] ?? 0)) }
        guard added == 0 else { throw BenchError("re-ingesting the same files added \(added) rows; it must add none") }
        let reSeconds = Clock.median(again)
        report.add("re-ingest of the same files",
                   "\(Report.fixed(reSeconds, 2)) s = \(Report.fixed(100 * reSeconds / seconds, 1)) % of ingest, \(added) rows added",
                   json: ["seconds": reSeconds, "fraction_of_ingest": reSeconds / seconds, "rows_added": added])
        return (database, seconds)
    }

    private func rowCounts(_ path: String) throws -> [String: Int64] {
        let index = try NewsIndex(path: path, readOnly: true)
        var counts: [String: Int64] = [:]
        for table in ["article", "sentence", "entity", "alias", "mention", "affiliation", "org_place", "quote", "quote_speaker"] {
            if case .integer(let count) = try index.database.scalar("SELECT count(*) FROM \(table)") { counts[table] = count }
        }
        if case .integer(let words) = try index.database.scalar("SELECT sum(word_count) FROM article") { counts["words"] = words }
        return counts
    }

    // MARK: The floor

    /// Writes the same analyses the ingest wrote, with the same writer and batches, into `repeats` fresh
    /// databases, timing only the writes.
    /// - Parameter ingestSeconds: The median ingest time, for ingest ÷ floor; nil when the floor runs alone.
    private func measureFloor(_ corpus: Corpus, extractor: Extractor, ingestSeconds: Double?, into report: inout Report) throws {
        progress("floor: analysing \(corpus.files.count) articles (untimed), writing them \(repeats)×")
        let paths = (0..<repeats).map { workdir + "/floor-\($0).db" }
        for path in paths { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let writers = try paths.map { path -> (NewsIndex, ArticleWriter) in
            let index = try NewsIndex(path: path)
            return (index, ArticleWriter(index: index))
        }
        var seconds = [Double](repeating: 0, count: repeats)
        var cpuSeconds = [Double](repeating: 0, count: repeats)
        let batch = IngestOptions().batchSize
        for start in stride(from: 0, to: corpus.files.count, by: batch) {
            let chunk = Array(corpus.files[start..<min(start + batch, corpus.files.count)])
            let prepared = try Parallel.map(chunk) { path -> (ArticleAnalysis, ArticleOrigin) in
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                let analysis = extractor.analyze(ArticleSource.parse(String(decoding: bytes, as: UTF8.self)))
                return (analysis, ArticleOrigin(sourcePath: path, contentHash: SHA256.hex(bytes)))
            }
            for (number, (_, writer)) in writers.enumerated() {
                let spent = try Clock.timeWithCPU {
                    try writer.batch {
                        for (analysis, origin) in prepared { try writer.write(analysis, origin: origin) }
                    }
                }
                seconds[number] += spent.seconds
                cpuSeconds[number] += spent.cpu
            }
        }
        for (index, _) in writers { _ = try index.database.query("PRAGMA wal_checkpoint(TRUNCATE)") }  // the whole database in its file, for its size
        let floor = Clock.median(seconds)
        let floorCPU = Clock.median(cpuSeconds)
        let words = try paths.first.map { try rowCounts($0)["words"] ?? 0 } ?? 0
        let databaseBytes = (try? FileManager.default.attributesOfItem(atPath: paths[0])[.size] as? Int) ?? 0
        var value = "\(Report.fixed(floor, 2)) s, \(Report.grouped(Double(words) / floor)) words/s, "
            + "writer CPU \(Report.fixed(floorCPU, 2)) s, "
            + "\(Report.grouped(Double(databaseBytes) / Double(corpus.files.count))) bytes/article"
        var fields: [String: Any] = ["seconds": floor, "cpu_seconds": floorCPU, "words_per_second": Double(words) / floor,
                                     "bytes_per_article": Double(databaseBytes) / Double(corpus.files.count)]
        if let ingestSeconds {
            value += "; ingest ÷ floor = \(Report.fixed(ingestSeconds / floor, 1))"
            fields["ingest_over_floor"] = ingestSeconds / floor
        }
        report.add("floor: the same rows, no extraction", value, json: fields)
    }

    // MARK: Queries

    private func measureQueries(_ path: String, into report: inout Report) throws {
        let index = try NewsIndex(path: path, readOnly: true)
        func top(_ type: String) throws -> String? {
            try index.database.scalar("SELECT name FROM entity WHERE type = ? ORDER BY mention_count DESC, id LIMIT 1", [type])
                .flatMap { if case .text(let name) = $0 { name } else { nil } }
        }
        let person = try top("PERSON"), org = try top("ORG"), place = try top("PLACE")
        let cases: [(String, CannedQuery, QueryFilters)] = [
            ("entities", .entities, QueryFilters()),
            ("people", .people, QueryFilters()),
            ("organizations", .organizations, QueryFilters()),
            ("places", .places, QueryFilters()),
            ("dates", .dates, QueryFilters()),
            ("mentions ENTITY", .mentions, QueryFilters(entity: person)),
            ("cooccurrence ENTITY", .cooccurrence, QueryFilters(entity: person)),
            ("articles --entity", .articles, QueryFilters(entity: person)),
            ("articles --words", .articles, QueryFilters(words: "congress")),
            ("spokespeople", .spokespeople, QueryFilters()),
            ("spokespeople --org --place", .spokespeople, QueryFilters(organization: org, place: place)),
            ("quotes", .quotes, QueryFilters()),
            ("quotes --person", .quotes, QueryFilters(person: person)),
            ("timeline", .timeline, QueryFilters()),
            ("timeline ENTITY", .timeline, QueryFilters(entity: person)),
        ]
        progress("queries: \(cases.count) × \(queryRuns) runs (ENTITY = \(person ?? "-"))")
        for (label, query, filters) in cases {
            _ = try query.run(on: index, filters: filters)
            let times = try (0..<queryRuns).map { _ in try Clock.time { _ = try query.run(on: index, filters: filters) } * 1000 }
            let median = Clock.median(times), p95 = Clock.percentile(times, 0.95)
            report.add("query \(label)", "median \(Report.fixed(median, 2)) ms, p95 \(Report.fixed(p95, 2)) ms",
                       json: ["median_ms": median, "p95_ms": p95])
        }
    }
}

/// Standard output.
enum Output {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
