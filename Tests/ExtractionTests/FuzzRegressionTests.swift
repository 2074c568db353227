import Foundation
import Testing
import ArticleText
import Extraction

/// Inputs `make fuzz` found crashing the header parser or the extraction, each run in a child process
/// (an exit test), so a crash fails this test instead of killing the whole suite.
@Suite struct FuzzRegressionTests {
    /// libFuzzer, 2026-12-04: a run of 20 digits overflowed `Int` in `TokenFacts.readNumber`
    /// (Sources/ArticleText/TokenFacts.swift:63) — "Swift runtime failure: arithmetic overflow", SIGILL —
    /// reached from `DateMatcher` for every number token, so one such file stops a whole ingest.
    /// The fuzzer's input was a dev article with "1111…1" (41 digits) inserted; these are the minimal forms.
    @Test func longDigitRunsDoNotCrashTheExtraction() async {
        await #expect(processExitsWith: .success) {
            let extractor = Extractor()
            for text in [
                "They counted 12345678901234567890 ballots.",
                " date 2024-01-31 BAKU, January 31. 9223372036854775808 votes were cast.",
                "On 31/12/99999999999999999999 the count ended.",
                String(repeating: "1", count: 5_000),
            ] {
                let analysis = extractor.analyze(ArticleSource.parse(text))
                precondition(analysis.document.text == ArticleSource.parse(text).body)
            }
        }
    }

    /// `corpus/dev7`, 2026-12-05, during development: a state body named by its demonym after "the" ("The Polish
    /// Senate", untagged) was found by two mechanisms at once, and the duplicate spans made a negative range in
    /// `OrganizationNames.isContinuation` ("Range requires lowerBound <= upperBound", SIGILL), stopping the ingest
    /// of the article. This test fails (SIGILL) with both fixes undone.
    @Test func aBodyFoundTwiceDoesNotCrashTheExtraction() async {
        await #expect(processExitsWith: .success) {
            let text = "The Polish Senate met on Monday.\n"
            let analysis = Extractor().analyze(ArticleSource.parse(text))
            precondition(analysis.entities.contains { $0.type == .org })
        }
    }

    /// `corpus/dev14`, 2026-12-05, first ingest of the blind set: a release signed "Friends of India" over
    /// "Port of Spain" at the very end of the text. "Port" grew into the known place "Port of Spain", which emptied
    /// the span "Spain" to the end of the tokens, and the next turn of `SpanBoundaries.extendToKnownPlaces` read
    /// the token at that end ("Index out of range", SIGILL), stopping the ingest of the whole batch.
    @Test func aPlaceGrownToTheEndOfTheTextDoesNotCrashTheExtraction() async {
        await #expect(processExitsWith: .success) {
            for text in ["Friends of India\nPort of Spain", "The event ended.\n\nFriends of India\nPort of Spain\n"] {
                let analysis = Extractor().analyze(ArticleSource.parse(text))
                precondition(analysis.entities.contains { $0.type == .place && $0.name == "Port of Spain" })
            }
        }
    }
}
