/// A date that may lack its year (or month and day, for a bare year).
package struct PartialDate: Hashable, Sendable {
    package var year: Int?
    package var month: Int?
    package var day: Int?

    package init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// What one token can contribute to a date: read by the dateline parser and by `DateExpressions`.
package struct TokenFacts {
    /// A capitalised month word: "January", "Jan", "Jan.", "Sept.", "MAY".
    package var month: Int?
    /// A day number 1–31, one or two digits with an optional ordinal suffix: "5", "05", "3rd".
    package var day: Int?
    /// Whether `day` carries an ordinal suffix.
    package var isOrdinal = false
    /// An ordinal word "first" … "thirty-first".
    package var ordinalWord: Int?
    /// Exactly four ASCII digits.
    package var fourDigits: Int?
    /// "9-10": two days, the first before the second.
    package var dayRange: (Int, Int)?
    /// "2019-2021": two four-digit years, the first before the second; "2024-25": two years running.
    package var yearRange: (Int, Int)?
    /// "2024-02-07", "07.02.2024", "07/02/2024": a complete numeric date.
    package var numericDate: PartialDate?
    /// "8/2025": a day and a year, as some agencies write after the month ("September 8/2025").
    package var dayAndYear: (day: Int, year: Int)?

    package init(_ token: Token) {
        switch token.kind {
        case .word:
            if token.isCapitalized { month = MonthName.number(token.lowercased) }
            // Ordinal words are 5–13 ASCII letters ending in "t", "d" or "h": skip the lookup otherwise.
            let utf8 = token.lowercased.utf8
            if (5...13).contains(utf8.count), let last = utf8.last, last == 0x74 || last == 0x64 || last == 0x68 {
                ordinalWord = Self.ordinalWords[token.lowercased]
            }
        case .number:
            readNumber(Array(token.lowercased.unicodeScalars))
        default:
            break
        }
    }

    private mutating func readNumber(_ scalars: [Unicode.Scalar]) {
        // Digit groups and the separators between them; a letter suffix only after one group.
        var groups: [Int] = []
        var widths: [Int] = []
        var separators: [Unicode.Scalar] = []
        var suffix = ""
        var inGroup = false
        for scalar in scalars {
            if ScalarClass.isASCIIDigit(scalar), suffix.isEmpty {
                if !inGroup {
                    groups.append(0)
                    widths.append(0)
                    inGroup = true
                }
                // A run longer than any date part is no date; stop before the value could overflow.
                guard widths[widths.count - 1] < 9 else { return }
                groups[groups.count - 1] = groups[groups.count - 1] * 10 + Int(scalar.value - 48)
                widths[widths.count - 1] += 1
            } else if inGroup, suffix.isEmpty, scalar == "." || scalar == "/" || scalar == "-" || scalar == "," || scalar == ":" {
                separators.append(scalar)
                inGroup = false
            } else if (scalar >= "a" && scalar <= "z"), groups.count == 1, inGroup || !suffix.isEmpty {
                suffix.unicodeScalars.append(scalar)
            } else {
                return
            }
        }
        guard inGroup || !suffix.isEmpty else { return }
        switch groups.count {
        case 1:
            if widths[0] <= 2, (1...31).contains(groups[0]) {
                if suffix.isEmpty {
                    day = groups[0]
                } else if ["st", "nd", "rd", "th"].contains(suffix) {
                    day = groups[0]
                    isOrdinal = true
                }
            } else if widths[0] == 4, suffix.isEmpty {
                fourDigits = groups[0]
            }
        case 2 where suffix.isEmpty && separators == ["-"]:
            if widths[0] <= 2, widths[1] <= 2, (1...31).contains(groups[0]), (1...31).contains(groups[1]), groups[0] < groups[1] {
                dayRange = (groups[0], groups[1])
            } else if widths == [4, 4], groups[0] < groups[1] {
                yearRange = (groups[0], groups[1])
            } else if widths == [4, 2], groups[1] == (groups[0] + 1) % 100 {
                // "2024-25": a financial or school year, the second year by its last two digits.
                yearRange = (groups[0], groups[0] + 1)
            }
        case 2 where suffix.isEmpty && separators == ["/"]:
            if widths[0] <= 2, (1...31).contains(groups[0]), widths[1] == 4 { dayAndYear = (groups[0], groups[1]) }
            // "2024/25", "2024/2025": a financial year written with a slash.
            if widths == [4, 2], groups[1] == (groups[0] + 1) % 100 { yearRange = (groups[0], groups[0] + 1) }
            if widths == [4, 4], groups[1] == groups[0] + 1 { yearRange = (groups[0], groups[1]) }
        case 3 where suffix.isEmpty && separators[0] == separators[1] && separators[0] != "," && separators[0] != ":":
            numericDate = Self.numericDate(groups, widths, separator: separators[0])
        default:
            break
        }
    }

    /// Y-M-D, or D.M.Y / D/M/Y (day first unless the first number cannot be a day's partner month:
    /// "12/25/2020" is read month first).
    private static func numericDate(_ groups: [Int], _ widths: [Int], separator: Unicode.Scalar) -> PartialDate? {
        if widths == [4, 2, 2] || (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2 && separator != ".") {
            return valid(groups[0], groups[1], groups[2])
        }
        guard widths[0] <= 2, widths[1] <= 2, widths[2] == 4 else { return nil }
        return valid(groups[2], groups[1], groups[0]) ?? valid(groups[2], groups[0], groups[1])
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> PartialDate? {
        CivilCalendar.isValid(year: year, month: month, day: day) ? PartialDate(year: year, month: month, day: day) : nil
    }

    private static let ordinalWords: [String: Int] = {
        let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                     "seventeenth", "eighteenth", "nineteenth"]
        var table: [String: Int] = [:]
        for (index, word) in units.enumerated() {
            table[word] = index + 1
            table["twenty-" + word] = 21 + index
        }
        for (index, word) in teens.enumerated() { table[word] = 10 + index }
        table["twentieth"] = 20
        table["thirtieth"] = 30
        table["thirty-first"] = 31
        return table
    }()
}
