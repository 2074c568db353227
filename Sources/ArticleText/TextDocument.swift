/// An article body as Unicode scalars, with its paragraphs, tokens, sentences and dateline,
/// all computed once in `init`.
///
/// Every offset is a Unicode-scalar offset into `text` (what SQLite's `substr()` and Python's
/// `str` slicing count), never a `Character` or UTF-8 offset.
///
/// ```swift
/// let doc = TextDocument("BAKU, Azerbaijan, January 31. Mr. Aliyev's visit ended.")
/// doc.sentences.count                        // 2 (the dateline, then the sentence)
/// doc.string(doc.dateline!.placeRanges[0])   // "BAKU"
/// ```
public struct TextDocument: Sendable {
    /// The text as given.
    public let text: String
    /// `text` as Unicode scalars; every range of the document indexes into this array.
    public let scalars: [Unicode.Scalar]
    /// The tokens of all paragraphs, in order.
    public let tokens: [Token]
    /// The sentences, in order; every token belongs to exactly one.
    public let sentences: [Sentence]
    /// The paragraphs: blocks separated by blank lines, trimmed of surrounding white space.
    public let paragraphs: [Range<Int>]
    /// The dateline at the start of the text, if it opens with one.
    public let dateline: Dateline?

    /// Analyses `text`.
    ///
    /// - Complexity: O(n) in the number of scalars.
    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let paragraphs = Paragraphs.split(scalars)
        let tokenizer = Tokenizer(scalars: scalars)
        var draft: [Token] = []
        draft.reserveCapacity(scalars.count / 4)
        var paragraphTokens: [Range<Int>] = []
        for (index, range) in paragraphs.enumerated() {
            let start = draft.count
            tokenizer.tokenize(range, paragraph: index, into: &draft)
            paragraphTokens.append(start..<draft.count)
        }
        // The dateline opens the first paragraph, or the second after a headline: one short paragraph without a final
        // stop, and no byline ("By NAME").
        let headline = paragraphTokens.first.map { first in
            !first.isEmpty && first.count <= 25 && draft[first.lowerBound].text != "By" && first.last.map { !Self.sentenceStops.contains(draft[$0].text) } == true
        } == true
        let dateline = paragraphTokens.first.flatMap { DatelineParser(tokens: draft, paragraph: $0).parse() }
            ?? (headline && paragraphTokens.count > 1 ? DatelineParser(tokens: draft, paragraph: paragraphTokens[1]).parse() : nil)
        let sentenceTokens = SentenceSplitter(scalars: scalars, tokens: draft)
            .split(paragraphs: paragraphTokens, forcedBreakAfter: dateline?.lastToken)

        var tokens: [Token] = []
        tokens.reserveCapacity(draft.count)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(sentenceTokens.count)
        for (sentence, indices) in sentenceTokens.enumerated() {
            for index in indices { tokens.append(Token(draft[index], sentence: sentence)) }
            let first = draft[indices.lowerBound]
            let last = draft[indices.upperBound - 1]
            sentences.append(Sentence(range: first.range.lowerBound..<last.range.upperBound,
                                      tokens: indices, paragraph: first.paragraph))
        }
        self.text = text
        self.scalars = scalars
        self.paragraphs = paragraphs
        self.tokens = tokens
        self.sentences = sentences
        self.dateline = dateline?.dateline
    }

    /// Marks that end a sentence, so a paragraph ending in none of them may be a headline.
    private static let sentenceStops: WordSet = [".", "!", "?", "…", ":"]

    /// The text of `range` (scalar offsets, within `0...scalars.count`).
    public func string(_ range: Range<Int>) -> String {
        String(scalars, range)
    }

    /// The tokens of `sentence`.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> {
        tokens[sentence.tokens]
    }

    /// Whether a line break stands between token `index - 1` and token `index` (`index` ≥ 1).
    public func lineBreak(before index: Int) -> Bool {
        scalars[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains("\n")
    }
}
