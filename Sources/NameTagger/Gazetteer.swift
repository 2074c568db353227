internal import Lexicon

/// Gazetteer membership of token n-grams, from `Lexicon`.
///
/// For every category the n-grams of a sentence are matched longest first, left to right, and each
/// token records its position (B, I, L, U) in the match: bit `category × 4 + position` of its mark.
enum Gazetteer {
    /// The categories used as features; the index in this list is part of the model format.
    static let categories: [LexiconCategory] = [
        .place, .country, .region, .city, .demonym, .givenName, .surname,
        .orgHead, .role, .title, .placeType, .knownOrganization, .legalForm,
    ]
    static let roleIndex = 8, titleIndex = 9, orgHeadIndex = 7, givenNameIndex = 5

    /// Categories matched whatever the case (roles and titles are written in lower case too). The other
    /// categories match only when the n-gram starts with a capital letter or a digit, so that "said",
    /// "may" or "will" are not read as names.
    static let caseless: LexiconCategory = [.role, .title]

    /// Tokens that may appear inside a gazetteer phrase although they have no letters or digits.
    static let innerPunctuation: Set<UInt32> = [0x2E, 0x2D, 0x26, 0x27, 0x2019, 0x2013]

    static var maxPhraseTokens: Int { max(1, min(8, Lexicon.shared.maxPhraseTokens)) }

    /// Marks for tokens `sentence` of a document.
    static func marks(words: [String], infos: [TokenInfo], sentence: Range<Int>, into marks: inout [UInt64]) {
        let maxLength = maxPhraseTokens
        let lexicon = Lexicon.shared
        let n = sentence.count
        guard n > 0 else { return }
        // categories[start][length - 1]
        var found = [LexiconCategory](repeating: [], count: n * maxLength)
        var lookup = PhraseLookup(lexicon: lexicon)
        for offset in 0..<n {
            let start = sentence.lowerBound + offset
            guard infos[start].has(.hasLetter) else { continue }
            let capitalized = infos[start].isCapitalized || infos[start].has(.hasDigit)
            lookup.reset()
            for length in 1...maxLength {
                let end = start + length - 1
                guard end < sentence.upperBound else { break }
                let info = infos[end]
                if info.has(.noAlphanumeric) {
                    guard info.lower.count == 1, innerPunctuation.contains(info.lower[0]) else { break }
                }
                // no longer phrase is in the lexicon: their categories are all empty
                guard lookup.extend(with: words[end]) else { break }
                var categories = lookup.categories()
                if !capitalized { categories.formIntersection(caseless) }
                // a phrase must not end on a connector ("Bosnia and"): only full matches count, and the
                // lexicon holds full names, so nothing more to check here.
                found[offset * maxLength + length - 1] = categories
            }
        }
        for (k, category) in categories.enumerated() {
            var offset = 0
            while offset < n {
                var best = 0
                for length in stride(from: min(maxLength, n - offset), through: 1, by: -1)
                where found[offset * maxLength + length - 1].contains(category) {
                    best = length
                    break
                }
                if best == 0 {
                    offset += 1
                    continue
                }
                let base = UInt64(k * 4)
                let first = sentence.lowerBound + offset
                if best == 1 {
                    marks[first] |= 1 << (base + 3)
                } else {
                    marks[first] |= 1 << base
                    for t in first + 1..<first + best - 1 { marks[t] |= 1 << (base + 1) }
                    marks[first + best - 1] |= 1 << (base + 2)
                }
                offset += best
            }
        }
    }

    /// A few bits summarizing a token's marks: given name, surname, organisation head, place, role or
    /// title, demonym, known organisation, legal form; and capitalization.
    static func summary(_ mark: UInt64, capitalized: Bool) -> UInt64 {
        var bits: UInt64 = capitalized ? 1 << 8 : 0
        if has(mark, 5) { bits |= 1 }
        if has(mark, 6) { bits |= 2 }
        if has(mark, orgHeadIndex) { bits |= 4 }
        if has(mark, 0) || has(mark, 1) || has(mark, 2) || has(mark, 3) { bits |= 8 }
        if has(mark, roleIndex) || has(mark, titleIndex) { bits |= 16 }
        if has(mark, 4) { bits |= 32 }
        if has(mark, 11) { bits |= 64 }
        if has(mark, 12) { bits |= 128 }
        return bits
    }

    /// True when the mark has category `k` in any position.
    @inline(__always) static func has(_ mark: UInt64, _ k: Int) -> Bool { (mark >> UInt64(k * 4)) & 0xF != 0 }

    /// True when category `k` ends at this token (position L or U).
    @inline(__always) static func ends(_ mark: UInt64, _ k: Int) -> Bool { (mark >> UInt64(k * 4)) & 0xC != 0 }
}
