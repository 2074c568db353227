/// Groups the tokens of each paragraph into sentences.
///
/// A sentence ends at ". ! ?" (with any closing quotes or brackets right after it) when white
/// space and a capitalised word, a digit, a quotation mark or an opening bracket follow; at the end
/// of a paragraph; after the dateline; after a headline-like line. It does not end after the
/// abbreviations of `Abbreviations.strong`, and ends after weak abbreviations and initials only
/// before a typical sentence starter ("… Ltd. The company …").
struct SentenceSplitter {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    /// The sentences as ranges of token indices, in order; `forcedBreakAfter` is a token index
    /// after which a sentence always ends (the last token of the dateline).
    func split(paragraphs: [Range<Int>], forcedBreakAfter: Int?) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for paragraph in paragraphs where !paragraph.isEmpty {
            var sentenceStart = paragraph.lowerBound
            var lineStart = paragraph.lowerBound
            var index = paragraph.lowerBound
            while index < paragraph.upperBound {
                var last = index
                var ends = false
                if index == forcedBreakAfter {
                    ends = true
                } else if isTerminal(tokens[index]) {
                    while last + 1 < paragraph.upperBound, isClosing(tokens[last + 1]), gap(last) == 0 {
                        last += 1
                    }
                    ends = last + 1 < paragraph.upperBound && gap(last) > 0 && startsSentence(tokens[last + 1])
                } else if let strength = abbreviationStrength(tokens[index]), strength == .weak,
                          index + 1 < paragraph.upperBound, gap(index) > 0 {
                    ends = Abbreviations.sentenceStarters.contains(tokens[index + 1].text)
                } else if index + 1 < paragraph.upperBound, gapHasLineBreak(index) {
                    ends = lineStart == sentenceStart
                        && isHeadline(lineStart...index)
                        && startsSentence(tokens[index + 1])
                }
                let lineBreakAfter = last + 1 < paragraph.upperBound && gapHasLineBreak(last)
                if ends {
                    result.append(sentenceStart..<last + 1)
                    sentenceStart = last + 1
                    // A headline must fill its line: after a break in mid-line, wait for the next line.
                    lineStart = lineBreakAfter ? last + 1 : -1
                } else if lineBreakAfter {
                    lineStart = last + 1
                }
                index = last + 1
            }
            if sentenceStart < paragraph.upperBound {
                result.append(sentenceStart..<paragraph.upperBound)
            }
        }
        return result
    }

    // MARK: - Token tests

    enum Strength { case strong, weak }

    /// Whether a word token is an abbreviation (it ends with its period), and how strongly it binds.
    func abbreviationStrength(_ token: Token) -> Strength? {
        guard token.kind == .word, token.range.count > 1, scalars[token.range.upperBound - 1] == "." else { return nil }
        if Abbreviations.strongInitialisms.contains(token.text) { return .strong }
        if Abbreviations.strong.contains(String(token.text.dropLast())) { return .strong }
        return .weak
    }

    private func isTerminal(_ token: Token) -> Bool {
        token.kind == .punctuation && ScalarClass.isTerminal(scalars[token.range.lowerBound])
    }

    private func isClosing(_ token: Token) -> Bool {
        token.kind == .quote || (token.kind == .punctuation && ScalarClass.isClosingBracket(scalars[token.range.lowerBound]))
    }

    private func startsSentence(_ token: Token) -> Bool {
        let first = scalars[token.range.lowerBound]
        switch token.kind {
        case .quote: return true
        case .number: return true
        case .word: return ScalarClass.isUppercase(first) || ScalarClass.isUncasedLetter(first)
        case .punctuation: return ScalarClass.isOpeningBracket(first)
        case .dash, .symbol: return false
        }
    }

    /// Scalars of white space between token `index` and the next one.
    private func gap(_ index: Int) -> Int {
        tokens[index + 1].range.lowerBound - tokens[index].range.upperBound
    }

    private func gapHasLineBreak(_ index: Int) -> Bool {
        scalars[tokens[index].range.upperBound..<tokens[index + 1].range.lowerBound].contains(where: ScalarClass.isLineBreak)
    }

    private static let continuationWords: WordSet = [
        "and", "or", "of", "the", "a", "an", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that",
    ]

    /// A short line without sentence punctuation that does not end mid-phrase: a headline.
    private func isHeadline(_ line: ClosedRange<Int>) -> Bool {
        guard line.count <= 20 else { return false }
        if line.contains(where: { isTerminal(tokens[$0]) }) { return false }
        let last = tokens[line.upperBound]
        switch last.kind {
        case .word: return !Self.continuationWords.contains(last.lowercased)
        case .number, .quote, .symbol: return true
        case .punctuation: return ScalarClass.isClosingBracket(scalars[last.range.lowerBound])
        case .dash: return false
        }
    }
}
