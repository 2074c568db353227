import Foundation
import Index
import SQLiteDB
import Testing
import TestSupport

/// `IndexCheck` on a small index written by hand, then damaged on purpose one way per test.
@Suite struct IndexCheckTests {
    /// Two articles, two entities with aliases, mentions, a place, a quote and its speaker — all consistent
    /// (with their article_entity rows, as ingest writes them).
    private static let rows = """
        INSERT INTO article (id, source_path, content_hash, published, text, word_count, mention_count, ingested_at) VALUES
          (1, 'a.txt', 'hash-a', '2024-01-31', 'Ilham Aliyev spoke in Baku. "We will win," he said.', 10, 2, '2024-02-01T00:00:00Z'),
          (2, 'b.txt', 'hash-b', NULL, 'Baku is a city.', 4, 1, '2024-02-01T00:00:00Z');
        INSERT INTO sentence (id, article_id, position, paragraph, start, end) VALUES
          (1, 1, 0, 0, 0, 27), (2, 1, 1, 0, 28, 51), (3, 2, 0, 0, 0, 15);
        INSERT INTO entity (id, type, name, key) VALUES (1, 'PERSON', 'Ilham Aliyev', 'ilham aliyev'), (2, 'PLACE', 'Baku', 'baku');
        INSERT INTO alias (id, entity_id, name, key) VALUES (1, 1, 'Ilham Aliyev', 'ilham aliyev'), (2, 2, 'Baku', 'baku');
        INSERT INTO mention (id, article_id, entity_id, sentence_id, start, end, text) VALUES
          (1, 1, 1, 1, 0, 12, 'Ilham Aliyev'), (2, 1, 2, 1, 22, 26, 'Baku'), (3, 2, 2, 3, 0, 4, 'Baku');
        INSERT INTO article_entity (article_id, entity_id, mention_count) VALUES (1, 1, 1), (1, 2, 1), (2, 2, 1);
        INSERT INTO place (entity_id, geonames_id, kind, country_code) VALUES (2, 587084, 'city', 'AZ');
        INSERT INTO quote (id, article_id, sentence_id, start, end, text) VALUES (1, 1, 2, 29, 41, 'We will win,');
        INSERT INTO quote_speaker (quote_id, entity_id) VALUES (1, 1);
        """

    /// Runs `damage` on a fresh consistent index and returns what `IndexCheck` finds.
    private func findings(after damage: (_ database: Database, _ path: String) throws -> Void) throws -> [IndexFinding] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("check.db")
        let index = try NewsIndex(path: path)
        try index.database.execute(Self.rows)
        try damage(index.database, path)
        return try IndexCheck.run(path: path)
    }

    private func shell(_ path: String, _ sql: String) throws {
        let result = try CommandRunner.sqlite3(path, sql)
        try #require(result.status == 0, "sqlite3: \(result.stderr)")
    }

    @Test func aConsistentIndexHasNoFindings() throws {
        #expect(try findings { _, _ in } == [])
    }

    @Test func aMissingFileIsAnErrorAndIsNotCreated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("missing.db")
        let error = try #require(throws: IndexError.self) { try IndexCheck.run(path: path) }
        #expect(error.description.contains("missing.db"))
        #expect(FileManager.default.fileExists(atPath: path) == false)
    }

    @Test func rowsOfADeletedEntityAreForeignKeyFindings() throws {
        let found = try findings { database, _ in
            try database.execute("PRAGMA foreign_keys = OFF")
            try database.execute("DELETE FROM entity WHERE id = 1")
        }
        #expect(found.allSatisfy { $0.check == .foreignKey })
        let messages = Set(found.map(\.message))
        #expect(messages.contains("alias row 1: entity_id 1 refers to a missing entity row"))
        #expect(messages.contains("mention row 1: entity_id 1 refers to a missing entity row"))
        #expect(messages.contains { $0.hasPrefix("quote_speaker row ") && $0.hasSuffix("entity_id 1 refers to a missing entity row") })
        #expect(messages.contains("a row of article_entity refers to a missing entity row"))
        #expect(found.count == 4)
    }

    @Test func anEntityNothingNamesIsAnOrphan() throws {
        let found = try findings { database, _ in
            try database.execute("""
                INSERT INTO entity (id, type, name, key) VALUES (3, 'ORG', 'Ghost Union', 'ghost union');
                INSERT INTO alias (entity_id, name, key) VALUES (3, 'Ghost Union', 'ghost union');
                """)
        }
        #expect(found == [IndexFinding(
            check: .orphan, message: "entity 3 (ORG 'Ghost Union') is named by no mention, affiliation, organisation place or quote")])
    }

    @Test func anEntityWithoutAliasIsAnOrphan() throws {
        let found = try findings { database, _ in try database.execute("DELETE FROM alias WHERE entity_id = 2") }
        #expect(found == [IndexFinding(check: .orphan, message: "entity 2 (PLACE 'Baku') has no alias")])
    }

    @Test func aMentionWhoseTextIsNotAtItsOffsetsIsInconsistent() throws {
        let found = try findings { database, _ in try database.execute("UPDATE mention SET start = 1 WHERE id = 1") }
        #expect(found == [IndexFinding(
            check: .consistency, message: "mention 1 of article 1: text 'Ilham Aliyev' is not the article text at 1..<12")])
    }

    @Test func aMentionWhoseSentenceIsInAnotherArticleIsInconsistent() throws {
        let found = try findings { database, _ in try database.execute("UPDATE mention SET sentence_id = 3 WHERE id = 2") }
        #expect(found == [IndexFinding(
            check: .consistency, message: "mention 2 belongs to article 1 but its sentence 3 to article 2")])
    }

    @Test func placeDetailsOfAPersonAreInconsistent() throws {
        let found = try findings { database, _ in try database.execute("INSERT INTO place (entity_id, kind) VALUES (1, 'city')") }
        #expect(found == [IndexFinding(
            check: .consistency, message: "place details of entity 1 (PERSON 'Ilham Aliyev'), which is no PLACE")])
    }

    @Test func aFullTextIndexOutOfStepWithItsTextIsFound() throws {
        let found = try findings { database, _ in
            // A 'delete' with the wrong text leaves the index pointing at words the article does not hold.
            try database.execute("INSERT INTO article_fts(article_fts, rowid, text) VALUES ('delete', 2, 'Tbilisi is a city.')")
        }
        #expect(found.map(\.check) == [.fullText])
        #expect(found.first?.message.hasPrefix("article_fts does not match article.text") == true)
    }

    @Test(.enabled(if: CommandRunner.isInstalled("sqlite3"), "needs the sqlite3 shell (newsdex connections are defensive)"))
    func garbageInAnFTSShadowTableIsFound() throws {
        let found = try findings { _, path in
            try shell(path, "UPDATE quote_fts_data SET block = x'00ff00ff00ff' WHERE id = (SELECT max(id) FROM quote_fts_data)")
        }
        #expect(found.map(\.check) == [.fullText])
        #expect(found.first?.message.hasPrefix("quote_fts does not match quote.text") == true)
    }

    @Test(.enabled(if: CommandRunner.isInstalled("sqlite3"), "needs the sqlite3 shell (newsdex connections are defensive)"))
    func anIndexThatDisagreesWithItsTableFailsTheIntegrityCheck() throws {
        let found = try findings { _, path in
            // The index's definition now names another column than the entries it holds.
            try shell(path, """
                PRAGMA writable_schema = ON;
                UPDATE sqlite_schema SET sql = 'CREATE INDEX mention_article ON mention(start)' WHERE name = 'mention_article';
                """)
        }
        #expect(found.isEmpty == false)
        #expect(found.allSatisfy { $0.check == .integrity })
        #expect(found.contains { $0.message.contains("mention_article") })
    }

    @Test func findingsReadAsOneLineEach() {
        let finding = IndexFinding(check: .foreignKey, message: "alias row 1: entity_id 1 refers to a missing entity row")
        #expect(finding.description == "foreign-key: alias row 1: entity_id 1 refers to a missing entity row")
    }
}
