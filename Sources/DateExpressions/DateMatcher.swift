import ArticleText

/// A date expression matched over tokens: one value, or the two ends of a range.
struct DateCandidate {
    /// Token indices of the whole expression.
    var tokens: Range<Int>
    /// One value, or the two ends of a range.
    var values: [PartialDate]
}

/// Finds date expressions in a token sequence, left to right, longest form first.
///
/// Forms: numeric dates (`2024-02-07`, `07.02.2024`, `07/02/2024`); `Month D, YYYY`;
/// `D Month YYYY`; `Month D` and `D Month` (no year); `the Dth of Month`; `Month YYYY`;
/// ranges `Month D-D`, `Month D to/and/– D`, `D-D Month`, `D and/to/– D Month`, lists `D, D and D Month` (each with an
/// optional year), `Month and/to Month YYYY`; a full month name alone (`in September`), "May" and "March" only
/// right after a time preposition (`in March`; so "may" the verb and "the March for Peace" never do);
/// a bare year in a year context (`in 2020`, `since 2009`, `mid-2020`, `the 2026 elections`).
struct DateMatcher {
    let tokens: [Token]
    let facts: [TokenFacts]

    init(tokens: [Token]) {
        self.tokens = tokens
        self.facts = tokens.map(TokenFacts.init)
    }

    /// All candidates, in text order.
    func candidates() -> [DateCandidate] {
        var result: [DateCandidate] = []
        var index = 0
        while index < tokens.count {
            let found = match(at: index)
            if found.isEmpty {
                index += 1
            } else {
                result.append(contentsOf: found)
                index = found.last!.tokens.upperBound
            }
        }
        return result
    }

    // MARK: - Forms

    private func match(at start: Int) -> [DateCandidate] {
        let fact = facts[start]
        if let date = fact.numericDate {
            return [DateCandidate(tokens: start..<start + 1, values: [date])]
        }
        if let month = fact.month {
            if let found = monthFirst(month, at: start) ?? bareMonth(month, at: start) { return [found] }
            return []
        }
        if fact.day != nil || fact.dayRange != nil, let found = dayFirst(at: start) { return [found] }
        if let day = fact.ordinalWord, let found = ofMonth(day: day, at: start) { return [found] }
        if fact.fourDigits != nil || fact.yearRange != nil { return bareYears(at: start) }
        return []
    }

    /// "March 3", "March 3, 2024", "March 3-5", "March 3 and 4, 2024", "March 2024", "May of 2020", "March 3/2024".
    private func monthFirst(_ month: Int, at start: Int) -> DateCandidate? {
        let next = start + 1
        guard let after = fact(next, sameSentenceAs: start) else { return nil }
        // "between May and September 2019": two months sharing the year written after the second.
        if isRangeConnector(next, sentence: start), let second = fact(next + 1, sameSentenceAs: start)?.month,
           let year = fact(next + 2, sameSentenceAs: start)?.fourDigits, (1000...2999).contains(year), !isQuantityNoun(next + 3) {
            return DateCandidate(tokens: start..<next + 3, values: [PartialDate(year: year, month: month), PartialDate(year: year, month: second)])
        }
        if let (first, second) = after.dayRange {
            let (year, end) = optionalYear(at: next + 1, sentence: start)
            return DateCandidate(tokens: start..<end, values: [
                PartialDate(year: year, month: month, day: first), PartialDate(year: year, month: month, day: second),
            ])
        }
        if let (day, year) = after.dayAndYear, (1000...2999).contains(year) {
            return DateCandidate(tokens: start..<next + 1, values: [PartialDate(year: year, month: month, day: day)])
        }
        if let day = after.day {
            if isRangeConnector(next + 1, sentence: start), let second = fact(next + 2, sameSentenceAs: start)?.day,
               second > day, fact(next + 3, sameSentenceAs: start)?.month == nil, !isQuantityNoun(next + 3) {
                let (year, end) = optionalYear(at: next + 3, sentence: start)
                return DateCandidate(tokens: start..<end, values: [
                    PartialDate(year: year, month: month, day: day), PartialDate(year: year, month: month, day: second),
                ])
            }
            let (year, end) = optionalYear(at: next + 1, sentence: start)
            if year == nil, isQuantityNoun(next + 1), !isDatePreposition(start - 1) { return nil }
            return DateCandidate(tokens: start..<end, values: [PartialDate(year: year, month: month, day: day)])
        }
        if let year = after.fourDigits, (1000...2999).contains(year), !isQuantityNoun(next + 1) {
            return DateCandidate(tokens: start..<next + 1, values: [PartialDate(year: year, month: month)])
        }
        if tokens[next].lowercased == "of", let year = fact(next + 1, sameSentenceAs: start)?.fourDigits,
           (1000...2999).contains(year) {
            return DateCandidate(tokens: start..<next + 2, values: [PartialDate(year: year, month: month)])
        }
        return nil
    }

    /// "in September", "since early January": a full month name alone, "May" and "March" (a verb and a noun
    /// too) only right after a time preposition, never an abbreviation. Before a capitalised word ("June Carter")
    /// only after a preposition; never after a capitalised word of its sentence ("Black January").
    private func bareMonth(_ month: Int, at start: Int) -> DateCandidate? {
        let token = tokens[start]
        guard Self.fullMonthNames.contains(token.lowercased) || isPlainMonthAfterPreposition(start) else { return nil }
        if start + 1 < tokens.count, tokens[start + 1].sentence == token.sentence, tokens[start + 1].isCapitalized,
           !(start >= 1 && Self.monthPrepositions.contains(tokens[start - 1].lowercased)) {
            return nil
        }
        // "Black January", "Red October": a capitalised word right before the month, inside its sentence, names an event.
        // ("Last January, …" opens a sentence and stays a date.)
        if start >= 2, tokens[start - 1].sentence == token.sentence, tokens[start - 2].sentence == token.sentence,
           tokens[start - 1].isCapitalized, tokens[start - 1].kind == .word, !Self.monthPrepositions.contains(tokens[start - 1].lowercased) {
            return nil
        }
        return DateCandidate(tokens: start..<start + 1, values: [PartialDate(year: nil, month: month)])
    }

    /// "in March", "by May", "the end of May": the two month names that are also words count alone only capitalised,
    /// right after a time preposition (or "of" after a part of a time) and before no other capitalised word ("in March
    /// for Peace" is a name), or after "for" at the end of a clause ("is planned for May.").
    private func isPlainMonthAfterPreposition(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isCapitalized, ["may", "march"].contains(token.lowercased), index >= 1, tokens[index - 1].sentence == token.sentence
        else { return false }
        let closesClause = index + 1 == tokens.count || tokens[index + 1].sentence != token.sentence || tokens[index + 1].kind == .punctuation
        // "planned for May.": after "for" only where the clause ends ("for May's help" is a person's).
        if tokens[index - 1].lowercased == "for" { return closesClause }
        // "at the end of May", "the beginning of March": "of" after a part of a time.
        let isPartOf = tokens[index - 1].lowercased == "of" && index >= 2 && Self.partsOfTime.contains(tokens[index - 2].lowercased)
        guard Self.monthOnlyPrepositions.contains(tokens[index - 1].lowercased) || isPartOf else { return false }
        if closesClause { return true }
        return !(tokens[index + 1].isCapitalized && tokens[index + 1].kind == .word)
    }

    /// "3 March", "3 March 2024", "9-10 November", "15 and 16 May", "3 to 5 March 2024", "the 27th of September".
    private func dayFirst(at start: Int) -> DateCandidate? {
        let fact = facts[start]
        if let (first, second) = fact.dayRange {
            guard let month = self.fact(start + 1, sameSentenceAs: start)?.month else { return nil }
            return dayMonth([first, second], month: month, tokens: start, monthIndex: start + 1)
        }
        guard let day = fact.day else { return nil }
        // "4, 11 and 18 September 2025": a list of days before the month.
        var days = [day], index = start + 1
        while index + 1 < tokens.count, tokens[index].text == ",", let next = self.fact(index + 1, sameSentenceAs: start)?.day, next > days.last! {
            days.append(next)
            index += 2
        }
        if days.count > 1, index < tokens.count, tokens[index].lowercased == "and", let last = self.fact(index + 1, sameSentenceAs: start)?.day,
           last > days.last!, let month = self.fact(index + 2, sameSentenceAs: start)?.month {
            return dayMonth(days + [last], month: month, tokens: start, monthIndex: index + 2)
        }
        if isRangeConnector(start + 1, sentence: start), let second = self.fact(start + 2, sameSentenceAs: start)?.day,
           second > day, let month = self.fact(start + 3, sameSentenceAs: start)?.month {
            return dayMonth([day, second], month: month, tokens: start, monthIndex: start + 3)
        }
        if let month = self.fact(start + 1, sameSentenceAs: start)?.month {
            return dayMonth([day], month: month, tokens: start, monthIndex: start + 1)
        }
        // "the 12th and 13th of July"
        if fact.isOrdinal, isRangeConnector(start + 1, sentence: start), let second = self.fact(start + 2, sameSentenceAs: start),
           second.isOrdinal, let secondDay = second.day, secondDay > day, start + 3 < tokens.count, tokens[start + 3].lowercased == "of",
           let month = self.fact(start + 4, sameSentenceAs: start)?.month {
            return dayMonth([day, secondDay], month: month, tokens: start, monthIndex: start + 4)
        }
        if fact.isOrdinal { return ofMonth(day: day, at: start) ?? dayAlone(day, at: start) }
        return nil
    }

    /// "on the 24th": a day of the month the article's date implies, only after "on/by/until/from/since
    /// the" and before the end of the clause, so "the 41st Youth Cup" and "the 24th anniversary" are not.
    private func dayAlone(_ day: Int, at start: Int) -> DateCandidate? {
        guard start >= 2, tokens[start - 1].lowercased == "the", tokens[start - 2].sentence == tokens[start].sentence,
              ["on", "by", "until", "till", "from", "since"].contains(tokens[start - 2].lowercased) else { return nil }
        if start + 1 < tokens.count, tokens[start + 1].sentence == tokens[start].sentence {
            let next = tokens[start + 1]
            guard next.kind == .punctuation || ["when", "and", "at", "in", "as"].contains(next.lowercased) else { return nil }
        }
        return DateCandidate(tokens: start..<start + 1, values: [PartialDate(day: day)])
    }

    /// Days before a month word, with an optional year after it; not a street ("28 May Street").
    private func dayMonth(_ days: [Int], month: Int, tokens start: Int, monthIndex: Int) -> DateCandidate? {
        let (year, end) = optionalYear(at: monthIndex + 1, sentence: start)
        if year == nil, monthIndex + 1 < tokens.count, Self.streetWords.contains(tokens[monthIndex + 1].lowercased) {
            return nil
        }
        return DateCandidate(tokens: start..<end, values: days.map { PartialDate(year: year, month: month, day: $0) })
    }

    /// "27th of September 2023", "eighth of November": an ordinal, "of", a month, an optional year.
    private func ofMonth(day: Int, at start: Int) -> DateCandidate? {
        guard start + 2 < tokens.count, tokens[start + 1].lowercased == "of",
              let month = fact(start + 2, sameSentenceAs: start)?.month else { return nil }
        let (year, end) = optionalYear(at: start + 3, sentence: start)
        return DateCandidate(tokens: start..<end, values: [PartialDate(year: year, month: month, day: day)])
    }

    /// A year standing alone, accepted only in a year context: after in / since / until / by / from /
    /// of / early / late / mid / during / before / after / between / "the year", or opening a
    /// past-tense sentence before a comma. A following "to/and/– YYYY" is a second year.
    private func bareYears(at start: Int) -> [DateCandidate] {
        let fact = facts[start]
        guard hasYearContext(start), !isOtherEra(start + 1) else { return [] }
        if let (first, second) = fact.yearRange {
            guard Self.plausibleYears.contains(first), Self.plausibleYears.contains(second) else { return [] }
            return [DateCandidate(tokens: start..<start + 1, values: [PartialDate(year: first), PartialDate(year: second)])]
        }
        // "in 2019 elections" is a year; "in 1500 villages" is not: early years are checked harder.
        guard let year = fact.fourDigits, !isQuantityNoun(start + 1) || isAttributiveYear(start),
              Self.plausibleYears.contains(year)
                || (Self.earlyYears.contains(year) && (hasPrepositionBefore(start) || isAttributiveYear(start)) && !isPluralNoun(start + 1)
                    && !isCountRange(from: start))
        else { return [] }
        // "between 1845 and 1852": a second early year after an early one, unless a count follows ("between 1500 and 1800 people").
        let secondYears = Self.plausibleYears.contains(year) ? Self.plausibleYears : Self.earlyYears.lowerBound...Self.plausibleYears.upperBound
        var result = [DateCandidate(tokens: start..<start + 1, values: [PartialDate(year: year)])]
        if isRangeConnector(start + 1, sentence: start), let second = self.fact(start + 2, sameSentenceAs: start)?.fourDigits,
           secondYears.contains(second), second > year, !isQuantityNoun(start + 3), !isPluralNoun(start + 3) || Self.plausibleYears.contains(year) {
            result.append(DateCandidate(tokens: start + 2..<start + 3, values: [PartialDate(year: second)]))
        }
        return result
    }

    /// "between 1500 and 1800 people": two numbers joined as a range before a count's noun.
    private func isCountRange(from start: Int) -> Bool {
        isRangeConnector(start + 1, sentence: start) && fact(start + 2, sameSentenceAs: start)?.fourDigits != nil
            && (isQuantityNoun(start + 3) || isPluralNoun(start + 3))
    }

    /// "2016 E.C.", "2081/82 BS", "1446 AH": a year of the Ethiopian, Nepali (Bikram Sambat), Hijri or Buddhist
    /// calendar, whose number is no Gregorian year.
    private func isOtherEra(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].sentence == tokens[index - 1].sentence, tokens[index].isCapitalized else { return false }
        return Self.otherEras.contains(String(tokens[index].lowercased.unicodeScalars.filter { $0 != "." }))
    }

    /// Nouns of a part of a time span, before "of" and a month ("the end of May").
    private static let partsOfTime: WordSet = ["end", "beginning", "start", "middle", "rest", "course", "half"]

    /// Markers of other calendars' eras, without their dots.
    private static let otherEras: WordSet = ["ec", "bs", "ah", "sh", "be", "hijri", "shamsi"]

    /// "in 1896": years before 1900 need a preposition right before them.
    private func hasPrepositionBefore(_ index: Int) -> Bool {
        index >= 1 && tokens[index - 1].sentence == tokens[index].sentence
            && Self.strongYearPrepositions.contains(tokens[index - 1].lowercased)
    }

    /// A lower-case word ending in "s" that is not a verb or function word: "1500 villages".
    private func isPluralNoun(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        let word = tokens[index].lowercased
        return word.hasSuffix("s") && word.unicodeScalars.count > 3 && !Self.notPlural.contains(word)
            && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    private func hasYearContext(_ index: Int) -> Bool {
        var previous = index - 1
        // "mid-2020": skip the hyphen left between the prefix and the year.
        if previous >= 0, tokens[previous].kind == .dash, tokens[previous].range.upperBound == tokens[index].range.lowerBound {
            previous -= 1
        }
        guard previous >= 0, tokens[previous].sentence == tokens[index].sentence else {
            return opensPastSentence(index)
        }
        let word = tokens[previous].lowercased
        // "compared with 2018", "compared to 2018".
        if (word == "with" || word == "to"), previous >= 1, ["compared", "comparison"].contains(tokens[previous - 1].lowercased) {
            return true
        }
        if word == "of" {
            // "a total of 2000", "out of 2000" are quantities.
            return !(previous >= 1 && Self.quantityHeads.contains(tokens[previous - 1].lowercased))
        }
        return Self.yearContextWords.contains(word) || isAttributiveYear(index)
    }

    /// "the 1898 declaration", "the 2026 general elections", "a 1964 agreement", "the 1992 events": a year
    /// between a determiner and a lower-case word. Four digits without a thousands comma after a determiner
    /// are a year in news style, unless a quantity noun follows ("the 2000 people"; "events" may be either
    /// and is dated here); before 1900 no plural may follow either ("the 1500 villages").
    private func isAttributiveYear(_ index: Int) -> Bool {
        guard index >= 1, index + 1 < tokens.count, tokens[index - 1].sentence == tokens[index].sentence,
              ["the", "its", "their", "this", "that", "a", "an"].contains(tokens[index - 1].lowercased) else { return false }
        let next = tokens[index + 1]
        guard next.kind == .word, !next.isCapitalized, next.sentence == tokens[index].sentence else { return false }
        if let year = facts[index].fourDigits, Self.plausibleYears.contains(year) {
            return !isQuantityNoun(index + 1) || next.lowercased == "events"
        }
        return !isQuantityNoun(index + 1) && !isPluralNoun(index + 1)
    }

    /// "1994, the year the association was founded, …": a year opening a sentence, then a comma,
    /// in a sentence with a past-tense verb.
    private func opensPastSentence(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].text == "," else { return false }
        let sentence = tokens[index].sentence
        var cursor = index + 2
        while cursor < tokens.count, tokens[cursor].sentence == sentence {
            if TenseCues.cue(at: cursor, in: tokens)?.tense == .past { return true }
            cursor += 1
        }
        return false
    }

    // MARK: - Helpers

    /// The facts of token `index` when it exists and is in the same sentence as token `anchor`.
    private func fact(_ index: Int, sameSentenceAs anchor: Int) -> TokenFacts? {
        guard index < tokens.count, tokens[index].sentence == tokens[anchor].sentence else { return nil }
        return facts[index]
    }

    /// A year at `index`, or after a comma there: the year and the index after it; else (nil, index).
    private func optionalYear(at index: Int, sentence anchor: Int) -> (Int?, Int) {
        if let year = fact(index, sameSentenceAs: anchor)?.fourDigits, (1000...2999).contains(year),
           !isQuantityNoun(index + 1) {
            return (year, index + 1)
        }
        if index < tokens.count, tokens[index].text == ",",
           let year = fact(index + 1, sameSentenceAs: anchor)?.fourDigits, (1000...2999).contains(year),
           !isQuantityNoun(index + 2) {
            return (year, index + 2)
        }
        return (nil, index)
    }

    private func isRangeConnector(_ index: Int, sentence anchor: Int) -> Bool {
        guard index < tokens.count, tokens[index].sentence == tokens[anchor].sentence else { return false }
        let token = tokens[index]
        return token.kind == .dash || Self.rangeWords.contains(token.lowercased)
    }

    /// A word that makes the number before it a quantity: "300 children", "2000 members", "%".
    private func isQuantityNoun(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let token = tokens[index]
        if token.kind == .symbol { return token.text == "%" }
        guard token.kind == .word, !token.isCapitalized else { return false }
        return Self.quantityNouns.contains(token.lowercased)
    }

    private func isDatePreposition(_ index: Int) -> Bool {
        index >= 0 && Self.datePrepositions.contains(tokens[index].lowercased)
    }

    private static let plausibleYears = 1900...2100
    private static let earlyYears = 1000...1899
    private static let strongYearPrepositions: WordSet = ["in", "since", "until", "till", "from", "by", "of", "between", "during"]
    private static let notPlural: WordSet = [
        "was", "has", "is", "as", "its", "this", "thus", "always", "whereas", "across", "besides", "towards",
        "afterwards", "his", "hers", "ours", "theirs", "yours", "perhaps", "unless", "plus", "less", "news",
    ]
    private static let fullMonthNames: WordSet = [
        "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
    ]
    private static let monthPrepositions: WordSet = [
        "in", "since", "until", "till", "by", "during", "before", "after", "from", "of", "early", "late", "mid",
        "next", "last", "this", "through", "throughout", "between", "and", "to", "or",
    ]
    private static let monthOnlyPrepositions: WordSet = [
        "in", "since", "until", "till", "by", "during", "before", "after", "early", "late", "mid", "next", "last",
        "through", "throughout",
    ]
    private static let rangeWords: WordSet = ["to", "and", "until", "till", "through", "thru"]
    private static let datePrepositions: WordSet = [
        "on", "since", "until", "till", "by", "from", "before", "after", "of", "between",
    ]
    private static let yearContextWords: WordSet = [
        "in", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "during", "before",
        "after", "throughout", "between", "year", "spring", "summer", "autumn", "fall", "winter", "circa", "for",
        "fiscal", "due",
    ]
    private static let quantityHeads: WordSet = [
        "total", "out", "sum", "maximum", "minimum", "average", "number", "group", "crowd", "budget",
        "population", "estimate", "tally",
    ]
    private static let streetWords: WordSet = [
        "street", "st.", "st", "avenue", "ave.", "ave", "road", "rd.", "square", "boulevard", "blvd.",
        "lane", "prospekt", "metro", "station", "park",
    ]
    private static let quantityNouns: WordSet = [
        "people", "persons", "person", "members", "member", "children", "students", "delegates", "participants",
        "families", "years", "year-old", "days", "months", "weeks", "hours", "minutes", "percent", "per", "million",
        "billion", "thousand", "hundred", "times", "votes", "signatures", "countries", "cities", "organisations",
        "organizations", "associations", "schools", "teachers", "doctors", "volunteers", "guests", "pupils",
        "residents", "citizens", "visitors", "athletes", "artists", "participants", "kilometres", "kilometers",
        "km", "metres", "meters", "dollars", "euros", "manats", "rubles", "liras", "tonnes", "tons", "copies",
        "books", "houses", "buildings", "points", "goals", "seats", "candidates", "communities", "projects",
        "events", "companies", "women", "men", "youths", "veterans", "refugees", "soldiers", "victims",
    ]
}
