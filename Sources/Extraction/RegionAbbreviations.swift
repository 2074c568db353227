import ArticleText
import Lexicon

/// A state or province written as the press abbreviates it after a place and a comma: "GLENDALE, Calif.",
/// "BRAMPTON, Ont.", "Fresno, CA", "Watertown, Mass., on Monday". The abbreviation is a PLACE mention
/// (the guidelines count it, with the region's full name as an alias); elsewhere such forms are words
/// ("Mass", "Miss") and are left alone.
enum RegionAbbreviations {
    static func add(to spans: [NameSpan], document: TextDocument, lexicon: Lexicon) -> [NameSpan] {
        let tokens = document.tokens
        var result = spans
        for index in tokens.indices.dropFirst(2) where tokens[index].kind == .word && tokens[index].startsUpper {
            guard tokens[index - 1].text == ",", tokens[index - 1].sentence == tokens[index].sentence,
                  spans.contains(where: { $0.type == .place && $0.tokens.upperBound == index - 1 }),
                  region(at: index, in: tokens, lexicon: lexicon) != nil,
                  !spans.contains(where: { $0.type != .place && $0.tokens.contains(index) }) else { continue }
            result.removeAll { $0.tokens.contains(index) }
            result.append(NameSpan(.place, index..<(index + 1)))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The region token `index` abbreviates, with the period after it when the tokenizer split it off.
    static func region(at index: Int, in tokens: [Token], lexicon: Lexicon) -> GeoPlace? {
        let token = tokens[index]
        if let place = lexicon.region(abbreviated: token.text) { return place }
        guard index + 1 < tokens.count, tokens[index + 1].text == ".",
              tokens[index + 1].range.lowerBound == token.range.upperBound else { return nil }
        return lexicon.region(abbreviated: token.text + ".")
    }
}
