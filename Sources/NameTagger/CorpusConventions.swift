internal import Lexicon

/// Makes the training corpora follow one annotation convention, the one newsdex and UNER use.
///
/// The corpora disagree on nationalities: UNER, GUM, Wikigold and CrossNER leave demonyms and
/// nationality adjectives out of PER/ORG/LOC (O, or MISC which the reader maps to O), while the
/// Broad Twitter Corpus and parts of WNUT-17 tag them as places ("Australian troops", "Iraqi forces",
/// "Russian media" as LOC). Trained on both, the tagger learns to call "Australian" a place. A mention
/// whose whole text is a demonym, and not also a place or a known organisation, becomes O.
///
/// They also disagree on symbols at the edges of a mention: BTC splits "@user" into "@" "user" and
/// tags both, the others tag names only. A mention starts with a token that has a letter and ends
/// with one that has a letter or digit ("Apollo 11"); tokens outside that are trimmed off. (The
/// decoder never starts a name on a token without a letter.)
enum CorpusConventions {
    /// Relabels the mentions of `document` that break the convention; returns how many were dropped
    /// (nationalities) and how many were trimmed.
    @discardableResult
    static func normalize(_ document: inout LabeledDocument) -> (dropped: Int, trimmed: Int) {
        var dropped = 0, trimmed = 0
        for sentence in document.sentences {
            var spans: [(type: Int, range: Range<Int>)] = []
            var changed = false
            for span in BILOU.spans(document.gold[sentence]) {
                var lower = span.range.lowerBound, upper = span.range.upperBound
                while lower < upper && !mayStart(document.words[lower]) { lower += 1 }
                while upper > lower && !mayEnd(document.words[upper - 1]) { upper -= 1 }
                if lower..<upper != span.range {
                    changed = true
                    trimmed += 1
                }
                if lower == upper { continue }
                if isNationality(document.words[lower..<upper]) {
                    changed = true
                    dropped += 1
                    continue
                }
                spans.append((span.type, (lower - sentence.lowerBound)..<(upper - sentence.lowerBound)))
            }
            if changed {
                document.gold.replaceSubrange(sentence, with: BILOU.encode(spans: spans, count: sentence.count))
            }
        }
        return (dropped, trimmed)
    }

    static func mayStart(_ word: String) -> Bool { word.unicodeScalars.contains { $0.properties.isAlphabetic } }

    static func mayEnd(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// True when the words are a demonym ("Australian", "South Koreans") that names no place and no
    /// organisation.
    static func isNationality(_ words: ArraySlice<String>) -> Bool {
        guard !words.isEmpty, words.count <= 3 else { return false }
        let categories = Lexicon.shared.categories(of: words.joined(separator: " "))
        return categories.contains(.demonym) && categories.isDisjoint(with: [.place, .country, .region, .city, .knownOrganization])
    }
}
