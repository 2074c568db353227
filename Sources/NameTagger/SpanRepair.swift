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

    /// Shortens every span of `labels` that ends on lower-case function words or punctuation to its
    /// last other token (re-encoding it as BILOU); a span made only of them becomes O.
    static func trimTrailingFunctionWords(_ labels: inout [UInt8], words: [String], sentences: [Range<Int>]) {
        for sentence in sentences {
            let spans = BILOU.spans(labels[sentence])
            var repaired: [(type: Int, range: Range<Int>)] = []
            var changed = false
            for span in spans {
                var upper = span.range.upperBound
                while upper > span.range.lowerBound && mayNotEnd(words[upper - 1]) { upper -= 1 }
                if upper != span.range.upperBound { changed = true }
                if upper > span.range.lowerBound {
                    repaired.append((span.type, (span.range.lowerBound - sentence.lowerBound)..<(upper - sentence.lowerBound)))
                }
            }
            if changed { labels.replaceSubrange(sentence, with: BILOU.encode(spans: repaired, count: sentence.count)) }
        }
    }
}
