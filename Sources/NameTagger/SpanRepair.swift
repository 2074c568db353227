import Lexicon

/// Repairs of decoded spans that no annotation convention allows.
enum SpanRepair {
    /// Lower-case function words: prepositions, conjunctions, articles, pronouns, auxiliaries. A name
    /// may hold one inside ("University of Copenhagen", "Bosnia and Herzegovina") but never ends on one.
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "for", "and", "or", "but", "nor", "in", "on", "at", "from", "to", "by", "with",
        "as", "into", "onto", "over", "under", "about", "after", "before", "since", "until", "during", "than",
        "via", "per", "that", "which", "who", "whom", "whose", "this", "these", "those", "his", "her", "its",
        "their", "our", "my", "your", "he", "she", "it", "they", "we", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
        "said", "says", "also", "not",
    ]

    /// True when a name may not end on `word`: a lower-case function word, or a token without letters
    /// or digits other than a period ("Washington ,", "Rome -"; "Inc ." keeps its period).
    static func mayNotEnd(_ word: String) -> Bool {
        if functionWords.contains(word) { return true }
        guard !word.isEmpty, word != "." else { return false }
        return !word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// True when the span's comma at `index` is followed by a role or title word, or its "and" by one in lower
    /// case: an apposition ("[Assefa, Director] General of …") or a second office ("[Cairde Capital and chair] of
    /// …"), which no name runs into.
    static func opensApposition(_ words: [String], at index: Int) -> Bool {
        guard index + 1 < words.count, words[index] == "," || words[index] == "and" else { return false }
        let next = words[index + 1]
        if words[index] == "and", next.unicodeScalars.first?.properties.isLowercase != true { return false }
        return !Lexicon.shared.categories(of: next).isDisjoint(with: [.role, .title])
    }

    /// Shortens every span of `labels` that ends on lower-case function words or punctuation to its
    /// last other token (re-encoding it as BILOU; a span made only of them becomes O), and cuts every span that
    /// runs into an apposition before it; the name after the apposition's role words and "of the" stays a span of
    /// the same type ("[Cairde Capital] and chair of the [New England Irish Business Forum]").
    static func trimEnds(_ labels: inout [UInt8], words: [String], sentences: [Range<Int>]) {
        for sentence in sentences {
            let spans = BILOU.spans(labels[sentence])
            var repaired: [(type: Int, range: Range<Int>)] = []
            var changed = false
            for span in spans {
                var pieces: [Range<Int>] = []
                var rest = span.range
                while let cut = rest.dropFirst().first(where: { opensApposition(words, at: $0) }) {
                    pieces.append(rest.lowerBound..<cut)
                    var resume = cut + 1
                    while resume < rest.upperBound, isInsideApposition(words[resume]) { resume += 1 }
                    rest = resume..<rest.upperBound
                }
                pieces.append(rest)
                if pieces.count > 1 { changed = true }
                for piece in pieces {
                    var upper = piece.upperBound
                    while upper > piece.lowerBound && mayNotEnd(words[upper - 1]) { upper -= 1 }
                    if upper != piece.upperBound { changed = true }
                    if upper > piece.lowerBound {
                        repaired.append((span.type, (piece.lowerBound - sentence.lowerBound)..<(upper - sentence.lowerBound)))
                    }
                }
            }
            if changed { labels.replaceSubrange(sentence, with: BILOU.encode(spans: repaired, count: sentence.count)) }
        }
    }

    /// A word of an apposition's role phrase: a role or title word, a word in lower case, punctuation.
    private static func isInsideApposition(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { return true }
        return first.properties.isLowercase || !Lexicon.shared.categories(of: word).isDisjoint(with: [.role, .title])
    }
}
