import Testing
@testable import Lexicon

/// `PhraseLookup` must give exactly `categories(of:)` of the joined tokens, and stop growing a phrase
/// only when that phrase and every longer one are unknown.
@Suite struct PhraseLookupTests {
    let lexicon = Lexicon.shared

    /// Checks every growing prefix of `tokens` against `categories(of:)`.
    private func check(_ tokens: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        var lookup = PhraseLookup(lexicon: lexicon)
        var stopped = false
        for length in 1...tokens.count {
            let phrase = tokens[..<length].joined(separator: " ")
            let expected = lexicon.categories(of: phrase)
            if !stopped { stopped = !lookup.extend(with: tokens[length - 1]) }
            if stopped {
                #expect(expected == [], "\(phrase.debugDescription) is known, but the lookup stopped", sourceLocation: sourceLocation)
            } else {
                #expect(lookup.categories() == expected, "\(phrase.debugDescription)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func everyMultiWordKeyIsFoundWordByWord() {
        var checked = 0
        for key in lexicon.keys where key.contains(" ") && key.utf8.allSatisfy({ $0 < 0x80 }) {
            let words = key.split(separator: " ").map(String.init)
            check(words)
            check(["The"] + words.map { $0.prefix(1).uppercased() + $0.dropFirst() })
            check(words.map { $0.uppercased() })
            checked += 1
        }
        #expect(checked > 10_000)
    }

    @Test(arguments: [
        ["New", "York", "City", "Council"], ["the", "United", "Kingdom"], ["The", "the", "Hague"],
        ["THE", "UK"], ["THE", "&", "UK"], ["U.S.", "Army"], ["Bosnia", "and", "Herzegovina"],
        ["Bosnia", "&", "Herzegovina"], ["Secretary", "-", "General"], ["Rhine-Westphalia"],
        ["North", "Rhine", "-", "Westphalia"], ["Frankfurt", "am", "Main"], ["Baku", "'", "s"],
        ["O'Brien", "said"], ["São", "Paulo"], ["Sao", "Paulo"], ["New", "São", "Paulo"], ["İstanbul", "University"],
        ["Azerbaijan", "’", "s"], ["Coca", "–", "Cola"], ["the"], ["The", "."], ["-", "-"], ["COP29", "Baku"],
        ["Ministry", "of", "Foreign", "Affairs", "of", "Azerbaijan"], ["US", "State", "Department"],
    ])
    func growingPhrases(tokens: [String]) {
        check(tokens)
    }

    @Test func randomTokenSequences() {
        var generator = SystemRandomNumberGenerator()
        let vocabulary = ["New", "new", "NEW", "York", "YORK", "City", "the", "The", "THE", "of", "and", "&", "-", ".",
                          "'", "’", "–", "United", "States", "Kingdom", "US", "U.S.", "UK", "Republic", "Azerbaijan",
                          "Baku", "State", "University", "Association", "Ministry", "Foreign", "Affairs", "Bosnia",
                          "Herzegovina", "Sea", "Black", "Caspian", "São", "Paulo", "North", "Rhine", "Westphalia",
                          "Rhine-Westphalia", "Saint", "St.", "Petersburg", "Los", "Angeles", "Council", "Europe", "of"]
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...6, using: &generator)
            check((0..<count).map { _ in vocabulary.randomElement(using: &generator)! })
        }
    }
}
