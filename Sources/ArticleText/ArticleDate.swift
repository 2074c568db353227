/// The publication date of an article: a valid Gregorian day.
///
/// ```swift
/// let date = ArticleDate(iso: "2024-01-31")!   // date.year == 2024, date.iso == "2024-01-31"
/// ArticleDate(iso: "2024-02-30")                // nil
/// ```
public struct ArticleDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1–9999.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, valid for `month` and `year`.
    public let day: Int

    /// Creates a date from its parts; nil unless they name a real day (year 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard CivilCalendar.isValid(year: year, month: month, day: day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two ASCII digits); nil for any other shape or an
    /// impossible day such as `2024-13-45` or `2023-02-29`.
    public init?(iso: String) {
        let scalars = Array(iso.unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
              let year = Self.number(scalars[0..<4]),
              let month = Self.number(scalars[5..<7]),
              let day = Self.number(scalars[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`.
    public var iso: String {
        "\(CivilCalendar.padded(year, 4))-\(CivilCalendar.padded(month, 2))-\(CivilCalendar.padded(day, 2))"
    }

    /// Same as `iso`.
    public var description: String { iso }

    /// Chronological order.
    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        var value = 0
        for scalar in digits {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }
}
