/// Reads the dateline at the start of the first paragraph, over its tokens.
///
/// Grammar (tokens):
/// ```
/// dateline  := places ( "," date after-date | ","? agency terminator | DASH (agency DASH (date DASH)?)? )
/// places    := segment ( "," segment )*          segment: 1–6 capitalised words ("NEW YORK",
///                                                 "Frankfurt am Main"); the bare-dash form needs
///                                                 an all-caps first segment ("LONDON —")
/// date      := NUMERIC-DATE | MONTH DAY ("," YEAR)? | DAY MONTH YEAR?
/// after-date:= "." ("/" AGENCY "/" "."?)? | agency terminator? | "," AGENCY ("." | DASH) | DASH | ":" | end
/// agency    := "(" words ")" | "/" words "/"
/// ```
struct DatelineParser {
    let tokens: [Token]
    /// Token indices of the first paragraph.
    let paragraph: Range<Int>

    private static let connectors: WordSet = [
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "les", "am", "an", "im",
        "upon", "on", "al", "el", "en", "y", "of", "sur", "bin",
    ]
    private static let nonPlaceStarts: WordSet = ["By", "BY", "From", "FROM", "Written", "Photo", "Posted"]

    /// The dateline and the index of its last token, or nil when the paragraph does not open with one.
    func parse() -> (dateline: Dateline, lastToken: Int)? {
        var index = paragraph.lowerBound
        guard let first = segment(at: index), !Self.nonPlaceStarts.contains(tokens[index].text) else { return nil }
        let firstIsAllCaps = tokens[index..<first].allSatisfy { $0.isAllCaps || Self.connectors.contains($0.text) }
        var places = [span(index..<first)]
        index = first
        var sawDate = false
        while index < paragraph.upperBound, text(index) == "," {
            if let end = date(at: index + 1) {
                index = end
                sawDate = true
                break
            }
            // "NAIROBI, Kenya, (BUSINESS WIRE) --": the agency after the places' comma.
            if index + 1 < paragraph.upperBound, enclosedAgency(at: index + 1, open: "(", close: ")") != nil {
                index += 1
                break
            }
            guard places.count < 4, let end = segment(at: index + 1) else { return nil }
            // "SANTIAGO, Friday, May 16, 2025": the weekday before the date is no place.
            if !(end == index + 2 && WeekdayName.all.contains(text(index + 1).lowercased())) { places.append(span(index + 1..<end)) }
            index = end
        }

        var agency: Range<Int>?
        if sawDate {
            if index < paragraph.upperBound {
                if text(index) == "." {
                    index += 1
                    if let found = enclosedAgency(at: index, open: "/", close: "/") {
                        agency = found.range
                        index = terminator(at: found.end) ?? found.end
                    }
                } else if let found = enclosedAgency(at: index, open: "(", close: ")")
                            ?? enclosedAgency(at: index, open: "/", close: "/") {
                    agency = found.range
                    index = terminator(at: found.end) ?? found.end
                } else if let found = trailingAgency(at: index) {
                    agency = found.range
                    index = found.end
                } else if let end = terminator(at: index) {
                    index = end
                } else {
                    return nil
                }
            }
        } else {
            guard index < paragraph.upperBound else { return nil }
            if let found = enclosedAgency(at: index, open: "(", close: ")")
                ?? enclosedAgency(at: index, open: "/", close: "/") {
                guard let end = terminator(at: found.end) else { return nil }
                agency = found.range
                index = end
            } else if firstIsAllCaps, tokens[index].kind == .dash {
                index += 1
                // "DALLAS--(BUSINESS WIRE)--October 8, 2024--": a wire's agency, then its date, between dashes.
                if let found = enclosedAgency(at: index, open: "(", close: ")"), found.end < paragraph.upperBound, tokens[found.end].kind == .dash {
                    agency = found.range
                    index = found.end + 1
                    if let end = date(at: index), end < paragraph.upperBound, tokens[end].kind == .dash { index = end + 1 }
                }
            } else {
                return nil
            }
        }
        let range = tokens[paragraph.lowerBound].range.lowerBound..<tokens[index - 1].range.upperBound
        return (Dateline(range: range, placeRanges: places, agencyRange: agency), index - 1)
    }

    // MARK: - Pieces

    /// The end of a place segment starting at `start`: capitalised words, with lower-case
    /// connectors between them; never a month followed by a day ("May 12").
    private func segment(at start: Int) -> Int? {
        var index = start
        var end: Int?
        while index < paragraph.upperBound, index - start < 6 {
            let token = tokens[index]
            if isPlaceWord(index) {
                index += 1
                end = index
            } else if end != nil, token.kind == .word, Self.connectors.contains(token.text),
                      index + 1 < paragraph.upperBound, isPlaceWord(index + 1) {
                index += 1
            } else {
                break
            }
        }
        return end
    }

    private func isPlaceWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !Self.isDomainName(token.text) else { return false }
        if month(index) != nil, index + 1 < paragraph.upperBound, day(index + 1) != nil { return false }
        return true
    }

    /// "Agenda.ge", "NEWS.am": an outlet's domain name opening a credit line, never a place ("D.C.", "St." are none).
    private static func isDomainName(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty } && parts.last!.count >= 2
    }

    /// The end of a date starting at `start`.
    private func date(at start: Int) -> Int? {
        guard start < paragraph.upperBound else { return nil }
        if isNumericDate(tokens[start]) { return start + 1 }
        if month(start) != nil, start + 1 < paragraph.upperBound, day(start + 1) != nil {
            var end = start + 2
            if end + 1 < paragraph.upperBound, text(end) == ",", isYear(end + 1) { end += 2 }
            else if end < paragraph.upperBound, isYear(end) { end += 1 }
            return end
        }
        if day(start) != nil, start + 1 < paragraph.upperBound, month(start + 1) != nil {
            var end = start + 2
            if end < paragraph.upperBound, isYear(end) { end += 1 }
            else if end + 1 < paragraph.upperBound, text(end) == ",", isYear(end + 1) { end += 2 }
            return end
        }
        return nil
    }

    /// "(Anadolu)" or "/ARMENPRESS/": the inner name's scalar range and the index after the closer.
    private func enclosedAgency(at start: Int, open: String, close: String) -> (range: Range<Int>, end: Int)? {
        guard start < paragraph.upperBound, text(start) == open else { return nil }
        var index = start + 1
        while index < paragraph.upperBound, index - start <= 8 {
            if text(index) == close {
                guard index > start + 1 else { return nil }
                return (tokens[start + 1].range.lowerBound..<tokens[index - 1].range.upperBound, index + 1)
            }
            let token = tokens[index]
            if token.kind == .punctuation, ScalarClass.isTerminal(token.text.unicodeScalars.first!) { return nil }
            index += 1
        }
        return nil
    }

    /// ", ARKA." / ", ARMENPRESS –": an agency after a comma, then a period or dash.
    private func trailingAgency(at start: Int) -> (range: Range<Int>, end: Int)? {
        guard start < paragraph.upperBound, text(start) == "," else { return nil }
        var index = start + 1
        while index < paragraph.upperBound, index - start <= 3, tokens[index].kind == .word, tokens[index].isCapitalized {
            index += 1
        }
        guard index > start + 1, index < paragraph.upperBound,
              text(index) == "." || tokens[index].kind == .dash else { return nil }
        return (tokens[start + 1].range.lowerBound..<tokens[index - 1].range.upperBound, index + 1)
    }

    /// The index after a closing ".", ":" or dash at `index`.
    private func terminator(at index: Int) -> Int? {
        guard index < paragraph.upperBound else { return nil }
        let token = tokens[index]
        if token.kind == .dash || token.text == "." || token.text == ":" { return index + 1 }
        return nil
    }

    // MARK: - Token tests

    private func text(_ index: Int) -> String { tokens[index].text }

    private func span(_ indices: Range<Int>) -> Range<Int> {
        tokens[indices.lowerBound].range.lowerBound..<tokens[indices.upperBound - 1].range.upperBound
    }

    private func month(_ index: Int) -> Int? { TokenFacts(tokens[index]).month }

    private func day(_ index: Int) -> Int? { TokenFacts(tokens[index]).day }

    private func isYear(_ index: Int) -> Bool { TokenFacts(tokens[index]).fourDigits != nil }

    /// "28.11.2021", "14/07/2021", "2023-10-25".
    private func isNumericDate(_ token: Token) -> Bool { TokenFacts(token).numericDate != nil }
}
