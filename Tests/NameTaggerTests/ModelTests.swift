import ArticleText
import Foundation
import Testing
@testable import NameTagger

@Suite("Features and model format")
struct ModelTests {
    /// Feature keys must not depend on the process (Swift's `Hasher` is seeded per run): these values
    /// were computed once and must never change, or every saved model silently breaks.
    @Test func featureHashingIsDeterministic() {
        #expect(TokenInfo("Ragimov").word == TokenInfo("RAGIMOV").word)
        #expect(TokenInfo("Ragimov").word != TokenInfo("Ragimova").word)
        #expect(TokenInfo("Ragimov").word == Self.ragimovWord)
        #expect(FeatureHash.key(.word, TokenInfo("Baku").word) == Self.bakuWordKey)
        let document = PreparedDocument(words: ["Professor", "Yulduz", "Ragimov", "said", "."], sentences: [0..<5])
        let again = PreparedDocument(words: ["Professor", "Yulduz", "Ragimov", "said", "."], sentences: [0..<5])
        #expect(Features.localBlock(document).keys == Features.localBlock(again).keys)
        #expect(Features.localBlock(document).keys.count > 5 * 20)
    }

    static let ragimovWord: UInt64 = 1_127_608_345_763_505_236
    static let bakuWordKey: UInt64 = 12_446_031_556_523_728_060

    @Test func shapesAndFlags() {
        let info = TokenInfo("Rhine-Westphalia")
        #expect(info.isCapitalized && info.has(.hasHyphen) && info.has(.mixedCaps))
        #expect(TokenInfo("CEC").has(.allCaps))
        #expect(TokenInfo("J.").has(.initial))
        #expect(TokenInfo("Xxxxx").shape == TokenInfo("Abcdefgh").shape)  // runs cut at four
        #expect(TokenInfo("Xx").shortShape == TokenInfo("Abcdefgh").shortShape)
        #expect(TokenInfo("12.05").shortShape == TokenInfo("3.5").shortShape)
    }

    /// `TokenInfo` reads ASCII scalars by their code; every one must agree with its Unicode properties.
    @Test func asciiScalarFactsAgreeWithProperties() {
        for value in UInt8(0)...UInt8(0x7F) {
            let scalar = Unicode.Scalar(value)
            #expect(TokenInfo.ScalarFacts(scalar) == TokenInfo.ScalarFacts(properties: scalar), "\(value)")
        }
        // multi-scalar lower-case mappings ("İ" → "i̇") still come out whole
        #expect(TokenInfo("İstanbul").lower == Array("i\u{307}stanbul".unicodeScalars.map(\.value)))
        #expect(TokenInfo("ĞƏNCƏ").lower == Array("ğəncə".unicodeScalars.map(\.value)))
    }

    @Test func modelBytesRoundTrip() throws {
        let keys: [UInt64] = [0xDEAD_BEEF_0000_0001, 0x0123_4567_89AB_CDEF, 0xFFFF_FFFF_FFFF_FFFF]
        var weights = [Float](repeating: 0, count: keys.count * BILOU.classCount)
        weights[0] = 1.5; weights[5] = -0.25; weights[13] = 3000; weights[14] = -2; weights[38] = 0.01
        let table = WeightTable(keys: keys, weights: weights)
        let bytes = TaggerModel.serialize([table, table], threshold: 0.05)
        #expect(bytes == TaggerModel.serialize([table, table], threshold: 0.05))
        let model = try TaggerModel(bytes: bytes)
        for pass in model.passes {
            let first = pass.row(keys[0]), second = pass.row(keys[1])
            #expect(first >= 0 && second >= 0)
            #expect(abs(pass.weight(row: first, class: 0) - 1.5) < 0.02)
            #expect(abs(pass.weight(row: first, class: 5) + 0.25) < 0.01)
            #expect(abs(pass.weight(row: second, class: 0) - 3000) < 0.1)
            #expect(abs(pass.weight(row: second, class: 1) + 2) < 0.1)
            #expect(pass.row(keys[2]) == -1)  // only a weight below the threshold: pruned
            #expect(pass.row(0x1234) == -1)
        }
        #expect(throws: NameTaggerError.self) { try TaggerModel(bytes: Array(bytes.dropLast())) }
        #expect(throws: NameTaggerError.self) { try NameTagger(modelBytes: Array("not a model".utf8)) }
    }
}
