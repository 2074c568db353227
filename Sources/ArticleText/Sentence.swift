/// One sentence of a `TextDocument`.
///
/// A sentence never crosses a paragraph; a dateline and a headline line are sentences of their own.
public struct Sentence: Hashable, Sendable {
    /// Scalar offsets from the start of the first token to the end of the last one.
    public let range: Range<Int>
    /// Indices into `TextDocument.tokens`.
    public let tokens: Range<Int>
    /// Index of the sentence's paragraph in `TextDocument.paragraphs`.
    public let paragraph: Int
}
