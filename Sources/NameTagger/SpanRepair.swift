import ArticleText
import Lexicon

/// Repairs of decoded spans that no annotation convention allows.
enum SpanRepair {
    /// Lower-case function words: prepositions, conjunctions, articles, pronouns, auxiliaries. A name
    /// may hold one inside ("University of Copenhagen", "Bosnia and Herzegovina") but never ends on one.
    static let functionWords: WordSet = [
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
    /// last other token, and one that starts on lower-case function words to its first other token ("[for
    /// Integration]"; re-encoding it as BILOU; a span made only of them becomes O), cuts every span at a bracket
    /// it does not pair, and cuts every span that runs into an apposition before it; the name after the apposition's role words and "of the" stays a span of
    /// the same type ("[Cairde Capital] and chair of the [New England Irish Business Forum]").
    static func trimEnds(_ labels: inout [UInt8], words: [String], sentences: [Range<Int>]) {
        for sentence in sentences {
            let spans = BILOU.spans(labels[sentence])
            var repaired: [(type: Int, range: Range<Int>)] = []
            var changed = false
            for span in spans {
                var pieces: [Range<Int>] = []
                var rest = span.range
                while let cut = rest.first(where: { isUnpairedBracket(words, at: $0, in: span.range) }) {
                    if cut > rest.lowerBound { pieces.append(rest.lowerBound..<cut) }
                    rest = (cut + 1)..<rest.upperBound
                }
                while let cut = rest.dropFirst().first(where: { opensApposition(words, at: $0) }) {
                    pieces.append(rest.lowerBound..<cut)
                    var resume = cut + 1
                    while resume < rest.upperBound, isInsideApposition(words[resume]) { resume += 1 }
                    rest = resume..<rest.upperBound
                }
                pieces.append(rest)
                if pieces.count > 1 { changed = true }
                for piece in pieces {
                    var lower = piece.lowerBound, upper = piece.upperBound
                    while upper > lower && mayNotEnd(words[upper - 1]) { upper -= 1 }
                    if lower != piece.lowerBound || upper != piece.upperBound { changed = true }
                    if upper > lower {
                        repaired.append((span.type, (lower - sentence.lowerBound)..<(upper - sentence.lowerBound)))
                    }
                }
            }
            if changed { labels.replaceSubrange(sentence, with: BILOU.encode(spans: repaired, count: sentence.count)) }
        }
    }

    /// True when `words[index]` is a bracket that `span` does not close or open in turn: "[Asilo (Agency]" is two
    /// names' pieces, "[Crescent Textiles (Pvt) Ltd]" one name.
    static func isUnpairedBracket(_ words: [String], at index: Int, in span: Range<Int>) -> Bool {
        switch words[index] {
        case "(": return !words[(index + 1)..<span.upperBound].contains(")")
        case ")": return !words[span.lowerBound..<index].contains("(")
        default: return false
        }
    }

    /// A word of an apposition's role phrase: a role or title word, a word in lower case, punctuation.
    private static func isInsideApposition(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { return true }
        return first.properties.isLowercase || !Lexicon.shared.categories(of: word).isDisjoint(with: [.role, .title])
    }
}
