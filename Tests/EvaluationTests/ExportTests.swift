import ArticleText
import DateExpressions
import Evaluation
import Extraction
import Foundation
import Index
import SQLiteDB
import Testing
import TestSupport

/// A hand-built analysis of a short article, with the awkward cases: a repeated mention, a DATE whose
/// name is not its ISO value, two entities of the same type and name, an entity named only as a
/// speaker, an entity referenced by nothing, a quote with two speakers and one with none.
enum HandBuiltArticle {
    static let text = "BAKU, January 31. Seymur Nasirov, Chairman of the Patriot Association, said: "
        + "“We are proud of our President.” Nasirov thanked Nira Elgart.\n\n“Long live” was heard."

    static func analysis() -> ArticleAnalysis {
        let document = TextDocument(text)
        func range(_ needle: String, after offset: Int = 0) -> Range<Int> {
            let scalars = Array(text.unicodeScalars), target = Array(needle.unicodeScalars)
            let start = (offset...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
            return start..<(start + target.count)
        }
        func sentence(_ range: Range<Int>) -> Int {
            document.sentences.firstIndex { $0.range.contains(range.lowerBound) } ?? 0
        }
        func mention(_ entity: Int, _ needle: String, after offset: Int = 0) -> AnalyzedMention {
            let found = range(needle, after: offset)
            return AnalyzedMention(entity: entity, range: found, text: needle, sentence: sentence(found))
        }
        let entities = [
            AnalyzedEntity(type: .place, name: "Baku", aliases: ["BAKU"]),
            AnalyzedEntity(type: .person, name: "Seymur Nasirov", aliases: ["Seymur Nasirov", "Nasirov"]),
            AnalyzedEntity(type: .org, name: "Patriot Association", aliases: ["Patriot Association"]),
            AnalyzedEntity(type: .date, name: "January 31", aliases: ["January 31"],
                           date: CalendarValue(year: 2024, month: 1, day: 31)),
            AnalyzedEntity(type: .person, name: "Nira Elgart", aliases: ["Nira Elgart"]),
            AnalyzedEntity(type: .person, name: "Seymur Nasirov", aliases: ["Nasirov"]),
            AnalyzedEntity(type: .org, name: "Unused Society", aliases: ["Unused Society"]),
        ]
        let quoted = range("We are proud of our President.")
        let live = range("Long live")
        return ArticleAnalysis(
            source: ArticleSource(body: text, date: ArticleDate(iso: "2024-01-31"), headerProblem: nil),
            document: document,
            entities: entities,
            mentions: [
                mention(1, "Seymur Nasirov"), mention(0, "BAKU"), mention(3, "January 31"),
                mention(2, "Patriot Association"), mention(5, "Nasirov", after: range("President").upperBound),
            ],
            affiliations: [
                AnalyzedAffiliation(person: 1, org: 2, role: "Chairman", roleKey: "chairman", sentence: sentence(quoted)),
            ],
            quotes: [
                AnalyzedQuote(range: quoted, text: "We are proud of our President.", sentence: sentence(quoted), speakers: [1, 4]),
                AnalyzedQuote(range: live, text: "Long live", sentence: sentence(live), speakers: []),
            ])
    }

    static let expectedLine = #"""
        {"id": "000_test", "date": "2024-01-31", "entities": [{"type": "PLACE", "name": "Baku"}, {"type": "DATE", "name": "2024-01-31"}, {"type": "PERSON", "name": "Seymur Nasirov"}, {"type": "ORG", "name": "Patriot Association"}, {"type": "PERSON", "name": "Nira Elgart"}], "affiliations": [{"person": "Seymur Nasirov", "org": "Patriot Association", "role": "Chairman"}], "quotes": [{"speaker": "Seymur Nasirov", "text": "We are proud of our President."}, {"speaker": null, "text": "Long live"}]}
        """#
}

@Suite struct AnalysisExportTests {
    @Test func handBuiltAnalysisExportsTheFormatLine() {
        let document = SystemDocument(id: "000_test", analysis: HandBuiltArticle.analysis())
        #expect(document.jsonLine == HandBuiltArticle.expectedLine)
        #expect(JSONLines.text([document]) == HandBuiltArticle.expectedLine + "\n")
    }

    @Test func outOfRangeIndicesAreSkipped() {
        var analysis = HandBuiltArticle.analysis()
        analysis.affiliations.append(AnalyzedAffiliation(person: 99, org: 2, role: nil, roleKey: nil, sentence: 0))
        analysis.quotes[1].speakers = [42]
        let document = SystemDocument(id: "x", analysis: analysis)
        #expect(document.affiliations.count == 1)
        #expect(document.quotes[1].speaker == nil)
    }
}

@Suite struct IndexExportTests {
    @Test func articleIDIsTheFileNameWithoutExtension() {
        #expect(SystemDocument.articleID(sourcePath: "seeds/000_8cefabb49d12b7f0.txt") == "000_8cefabb49d12b7f0")
        #expect(SystemDocument.articleID(sourcePath: "/data/2024/a.b.txt") == "a.b")
        #expect(SystemDocument.articleID(sourcePath: "plain") == "plain")
        #expect(SystemDocument.articleID(sourcePath: "dir/.hidden") == ".hidden")
        #expect(SystemDocument.articleID(sourcePath: "-") == "-")
    }

    @Test func rowsBecomeOneDocumentPerArticleSortedByID() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("test.db"))
        try index.database.execute("""
            INSERT INTO article (id, source_path, content_hash, published, text, word_count, ingested_at)
              VALUES (1, 'corpus/dev/b-article.txt', 'h1', '2024-01-31', 'BAKU. Seymur Nasirov said things.', 5, '2024-02-01T00:00:00Z'),
                     (2, 'other/a-article.md', 'h2', NULL, 'Nothing here.', 2, '2024-02-01T00:00:00Z');
            INSERT INTO sentence (id, article_id, position, paragraph, start, end) VALUES (1, 1, 0, 0, 0, 33), (2, 2, 0, 0, 0, 13);
            INSERT INTO entity (id, type, name, key) VALUES
              (1, 'PERSON', 'Seymur Nasirov', 'seymur nasirov'), (2, 'ORG', 'Patriot Association', 'patriot association'),
              (3, 'DATE', 'January 31', 'january 31'), (4, 'PERSON', 'Nira Elgart', 'nira elgart'),
              (5, 'ORG', 'York University', 'york university'), (6, 'PLACE', 'Baku', 'baku');
            INSERT INTO calendar_date (entity_id, value, precision, year, month, day) VALUES (3, '2024-01-31', 'day', 2024, 1, 31);
            INSERT INTO mention (article_id, entity_id, sentence_id, start, end, text) VALUES
              (1, 1, 1, 20, 27, 'Nasirov'), (1, 6, 1, 0, 4, 'BAKU'), (1, 1, 1, 6, 20, 'Seymur Nasirov'),
              (1, 2, 1, 28, 30, 'PA'), (1, 3, 1, 30, 32, 'Jan');
            INSERT INTO affiliation (article_id, person_id, org_id, sentence_id, role, role_key) VALUES
              (1, 1, 2, 1, 'the Chairman', 'chairman'), (1, 4, 5, 1, NULL, NULL);
            INSERT INTO quote (id, article_id, sentence_id, start, end, text) VALUES
              (1, 1, 1, 10, 20, 'We are proud'), (2, 1, 1, 21, 25, 'Long live');
            INSERT INTO quote_speaker (quote_id, entity_id) VALUES (1, 4), (1, 1);
            """)
        let documents = try SystemDocument.documents(in: index)
        #expect(documents.map(\.id) == ["a-article", "b-article"])
        #expect(documents[0] == SystemDocument(id: "a-article", date: nil))
        #expect(documents[1] == SystemDocument(
            id: "b-article", date: "2024-01-31",
            entities: [
                .init(type: .place, name: "Baku"), .init(type: .person, name: "Seymur Nasirov"),
                .init(type: .org, name: "Patriot Association"), .init(type: .date, name: "2024-01-31"),
                .init(type: .person, name: "Nira Elgart"), .init(type: .org, name: "York University"),
            ],
            affiliations: [
                .init(person: "Seymur Nasirov", org: "Patriot Association", role: "the Chairman"),
                .init(person: "Nira Elgart", org: "York University", role: nil),
            ],
            quotes: [.init(speaker: "Nira Elgart", text: "We are proud"), .init(speaker: nil, text: "Long live")]))
    }

    @Test func indexExportEqualsTheAnalysisExport() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("test.db"))
        let analysis = HandBuiltArticle.analysis()
        try ArticleWriter(index: index).write(analysis, origin: ArticleOrigin(sourcePath: "seeds/000_test.txt", contentHash: "abc"))
        let documents = try SystemDocument.documents(in: index)
        #expect(documents == [SystemDocument(id: "000_test", analysis: analysis)])
        #expect(documents.first?.jsonLine == HandBuiltArticle.expectedLine)
    }

    /// Each article is exported as it names its entities, whatever other articles of the index call them: the
    /// index's canonical name of a place both name ("Great Britain") is not the form the second one writes.
    @Test func eachArticleIsExportedWithItsOwnNames() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let index = try NewsIndex(path: directory.path("names.db"))
        let texts = [
            "a": " date 2025-03-01 LONDON. Leyla Mammadova of the Azerbaijani Society of Great Britain said: \"We met in Great Britain for the first time.\"",
            "b": " date 2025-03-02 Mammadova told the society that Britain had welcomed the families. Leyla Mammadova spoke in Britain again.",
        ]
        let extractor = Extractor()
        var analyses: [String: ArticleAnalysis] = [:]
        let writer = ArticleWriter(index: index)
        for (id, text) in texts.sorted(by: { $0.key < $1.key }) {
            let analysis = extractor.analyze(ArticleSource.parse(text))
            analyses[id] = analysis
            try writer.write(analysis, origin: ArticleOrigin(sourcePath: "\(id).txt", contentHash: id))
        }
        let documents = try SystemDocument.documents(in: index)
        #expect(documents.map(\.id) == ["a", "b"])
        for document in documents {
            #expect(document == SystemDocument(id: document.id, analysis: analyses[document.id]!))
        }
        #expect(documents.last?.entities.contains(SystemDocument.Entity(type: "PLACE", name: "Britain")) == true)
        #expect(try index.database.scalar("SELECT count(DISTINCT entity_id) FROM article_entity WHERE name IN ('Britain', 'Great Britain')") == .integer(1))
    }
}
