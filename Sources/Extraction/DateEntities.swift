import ArticleText
import DateExpressions

/// Turns date mentions into DATE entities, one per calendar value.
enum DateEntities {
    static func add(_ dates: [DateMention], to analysis: inout ArticleAnalysis) {
        var entityByValue: [CalendarValue: Int] = [:]
        let tokens = analysis.document.tokens
        for date in dates {
            let entity = entityByValue[date.value] ?? {
                analysis.entities.append(AnalyzedEntity(type: .date, name: date.value.iso, aliases: [date.value.iso], date: date.value))
                entityByValue[date.value] = analysis.entities.count - 1
                return analysis.entities.count - 1
            }()
            if !analysis.entities[entity].aliases.contains(date.text) { analysis.entities[entity].aliases.append(date.text) }
            let sentence = tokens.first { $0.range.upperBound > date.range.lowerBound }?.sentence ?? 0
            analysis.mentions.append(AnalyzedMention(entity: entity, range: date.range, text: date.text, sentence: sentence))
        }
        analysis.mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }
}

/// The date of an article without a date header, from its dateline: a full date among the first eight
/// tokens of one of its first four lines ("Riga, 21 January 2025. …", a heading and then "Agenda.ge,
/// 3 Jun 2025 - 14:20, Tbilisi", "NEWS RELEASE", a headline and "TORONTO, September 18, 2025 —"), or of a
/// part of such a line after a "|" ("Newsletter of … | Issue No. 58 | Fort Smith, April 22, 2025"); failing
/// that, the last day of a month and year there ("Spring issue, April 2025" of a newsletter). It anchors the
/// dates written without a year.
enum DatelineDate {
    static func find(in document: TextDocument) -> ArticleDate? {
        let tokens = document.tokens
        var starts: [Int] = []
        var lines = 0
        // The first tokens of the first four lines (a paragraph may hold a title line and an issue line).
        for index in tokens.indices {
            if index == 0 || document.lineBreak(before: index) {
                lines += 1
                guard lines <= 4 else { break }
                starts.append(index)
            } else if tokens[index - 1].text == "|" {
                starts.append(index)
            }
        }
        let windows = starts.map { start in
            tokens[start].range.lowerBound..<tokens[min(tokens.count - 1, start + 7)].range.upperBound
        }
        guard let last = windows.last else { return nil }
        // Only the opening stretch is read, so a long article costs nothing more.
        let opening = TextDocument(document.string(0..<last.upperBound))
        let dated = DateExtractor.extract(from: opening, anchor: nil).filter { mention in
            windows.contains { $0.contains(mention.range.lowerBound) }
        }
        for mention in dated {
            if let month = mention.value.month, let day = mention.value.day,
               let date = ArticleDate(year: mention.value.year, month: month, day: day) {
                return date
            }
        }
        return dated.lazy.compactMap { mention in
            mention.value.month.flatMap { month in
                ArticleDate(year: mention.value.year, month: month, day: CivilCalendar.daysInMonth(month, year: mention.value.year))
            }
        }.first
    }
}
