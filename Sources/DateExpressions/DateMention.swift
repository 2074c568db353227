/// A date expression found in a document, with its normalized value.
///
/// Both ends of a range ("Nov. 9-10, 2001") are separate mentions that share the range of the
/// whole expression.
public struct DateMention: Hashable, Sendable {
    /// Scalar offsets of the expression in the document text.
    public let range: Range<Int>
    /// The expression as written, e.g. "Nov. 9-10, 2001".
    public let text: String
    /// The normalized value, e.g. 2001-11-09.
    public let value: CalendarValue

    /// Creates a mention.
    public init(range: Range<Int>, text: String, value: CalendarValue) {
        self.range = range
        self.text = text
        self.value = value
    }
}
