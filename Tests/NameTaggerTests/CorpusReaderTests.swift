import ArticleText
import Testing
@testable import NameTagger

@Suite("Corpus readers")
struct CorpusReaderTests {
    static let bio = """
        -DOCSTART-\tO

        Professor\tO
        Yulduz\tB-PER
        Ragimov\tI-PER
        of\tO
        York\tB-ORG
        University\tI-ORG
        said\tO
        .\tO

        The\tO
        Azerbaijani\tB-MISC
        community\tO
        in\tO
        Canada\tB-LOC
        and\tO
        New_York\tI-LOC
        Kyiv\tB-LOC
        Kharkiv\tB-LOC

        -DOCSTART-\tO

        Baku\tB-LOC

        """

    @Test func bioDocumentsSentencesAndBILOU() {
        let docs = BIOReader.parse(Self.bio, source: "fixture")
        #expect(docs.count == 2)
        let first = docs[0]
        #expect(first.sentences == [0..<8, 8..<17])
        #expect(first.words[14] == "New_York")
        let names = first.gold.map(BILOU.name)
        #expect(Array(names[0..<8]) == ["O", "B-PER", "L-PER", "O", "B-ORG", "L-ORG", "O", "O"])
        // MISC becomes O; an I- after O starts a mention (seqeval); adjacent B- B- are two mentions
        #expect(Array(names[8..<17]) == ["O", "O", "O", "O", "U-LOC", "O", "U-LOC", "U-LOC", "U-LOC"])
        #expect(docs[1].words == ["Baku"])
        #expect(docs[1].gold.map(BILOU.name) == ["U-LOC"])
        #expect(first.mentions(in: 0..<8) == [Mention(type: 0, range: 1..<3), Mention(type: 1, range: 4..<6)])
    }

    @Test func bioWithoutDocumentsGivesOneDocumentPerSentence() {
        let docs = BIOReader.parse("A\tO\nParis\tB-LOC\n\nRome\tB-LOC\nis\tO\n", source: "fixture")
        #expect(docs.count == 2)
        #expect(docs[0].words == ["A", "Paris"])
        #expect(docs[1].gold.map(BILOU.name) == ["U-LOC", "O"])
        #expect(docs.allSatisfy { $0.sentences.count == 1 })
    }

    @Test func inlineMarkupIsStrippedWithExactOffsets() {
        let marked = "Chairman of the [ORG Coordination Council] [PER Elnur Gasimov] met [LOC Baku]'s mayor [PER  Aliyev ]."
        let (text, spans) = InlineMarkupReader.strip(marked)
        #expect(text == "Chairman of the Coordination Council Elnur Gasimov met Baku's mayor Aliyev .")
        let scalars = Array(text.unicodeScalars)
        func slice(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        #expect(spans.map(\.label) == [.org, .person, .place, .person])
        #expect(spans.map { slice($0.range) } == ["Coordination Council", "Elnur Gasimov", "Baku", "Aliyev"])
        #expect(spans[0].range == 16..<36)
    }

    @Test func inlineMarkupOffsetsCountUnicodeScalars() {
        let (text, spans) = InlineMarkupReader.strip("[PER Rênas Haco] of [ORG Göttingen University] in [LOC Bogotá].")
        #expect(text == "Rênas Haco of Göttingen University in Bogotá.")
        #expect(spans.map(\.range) == [0..<10, 14..<34, 38..<44])
    }

    @Test func inlineArticleHeaderIsRemovedAndSpansProjectedOntoTokens() {
        let file = " date 2024-01-31 [LOC BAKU], [LOC Azerbaijan], January 31. Professor [PER Yulduz Ragimov] of [ORG York University] in [LOC Canada] spoke.\n"
        let article = InlineMarkupReader.parse(file)
        #expect(!article.text.hasPrefix(" date"))
        let scalars = Array(article.text.unicodeScalars)
        for span in article.spans {
            let name = String(String.UnicodeScalarView(scalars[span.range]))
            #expect(["BAKU", "Azerbaijan", "Yulduz Ragimov", "York University", "Canada"].contains(name))
        }
        #expect(article.misaligned == 0)
        let tokens = article.document.tokens
        var tagged: [String: String] = [:]
        for (i, t) in tokens.enumerated() where article.gold[i] != 0 { tagged[t.text] = BILOU.name(article.gold[i]) }
        #expect(tagged == ["BAKU": "U-LOC", "Azerbaijan": "U-LOC", "Yulduz": "B-PER", "Ragimov": "L-PER",
                           "York": "B-ORG", "University": "L-ORG", "Canada": "U-LOC"])
    }

    @Test func spansOffTokenBoundariesAreCountedNotLost() {
        // tokens: "Delft-based"(0..<11) "engineer"(12..<20) "of"(21..<23) "Three"(24..<29) "Rivers"(30..<36)
        let ranges = [0..<11, 12..<20, 21..<23, 24..<29, 30..<36]
        let spans: [(label: NameLabel, range: Range<Int>)] = [(.place, 0..<5), (.org, 24..<36), (.person, 13..<20)]
        let (gold, misaligned) = InlineMarkupReader.project(spans, onto: ranges)
        #expect(misaligned == [.place, .person])
        #expect(gold.map(BILOU.name) == ["O", "O", "O", "B-ORG", "L-ORG"])
        // a span across a sentence boundary is misaligned too
        let (_, crossing) = InlineMarkupReader.project([(.org, 12..<29)], onto: ranges, sentences: [0, 0, 0, 1, 1])
        #expect(crossing == [.org])
    }
}
