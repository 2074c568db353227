import Testing
@testable import Lexicon

/// Lookups fold ASCII phrases themselves; the result must be exactly `NameKey.make`'s.
@Suite struct KeyFoldingTests {
    private func asciiKey(_ phrase: String) -> String {
        var phrase = phrase
        return phrase.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { buffer in
                let key = Lexicon.asciiNameKey(utf8, into: buffer)
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[key]), as: UTF8.self)
            }
        }
    }

    @Test(arguments: ["", " ", "---", "Baku", "  The  UK ", "the", "The", "the ", "THE UK", "The-Hague",
                      "the the x", "O'Brien", "rock`n`roll", "Secretary - General", "U.S.", "COP29",
                      "Frankfurt am Main", "x", "A & B", "theatre", "the9", "#1 (a/b)", "\t tab\n"])
    func edgeCases(phrase: String) {
        #expect(asciiKey(phrase) == NameKey.unicodeKey(phrase))
        #expect(NameKey.make(phrase) == NameKey.unicodeKey(phrase))
    }

    @Test func everyAsciiCharacterFoldsAsTheUnicodePathDoes() {
        for value in 0..<128 {
            let phrase = "The a\(Character(Unicode.Scalar(UInt8(value))))b C"
            #expect(NameKey.make(phrase) == NameKey.unicodeKey(phrase), "byte \(value)")
        }
    }

    @Test func everyAsciiPlaceNameAndKeyFoldsLikeNameKey() throws {
        let file = try LexiconFile(bytes: Lexicon.embeddedFileContents())
        var checked = 0
        try file.forEachRow(of: file.section("place"), minimumFields: 9) { fields in
            let name = file.string(fields[7])
            if name.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(asciiKey(name) == NameKey.make(name), "\(name)")
                checked += 1
            }
        }
        for key in Lexicon.shared.keys where key.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(asciiKey(key) == NameKey.make(key))
            checked += 1
        }
        #expect(checked > 150_000)
    }

    @Test func randomAsciiStringsFoldLikeNameKey() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ09 '`-.,&()tThHeEUS\t".utf8)
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let phrase = String(decoding: bytes, as: UTF8.self)
            #expect(asciiKey(phrase) == NameKey.make(phrase), "\(phrase.debugDescription)")
            var copy = phrase
            let fast = copy.withUTF8 { Lexicon.isWrittenInCapitals(ascii: $0) }
            #expect(fast == Lexicon.isWrittenInCapitals(phrase), "\(phrase.debugDescription)")
        }
    }
}
