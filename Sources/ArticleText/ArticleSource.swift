/// The result of reading one article file: its date header and its body.
///
/// Article files start with a header ` date YYYY-MM-DD ` that the dateline follows directly, on the
/// same line or the next:
///
/// ```swift
/// let source = ArticleSource.parse(" date 2024-01-31 BAKU, Azerbaijan, January 31. Text…")
/// source.date?.iso    // "2024-01-31"
/// source.body         // "BAKU, Azerbaijan, January 31. Text…"
/// ```
///
/// A file without the header is plain text: `body` is the whole text and `date` is nil.
public struct ArticleSource: Sendable {
    /// The article text after the header: what is stored and what every offset refers to.
    /// A leading byte-order mark is removed and CRLF / CR line ends become LF.
    public let body: String
    /// The date of the header line; nil when there is no header or it is malformed.
    public let date: ArticleDate?
    /// Why a header-like first line could not be read, e.g.
    /// `malformed date header ' date 2024-13-45 '`; nil when the header is fine or absent.
    public let headerProblem: String?

    /// Creates a source from already separated parts.
    public init(body: String, date: ArticleDate?, headerProblem: String?) {
        self.body = body
        self.date = date
        self.headerProblem = headerProblem
    }

    /// Reads an article file's text.
    ///
    /// The first line is a header when, after optional spaces, it starts with the word `date`
    /// followed by white space and a token that starts with a digit (or nothing). The header is
    /// that prefix plus the spaces after it; the body starts at the next non-white-space character.
    /// A header whose token is not a valid `YYYY-MM-DD` day is still removed from the body, and
    /// reported in `headerProblem`.
    ///
    /// - Complexity: O(n) in the length of `fileText`.
    public static func parse(_ fileText: String) -> ArticleSource {
        let text = normalizedScalars(fileText)
        guard let header = readHeader(text) else {
            return ArticleSource(body: String(text, 0..<text.count), date: nil, headerProblem: nil)
        }
        var bodyStart = header.end
        while bodyStart < text.count, ScalarClass.isWhitespace(text[bodyStart]) { bodyStart += 1 }
        let body = String(text, bodyStart..<text.count)
        if let date = ArticleDate(iso: String(text, header.token)) {
            return ArticleSource(body: body, date: date, headerProblem: nil)
        }
        let quoted = String(text, 0..<header.end)
        return ArticleSource(body: body, date: nil, headerProblem: "malformed date header '\(quoted)'")
    }

    /// The scalars of `text` without a leading BOM, with CRLF and CR turned into LF.
    private static func normalizedScalars(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if result.isEmpty && !previousWasCR && scalar == "\u{FEFF}" { continue }
            if scalar == "\r" {
                result.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.append(scalar)
        }
        return result
    }

    /// Locates ` date TOKEN ` at the start of `text`: the token's range and the end of the header
    /// (after the spaces or tabs that follow the token, before any line break).
    private static func readHeader(_ text: [Unicode.Scalar]) -> (token: Range<Int>, end: Int)? {
        var index = 0
        func skipBlanks() { while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 } }
        skipBlanks()
        for expected in "date".unicodeScalars {
            guard index < text.count, text[index] == expected else { return nil }
            index += 1
        }
        let afterKeyword = index
        skipBlanks()
        let tokenStart = index
        if index < text.count, !ScalarClass.isWhitespace(text[index]) {
            // "date" must be a word of its own, and the token must look like a date, not prose.
            guard index > afterKeyword, ScalarClass.isASCIIDigit(text[index]) else { return nil }
        } else if index < text.count, text[index] != "\n" {
            return nil
        }
        while index < text.count, !ScalarClass.isWhitespace(text[index]) { index += 1 }
        let token = tokenStart..<index
        skipBlanks()
        return (token, index)
    }
}
