public import ArticleText

/// A calendar day, month or year: the normalized value of a date expression.
///
/// ```swift
/// CalendarValue(year: 2024, month: 2, day: 7)!.iso   // "2024-02-07"
/// CalendarValue(year: 2020, month: 7)!.iso           // "2020-07"
/// CalendarValue(year: 2020)!.iso                     // "2020"
/// ```
public struct CalendarValue: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1–9999.
    public let year: Int
    /// The month, 1–12; nil for a year.
    public let month: Int?
    /// The day of the month; nil for a month or a year.
    public let day: Int?

    /// Creates a value; nil unless the parts name a real day, month or year (a day needs a month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day, !CivilCalendar.isValid(year: year, month: month, day: day) { return nil }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day of an article date.
    public init(_ date: ArticleDate) {
        self.year = date.year
        self.month = date.month
        self.day = date.day
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var iso: String {
        var result = CivilCalendar.padded(year, 4)
        if let month { result += "-" + CivilCalendar.padded(month, 2) }
        if let day { result += "-" + CivilCalendar.padded(day, 2) }
        return result
    }

    /// Same as `iso`.
    public var description: String { iso }

    /// Chronological order of the first day of each value; a year sorts before its months, a month
    /// before its days.
    public static func < (lhs: CalendarValue, rhs: CalendarValue) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}
