/// English month names and their abbreviations, shared by the dateline reader and `DateExpressions`.
package enum MonthName {
    private static let numbers: [String: Int] = {
        var table: [String: Int] = [:]
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        for (index, name) in full.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The month number (1–12) of a lower-cased month word, with or without a final period:
    /// "january", "jan", "jan.", "sept." → 1, 1, 1, 9. Capitalisation is the caller's concern
    /// ("may" the verb is lower case in running text).
    package static func number(_ lowercasedWord: String) -> Int? {
        if lowercasedWord.hasSuffix(".") {
            let bare = String(lowercasedWord.dropLast())
            // Only abbreviations take a period: "Nov." yes, "May." is "May" ending a sentence.
            guard bare.count <= 4, let month = numbers[bare] else { return nil }
            return month
        }
        return numbers[lowercasedWord]
    }
}

/// English weekday names, lower-cased: never a place of a dateline ("SANTIAGO, Friday, May 16") nor a name.
package enum WeekdayName {
    /// Monday first.
    private static let ordered = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    package static let all = WordSet(ordered)

    /// The weekday of a lower-cased name, Monday 0 … Sunday 6.
    package static func number(_ lowercasedWord: String) -> Int? {
        ordered.firstIndex(of: lowercasedWord)
    }
}
