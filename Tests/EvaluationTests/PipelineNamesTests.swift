import Foundation
import Testing
import Evaluation
import Extraction
import NameTagger
import TestSupport

/// The whole extraction read as a name tagger over words that come already split: offsets map back to
/// word ranges, and the scores follow seqeval's exact-span rule.
@Suite struct PipelineNamesTests {
    static let extractor = Extractor()

    @Test func mentionsMapBackToWordRangesAcrossSentences() {
        let words = ["Chairman", "Seymur", "Nasirov", "spoke", "in", "Cairo", ".", "Nasirov", "thanked", "the", "Union", "of",
                     "Turkish", "Associations", "in", "Sweden", "."]
        let names = PipelineNames.names(words: words, sentences: [0..<7, 7..<17], extractor: Self.extractor)
        #expect(names.contains(LabeledSpan(label: .person, range: 1..<3)))
        #expect(names.contains(LabeledSpan(label: .place, range: 5..<6)))
        #expect(names.contains(LabeledSpan(label: .person, range: 7..<8)))
        #expect(names.contains(LabeledSpan(label: .org, range: 10..<16)))
        #expect(names.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= words.count && !$0.range.isEmpty })
    }

    @Test func aBIOFileIsScoredWithAnySystem() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("tiny.bio.tsv")
        let rows = [("-DOCSTART-", "O"), ("", ""), ("Seymur", "B-PER"), ("Nasirov", "I-PER"), ("spoke", "O"), ("in", "O"),
                    ("Cairo", "B-LOC"), (".", "O")]
        try rows.map { $0.0.isEmpty ? "" : "\($0.0)\t\($0.1)" }.joined(separator: "\n").appending("\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let exact = try NEREvaluation.evaluate(bioFile: path) { _, _ in
            [LabeledSpan(label: .person, range: 0..<2), LabeledSpan(label: .place, range: 4..<5)]
        }
        #expect(exact.micro.correct == 2 && exact.micro.gold == 2 && exact.micro.predicted == 2)
        let wrongEnd = try NEREvaluation.evaluate(bioFile: path) { _, _ in [LabeledSpan(label: .person, range: 1..<2)] }
        #expect(wrongEnd.micro.correct == 0 && wrongEnd.micro.predicted == 1)
        let pipeline = try NEREvaluation.evaluate(bioFile: path) { words, sentences in
            PipelineNames.names(words: words, sentences: sentences, extractor: Self.extractor)
        }
        #expect(pipeline.micro.correct == 2)
        let errors = try NEREvaluation.errorLines(bioFile: path) { _, _ in [LabeledSpan(label: .org, range: 4..<5)] }
        #expect(errors == ["FN\tPER\tSeymur Nasirov\t[Seymur Nasirov spoke in Cairo .]", "FN\tLOC\tCairo\t[Seymur Nasirov spoke in Cairo .]",
                           "FP\tORG\tCairo\t[Seymur Nasirov spoke in Cairo .]"])
    }
}
