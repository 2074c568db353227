import ArticleText

/// Places written inside hyphenated words: "Casablanca-based", "Tallinn-born", "Armenia-Azerbaijan
/// talks", "Brazil-Lebanon ties". Each part that is a known place becomes a PLACE mention of that part
/// alone (the guidelines count places in compounds); a word inside another name ("Brazil-Lebanon
/// Business Council") is left to that name, and a tagged place splits only into countries.
enum CompoundPlaces {
    /// Second parts that make the first a place of origin or seat.
    private static let suffixes: WordSet = ["based", "born", "bound", "headquartered", "registered", "led", "backed", "funded", "owned", "made"]

    /// A U.S. legislator's party and home written as the press writes it, after "(" or ",": "(D-MO)", ", D-Calif.,",
    /// ", R-Morris,", ", D-Fall River,": a party letter, a hyphen and up to three capitalized words before "," or ")".
    /// The words after the hyphen are a PLACE (the span covers the tokens, its part the place's offsets); nil for
    /// anything else.
    private static func partyAndHome(at index: Int, in tokens: [Token]) -> NameSpan? {
        let token = tokens[index]
        var scalars = token.text.unicodeScalars.makeIterator()
        guard index > 0, ["(", ","].contains(tokens[index - 1].text), let party = scalars.next(), ["D", "R", "I"].contains(party),
              scalars.next() == "-", let first = scalars.next(), first.properties.isUppercase else { return nil }
        var end = index + 1
        while end < tokens.count, end - index < 3, tokens[end].sentence == token.sentence, tokens[end].kind == .word, tokens[end].startsUpper { end += 1 }
        if end < tokens.count, tokens[end].text == ".", tokens[end].range.lowerBound == tokens[end - 1].range.upperBound { end += 1 }
        guard end == tokens.count || [",", ")"].contains(tokens[end].text) || tokens[end].sentence != token.sentence else { return nil }
        return NameSpan(.place, index..<end, part: (token.range.lowerBound + 2)..<tokens[end - 1].range.upperBound)
    }

    /// "Bahir Dar-born", "Rio de Janeiro-based": a known place of several words whose last word carries the
    /// suffix, as a PLACE over its words up to the hyphen.
    private static func placeOfSeveralWords(endingIn index: Int, document: TextDocument, words: WordClasses) -> NameSpan? {
        let token = document.tokens[index]
        guard let hyphen = token.text.lastIndex(of: "-"), suffixes.contains(token.text[token.text.index(after: hyphen)...].lowercased()) else { return nil }
        let lastWord = String(token.text[..<hyphen])
        guard !lastWord.containsLiterally("-"), !lastWord.isEmpty else { return nil }
        for start in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            let before = document.tokens[start..<index]
            guard before.allSatisfy({ $0.kind == .word && $0.sentence == token.sentence }) else { return nil }
            guard before.first?.startsUpper == true else { continue }
            let phrase = (before.map(\.text) + [lastWord]).joined(separator: " ")
            if words.isPlacePhrase(phrase) {
                let begin = document.tokens[start].range.lowerBound
                return NameSpan(.place, start..<(index + 1), part: begin..<(token.range.lowerBound + lastWord.unicodeScalars.count))
            }
        }
        return nil
    }

    static func add(to spans: [NameSpan], document: TextDocument, words: WordClasses) -> [NameSpan] {
        var result = spans
        // (the byte test first: a hyphen Character always has the byte, and most words have neither)
        for (index, token) in document.tokens.enumerated()
        where token.kind == .word && token.text.containsLiterally("-") {
            // Untagged, or a PLACE of exactly this word ("Brazil-Lebanon" ties), which its parts replace.
            let covering = spans.filter { $0.tokens.contains(index) }
            if let home = partyAndHome(at: index, in: document.tokens) {
                // "(D-MO)", ", D-Fall River,": the party letter is no name; the state or town is a place.
                result.removeAll { $0.tokens.overlaps(home.tokens) }
                result.append(home)
                continue
            }
            if let place = placeOfSeveralWords(endingIn: index, document: document, words: words) {
                // "Bahir Dar-born": the place's first words stand before the hyphenated word.
                result.removeAll { $0.tokens.overlaps(place.tokens) }
                result.append(place)
                continue
            }
            let taggedWhole = covering.count == 1 && covering[0].type == .place && covering[0].tokens.count == 1
            guard covering.isEmpty || taggedWhole else { continue }
            let parts = token.text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            // A hyphenated name that is itself a known place ("Charlottenburg-Wilmersdorf") stays whole.
            guard parts.count >= 2, let last = parts.last, !words.isPlacePhrase(token.text) else { continue }
            let isPlace = { (part: String) in part.first?.isUppercase == true && words.isPlacePhrase(part) && words.lexicon.demonymCountries(part).isEmpty }
            // A tagged place splits only into countries ("Brazil-Lebanon"); "Charlottenburg-Wilmersdorf" is one district.
            let isCountry = { (part: String) in words.lexicon.places(named: part).contains { $0.kind == .country } }
            guard suffixes.contains(last.lowercased()) || (taggedWhole ? parts.allSatisfy(isCountry) : parts.allSatisfy(isPlace)) else { continue }
            // "By Maria Ventura-Hale": after a given name that names no place, the word is a double surname.
            if !suffixes.contains(last.lowercased()), index > 0, document.tokens[index - 1].sentence == token.sentence,
               document.tokens[index - 1].startsUpper, words.isGivenName(document.tokens[index - 1]),
               !words.isPlacePhrase(document.tokens[index - 1].text) { continue }
            result.removeAll { $0.tokens == index..<(index + 1) && $0.part == nil }
            var offset = token.range.lowerBound
            for part in parts {
                let length = part.unicodeScalars.count
                if isPlace(part) { result.append(NameSpan(.place, index..<(index + 1), part: offset..<(offset + length))) }
                offset += length + 1
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
