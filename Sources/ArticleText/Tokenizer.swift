/// Splits paragraphs into tokens, keeping scalar offsets.
///
/// Words keep internal hyphens and apostrophes; the possessive "'s" is a token of its own;
/// abbreviations and single capital initials keep their period; numbers keep internal
/// ". , : / -" between digits ("12.05.2021", "1,200", "9-10"); quotation marks, dashes and
/// punctuation are tokens of their own.
struct Tokenizer {
    let scalars: [Unicode.Scalar]

    /// Appends the tokens of `range` (one paragraph) to `tokens`, with `sentence` left at 0.
    func tokenize(_ range: Range<Int>, paragraph: Int, into tokens: inout [Token]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) {
                index += 1
                continue
            }
            let start = index
            if let urlEnd = urlEnd(at: index, limit: end) {
                emit(start..<urlEnd, .symbol, paragraph, &tokens)
                index = urlEnd
            } else if ScalarClass.isLetter(scalar) {
                index = word(at: index, limit: end, paragraph: paragraph, into: &tokens)
            } else if ScalarClass.isDigit(scalar) {
                index = number(at: index, limit: end)
                emit(start..<index, .number, paragraph, &tokens)
            } else if ScalarClass.isQuote(scalar) {
                index += 1
                emit(start..<index, .quote, paragraph, &tokens)
            } else if ScalarClass.isDash(scalar) {
                index += 1
                emit(start..<index, .dash, paragraph, &tokens)
            } else if ScalarClass.isWordHyphen(scalar) {
                // A hyphen outside a word: "--" or a lone "-" between spaces is a dash.
                index += 1
                while index < end, scalars[index] == "-" { index += 1 }
                emit(start..<index, .dash, paragraph, &tokens)
            } else if ScalarClass.isTerminal(scalar) {
                index += 1
                while index < end, ScalarClass.isTerminal(scalars[index]) { index += 1 }
                emit(start..<index, .punctuation, paragraph, &tokens)
            } else if ScalarClass.isPunctuation(scalar) {
                index += 1
                emit(start..<index, .punctuation, paragraph, &tokens)
            } else {
                index = symbolEnd(at: index, limit: end)
                emit(start..<index, .symbol, paragraph, &tokens)
            }
        }
    }

    // MARK: - Words

    /// Reads a word starting at `start` (a letter) and appends it, with a following possessive;
    /// returns the index after the last token appended.
    private func word(at start: Int, limit: Int, paragraph: Int, into tokens: inout [Token]) -> Int {
        if let end = initialismEnd(at: start, limit: limit) {
            emit(start..<end, .word, paragraph, &tokens)
            return end
        }
        var index = start + 1
        var hasUppercase = ScalarClass.isUppercase(scalars[start])
        while index < limit {
            let scalar = scalars[index]
            if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) || ScalarClass.isJoinerOrModifier(scalar) {
                if ScalarClass.isUppercase(scalar) { hasUppercase = true }
                index += 1
                continue
            }
            guard index + 1 < limit else { break }
            let next = scalars[index + 1]
            if ScalarClass.isWordHyphen(scalar) {
                // "mid-October", "early-2020", "pre-1990" leave the date apart.
                if ScalarClass.isUppercase(next) || ScalarClass.isDigit(next), isDatePrefix(start..<index) { break }
                if ScalarClass.isLetter(next) {
                    index += 2
                    continue
                }
                // "COVID-19", "Su-27" stay whole.
                if ScalarClass.isDigit(next), hasUppercase {
                    index += 2
                    continue
                }
                break
            }
            if ScalarClass.isApostrophe(scalar), ScalarClass.isLetter(next) {
                if isPossessive(at: index, limit: limit) { break }
                index += 2
                continue
            }
            if scalar == ".", ScalarClass.isLowercase(next), ScalarClass.isLetter(scalars[index - 1]) {
                // "Report.az", "trend.az": a domain-like word.
                index += 2
                continue
            }
            if scalar == ".", ScalarClass.isUppercase(next), index - start >= 2, let end = capitalizedDomainEnd(after: index, limit: limit) {
                // "Day.Az", "Caliber.Az": an outlet's domain name written with a capital.
                index = end
                continue
            }
            if scalar == "/", ScalarClass.isUppercase(next), let end = acronymPairEnd(start: start, slash: index, limit: limit) {
                // "RFE/RL": two acronyms joined by a slash are one name.
                index = end
                continue
            }
            if scalar == "@", ScalarClass.isLetter(next) || ScalarClass.isDigit(next) {
                let end = trimmedNonWhitespaceEnd(from: index, limit: limit)
                emit(start..<end, .symbol, paragraph, &tokens)
                return end
            }
            break
        }
        if index < limit, scalars[index] == ".", isAbbreviation(start..<index) {
            index += 1
        }
        emit(start..<index, .word, paragraph, &tokens)
        // The possessive "'s" / "’s", and the bare apostrophe of a plural possessive ("members' hall").
        if index < limit, ScalarClass.isApostrophe(scalars[index]) {
            if isPossessive(at: index, limit: limit) {
                emit(index..<index + 2, .word, paragraph, &tokens)
                return index + 2
            }
            if isPluralPossessive(at: index, limit: limit) {
                emit(index..<index + 1, .word, paragraph, &tokens)
                return index + 1
            }
        }
        return index
    }

    /// "'s" at `index` followed by a non-word scalar.
    private func isPossessive(at index: Int, limit: Int) -> Bool {
        guard index + 1 < limit, scalars[index + 1] == "s" || scalars[index + 1] == "S" else { return false }
        return index + 2 >= limit || !isWordScalar(scalars[index + 2])
    }

    /// An apostrophe after a word ending in "s", followed by a space and a lower-case word or a
    /// digit: "the members' hall".
    private func isPluralPossessive(at index: Int, limit: Int) -> Bool {
        let before = scalars[index - 1]
        guard before == "s" || before == "S", index + 2 < limit, scalars[index + 1] == " " else { return false }
        let after = scalars[index + 2]
        return ScalarClass.isLowercase(after) || ScalarClass.isDigit(after)
    }

    private func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(s) || ScalarClass.isDigit(s) || ScalarClass.isMark(s)
    }

    /// The end of "RFE/RL" when the letters from `start` to the slash and those after it are two runs of at least two
    /// capitals, and no letter follows.
    private func acronymPairEnd(start: Int, slash: Int, limit: Int) -> Int? {
        guard slash - start >= 2, (start..<slash).allSatisfy({ ScalarClass.isUppercase(scalars[$0]) }) else { return nil }
        var end = slash + 1
        while end < limit, ScalarClass.isUppercase(scalars[end]) { end += 1 }
        guard end - slash - 1 >= 2, end >= limit || !ScalarClass.isLetter(scalars[end]) && !ScalarClass.isDigit(scalars[end]) else { return nil }
        return end
    }

    /// "U.S.", "e.g.", "a.m.": single letters each followed by a period, at least two of them.
    private func initialismEnd(at start: Int, limit: Int) -> Int? {
        var index = start
        var letters = 0
        while index + 1 < limit, ScalarClass.isLetter(scalars[index]), scalars[index + 1] == "." {
            letters += 1
            index += 2
        }
        return letters >= 2 ? index : nil
    }

    private func isAbbreviation(_ range: Range<Int>) -> Bool {
        if range.count == 1 { return ScalarClass.isUppercase(scalars[range.lowerBound]) }
        guard range.count <= 7 else { return false }
        let word = string(range)
        return Abbreviations.strong.contains(word) || Abbreviations.weak.contains(word)
    }

    private func isDatePrefix(_ range: Range<Int>) -> Bool {
        guard range.count <= 5 else { return false }
        switch string(range).lowercased() {
        case "mid", "pre", "post", "late", "early": return true
        default: return false
        }
    }

    // MARK: - Numbers

    /// The end of a number starting at `start` (a digit): digits with internal ". , : / -",
    /// a letter suffix ("3rd", "1990s"), and lower-case hyphenated continuations ("30-year-old").
    private func number(at start: Int, limit: Int) -> Int {
        var index = start + 1
        while index < limit {
            let scalar = scalars[index]
            if ScalarClass.isDigit(scalar) || ScalarClass.isLetter(scalar) || ScalarClass.isMark(scalar) {
                index += 1
                continue
            }
            guard index + 1 < limit else { break }
            let next = scalars[index + 1]
            switch scalar {
            case ".", ",", ":", "/":
                if ScalarClass.isDigit(next), ScalarClass.isDigit(scalars[index - 1]) {
                    index += 2
                    continue
                }
            case "-", "\u{2010}", "\u{2011}":
                if ScalarClass.isDigit(next) || ScalarClass.isLowercase(next) {
                    index += 2
                    continue
                }
            default:
                break
            }
            break
        }
        return index
    }

    // MARK: - URLs, e-mail, symbols

    /// Country and generic domain endings the press writes with a capital in outlets' names ("Day.Az").
    static let capitalizedDomains: WordSet = ["Az", "AZ", "Ru", "RU", "Ge", "GE", "Kz", "KZ", "Uz", "UZ", "Am", "AM", "Ua", "UA", "Com", "Net", "Info", "Org"]

    /// The end of a capitalized domain ending after the period at `dot`, when one follows and no letter after it.
    private func capitalizedDomainEnd(after dot: Int, limit: Int) -> Int? {
        var end = dot + 1
        while end < limit, ScalarClass.isLetter(scalars[end]), end - dot <= 5 { end += 1 }
        guard end == limit || !ScalarClass.isLetter(scalars[end]) && !ScalarClass.isDigit(scalars[end]),
              Self.capitalizedDomains.contains(String(String.UnicodeScalarView(scalars[(dot + 1)..<end]))) else { return nil }
        return end
    }

    private func urlEnd(at start: Int, limit: Int) -> Int? {
        let first = scalars[start].value | 0x20
        guard first == 0x68 || first == 0x77 else { return nil }  // "h" or "w", either case
        func matches(_ prefix: String) -> Bool {
            var index = start
            for expected in prefix.utf8 {
                guard index < limit else { return false }
                var value = scalars[index].value
                if value >= 0x41 && value <= 0x5A { value |= 0x20 }
                guard value == UInt32(expected) else { return false }
                index += 1
            }
            return index < limit && !ScalarClass.isWhitespace(scalars[index])
        }
        guard matches("http://") || matches("https://") || matches("www.") else { return nil }
        return trimmedNonWhitespaceEnd(from: start, limit: limit)
    }

    /// The end of the non-white-space run from `start`, without trailing punctuation and quotes.
    private func trimmedNonWhitespaceEnd(from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, !ScalarClass.isWhitespace(scalars[end]) { end += 1 }
        while end > start + 1 {
            let last = scalars[end - 1]
            guard ScalarClass.isTerminal(last) || ScalarClass.isQuote(last) || ScalarClass.isClosingBracket(last)
                || last == "," || last == ";" || last == ":" else { break }
            end -= 1
        }
        return end
    }

    /// A symbol with its modifiers: "€", "%", "👍🏽", "👨‍👩‍👧", "🇦🇿".
    private func symbolEnd(at start: Int, limit: Int) -> Int {
        var index = start + 1
        let isRegionalIndicator = { (s: Unicode.Scalar) in (0x1F1E6...0x1F1FF).contains(s.value) }
        if isRegionalIndicator(scalars[start]), index < limit, isRegionalIndicator(scalars[index]) {
            index += 1
        }
        while index < limit {
            let scalar = scalars[index]
            if scalar == "\u{200D}", index + 1 < limit, !ScalarClass.isWhitespace(scalars[index + 1]) {
                index += 2
            } else if ScalarClass.isJoinerOrModifier(scalar) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    // MARK: - Output

    private func string(_ range: Range<Int>) -> String {
        String(scalars, range)
    }

    private func emit(_ range: Range<Int>, _ kind: Token.Kind, _ paragraph: Int, _ tokens: inout [Token]) {
        var hasCased = false
        var hasLower = false
        for scalar in scalars[range] {
            if ScalarClass.isLowercase(scalar) {
                hasLower = true
                hasCased = true
            } else if ScalarClass.isUppercase(scalar) {
                hasCased = true
            }
        }
        let first = scalars[range.lowerBound]
        let capitalized = kind == .word && ScalarClass.isUppercase(first)
        tokens.append(Token(range: range, text: string(range), kind: kind, paragraph: paragraph, sentence: 0,
                            isCapitalized: capitalized, isAllCaps: kind == .word && hasCased && !hasLower))
    }
}
