import Testing
@testable import ArticleText

/// `containsLiterally(_:)`: the byte search the extractor uses instead of Foundation's `contains(_:)`.
@Suite struct LiteralSearchTests {
    @Test func findsOneByteAndLongerNeedlesAnywhere() {
        #expect("Abu-Bakr".containsLiterally("-"))
        #expect(!"Abu Bakr".containsLiterally("-"))
        #expect(" union of azerbaijanis ".containsLiterally(" azerbaijanis "))
        #expect(" union of azerbaijanis ".containsLiterally(" union "))
        #expect(!" union of azerbaijanis ".containsLiterally(" azerbaijan "))
        #expect("ab".containsLiterally(""))
        #expect(!"a".containsLiterally("ab"))
        #expect("aaab".containsLiterally("aab"))  // a partial match does not skip the next start
        #expect("x-y".containsLiterally("-y") && !"x-y".containsLiterally("-z"))  // needle at the very end
    }

    @Test func comparesScalarsBeyondASCIIAndSubstrings() {
        #expect("\"“”«»„‟".containsLiterally("«"))
        #expect(!"\"“”«»„‟".containsLiterally("‹"))
        let text = "Ilgar Məmmədov said"
        let middle = text.dropFirst(6).prefix(8)
        #expect(middle.containsLiterally("məd"))
        #expect(text.containsLiterally(middle))
        #expect(!text.containsLiterally("Mammadov"))
    }
}
