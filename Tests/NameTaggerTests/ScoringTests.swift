import Testing
@testable import NameTagger

@Suite("Exact-span scoring")
struct ScoringTests {
    @Test func partialOverlapIsAMissAndAFalsePositive() {
        var scores = SpanScores()
        scores.add(gold: [Mention(type: 0, range: 0..<2)], predicted: [Mention(type: 0, range: 1..<2)])
        #expect(scores.micro.gold == 1 && scores.micro.predicted == 1 && scores.micro.correct == 0)
        #expect(scores.micro.f1 == 0)
    }

    @Test func wrongTypeIsAMiss() {
        var scores = SpanScores()
        scores.add(gold: [Mention(type: 1, range: 3..<5)], predicted: [Mention(type: 2, range: 3..<5)])
        #expect(scores[.org].recall == 0)
        #expect(scores[.place].precision == 0)
        #expect(scores[.org].gold == 1 && scores[.place].predicted == 1)
    }

    @Test func perLabelAndMicroCounts() {
        var scores = SpanScores()
        // sentence 1: PER exact, ORG too long, LOC exact
        scores.add(
            gold: [Mention(type: 0, range: 0..<2), Mention(type: 1, range: 3..<6), Mention(type: 2, range: 7..<8)],
            predicted: [Mention(type: 0, range: 0..<2), Mention(type: 1, range: 3..<7), Mention(type: 2, range: 7..<8)])
        // sentence 2: a spurious PER, a missed LOC
        scores.add(gold: [Mention(type: 2, range: 4..<5)], predicted: [Mention(type: 0, range: 0..<1)])
        #expect(scores[.person].correct == 1 && scores[.person].predicted == 2 && scores[.person].gold == 1)
        #expect(scores[.person].precision == 0.5 && scores[.person].recall == 1)
        #expect(scores[.org].correct == 0)
        #expect(scores[.place].recall == 0.5 && scores[.place].precision == 1)
        #expect(scores.micro.gold == 4 && scores.micro.predicted == 4 && scores.micro.correct == 2)
        #expect(abs(scores.micro.f1 - 0.5) < 1e-12)
        #expect(scores.description.contains("micro"))
    }

    @Test func labelsOfADocumentAreScoredPerSentence() {
        let document = LabeledDocument(
            words: ["Ali", "Aliyev", "spoke", "Baku", "Baku"], sentences: [0..<3, 3..<5],
            gold: BILOU.encode(spans: [(0, 0..<2), (2, 3..<4), (2, 4..<5)], count: 5), source: "")
        var scores = SpanScores()
        // predicted: a PER over the first two tokens, a LOC over both "Baku" (one span: both wrong)
        scores.add(document: document, predicted: BILOU.encode(spans: [(0, 0..<2), (2, 3..<5)], count: 5))
        #expect(scores.micro.correct == 1 && scores.micro.gold == 3)
    }
}
