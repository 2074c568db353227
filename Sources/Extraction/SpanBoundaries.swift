import ArticleText

/// General boundary repairs after the tagger (EXTRACTION-NOTES: most remaining errors are boundaries).
///
/// - Titles and roles are not part of a name: "President Ilham Aliyev" → PERSON "Ilham Aliyev".
/// - An organisation name run on into a role and a person ("… in the UK Savash Marandli", "… ORG chairman
///   NAME") is cut into the ORG and the PERSON.
/// - Spans do not start with "the" or end with adverbs or lower-case words ("Nasirov also").
/// - A lone demonym ("Azerbaijani") is not a place or an organisation.
/// - A span inside a title-case heading line (no sentence punctuation, most words capitalized) is kept only
///   when it is longer than one word.
struct SpanBoundaries {
    let document: TextDocument
    let words: WordClasses

    func apply(to spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        for span in spans {
            for piece in splitRunOnOrganization(span) {
                if let trimmed = trim(piece), !isDemonymAlone(trimmed) {
                    result.append(trimmed)
                }
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private var tokens: [Token] { document.tokens }

    /// Drops leading determiners, titles and roles, and trailing words that cannot end a name.
    func trim(_ span: NameSpan) -> NameSpan? {
        var lower = span.tokens.lowerBound
        var upper = span.tokens.upperBound
        while lower < upper {
            let token = tokens[lower]
            let isThe = token.lower == "the"
            let isTitle = span.type == .person && (words.isRoleOrTitle(token) || token.kind == .punctuation)
            guard isThe || isTitle || token.kind == .punctuation || token.kind == .quote || token.kind == .dash else { break }
            lower += 1
        }
        while upper > lower {
            let token = tokens[upper - 1]
            let endsBadly = token.kind == .punctuation && token.text != ")" && token.text != "."
                || token.kind == .quote || token.kind == .dash
                || (token.kind == .word && !token.startsUpper && !(span.type == .org && words.isCollectiveNoun(token)))
                || words.isConnector(token) || token.text == "'s" || token.text == "’s"
            guard endsBadly else { break }
            upper -= 1
        }
        guard lower < upper else { return nil }
        return NameSpan(span.type, lower..<upper)
    }

    /// Cuts "ORG [role] Given Surname" into the ORG and a PERSON, at a role word or at a trailing person name.
    private func splitRunOnOrganization(_ span: NameSpan) -> [NameSpan] {
        guard span.type == .org, span.tokens.count >= 3 else { return [span] }
        // A role word inside the span followed by capitalized words to the end: ORG chairman NAME.
        for index in span.tokens.dropFirst() {
            let token = tokens[index]
            guard words.roleKey(token) != nil, index + 1 < span.tokens.upperBound else { continue }
            let rest = (index + 1)..<span.tokens.upperBound
            if rest.count <= 4, rest.allSatisfy({ words.isNameWord(tokens[$0]) }), looksLikePersonName(rest) {
                return [NameSpan(.org, span.tokens.lowerBound..<index), NameSpan(.person, rest)]
            }
        }
        // A person's name glued to the end: "… in the UK Savash Marandli".
        for nameLength in [3, 2] where span.tokens.count > nameLength + 1 {
            let rest = (span.tokens.upperBound - nameLength)..<span.tokens.upperBound
            let before = tokens[rest.lowerBound - 1]
            guard rest.allSatisfy({ words.isNameWord(tokens[$0]) }), looksLikePersonName(rest),
                  !words.isConnector(before), !words.isOrgHead(tokens[rest.upperBound - 1]) else { continue }
            return [NameSpan(.org, span.tokens.lowerBound..<rest.lowerBound), NameSpan(.person, rest)]
        }
        return [span]
    }

    /// Given name then surname-like words, none of them an organisation or place word.
    func looksLikePersonName(_ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound - 1]
        if range.contains(where: { words.isOrgHead(tokens[$0]) || words.isRoleOrTitle(tokens[$0]) }) { return false }
        let phrase = range.map { tokens[$0].text }.joined(separator: " ")
        if words.isPlacePhrase(phrase) { return false }
        if words.isDemonym(first) || words.isDemonym(last) || range.contains(where: { tokens[$0].isAcronymLike }) { return false }
        if words.isPlacePhrase(first.text) && !words.isGivenName(first) { return false }
        return words.isGivenName(first) || (words.isSurname(last) && !words.isPlacePhrase(last.text))
    }

    private func isDemonymAlone(_ span: NameSpan) -> Bool {
        guard span.type != .person, span.tokens.count == 1 else { return false }
        let token = tokens[span.tokens.lowerBound]
        return words.isDemonym(token) && !words.isPlacePhrase(token.text)
    }
}
