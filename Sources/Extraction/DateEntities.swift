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
/// tokens of one of its first two paragraphs ("Riga, 21 January 2025. …", a heading and then "Agenda.ge,
/// 3 Jun 2025 - 14:20, Tbilisi"). It anchors the dates written without a year.
enum DatelineDate {
    static func find(in document: TextDocument) -> ArticleDate? {
        let tokens = document.tokens
        var starts: [Int] = []
        for (index, token) in tokens.enumerated() where starts.count < 2 {
            if index == 0 || document.sentences[tokens[index - 1].sentence].paragraph != document.sentences[token.sentence].paragraph {
                starts.append(index)
            }
        }
        let windows = starts.map { start in
            tokens[start].range.lowerBound..<tokens[min(tokens.count - 1, start + 7)].range.upperBound
        }
        guard let last = windows.last else { return nil }
        // Only the opening stretch is read, so a long article costs nothing more.
        let opening = TextDocument(document.string(0..<last.upperBound))
        for mention in DateExtractor.extract(from: opening, anchor: nil) where windows.contains(where: { $0.contains(mention.range.lowerBound) }) {
            if let month = mention.value.month, let day = mention.value.day,
               let date = ArticleDate(year: mention.value.year, month: month, day: day) {
                return date
            }
        }
        return nil
    }
}
