import Testing
import ArticleText

@Suite("Robustness")
struct RobustnessTests {
    /// A fixed pseudo-random generator, so that the test is the same on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = [
        "BAKU", ", ", ". ", "Mr.", "U.S.", "e.g.", "'s", "’", "\"", "«", "»", "„", "“", "–", "—", "--", "-", " - ",
        "9-10", "12.05.2021", "1,200", "3.5", "2024", "Nov.", "May", "March", "(", ")", "/", "\n", "\n\n", "\r\n",
        "https://x.az/a?b=1", "a@b.c", "@", "www.", "e\u{301}", "\u{301}", "👨‍👩‍👧", "🇦🇿", "\u{200D}", "\u{FE0F}",
        "東京", "Şəki", "al-", "O'", "...", "?!", " ", "\t", "\u{00A0}", "\u{2029}", "Ltd.", "J.", "3rd", "the",
    ]

    @Test func randomTextNeverBreaksTheInvariants() {
        var generator = Generator(state: 42)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<generator.next(40) { text += Self.pieces[generator.next(Self.pieces.count)] }
            let document = TextDocument(text)
            let scalars = Array(text.unicodeScalars)
            var previousEnd = 0
            for token in document.tokens {
                #expect(token.range.lowerBound >= previousEnd && token.range.upperBound <= scalars.count)
                #expect(!token.range.isEmpty)
                #expect(document.string(token.range) == token.text)
                previousEnd = token.range.upperBound
            }
            #expect(document.sentences.reduce(0) { $0 + $1.tokens.count } == document.tokens.count)
            if let dateline = document.dateline {
                #expect(dateline.range.upperBound <= scalars.count)
                #expect(dateline.placeRanges.allSatisfy { dateline.range.contains($0.lowerBound) })
            }
            _ = ArticleSource.parse(" date 2024-01-31 " + text)
        }
    }
}
