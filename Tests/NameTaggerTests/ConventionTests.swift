import Testing
@testable import NameTagger

@Suite("Corpus conventions and span repairs")
struct ConventionTests {
    static func document(_ tagged: [(String, String)]) -> LabeledDocument {
        let text = tagged.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n")
        return BIOReader.parse("-DOCSTART-\tO\n\n" + text + "\n", source: "fixture")[0]
    }

    @Test func nationalitiesTaggedAsPlacesBecomeOutside() {
        var document = Self.document([
            ("Australian", "B-LOC"), ("troops", "O"), ("left", "O"), ("Iraq", "B-LOC"), ("and", "O"),
            ("Azerbaijanis", "B-LOC"), ("met", "O"), ("in", "O"), ("Baku", "B-LOC"),
        ])
        let changes = CorpusConventions.normalize(&document)
        #expect(changes.dropped == 2)
        #expect(document.gold.map(BILOU.name) == ["O", "O", "O", "U-LOC", "O", "O", "O", "O", "U-LOC"])
    }

    @Test func placesAndOrganisationsNamedLikeNationalitiesStay() {
        // "Georgia" is a place, "American Airlines" is more than a demonym
        var document = Self.document([("Georgia", "B-LOC"), ("and", "O"), ("American", "B-ORG"), ("Airlines", "I-ORG")])
        #expect(CorpusConventions.normalize(&document).dropped == 0)
        #expect(document.gold.map(BILOU.name) == ["U-LOC", "O", "B-ORG", "L-ORG"])
    }

    @Test func symbolsAtTheEdgesOfAMentionAreTrimmed() {
        var document = Self.document([
            ("@", "B-PER"), ("anar_guliyev", "I-PER"), ("at", "O"), ("Apollo", "B-LOC"), ("11", "I-LOC"), ("-", "I-LOC"),
            ("#", "B-ORG"), ("-", "I-ORG"),
        ])
        let changes = CorpusConventions.normalize(&document)
        #expect(changes.trimmed == 3)
        #expect(document.gold.map(BILOU.name) == ["O", "U-PER", "O", "B-LOC", "L-LOC", "O", "O", "O"])
    }

    @Test func trailingFunctionWordsAreCutFromDecodedSpans() {
        let words = ["the", "University", "of", "Copenhagen", "from", "1893", "and", "Rask", "of"]
        let b = BILOU.label(type: 1, position: .begin), i = BILOU.label(type: 1, position: .inside)
        let l = BILOU.label(type: 1, position: .last), u = BILOU.label(type: 0, position: .unit)
        let bPER = BILOU.label(type: 0, position: .begin), lPER = BILOU.label(type: 0, position: .last)
        var labels: [UInt8] = [0, b, i, i, l, 0, u, bPER, lPER]
        SpanRepair.trimEnds(&labels, words: words, sentences: [0..<9])
        #expect(labels.map(BILOU.name) == ["O", "B-ORG", "I-ORG", "L-ORG", "O", "O", "O", "U-PER", "O"])
        var place: [UInt8] = [BILOU.label(type: 2, position: .begin), BILOU.label(type: 2, position: .last), 0, b, i, l]
        SpanRepair.trimEnds(&place, words: ["Washington", ",", "D.C.", "Acme", "Inc", "."], sentences: [0..<6])
        #expect(place.map(BILOU.name) == ["U-LOC", "O", "O", "B-ORG", "I-ORG", "L-ORG"])
    }

    @Test func aSpanEndsBeforeACommaThatOpensAnApposition() {
        // "Selamawit [Assefa, Director] General of …": the tagger ran the surname over the comma into the title.
        let words = ["Selamawit", "Assefa", ",", "Director", "General", "Berkeley", ",", "California"]
        let b = BILOU.label(type: 1, position: .begin), i = BILOU.label(type: 1, position: .inside)
        let l = BILOU.label(type: 1, position: .last), u = BILOU.label(type: 0, position: .unit)
        var labels: [UInt8] = [u, b, i, l, 0, b, i, l]
        SpanRepair.trimEnds(&labels, words: words, sentences: [0..<8])
        // a comma before a place's name is no apposition: "University of California, Berkeley" keeps its comma
        #expect(labels.map(BILOU.name) == ["U-PER", "U-ORG", "O", "O", "O", "B-ORG", "I-ORG", "L-ORG"])
        // "[Cairde Capital and chair of the New England Forum]": a second office after "and"; the name after it stays.
        let office = ["Cairde", "Capital", "and", "chair", "of", "the", "New", "England", "Forum"]
        var run: [UInt8] = [b] + Array(repeating: i, count: 7) + [l]
        SpanRepair.trimEnds(&run, words: office, sentences: [0..<9])
        #expect(run.map(BILOU.name) == ["B-ORG", "L-ORG", "O", "O", "O", "O", "B-ORG", "I-ORG", "L-ORG"])
        // A capitalized word after "and" opens no apposition: "Arts and Letters" is one name.
        var arts: [UInt8] = [b, i, l]
        SpanRepair.trimEnds(&arts, words: ["Arts", "and", "Letters"], sentences: [0..<3])
        #expect(arts.map(BILOU.name) == ["B-ORG", "I-ORG", "L-ORG"])
    }

    @Test func aSpanIsCutAtABracketItDoesNotPair() {
        // "… e [Asilo (Agency] for Integration": the tagger ran a name over the bracket into the translation.
        let b = BILOU.label(type: 1, position: .begin), i = BILOU.label(type: 1, position: .inside)
        let l = BILOU.label(type: 1, position: .last)
        var labels: [UInt8] = [b, i, l, 0, 0]
        SpanRepair.trimEnds(&labels, words: ["Asilo", "(", "Agency", "for", "Integration"], sentences: [0..<5])
        #expect(labels.map(BILOU.name) == ["U-ORG", "O", "U-ORG", "O", "O"])
        // A bracket the span closes is part of the name: "Crescent Textiles (Pvt) Ltd".
        var company: [UInt8] = [b, i, i, i, i, l]
        SpanRepair.trimEnds(&company, words: ["Crescent", "Textiles", "(", "Pvt", ")", "Ltd"], sentences: [0..<6])
        #expect(company.map(BILOU.name) == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "L-ORG"])
    }

    @Test func aNameNeverStartsOnATokenWithoutALetter() {
        let document = PreparedDocument(words: ["On", "08/16/2000", "Vienna", "-", "Baku"], sentences: [0..<5])
        let block = Features.localBlock(document)
        // every feature of every token votes for U-PER: only tokens with a letter may take it
        let uPER = BILOU.label(type: 0, position: .unit)
        let keys = Array(Set(block.keys)).sorted()
        var weights = [Float](repeating: 0, count: keys.count * BILOU.classCount)
        for r in keys.indices { weights[r * BILOU.classCount + Int(uPER)] = 1 }
        let labels = GreedyDecoder.decode(document, block: block, table: WeightTable(keys: keys, weights: weights))
        #expect(labels.map(BILOU.name) == ["U-PER", "O", "U-PER", "O", "U-PER"])
        #expect(BILOU.allowedAfter(Features.start, isLast: false, mayStart: false) == 1)
    }
}
