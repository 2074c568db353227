/// One token of a `TextDocument`: a word, number, punctuation mark, quotation mark, dash or symbol.
///
/// Offsets are Unicode-scalar offsets into the document text, so `document.string(token.range)`
/// equals `token.text`, and SQLite's `substr()` and Python's slicing agree with them.
///
/// ```swift
/// let doc = TextDocument("Aliyev's O'Brien")
/// doc.tokens.map(\.text)   // ["Aliyev", "'s", "O'Brien"]
/// ```
public struct Token: Hashable, Sendable {
    /// What kind of token this is.
    public enum Kind: Hashable, Sendable {
        /// Letters, possibly with digits, internal hyphens and apostrophes ("Egyptian-Azerbaijani",
        /// "O'Brien"), abbreviations with their period ("Mr.", "U.S."), the possessive "'s".
        case word
        /// Starts with a digit: "2024", "9-10", "12.05.2021", "1,200", "3.5", "3rd".
        case number
        /// Punctuation: ". , ; : ! ? ( ) [ ] /" and runs such as "...".
        case punctuation
        /// A quotation mark: straight, curly, guillemets, low-9 marks.
        case quote
        /// A dash between words: "–", "—", "--", a lone "-".
        case dash
        /// Anything else: currency, "%", "&", emoji, URLs and e-mail addresses.
        case symbol
    }

    /// Scalar offsets of the token in the document text.
    public let range: Range<Int>
    /// The token's text, exactly as written.
    public let text: String
    /// The token's kind.
    public let kind: Kind
    /// Index of the token's paragraph in `TextDocument.paragraphs`.
    public let paragraph: Int
    /// Index of the token's sentence in `TextDocument.sentences`.
    public let sentence: Int
    /// Whether the first scalar is an upper-case (or title-case) letter: "Baku", "BAKU", "Ölkə".
    public let isCapitalized: Bool
    /// Whether the token has cased letters and none of them is lower case: "BAKU", "U.S.", "CEC".
    public let isAllCaps: Bool
    /// `text` in lower case.
    public let lowercased: String

    init(range: Range<Int>, text: String, kind: Kind, paragraph: Int, sentence: Int,
         isCapitalized: Bool, isAllCaps: Bool) {
        self.range = range
        self.text = text
        self.kind = kind
        self.paragraph = paragraph
        self.sentence = sentence
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.lowercased = text.lowercased()
    }

    init(_ other: Token, sentence: Int) {
        self.range = other.range
        self.text = other.text
        self.kind = other.kind
        self.paragraph = other.paragraph
        self.sentence = sentence
        self.isCapitalized = other.isCapitalized
        self.isAllCaps = other.isAllCaps
        self.lowercased = other.lowercased
    }
}
