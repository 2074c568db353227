import Testing
@testable import NameTagger

@Suite("BILOU and decoding")
struct DecodingTests {
    @Test func validityTable() {
        let bPER = BILOU.label(type: 0, position: .begin), iPER = BILOU.label(type: 0, position: .inside)
        let lPER = BILOU.label(type: 0, position: .last), uLOC = BILOU.label(type: 2, position: .unit)
        let lORG = BILOU.label(type: 1, position: .last)
        #expect(BILOU.isValidSequence([bPER, iPER, lPER, uLOC, 0]))
        #expect(!BILOU.isValidSequence([bPER]))
        #expect(!BILOU.isValidSequence([iPER, lPER]))
        #expect(!BILOU.isValidSequence([bPER, lORG]))
        #expect(!BILOU.isValidSequence([bPER, 0, lPER]))
        #expect(BILOU.spans([0, bPER, lPER, uLOC][...]).map(\.range) == [1..<3, 3..<4])
    }

    @Test func encodeThenSpansRoundTrips() {
        let spans: [(type: Int, range: Range<Int>)] = [(1, 0..<3), (0, 3..<4), (2, 6..<8)]
        let labels = BILOU.encode(spans: spans, count: 9)
        #expect(BILOU.isValidSequence(labels))
        #expect(BILOU.spans(labels[...]).map { "\($0.type):\($0.range)" } == spans.map { "\($0.type):\($0.range)" })
    }

    /// Random weights for every feature a document produces: whatever the scores, greedy decoding with
    /// the BILOU constraints (and its span-closing repair) yields valid sequences.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func greedyDecodingIsAlwaysValid(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let vocabulary = ["Ali", "Aliyev", "of", "the", "Council", "in", "Baku", ".", "said", "Union", "\"", "Mr.", "NATO"]
        var words: [String] = []
        var sentences: [Range<Int>] = []
        for _ in 0..<6 {
            let length = 1 + Int(rng.next() % 12)
            sentences.append(words.count..<words.count + length)
            for _ in 0..<length { words.append(vocabulary[Int(rng.next() % UInt64(vocabulary.count))]) }
        }
        let document = PreparedDocument(words: words, sentences: sentences)
        let local = Features.localBlock(document)
        var keys = Set(local.keys)
        let h = UnsafeMutablePointer<UInt64>.allocate(capacity: Features.historyCount)
        defer { h.deallocate() }
        for p in 0...13 {
            for pp in 0...13 {
                for i in 0..<words.count {
                    Features.history(previous: UInt8(p), beforePrevious: UInt8(pp), token: document.contexts[i], into: h)
                    keys.formUnion((0..<Features.historyCount).map { h[$0] })
                }
            }
        }
        let sorted = keys.sorted()
        let weights = (0..<(sorted.count * BILOU.classCount)).map { _ in Float(Int(rng.next() % 2001) - 1000) / 100 }
        let table = WeightTable(keys: sorted, weights: weights)
        let labels = GreedyDecoder.decode(document, block: local, table: table)
        for sentence in sentences { #expect(BILOU.isValidSequence(Array(labels[sentence]))) }
        let tagger = NameTagger(model: TaggerModel(passes: [table, table]))
        let both = tagger.labels(document)
        for sentence in sentences { #expect(BILOU.isValidSequence(Array(both[sentence]))) }
    }
}
