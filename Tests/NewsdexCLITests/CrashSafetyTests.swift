import Foundation
import Testing
import TestSupport

/// An ingest killed at any moment leaves an intact index of whole articles, and running it again finishes
/// the job with exactly the rows of an uninterrupted run. Ctrl-C stops after the current batch.
@Suite(.serialized) struct CrashSafetyTests {
    /// More than an ingest's batch holds (200 articles), so that every ingest commits at least twice and a kill can
    /// land between two commits however fast the machine analyses.
    static let articles = 240

    /// An uninterrupted ingest of the folder: its duration, per-article counts and full dump.
    private struct CleanRun {
        let seconds: Double
        let counts: [String: String]
        let dump: String
    }

    private func cleanRun(of folder: String, in directory: TemporaryDirectory) throws -> CleanRun {
        let database = directory.path("clean.db")
        let start = Date()
        let result = try CommandRunner.newsdex(["ingest", folder, "--db", database, "--quiet"])
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(Self.articles) new,"))
        return CleanRun(seconds: seconds, counts: try IngestFixtures.articleCounts(database), dump: try IngestFixtures.dump(database))
    }

    private func remove(_ database: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }

    @Test func sigkillAtRandomPointsLeavesOnlyWholeArticlesAndARerunFinishes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = directory.path("articles")
        try IngestFixtures.writeArticles(Self.articles, to: folder)
        let clean = try cleanRun(of: folder, in: directory)
        #expect(clean.counts.count == Self.articles)

        let database = directory.path("killed.db")
        var generator = SystemRandomNumberGenerator()
        var kills: [Double] = []
        var partialStates = 0
        var attempts = 0
        while kills.count < 10 {
            attempts += 1
            try #require(attempts <= 200, "only \(kills.count) of 200 ingests were still running when the kill came")
            var delay = Double.random(in: 0.05...max(0.1, clean.seconds), using: &generator)
            let committedBefore = IngestFixtures.articleCount(database)
            let process = try IngestFixtures.start(["ingest", folder, "--db", database, "--quiet"], in: directory, name: "killed")
            if attempts % 2 == 0 {
                // Every other attempt waits for this run's first commit, so some kills land mid-ingest even when a loaded
                // machine makes start-up take longer than the whole clean run did. (Counted by attempts, not kills:
                // a run whose first batch holds every article has ended by then, and the next attempt kills at random.)
                let start = Date(), deadline = Date(timeIntervalSinceNow: 60)
                while process.isRunning, IngestFixtures.articleCount(database) == committedBefore, Date() < deadline {
                    Thread.sleep(forTimeInterval: 0.02)
                }
                delay = Date().timeIntervalSince(start) + Double.random(in: 0...0.2, using: &generator)
                Thread.sleep(forTimeInterval: delay - Date().timeIntervalSince(start))
            } else {
                Thread.sleep(forTimeInterval: delay)
            }
            guard process.isRunning else {
                #expect(try process.wait() == 0)
                remove(database)  // it finished: start over, so every kill lands in a real ingest
                continue
            }
            process.send(SIGKILL)
            try process.wait()
            kills.append(delay)
            guard FileManager.default.fileExists(atPath: database) else { continue }
            let context = "after a kill at \(String(format: "%.2f", delay)) s"
            try IngestFixtures.expectIntact(database, context)
            let counts = try IngestFixtures.articleCounts(database)
            if counts.count > 0 && counts.count < Self.articles { partialStates += 1 }
            for (path, articleCounts) in counts {
                #expect(clean.counts[path] == articleCounts, "\(context): \(path) holds \(articleCounts), a clean run \(clean.counts[path] ?? "nothing")")
            }
        }
        #expect(kills.count >= 10)
        #expect(partialStates > 0, "no kill landed mid-ingest (kills at \(kills))")

        let rerun = try CommandRunner.newsdex(["ingest", folder, "--db", database, "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        try IngestFixtures.expectIntact(database, "after the rerun")
        #expect(try IngestFixtures.dump(database) == clean.dump, "the rerun's index differs from an uninterrupted run's")
    }

    @Test func sigintStopsAfterTheCurrentBatchAndSaysHowFarItGot() throws {
        // More articles than the kill test: the first batch must not hold them all, however fast the machine.
        let articles = 480
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let folder = directory.path("articles")
        try IngestFixtures.writeArticles(articles, to: folder)
        let database = directory.path("interrupted.db")
        let process = try IngestFixtures.start(["ingest", folder, "--db", database], in: directory, name: "interrupted")
        let deadline = Date(timeIntervalSinceNow: 60)
        while process.isRunning, IngestFixtures.articleCount(database) == 0, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        try #require(process.isRunning, "the ingest finished before it could be interrupted")
        process.send(SIGINT)
        let status = try process.wait()
        let output = IngestFixtures.output(of: "interrupted", in: directory)
        #expect(status == 130, "\(output.stderr)")
        let stored = IngestFixtures.articleCount(database)
        #expect(stored > 0 && stored < articles)
        #expect(output.stderr.contains("interrupted: "), "\(output.stderr)")
        #expect(output.stderr.contains("of \(articles) files done and committed"), "\(output.stderr)")
        #expect(output.stdout.hasPrefix("\(stored) new,"), "\(output.stdout)")
        try IngestFixtures.expectIntact(database, "after SIGINT")

        let rerun = try CommandRunner.newsdex(["ingest", folder, "--db", database, "--quiet"])
        #expect(rerun.status == 0)
        #expect(rerun.stdout.hasPrefix("\(articles - stored) new, \(stored) unchanged"), "\(rerun.stdout)")
    }
}
