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
