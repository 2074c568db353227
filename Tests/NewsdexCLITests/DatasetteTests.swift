import Foundation
import Testing
import TestSupport

/// What Datasette relies on, checked through Python's sqlite3 module (the library Datasette itself uses)
/// on a fresh index of the seed article, with the metadata `newsdex datasette-metadata` writes.
@Suite(.serialized, .enabled(if: CommandRunner.isInstalled("python3"), "python3 is not installed: the Datasette checks are skipped"))
struct DatasetteTests {
    let directory: TemporaryDirectory
    let db: String
    /// The probe's findings: see `probe` for the keys.
    let report: [String: Any]
    let metadata: [String: Any]

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path("datasette.db")
        let ingest = try CommandRunner.newsdex(["ingest", "seeds/", "--db", db])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        let metadataPath = directory.path("metadata.json")
        let written = try CommandRunner.newsdex(["datasette-metadata", "--db", db, "--out", metadataPath])
        try #require(written.status == 0, "\(written.stderr)")
        metadata = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: metadataPath))) as? [String: Any])
        let probe = try CommandRunner.run("/usr/bin/env", ["python3", "-c", Self.probe, db, metadataPath])
        try #require(probe.status == 0, "the Python probe failed: \(probe.stderr)")
        report = try #require(try JSONSerialization.jsonObject(with: Data(probe.stdout.utf8)) as? [String: Any])
    }

    /// Reads the database as Datasette does and prints one JSON object:
    /// - `foreign_keys`: "table.from -> table.to" for every `PRAGMA foreign_key_list` row (`to` may be None);
    /// - `fts`: for article and quote, the table Datasette's FTS detection finds, and its SQL;
    /// - `search`: rows the article and quote searches return, run the way Datasette runs them;
    /// - `views`: each view's columns, or the error running it;
    /// - `canned`: each metadata canned query run with blank fields (as Datasette sends them), and
    ///   `canned_person`: spokespeople with person = "Nasirov": row counts or errors;
    /// - `columns`: "table.column" for every column of every table and view (not the FTS5 tables);
    /// - `virtual_tables`: the FTS5 tables' names.
    static let probe = #"""
        import json, sqlite3, sys
        db = sqlite3.connect(sys.argv[1])
        meta = json.load(open(sys.argv[2]))
        out = {"foreign_keys": [], "fts": {}, "search": {}, "views": {}, "canned": {}, "columns": []}
        objects = db.execute("select name, type from pragma_table_list where schema = 'main' and type in ('table', 'view', 'virtual') and name not like 'sqlite_%'").fetchall()
        out["virtual_tables"] = [name for name, kind in objects if kind == "virtual"]
        for name, kind in objects:
            if kind == "virtual": continue
            for row in db.execute("pragma foreign_key_list([%s])" % name):
                out["foreign_keys"].append("%s.%s -> %s.%s" % (name, row[3], row[2], row[4]))
            for column in db.execute("pragma table_info([%s])" % name):
                out["columns"].append("%s.%s" % (name, column[1]))
        for table in ("article", "quote"):
            found = db.execute("""select name, sql from sqlite_master where rootpage = 0 and (
                sql like '%VIRTUAL TABLE%USING FTS%content="' || ? || '"%' or
                sql like '%VIRTUAL TABLE%USING FTS%content=[' || ? || ']%')""", (table, table)).fetchall()
            out["fts"][table] = found[0] if found else None
            fts = found[0][0] if found else table + "_fts"
            try:
                out["search"][table] = db.execute("select count(*) from [%s] where rowid in (select rowid from [%s] where [%s] match ?)"
                                                  % (table, fts, fts), ("election",)).fetchone()[0]
            except sqlite3.Error as error:
                out["search"][table] = str(error)
        for (name,) in db.execute("select name from sqlite_master where type = 'view'").fetchall():
            try:
                cursor = db.execute("select * from [%s] limit 5" % name)
                cursor.fetchall()
                out["views"][name] = [d[0] for d in cursor.description]
            except sqlite3.Error as error:
                out["views"][name] = str(error)
        (database,) = meta["databases"].values()
        for name, query in database["queries"].items():
            import re
            parameters = set(re.findall(r":(\w+)", query["sql"]))
            try:
                out["canned"][name] = len(db.execute(query["sql"], {p: "" for p in parameters}).fetchall())
            except sqlite3.Error as error:
                out["canned"][name] = str(error)
        sql = database["queries"]["spokespeople"]["sql"]
        values = {p: "" for p in set(re.findall(r":(\w+)", sql))}
        values["person"] = "Nasirov"
        out["canned_person"] = len(db.execute(sql, values).fetchall())
        print(json.dumps(out))
        """#

    private var database: [String: Any] {
        ((metadata["databases"] as? [String: Any])?["datasette"] as? [String: Any]) ?? [:]
    }

    @Test func everyForeignKeyNamesItsColumn() throws {
        defer { directory.remove() }
        let keys = Set(report["foreign_keys"] as? [String] ?? [])
        #expect(!keys.contains { $0.hasSuffix(".None") }, "a bare REFERENCES table gives Datasette no column: \(keys)")
        let expected: Set<String> = [
            "sentence.article_id -> article.id", "alias.entity_id -> entity.id", "mention.article_id -> article.id",
            "mention.entity_id -> entity.id", "mention.sentence_id -> sentence.id", "place.entity_id -> entity.id",
            "calendar_date.entity_id -> entity.id", "affiliation.article_id -> article.id",
            "affiliation.person_id -> entity.id", "affiliation.org_id -> entity.id", "affiliation.sentence_id -> sentence.id",
            "org_place.article_id -> article.id", "org_place.org_id -> entity.id", "org_place.place_id -> entity.id",
            "quote.article_id -> article.id", "quote.sentence_id -> sentence.id", "quote_speaker.quote_id -> quote.id",
            "quote_speaker.entity_id -> entity.id",
        ]
        #expect(expected.isSubset(of: keys), "missing: \(expected.subtracting(keys).sorted())")
    }

    @Test func fullTextSearchIsDetectedForArticlesAndQuotes() throws {
        defer { directory.remove() }
        let fts = report["fts"] as? [String: Any] ?? [:]
        let article = fts["article"] as? [String], quote = fts["quote"] as? [String]
        #expect(article?.first == "article_fts")
        #expect(article?.last?.contains(#"content="article""#) == true)
        #expect(quote?.first == "quote_fts")
        let search = report["search"] as? [String: Any] ?? [:]
        #expect((search["article"] as? Int ?? 0) > 0, "searching articles for 'election': \(search["article"] ?? "nothing")")
        #expect(search["quote"] is Int, "searching quotes: \(search["quote"] ?? "nothing")")

        let tables = database["tables"] as? [String: [String: Any]] ?? [:]
        #expect(tables["article"]?["fts_table"] as? String == "article_fts")
        #expect(tables["article"]?["fts_pk"] as? String == "id")
        #expect(tables["quote"]?["fts_table"] as? String == "quote_fts")
    }

    @Test func aViewForEveryCannedQuestionAndEveryViewRuns() throws {
        defer { directory.remove() }
        let views = report["views"] as? [String: Any] ?? [:]
        for view in ["entity_count", "organization_count", "place_count", "date_count", "mention_context", "cooccurrence",
                     "article_summary", "spokesperson", "quote_attribution", "timeline"] {
            #expect(views[view] is [String], "\(view): \(views[view] ?? "missing")")
        }
        for (name, result) in views {
            #expect(result is [String], "view \(name) fails: \(result)")
        }
    }

    @Test func cannedQueriesRunWithBlankFieldsAsDatasetteSendsThem() throws {
        defer { directory.remove() }
        let canned = report["canned"] as? [String: Any] ?? [:]
        #expect(canned.count == 11)
        for (name, result) in canned {
            #expect(result is Int, "canned query \(name) fails: \(result)")
        }
        let cli = try CommandRunner.newsdex(["query", "spokespeople", "--db", db, "--format", "jsonl"])
        #expect(canned["spokespeople"] as? Int == cli.stdout.split(separator: "\n").count)
        let person = try CommandRunner.newsdex(["query", "spokespeople", "--person", "Nasirov", "--db", db, "--format", "jsonl"])
        #expect(report["canned_person"] as? Int == person.stdout.split(separator: "\n").count)
        #expect((report["canned_person"] as? Int ?? 0) > 0)
    }

    @Test func metadataDescribesEveryTableViewAndColumn() throws {
        defer { directory.remove() }
        #expect((metadata["title"] as? String)?.isEmpty == false)
        #expect((metadata["license"] as? String)?.contains("CC BY 4.0") == true)
        #expect((metadata["source"] as? String)?.contains("GeoNames") == true)
        let tables = database["tables"] as? [String: [String: Any]] ?? [:]
        #expect(tables["mention"]?["description"] as? String == "A mention: one place in one article where an entity is named.")
        #expect((tables["mention"]?["columns"] as? [String: String])?["end"] == "one past the last code point")
        #expect((tables["spokesperson"]?["columns"] as? [String: String])?["roles"] == "normalized roles stated, comma-separated")
        for table in report["virtual_tables"] as? [String] ?? [] {
            #expect((tables[table]?["description"] as? String)?.isEmpty == false, "no description for \(table)")
        }
        // schema.sql's table part does not comment these yet.
        let undocumented: Set<String> = ["calendar_date.month", "calendar_date.day"]
        for column in report["columns"] as? [String] ?? [] where !undocumented.contains(column) {
            let parts = column.split(separator: ".", maxSplits: 1).map(String.init)
            #expect((tables[parts[0]]?["description"] as? String)?.isEmpty == false, "no description for \(parts[0])")
            #expect((tables[parts[0]]?["columns"] as? [String: String])?[parts[1]] != nil, "no description for \(column)")
        }
    }

    @Test func helpTeachesWithExamples() throws {
        defer { directory.remove() }
        let help = try CommandRunner.newsdex(["help", "datasette-metadata"])
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("\n  datasette newsdex.db --metadata metadata.json\n"))
    }
}
