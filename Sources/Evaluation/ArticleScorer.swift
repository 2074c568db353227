import Extraction

/// The raw counts of one article, as score.py's `score_article` computes them.
enum ArticleScorer {
    typealias Key = ScoringNormalization.Key

    /// How many leading words of a quote are compared.
    static let quoteWords = 5

    static func score(gold: GoldDocument, system: SystemDocument?) -> EvaluationReport.Figures {
        var figures = EvaluationReport.Figures()
        scoreEntities(gold.entities, system?.entities ?? [], into: &figures)
        scoreAffiliations(gold.affiliations, system?.affiliations ?? [], into: &figures)
        scoreQuotes(gold.quotes, system?.quotes ?? [], into: &figures)
        return figures
    }

    /// A gold alias list as a set of non-empty normalized names (score.py's `_aliases`).
    static func aliases(_ names: [String]) -> Set<Key> {
        Set(names.map(ScoringNormalization.nameKey).filter { !$0.isEmpty })
    }

    // MARK: Entities

    private static func scoreEntities(_ gold: [GoldDocument.Entity], _ system: [SystemDocument.Entity],
                                      into figures: inout EvaluationReport.Figures) {
        for type in EntityType.allCases {
            let ofType = gold.filter { $0.type == type.rawValue }
            let required = ofType.filter { !$0.optional }.map { aliases($0.names) }
            let optional = ofType.filter(\.optional).reduce(into: Set<Key>()) { $0.formUnion(aliases($1.names)) }
            let predictions = system.filter { $0.type == type.rawValue }.map { ScoringNormalization.nameKey($0.name) }
            let matching = BipartiteMatching.maximum(predictions: predictions.count, gold: required.count) {
                required[$1].contains(predictions[$0])
            }
            var score = EvaluationReport.Score()
            for (prediction, match) in zip(predictions, matching) {
                if match != nil {
                    score.truePositives += 1
                } else if optional.contains(prediction) {
                    figures.ignored.optionalEntityPredictions += 1
                } else {
                    score.falsePositives += 1
                }
            }
            score.falseNegatives = required.count - score.truePositives
            figures.entities[type] = score
        }
        figures.ignored.unknownTypePredictions += system.filter { EntityType(rawValue: $0.type) == nil }.count
    }

    // MARK: Affiliations

    private static func scoreAffiliations(_ gold: [GoldDocument.Affiliation], _ system: [SystemDocument.Affiliation],
                                          into figures: inout EvaluationReport.Figures) {
        let goldPersons = gold.map { aliases($0.person) }
        let goldOrgs = gold.map { aliases($0.org) }
        let goldRoles: [Set<Key>] = gold.map { affiliation in
            switch affiliation.role {
            case .unstated: [[]]
            case .stated(let role): [ScoringNormalization.nameKey(role)]
            case .anyOf(let roles): aliases(roles)
            }
        }
        let persons = system.map { ScoringNormalization.nameKey($0.person) }
        let orgs = system.map { ScoringNormalization.nameKey($0.org) }
        let roles = system.map { ScoringNormalization.nameKey($0.role) }  // nil and "" give the empty key
        let matching = BipartiteMatching.maximum(predictions: system.count, gold: gold.count) {
            goldPersons[$1].contains(persons[$0]) && goldOrgs[$1].contains(orgs[$0])
        }
        var matched = 0, agree = 0
        for (prediction, match) in matching.enumerated() {
            guard let match else { continue }
            matched += 1
            if goldRoles[match].contains(roles[prediction]) { agree += 1 }
        }
        figures.affiliations = EvaluationReport.Score(
            truePositives: matched, falsePositives: system.count - matched, falseNegatives: gold.count - matched)
        figures.roleAgreement = EvaluationReport.RoleAgreement(agree: agree, matched: matched)
    }

    // MARK: Quotes

    /// Whether a prediction's words start with the first `min(5, gold words)` gold words; never for an
    /// empty gold start (score.py's `_start_match`).
    static func startsAlike(_ predicted: [Key], _ gold: [Key]) -> Bool {
        let count = min(quoteWords, gold.count)
        return count > 0 && predicted.count >= count && predicted.prefix(count).elementsEqual(gold.prefix(count))
    }

    private static func scoreQuotes(_ gold: [GoldDocument.Quote], _ system: [SystemDocument.Quote],
                                    into figures: inout EvaluationReport.Figures) {
        let goldWords = gold.map { ScoringNormalization.quoteKey($0.start) }
        let goldSpeakers = gold.map { aliases($0.speaker) }
        let words = system.map { ScoringNormalization.quoteKey($0.text) }
        let speakers: [Key?] = system.map { quote in
            guard let speaker = quote.speaker, !speaker.isEmpty else { return nil }
            return ScoringNormalization.nameKey(speaker)
        }
        let detection = BipartiteMatching.maximum(predictions: system.count, gold: gold.count) {
            startsAlike(words[$0], goldWords[$1])
        }
        let full = BipartiteMatching.maximum(predictions: system.count, gold: gold.count) { i, j in
            guard let speaker = speakers[i] else { return false }
            return goldSpeakers[j].contains(speaker) && startsAlike(words[i], goldWords[j])
        }
        func score(_ matching: [Int?]) -> EvaluationReport.Score {
            let hits = matching.lazy.filter { $0 != nil }.count
            return EvaluationReport.Score(truePositives: hits, falsePositives: system.count - hits,
                                          falseNegatives: gold.count - hits)
        }
        figures.quotes = score(full)
        figures.quoteDetection = score(detection)
    }
}
