import ArticleText

/// A run of tokens named as one entity while the article is being analysed.
struct NameSpan: Hashable {
    var type: EntityType
    /// Token indices, half-open.
    var tokens: Range<Int>
    /// For a name that is part of one token ("Casablanca" of "Casablanca-based"), its scalar offsets.
    var part: Range<Int>?

    init(_ type: EntityType, _ tokens: Range<Int>, part: Range<Int>? = nil) {
        self.type = type
        self.tokens = tokens
        self.part = part
    }

    /// Scalar offsets in the document.
    func range(in document: TextDocument) -> Range<Int> {
        part ?? document.tokens[tokens.lowerBound].range.lowerBound..<document.tokens[tokens.upperBound - 1].range.upperBound
    }

    /// Per token of a document of `count` tokens, whether one of `spans` covers it.
    static func coverage(of spans: [NameSpan], tokenCount count: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: count)
        for span in spans { for index in span.tokens { covered[index] = true } }
        return covered
    }

    /// Whether the span overlaps `range` and reaches beyond it on either side.
    func spills(outOf range: Range<Int>) -> Bool {
        tokens.overlaps(range) && (tokens.lowerBound < range.lowerBound || tokens.upperBound > range.upperBound)
    }

    /// The words as written.
    func text(in document: TextDocument) -> String {
        document.string(range(in: document))
    }
}

extension Token {
    /// First scalar is an upper-case letter.
    var startsUpper: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return Self.isUppercase(first)
    }

    /// Two or more letters, all upper case ("CEC", "UK", "BAKU"), and nothing but letters, ".", "-", "&".
    var isAcronymLike: Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if Self.isAlphabetic(scalar) {
                guard Self.isUppercase(scalar) else { return false }
                letters += 1
            } else if scalar != "." && scalar != "-" && scalar != "&" {
                return false
            }
        }
        return letters >= 2
    }

    var lower: String { lowercased }

    /// The possessive "'s" / "\u{2019}s", which the tokenizer makes a token of its own.
    var isPossessiveS: Bool { text == "'s" || text == "\u{2019}s" }

    /// `properties.isUppercase`, ASCII read from the code (a test checks every ASCII scalar).
    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 0x41 && scalar.value <= 0x5A : scalar.properties.isUppercase
    }

    /// `properties.isAlphabetic`, ASCII read from the code (a test checks every ASCII scalar).
    @inline(__always) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
    }
}

extension Array where Element == Token {
    /// The apostrophe of a plural possessive inside a name at `index`, written right after a word in "s": "Parents'
    /// Committees", "Workers' Forum", "Seniors' Society".
    func isPluralPossessiveMark(at index: Int) -> Bool {
        index > 0 && (self[index].text == "'" || self[index].text == "\u{2019}") && self[index - 1].lower.hasSuffix("s")
            && self[index].range.lowerBound == self[index - 1].range.upperBound
    }
}
