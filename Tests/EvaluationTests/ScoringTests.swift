import Evaluation
import Extraction
import Foundation
import Testing

@Suite struct ScoringNormalizationTests {
    @Test(arguments: [
        ("The Association of Azerbaijanis in Quebec.", "association of azerbaijanis in quebec"),
        ("  the  UK ", "uk"),
        ("Nasirov’s", "nasirov's"),
        ("Straße", "strasse"),
        ("Mu\u{308}ller", "müller"),
        ("ＡＺＥＲＴＡＣ", "azertac"),
        ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"),
        ("Οδυσσευς", "οδυσσευσ"),
        ("Ali\u{1C}Hasanov", "ali hasanov"),
        ("“Trend”", "trend"),
        ("The", "the"),
        ("the “Council”", "council"),
        ("-", ""),
    ])
    func namesNormalizeAsScorePy(_ input: String, _ expected: String) {
        #expect(ScoringNormalization.name(input) == expected)
    }

    @Test func quoteWordsDropPunctuationAndEmptyWords() {
        #expect(ScoringNormalization.quoteWords("“Mr. President, — you are") == ["mr", "president", "you", "are"])
        #expect(ScoringNormalization.quoteWords(nil) == [])
    }
}

@Suite struct ScorerRuleTests {
    private func report(gold: [GoldDocument], system: [SystemDocument]) throws -> EvaluationReport {
        try EvaluationReport(gold: gold, system: system)
    }

    @Test func maximumMatchingBeatsGreedy() throws {
        // "Hasanov" first would take the first gold entity greedily and leave "Ali Hasanov" without one.
        let gold = GoldDocument(id: "a", entities: [
            .init(type: "PERSON", names: ["Hasanov", "Ali Hasanov"]), .init(type: "PERSON", names: ["Hasanov"]),
        ])
        let system = SystemDocument(id: "a", date: nil, entities: [
            .init(type: .person, name: "Hasanov"), .init(type: .person, name: "Ali Hasanov"),
        ])
        let person = try report(gold: [gold], system: [system]).overall.entity(.person)
        #expect(person == EvaluationReport.Score(truePositives: 2, falsePositives: 0, falseNegatives: 0))
    }

    @Test func optionalAndDuplicatePredictions() throws {
        let gold = GoldDocument(id: "a", entities: [
            .init(type: "PLACE", names: ["UK", "the UK"]), .init(type: "PLACE", names: ["Victoria"], optional: true),
        ])
        let system = SystemDocument(id: "a", date: nil, entities: [
            .init(type: .place, name: "The UK"), .init(type: .place, name: "UK"), .init(type: .place, name: "Victoria"),
            .init(type: "MISC", name: "x"),
        ])
        let overall = try report(gold: [gold], system: [system]).overall
        #expect(overall.entity(.place) == EvaluationReport.Score(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(overall.ignored == EvaluationReport.Ignored(optionalEntityPredictions: 1, unknownTypePredictions: 1))
    }

    @Test func nullSpeakerCountsForDetectionOnly() throws {
        let gold = GoldDocument(id: "a", quotes: [.init(speaker: ["Nasirov"], start: "Thanks")])
        let system = SystemDocument(id: "a", date: nil, quotes: [.init(speaker: nil, text: "Thanks a lot")])
        let overall = try report(gold: [gold], system: [system]).overall
        #expect(overall.quotes == EvaluationReport.Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(overall.quoteDetection == EvaluationReport.Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    }

    @Test func missingAndExtraArticlesAndZeroDenominators() throws {
        let gold = [GoldDocument(id: "b", entities: [.init(type: "DATE", names: ["2020"])]), GoldDocument(id: "a")]
        let system = [SystemDocument(id: "z", date: nil), SystemDocument(id: "a", date: nil), SystemDocument(id: "Z", date: nil)]
        let report = try report(gold: gold, system: system)
        #expect(report.articles.missing == ["b"])
        #expect(report.articles.extra == ["Z", "z"])
        #expect(report.overall.entity(.date) == EvaluationReport.Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(report.overall.entity(.date).precision == 0)
        #expect(report.overall.entity(.person).precision == 1)
        #expect(report.overall.entity(.person).f1 == 1)
        #expect(report.overall.roleAgreement.rate == nil)
        #expect(report.table.hasSuffix("role agreement 0/0 = n/a; ignored predictions: optional 0, unknown type 0"))
    }

    @Test func duplicateIDsAreRefused() {
        #expect(throws: EvaluationError.duplicateID("a", side: "system")) {
            try EvaluationReport(gold: [], system: [SystemDocument(id: "a", date: nil), SystemDocument(id: "a", date: nil)])
        }
    }
}
