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

    /// The words as written.
    func text(in document: TextDocument) -> String {
        document.string(range(in: document))
    }
}

extension Token {
    /// First scalar is an upper-case letter.
    var startsUpper: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Two or more letters, all upper case ("CEC", "UK", "BAKU").
    var isAcronymLike: Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "&" }
    }

    var lower: String { text.lowercased() }
}
