import ArticleText

/// Person-name morphology and plural family names.
struct PersonNames {
    let document: TextDocument
    let words: WordClasses

    /// Surname endings common in transliterated names of the Caucasus, Central Asia, Turkey, Iran, Eastern Europe.
    static let surnameEndings = ["ov", "ova", "ev", "eva", "yev", "yeva", "li", "lu", "zade", "zadeh", "zoda", "yan", "ian", "enko",
                                 "uk", "yuk", "ski", "sky", "ska", "shvili", "dze", "oglu", "ogly", "kyzy", "in", "ina", "ovic", "evic", "ovich", "ich", "aite", "iene", "is", "as",
                                 "enka", "onak", "ić"]

    /// Lower-case words after a father's name that say "son of" / "daughter of" (Kyrgyz, Kazakh, Azerbaijani, Turkish).
    static let patronymicWords: WordSet = ["uulu", "kyzy", "uly", "qyzy", "ogly", "oglu", "gizi", "qizi", "kizi"]

    /// Endings that also end names of parliaments and other bodies ("Seimas", "Majlis", "Mazhilis"): weak evidence alone.
    static let weakSurnameEndings: WordSet = ["is", "as"]

    /// Whether a name is written family name first, as Korean and Cantonese names are in the press: a short
    /// first word, then a given name of two syllables joined by a hyphen, the second in lower case ("Park
    /// Soon-ja", "Ng Wai-man", "Lee Sang-woo").
    static func writesFamilyNameFirst(_ words: [String]) -> Bool {
        guard words.count == 2, let family = words.first, let given = words.last, !family.containsLiterally("-"), family.count <= 6,
              family.first?.isUppercase == true, given.first?.isUppercase == true,
              let hyphen = given.firstIndex(of: "-"), let second = given[given.index(after: hyphen)...].first else { return false }
        return second.isLowercase
    }

    /// - Parameter strongOnly: only the endings that few other words share ("-ov", "-shvili", "-yan").
    static func hasSurnameMorphology(_ word: String, strongOnly: Bool = false) -> Bool {
        guard word.count >= 4, word.first?.isUppercase == true else { return false }
        let lower = word.lowercased()
        return surnameEndings.contains {
            $0.count >= 2 && lower.hasSuffix($0) && lower.count > $0.count + 2 && !(strongOnly && weakSurnameEndings.contains($0))
        }
    }

    /// A plural family surname ("Mamedovs"): its singular stem, or nil.
    func familyStem(_ token: Token) -> String? {
        let text = token.text
        guard text.count >= 5, text.hasSuffix("s"), token.startsUpper else { return nil }
        let stem = String(text.dropLast())
        let lower = stem.lowercased()
        guard ["ov", "ev", "ova", "eva", "in", "ina", "yan", "ian", "li", "enko"].contains(where: { lower.hasSuffix($0) }) else { return nil }
        return stem
    }

    /// One person of a family span: the tokens naming them and their full name.
    struct Member {
        let tokens: Range<Int>
        let fullName: String
        let aliases: [String]
    }

    /// Splits "Ilgar and Peri Mamedovs" into "Ilgar Mamedov" and "Peri Mamedov"; nil when the span is no family.
    ///
    /// The given names may sit inside the span or just before it ("Ilgar and [Peri Mamedovs]").
    func familyMembers(_ span: NameSpan) -> [Member]? {
        let tokens = document.tokens
        let last = span.tokens.upperBound - 1
        guard let stem = familyStem(tokens[last]) else { return nil }
        var givenIndices = span.tokens.dropLast().filter { words.isNameWord(tokens[$0]) }
        var joined = span.tokens.contains { tokens[$0].lower == "and" }
        if span.tokens.lowerBound >= 2, tokens[span.tokens.lowerBound - 1].lower == "and",
           words.isNameWord(tokens[span.tokens.lowerBound - 2]) {
            givenIndices.insert(span.tokens.lowerBound - 2, at: 0)
            joined = true
        }
        // Only "and" makes a family: "Jaswinder Singh Bains" is one man.
        guard givenIndices.count >= 2, joined else { return nil }
        let plural = tokens[last].text
        return givenIndices.map { index in
            let given = tokens[index].text
            let range = index == givenIndices.last ? index..<(last + 1) : index..<(index + 1)
            return Member(tokens: range, fullName: "\(given) \(stem)", aliases: [given, "\(given) \(plural)"])
        }
    }
}
