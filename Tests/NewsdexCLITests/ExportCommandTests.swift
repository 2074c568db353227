import Foundation
import Testing
import TestSupport

/// `newsdex export --format csv|mentions` end to end on the seed article alone.
@Suite(.serialized) struct ExportCommandTests {
    let directory: TemporaryDirectory
    let db: String

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path("export.db")
        let ingest = try CommandRunner.newsdex(["ingest", "seeds/000_8cefabb49d12b7f0.txt", "--db", db])
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    private func sqlite(_ sql: String) throws -> String {
        try CommandRunner.sqlite3(db, sql).stdout.trimmingCharacters(in: .newlines)
    }

    @Test func csvOfATableHasTheHeaderAndEveryRow() throws {
        defer { directory.remove() }
        let result = try CommandRunner.newsdex(["export", "--db", db, "--format", "csv", "--table", "article"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try RFC4180.parse(result.stdout)
        #expect(records.first == ["id", "source_path", "content_hash", "published", "dateline", "text", "word_count", "mention_count", "ingested_at"])
        #expect(records.count - 1 == Int(try sqlite("SELECT count(*) FROM article")))
        #expect(records[1][5] == (try sqlite("SELECT text FROM article ORDER BY id LIMIT 1")),
                "the text, with its commas, quotes and line breaks, survives the quoting")
        #expect(result.stdout.contains("\"\""), "a double quote inside a field is doubled")
    }

    @Test func csvOfAView() throws {
        defer { directory.remove() }
        let result = try CommandRunner.newsdex(["export", "--db", db, "--format", "csv", "--table", "spokesperson"])
        let records = try RFC4180.parse(result.stdout)
        #expect(records.first?.prefix(3) == ["person_id", "person", "roles"])
        #expect(records.count - 1 == Int(try sqlite("SELECT count(*) FROM spokesperson")))
    }

    @Test func unknownOrHostileTableNamesAreRefused() throws {
        defer { directory.remove() }
        for name in ["nope", "entity; DROP TABLE article", "entity\"", "article_fts_data", "sqlite_schema"] {
            let result = try CommandRunner.newsdex(["export", "--db", db, "--format", "csv", "--table", name])
            #expect(result.status == 1, "\(name)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("no table or view named '\(name)'"))
            #expect(result.stderr.contains("choose one of: affiliation, affiliation_pair, alias, article,"))
        }
        #expect(try sqlite("SELECT count(*) FROM article") == "1")
        let anyCase = try CommandRunner.newsdex(["export", "--db", db, "--format", "csv", "--table", "Entity"])
        #expect(anyCase.status == 0, "names are matched ignoring case, as SQLite does")
        #expect(anyCase.stdout.hasPrefix("id,type,name,key,mention_count,article_count\r\n"))
    }

    @Test func tableGoesOnlyWithCSV() throws {
        defer { directory.remove() }
        #expect(try CommandRunner.newsdex(["export", "--db", db, "--format", "csv"]).status == 64)
        #expect(try CommandRunner.newsdex(["export", "--db", db, "--table", "entity"]).status == 64)
    }

    @Test func mentionsAreOneJSONObjectPerLineWithSentenceContext() throws {
        defer { directory.remove() }
        let result = try CommandRunner.newsdex(["export", "--db", db, "--format", "mentions"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == Int(try sqlite("SELECT count(*) FROM mention")))
        let text = Array(try sqlite("SELECT text FROM article ORDER BY id LIMIT 1").unicodeScalars)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            let sentenceStart = try #require(object["sentence_start"] as? Int)
            let sentence = Array(try #require(object["sentence"] as? String).unicodeScalars)
            let mention = try #require(object["text"] as? String)
            #expect(String(String.UnicodeScalarView(text[start..<end])) == mention, "offsets point into article.text")
            #expect(String(String.UnicodeScalarView(sentence[(start - sentenceStart)..<(end - sentenceStart)])) == mention,
                    "start - sentence_start is the offset in the sentence")
            #expect(["PERSON", "ORG", "PLACE", "DATE"].contains(object["type"] as? String ?? ""))
            #expect((object["article"] as? String)?.hasSuffix("seeds/000_8cefabb49d12b7f0.txt") == true)
        }
    }

    @Test func jsonlStaysTheDefault() throws {
        defer { directory.remove() }
        let result = try CommandRunner.newsdex(["export", "--db", db])
        #expect(result.stdout.hasPrefix(#"{"id": "000_8cefabb49d12b7f0", "date": "2024-01-31""#))
    }
}

/// A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF record ends.
enum RFC4180 {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var scalars = text.unicodeScalars[...]
        var quoted = false, afterQuote = false
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false; afterQuote = true }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !afterQuote else { throw Malformed() }
                quoted = true
            case ",":
                record.append(field); field = ""; afterQuote = false
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                record.append(field); records.append(record); record = []; field = ""; afterQuote = false
            case "\n":
                throw Malformed()
            default:
                guard !afterQuote else { throw Malformed() }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, field.isEmpty, record.isEmpty else { throw Malformed() }
        return records
    }
}
