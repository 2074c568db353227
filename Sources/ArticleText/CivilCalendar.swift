/// Proleptic Gregorian calendar arithmetic shared by `ArticleText` and `DateExpressions`.
///
/// Package-internal: other modules of newsdex may use it, it is not part of the public API.
package enum CivilCalendar {
    /// Whether `year` is a Gregorian leap year (`2024` → true, `1900` → false, `2000` → true).
    package static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` (1–12) in `year`; 0 for an invalid month.
    package static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// Whether year/month/day names a real calendar day (year 1–9999).
    package static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...9999).contains(year) && (1...12).contains(month) && day >= 1 && day <= daysInMonth(month, year: year)
    }

    /// Days since 1970-01-01 (negative before it); Howard Hinnant's `days_from_civil`.
    ///
    /// - Complexity: O(1).
    package static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The weekday of a day, Monday 0 … Sunday 6 (1970-01-01 was a Thursday).
    package static func weekday(year: Int, month: Int, day: Int) -> Int {
        let days = dayNumber(year: year, month: month, day: day)
        return ((days % 7) + 7 + 3) % 7
    }

    /// `value` as decimal digits, left-padded with zeros to `width`.
    package static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
