/// Splits text into paragraphs at blank lines.
enum Paragraphs {
    /// The paragraphs of `scalars`: blocks separated by one or more lines holding only white space
    /// (or by U+2029 PARAGRAPH SEPARATOR), each trimmed of surrounding white space.
    ///
    /// - Complexity: O(n).
    static func split(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        var lastContent = 0
        var lineHasContent = false
        for index in scalars.indices {
            let scalar = scalars[index]
            if ScalarClass.isLineBreak(scalar) {
                // "\r\n" is one line break: the "\r" counts as plain white space.
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
                if let open = start, !lineHasContent || scalar == "\u{2029}" {
                    result.append(open..<lastContent + 1)
                    start = nil
                }
                lineHasContent = false
            } else if !ScalarClass.isWhitespace(scalar) {
                if start == nil { start = index }
                lastContent = index
                lineHasContent = true
            }
        }
        if let open = start { result.append(open..<lastContent + 1) }
        return result
    }
}
