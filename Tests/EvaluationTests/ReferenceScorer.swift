import Evaluation
import Extraction
import Foundation
import Testing
import TestSupport

/// Runs the reference scorer `../shared/eval/score.py` and compares its figures with a Swift report.
enum ReferenceScorer {
    /// The package root: this file is Tests/EvaluationTests/ReferenceScorer.swift.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let script = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py")

    static let seedGold = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/dev/seed-gold.jsonl")

    /// Whether python3 and score.py are there to compare with.
    static let isAvailable = FileManager.default.fileExists(atPath: script.path) && CommandRunner.isInstalled("python3")

    struct Output {
        /// `--json --by-article` output, decoded.
        let json: PythonReport
        /// `--json --by-article` output as printed, without the final line break.
        let jsonText: String
        /// The `--by-article` table as printed, without the final line break.
        let table: String
    }

    /// score.py's JSON. (`JSONDecoder` reads doubles exactly; Foundation's `JSONSerialization` on
    /// Linux can be one unit in the last place off.)
    struct PythonReport: Decodable {
        struct Articles: Decodable {
            let gold, system, scored: Int
            let missing, extra: [String]
        }

        struct Score: Decodable {
            let tp, fp, fn: Int
            let p, r, f1: Double
        }

        struct RoleAgreement: Decodable {
            let agree, matched: Int
            let rate: Double?
        }

        struct Affiliations: Decodable {
            let tp, fp, fn: Int
            let p, r, f1: Double
            let role_agreement: RoleAgreement
            var score: Score { Score(tp: tp, fp: fp, fn: fn, p: p, r: r, f1: f1) }
        }

        struct Figures: Decodable {
            let entities: [String: Score]
            let affiliations: Affiliations
            let quotes: Score
            let quote_detection: Score
            let ignored: [String: Int]
        }

        let articles: Articles
        let figures: Figures
        let by_article: [String: Figures]

        enum CodingKeys: String, CodingKey {
            case articles, by_article
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            articles = try container.decode(Articles.self, forKey: .articles)
            by_article = try container.decode([String: Figures].self, forKey: .by_article)
            figures = try Figures(from: decoder)
        }
    }

    /// Writes both texts to a temporary folder and runs score.py on them twice (JSON and table).
    static func run(gold: String, system: String) throws -> Output {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let goldPath = directory.path("gold.jsonl"), systemPath = directory.path("system.jsonl")
        try Data(gold.utf8).write(to: URL(fileURLWithPath: goldPath))
        try Data(system.utf8).write(to: URL(fileURLWithPath: systemPath))
        let jsonRun = try CommandRunner.run("/usr/bin/env", ["python3", script.path, goldPath, systemPath, "--json", "--by-article"])
        try #require(jsonRun.status == 0, "score.py failed: \(jsonRun.stderr)")
        let tableRun = try CommandRunner.run("/usr/bin/env", ["python3", script.path, goldPath, systemPath, "--by-article"])
        try #require(tableRun.status == 0, "score.py failed: \(tableRun.stderr)")
        let parsed = try JSONDecoder().decode(PythonReport.self, from: Data(jsonRun.stdout.utf8))
        return Output(json: parsed, jsonText: chomp(jsonRun.stdout), table: chomp(tableRun.stdout))
    }

    private static func chomp(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// Expects every count and figure of `report` to equal score.py's, naming the first differences.
    static func expectAgreement(_ report: EvaluationReport, _ python: PythonReport, _ context: String,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let articles = python.articles
        #expect(articles.gold == report.articles.gold, "\(context): articles.gold", sourceLocation: sourceLocation)
        #expect(articles.system == report.articles.system, "\(context): articles.system", sourceLocation: sourceLocation)
        #expect(articles.scored == report.articles.scored, "\(context): articles.scored", sourceLocation: sourceLocation)
        #expect(articles.missing == report.articles.missing, "\(context): missing", sourceLocation: sourceLocation)
        #expect(articles.extra == report.articles.extra, "\(context): extra", sourceLocation: sourceLocation)
        expectFigures(report.overall, python.figures, context, sourceLocation: sourceLocation)
        #expect(python.by_article.count == report.byArticle.count, "\(context): by_article count", sourceLocation: sourceLocation)
        for article in report.byArticle {
            guard let figures = python.by_article[article.id] else {
                Issue.record("\(context): score.py has no article \(article.id)", sourceLocation: sourceLocation)
                continue
            }
            expectFigures(article.figures, figures, "\(context) [\(article.id)]", sourceLocation: sourceLocation)
        }
    }

    private static func expectFigures(_ figures: EvaluationReport.Figures, _ python: PythonReport.Figures, _ context: String,
                                      sourceLocation: SourceLocation) {
        func expectScore(_ score: EvaluationReport.Score, _ expected: PythonReport.Score?, _ label: String) {
            guard let expected else {
                Issue.record("\(context): score.py has no \(label)", sourceLocation: sourceLocation)
                return
            }
            let counts: [Int] = [score.truePositives, score.falsePositives, score.falseNegatives]
            #expect(counts == [expected.tp, expected.fp, expected.fn], "\(context): \(label) tp/fp/fn", sourceLocation: sourceLocation)
            let ratios: [Double] = [score.precision, score.recall, score.f1]
            #expect(ratios == [expected.p, expected.r, expected.f1], "\(context): \(label) P/R/F1", sourceLocation: sourceLocation)
        }
        for type in EntityType.allCases {
            expectScore(figures.entity(type), python.entities[type.rawValue], "entities.\(type.rawValue)")
        }
        expectScore(figures.entityMicro, python.entities["micro"], "entities.micro")
        expectScore(figures.affiliations, python.affiliations.score, "affiliations")
        expectScore(figures.quotes, python.quotes, "quotes")
        expectScore(figures.quoteDetection, python.quote_detection, "quote_detection")
        let role = python.affiliations.role_agreement
        let agreement: [Int] = [figures.roleAgreement.agree, figures.roleAgreement.matched]
        #expect(agreement == [role.agree, role.matched],
                "\(context): role agreement", sourceLocation: sourceLocation)
        #expect(figures.roleAgreement.rate == role.rate, "\(context): role rate", sourceLocation: sourceLocation)
        #expect(figures.ignored.optionalEntityPredictions == python.ignored["optional_entity_predictions"],
                "\(context): ignored optional", sourceLocation: sourceLocation)
        #expect(figures.ignored.unknownTypePredictions == python.ignored["unknown_type_predictions"],
                "\(context): ignored unknown type", sourceLocation: sourceLocation)
    }
}
