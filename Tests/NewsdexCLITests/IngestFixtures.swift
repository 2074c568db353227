import Foundation
import Testing
import TestSupport

/// Folders of short generated articles and ways to read an index back through the sqlite3 shell, for the
/// end-to-end ingest tests (crash safety, interrupts, concurrency).
enum IngestFixtures {
    private static let people = ["Seymur Nasirov", "Nira Elgart", "Mehmet Yildirim", "Ayse Demir", "Farhad Eyyubov",
                                 "Kamala Aliyeva", "Yulduz Ragimov", "Ilgar Mamedov"]
    private static let groups = ["Union of Turkish Associations in Sweden", "Azerbaijani Cultural Association of Victoria",
                                 "Coordination Council of Azerbaijanis in America", "Association of Azerbaijanis in Quebec"]
    private static let cities = ["Stockholm", "Melbourne", "Baku", "Montreal", "Berlin", "Toronto"]

    /// Writes `count` articles of about 90 words, each with a date header, names, a role, a date and a quote,
    /// as `folder/NNNN.txt`; returns their paths in ingest order.
    @discardableResult
    static func writeArticles(_ count: Int, to folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try (0..<count).map { number in
            let person = people[number % people.count], other = people[(number * 3 + 1) % people.count]
            let group = groups[number % groups.count], city = cities[(number / 2) % cities.count]
            let surname = person.split(separator: " ").last!
            let text = """
                 date 2023-\(String(format: "%02d", 1 + number % 12))-\(String(format: "%02d", 1 + number % 28)) \(city.uppercased()), \
                May \(1 + number % 28) – The \(group) held meeting number \(number) in \(city) on Saturday.

                Chairman of the \(group) \(person) said the community had grown since 2015, and thanked \(other).

                "We will meet again in \(cities[(number + 1) % cities.count]) on June \(1 + number % 28)," \(surname) noted.

                """
            let path = folder + "/" + String(format: "%04d.txt", number)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// Runs one SQL text through the sqlite3 shell; fails the test when the shell does.
    static func sql(_ database: String, _ sql: String) throws -> String {
        let result = try CommandRunner.sqlite3(database, sql)
        #expect(result.status == 0, "sqlite3 failed: \(result.stderr)")
        return result.stdout
    }

    /// Per article: path, then its mention, quote, affiliation and sentence counts.
    static func articleCounts(_ database: String) throws -> [String: String] {
        let lines = try sql(database, """
            SELECT a.source_path, (SELECT count(*) FROM mention WHERE article_id = a.id) || ' ' ||
              (SELECT count(*) FROM quote WHERE article_id = a.id) || ' ' ||
              (SELECT count(*) FROM affiliation WHERE article_id = a.id) || ' ' ||
              (SELECT count(*) FROM sentence WHERE article_id = a.id) FROM article a
            """).split(separator: "\n")
        var counts: [String: String] = [:]
        for line in lines {
            let parts = line.split(separator: "|", maxSplits: 1).map(String.init)
            if parts.count == 2 { counts[parts[0]] = parts[1] }
        }
        return counts
    }

    /// Every row of every table in id order, but the ingest times: equal dumps are equal indexes.
    static func dump(_ database: String) throws -> String {
        try sql(database, """
            SELECT id, source_path, content_hash, published, dateline, text, word_count FROM article ORDER BY id;
            SELECT * FROM sentence ORDER BY id; SELECT * FROM entity ORDER BY id; SELECT * FROM alias ORDER BY id;
            SELECT * FROM mention ORDER BY id; SELECT * FROM place ORDER BY entity_id;
            SELECT * FROM calendar_date ORDER BY entity_id; SELECT * FROM affiliation ORDER BY id;
            SELECT * FROM org_place ORDER BY id; SELECT * FROM quote ORDER BY id;
            SELECT * FROM quote_speaker ORDER BY quote_id, entity_id;
            """)
    }

    /// Expects the file to pass SQLite's integrity and foreign key checks.
    static func expectIntact(_ database: String, _ context: String) throws {
        #expect(try sql(database, "PRAGMA integrity_check") == "ok\n", "\(context): integrity_check")
        #expect(try sql(database, "PRAGMA foreign_key_check") == "", "\(context): foreign_key_check")
    }

    /// Starts `newsdex` with `arguments` without waiting; its output goes to files in `directory`.
    static func start(_ arguments: [String], in directory: TemporaryDirectory, name: String) throws -> ChildProcess {
        try ChildProcess.start(CommandRunner.newsdexBinary, arguments, directory: CommandRunner.packageRoot,
                               stdoutFile: directory.path(name + ".out"), stderrFile: directory.path(name + ".err"))
    }

    /// What a process started by `start` printed: standard output and standard error.
    static func output(of name: String, in directory: TemporaryDirectory) -> (stdout: String, stderr: String) {
        func read(_ suffix: String) -> String {
            (try? String(contentsOfFile: directory.path(name + suffix), encoding: .utf8)) ?? ""
        }
        return (read(".out"), read(".err"))
    }

    /// The number of articles the index holds (0 when it cannot be read yet).
    static func articleCount(_ database: String) -> Int {
        guard FileManager.default.fileExists(atPath: database),
              let result = try? CommandRunner.sqlite3(database, "SELECT count(*) FROM article"), result.status == 0 else { return 0 }
        return Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
