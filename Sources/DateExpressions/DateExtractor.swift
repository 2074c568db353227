import ArticleText

public import ArticleText

/// Finds calendar dates in an article and normalizes them to ISO values, HeidelTime news-mode style.
///
/// ```swift
/// let doc = TextDocument("The CEC on December 19 approved the candidacy.")
/// let dates = DateExtractor.extract(from: doc, anchor: ArticleDate(iso: "2024-01-31"))
/// dates[0].value.iso   // "2023-12-19": a past event in an article of 2024-01-31
/// ```
///
/// Explicit dates (`February 7, 2024`, `7 February 2024`, `2024-02-07`, `07.02.2024`,
/// `July 2020`, `in 2020`) keep their own year. A date without a year takes the anchor's year,
/// moved by the tense of its sentence: after a past cue ("approved", "was held", "last") it is
/// not after the anchor; after a future cue ("will", "scheduled for", "upcoming", "next") it is
/// not before it; otherwise it is the nearest such day to the anchor. A month named alone
/// ("in September") is anchored the same way at month precision (`2022-09`). Without an anchor,
/// dates without a year are dropped. A range ("Nov. 9-10, 2001", "15 and 16 May") yields both ends as
/// two mentions sharing the range of the whole expression.
public enum DateExtractor {
    /// The date mentions of `document`, sorted by range (then value).
    ///
    /// - Parameters:
    ///   - document: the analysed article body.
    ///   - anchor: the article's date, the reference for dates without a year.
    /// - Complexity: O(n) in the number of tokens (each tense scan looks at most
    ///   `2 × TenseCues.window` tokens).
    public static func extract(from document: TextDocument, anchor: ArticleDate?) -> [DateMention] {
        let tokens = document.tokens
        var candidates = DateMatcher(tokens: tokens).candidates()
        borrowYears(&candidates, tokens: tokens)
        joinCoordinatedMonths(&candidates, tokens: tokens)

        var mentions: [DateMention] = []
        var previous: (candidate: DateCandidate, values: [CalendarValue])?
        for candidate in candidates where !isRecurring(candidate, tokens: tokens) {
            let range = tokens[candidate.tokens.lowerBound].range.lowerBound..<tokens[candidate.tokens.upperBound - 1].range.upperBound
            let text = document.string(range)
            var values = resolve(candidate, document: document, anchor: anchor)
            if let previous, let start = previous.values.last, candidate.values.allSatisfy({ $0.year == nil }),
               closesRange(opened: previous.candidate, by: candidate, tokens: tokens) {
                values = values.compactMap { following(start, $0) }
                // "runs from 15 June to 15 September" in an August article: a period around the article date is this
                // year's, whatever the tense read for its start.
                if let anchor, previous.values.count == 1, values.count == 1, previous.candidate.values.allSatisfy({ $0.year == nil }),
                   let thisYearsStart = CalendarValue(year: anchor.year, month: start.month, day: start.day),
                   let thisYearsEnd = values[0].month.flatMap({ CalendarValue(year: anchor.year, month: $0, day: values[0].day) }),
                   case let day = CalendarValue(anchor), !(day < thisYearsStart), !(thisYearsEnd < day), thisYearsStart != start {
                    mentions = mentions.map { $0.value == start && $0.range.lowerBound == tokens[previous.candidate.tokens.lowerBound].range.lowerBound
                        ? DateMention(range: $0.range, text: $0.text, value: thisYearsStart) : $0 }
                    values = [thisYearsEnd]
                }
            }
            for value in values {
                mentions.append(DateMention(range: range, text: text, value: value))
            }
            previous = (candidate, values)
        }
        return mentions.sorted {
            ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
                || ($0.range == $1.range && $0.value < $1.value)
        }
    }

    /// Whether `end` closes a range that `start` opens: "between 20 March and 7 May", "from March 20 to May 7",
    /// "from 20 March – 7 May".
    private static func closesRange(opened start: DateCandidate, by end: DateCandidate, tokens: [Token]) -> Bool {
        guard end.tokens.lowerBound == start.tokens.upperBound + 1, start.tokens.lowerBound > 0 else { return false }
        let connector = tokens[start.tokens.upperBound]
        let opener = tokens[start.tokens.lowerBound - 1].lowercased
        guard connector.sentence == tokens[end.tokens.lowerBound].sentence,
              tokens[start.tokens.lowerBound - 1].sentence == connector.sentence else { return false }
        if connector.lowercased == "and" { return opener == "between" }
        let closes = connector.kind == .dash || rangeConnectors.contains(connector.lowercased)
        return closes && (opener == "from" || opener == "between")
    }

    /// Words between the two ends of a range besides a dash ("and" only after "between").
    private static let rangeConnectors: WordSet = ["to", "until", "till", "through"]

    /// The same month and day as `value`, in the first year that puts it on or after `start`: a range's end
    /// follows its start, whatever the tense read for it alone.
    private static func following(_ start: CalendarValue, _ value: CalendarValue) -> CalendarValue? {
        guard let month = value.month else { return value }
        let sameYear = CalendarValue(year: start.year, month: month, day: value.day)
        if let sameYear, !(sameYear < start) { return sameYear }
        return CalendarValue(year: start.year + 1, month: month, day: value.day) ?? sameYear
    }

    /// "December 31 every year", "each year on May 9", "annually on 15 June": a day that recurs names no one
    /// calendar date.
    private static func isRecurring(_ candidate: DateCandidate, tokens: [Token]) -> Bool {
        guard candidate.values.allSatisfy({ $0.year == nil }) else { return false }
        let after = candidate.tokens.upperBound
        let before = candidate.tokens.lowerBound
        func word(_ index: Int) -> String? {
            index >= 0 && index < tokens.count && tokens[index].sentence == tokens[before].sentence ? tokens[index].lowercased : nil
        }
        if ["every", "each"].contains(word(after) ?? ""), word(after + 1) == "year" { return true }
        if word(after) == "annually" || word(before - 2) == "annually" { return true }
        return ["every", "each"].contains(word(before - 3) ?? "") && word(before - 2) == "year"
    }

    /// "30 April – 2 May 2024": a date without a year right before a connector and a dated
    /// expression takes that year (the year before, when its month comes later).
    private static func borrowYears(_ candidates: inout [DateCandidate], tokens: [Token]) {
        guard candidates.count > 1 else { return }
        for index in stride(from: candidates.count - 2, through: 0, by: -1) {
            let current = candidates[index]
            let next = candidates[index + 1]
            guard current.values.allSatisfy({ $0.year == nil && $0.month != nil }),
                  next.tokens.lowerBound == current.tokens.upperBound + 1,
                  let year = next.values.first?.year, let nextMonth = next.values.first?.month else { continue }
            let connector = tokens[current.tokens.upperBound]
            guard connector.kind == .dash || connector.lowercased == "and" || rangeConnectors.contains(connector.lowercased),
                  connector.sentence == tokens[next.tokens.lowerBound].sentence else { continue }
            for valueIndex in candidates[index].values.indices {
                let month = candidates[index].values[valueIndex].month ?? nextMonth
                candidates[index].values[valueIndex].year = month > nextMonth ? year - 1 : year
            }
        }
    }

    /// "November and December" without a year: one expression whose second month follows the first,
    /// so both get the year the first one gets.
    private static func joinCoordinatedMonths(_ candidates: inout [DateCandidate], tokens: [Token]) {
        var index = candidates.count - 2
        while index >= 0 {
            let current = candidates[index], next = candidates[index + 1]
            let monthOnly = { (c: DateCandidate) in c.values.count == 1 && c.values[0].year == nil && c.values[0].day == nil && c.values[0].month != nil }
            if monthOnly(current), monthOnly(next), next.tokens.lowerBound == current.tokens.upperBound + 1,
               ["and", "or", "to", "through"].contains(tokens[current.tokens.upperBound].lowercased) || tokens[current.tokens.upperBound].kind == .dash {
                candidates[index] = DateCandidate(tokens: current.tokens.lowerBound..<next.tokens.upperBound, values: current.values + next.values)
                candidates.remove(at: index + 1)
            }
            index -= 1
        }
    }

    /// The calendar values of a candidate: as written when it has a year, else anchored.
    private static func resolve(_ candidate: DateCandidate, document: TextDocument, anchor: ArticleDate?) -> [CalendarValue] {
        if candidate.values.allSatisfy({ $0.year != nil }) {
            return candidate.values.compactMap { CalendarValue(year: $0.year!, month: $0.month, day: $0.day) }
        }
        guard let anchor, let first = candidate.values.first else { return [] }
        let sentence = document.sentences[document.tokens[candidate.tokens.lowerBound].sentence]
        // A coordination ("November and December") takes the tense of its first member: "and" before a
        // capitalized word would end the scan inside it.
        let isCoordination = candidate.values.count > 1 && candidate.values.allSatisfy { $0.day == nil }
        let tenseTokens = isCoordination ? candidate.tokens.lowerBound..<(candidate.tokens.lowerBound + 1) : candidate.tokens
        let tense = TenseCues.tense(of: tenseTokens, in: document.tokens, sentence: sentence.tokens)
        guard let month = first.month else {
            // "on the 24th": this month, or the one before (past) or after (future) when the day says so.
            guard let day = first.day else { return [] }
            var (year, month) = (anchor.year, anchor.month)
            if tense == .past, day > anchor.day { (year, month) = month == 1 ? (year - 1, 12) : (year, month - 1) }
            if tense == .future, day < anchor.day { (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1) }
            return CalendarValue(year: year, month: month, day: day).map { [$0] } ?? []
        }
        // "last February" in a February article is the February before; "next March" in March, the one after.
        let previousWord = candidate.tokens.lowerBound > 0 ? document.tokens[candidate.tokens.lowerBound - 1].lowercased : ""
        let strictly = (previousWord == "last" && tense == .past) || (previousWord == "next" && tense == .future)
        // "from June 15 to 21 this year", "in March of this year", "This year … in July": the article's own year, whatever
        // the tense.
        let thisYear = isInThisYear(candidate.tokens, in: document.tokens)
        guard var year = thisYear ? anchor.year : anchoredYear(month: month, day: first.day, anchor: anchor, tense: tense, strictly: strictly)
        else { return [] }
        if candidate.values.count == 1, let day = first.day, let weekday = statedWeekday(before: candidate.tokens, in: document.tokens) {
            year = yearOfWeekday(weekday, month: month, day: day, near: year)
        }
        var result: [CalendarValue] = []
        var previous: (month: Int, year: Int)?
        for value in candidate.values {
            guard let valueMonth = value.month else { continue }
            // The second end of a range follows the first: "Dec 30 – Jan 2" crosses into the next year.
            var valueYear = year
            if let previous, valueMonth < previous.month { valueYear = previous.year + 1 }
            if let resolved = CalendarValue(year: valueYear, month: valueMonth, day: value.day) { result.append(resolved) }
            previous = (valueMonth, valueYear)
        }
        return result
    }

    /// The weekday written right before a date ("Thursday, February 19", "on Sunday 3 May"), Monday 0 … Sunday 6.
    private static func statedWeekday(before date: Range<Int>, in tokens: [Token]) -> Int? {
        var index = date.lowerBound - 1
        if index >= 0, tokens[index].text == "," { index -= 1 }
        guard index >= 0, tokens[index].sentence == tokens[date.lowerBound].sentence else { return nil }
        return WeekdayName.number(tokens[index].lowercased)
    }

    /// "on Thursday, February 19" in an article of early February 2026: the year next to `year` (or `year` itself) in
    /// which the day falls on the weekday the text gives, when exactly one does; else `year`.
    static func yearOfWeekday(_ weekday: Int, month: Int, day: Int, near year: Int) -> Int {
        let matching = [year, year - 1, year + 1].filter {
            CivilCalendar.isValid(year: $0, month: month, day: day) && CivilCalendar.weekday(year: $0, month: month, day: day) == weekday
        }
        return matching.count == 1 ? matching[0] : year
    }

    /// "this year" or "of this year" right after the date, or "this year" before it in its sentence ("This year
    /// our associations will … send them to the camp in July").
    private static func isInThisYear(_ date: Range<Int>, in tokens: [Token]) -> Bool {
        let sentence = tokens[date.lowerBound].sentence
        let isThisYear = { (index: Int) in
            index + 1 < tokens.count && tokens[index + 1].sentence == sentence && tokens[index].sentence == sentence
                && tokens[index].lowercased == "this" && tokens[index + 1].lowercased == "year"
        }
        var index = date.upperBound
        if index < tokens.count, tokens[index].lowercased == "of" { index += 1 }
        if isThisYear(index) { return true }
        var before = date.lowerBound - 2
        while before >= 0, tokens[before].sentence == sentence {
            if isThisYear(before) { return true }
            before -= 1
        }
        return false
    }

    /// The year for a month (and day) relative to `anchor`: not after it when `tense` is past, not
    /// before it when future, else the year nearest to it (the earlier one on a tie). A month alone
    /// compares at month precision: "in January" of a January article is that January. Nil when
    /// the day exists in none of the candidate years (February 29). `strictly`: before (past) or after
    /// (future) it, never on it.
    static func anchoredYear(month: Int, day: Int?, anchor: ArticleDate, tense: Tense?, strictly: Bool = false) -> Int? {
        // Months count as 31-day steps, so that a month alone compares with the anchor's month.
        func position(_ year: Int) -> Int? {
            if let day {
                guard CivilCalendar.isValid(year: year, month: month, day: day) else { return nil }
                return CivilCalendar.dayNumber(year: year, month: month, day: day)
            }
            return year * 12 + month
        }
        let anchorPosition = day == nil
            ? anchor.year * 12 + anchor.month
            : CivilCalendar.dayNumber(year: anchor.year, month: anchor.month, day: anchor.day)
        switch tense {
        case .past:
            guard let same = position(anchor.year) else { return nil }
            return same > anchorPosition || (strictly && same == anchorPosition) ? anchor.year - 1 : anchor.year
        case .future:
            guard let same = position(anchor.year) else { return nil }
            return same < anchorPosition || (strictly && same == anchorPosition) ? anchor.year + 1 : anchor.year
        case nil:
            var best: (year: Int, distance: Int)?
            for year in [anchor.year - 1, anchor.year, anchor.year + 1] {
                guard let value = position(year) else { continue }
                let distance = abs(value - anchorPosition)
                if best == nil || distance < best!.distance { best = (year, distance) }
            }
            return best?.year
        }
    }
}
