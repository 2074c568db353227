public import Extraction

/// How well system output agrees with gold annotations: the figures of the reference scorer
/// (`../shared/eval/score.py`), computed the same way, to the same counts.
///
/// ```swift
/// let gold = try JSONLines.goldDocuments(at: "../shared/dev/seed-gold.jsonl")
/// let system = try SystemDocument.documents(in: NewsIndex(path: "newsdex.db", readOnly: true))
/// let report = try EvaluationReport(gold: gold, system: system)
/// report.overall.entityMicro.f1          // micro-averaged entity F1
/// report.overall.entity(.person).recall
/// print(report.table)                    // the same table as `score.py GOLD SYSTEM`
/// ```
///
/// The rules (score.py's docstring): names compare after ``ScoringNormalization``; within one article
/// and one type a prediction hits a gold entity when its name equals one of the gold aliases, each side
/// matched at most once, the hits a maximum matching; an unmatched prediction naming an optional gold
/// entity is ignored, any other is a false alarm (a duplicate too); optional gold entities are never
/// misses. Affiliations need person and org to match (role agreement is counted over the hits). A quote
/// hit needs the first `min(5, gold words)` normalized words to equal the gold start's and the speaker
/// to match; quote detection ignores the speaker. Counts are summed over the gold articles before
/// P/R/F1; a gold article without system output counts all its items as misses, and system articles
/// without gold are only listed (`extra`).
public struct EvaluationReport: Sendable, Hashable {
    /// True positives, false positives and false negatives, with precision, recall and F1.
    public struct Score: Sendable, Hashable {
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        /// tp / (tp + fp); with no prediction, 1 when there is no gold item either, else 0.
        public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives, isEmpty) }
        /// tp / (tp + fn); with no gold item, 1 when there is no prediction either, else 0.
        public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives, isEmpty) }
        /// 2PR / (P + R), 0 when both are 0.
        public var f1: Double {
            let p = precision, r = recall
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }

        private var isEmpty: Bool { truePositives + falsePositives + falseNegatives == 0 }

        private static func ratio(_ numerator: Int, _ denominator: Int, _ empty: Bool) -> Double {
            denominator > 0 ? Double(numerator) / Double(denominator) : (empty ? 1 : 0)
        }

        static func + (lhs: Score, rhs: Score) -> Score {
            Score(truePositives: lhs.truePositives + rhs.truePositives,
                  falsePositives: lhs.falsePositives + rhs.falsePositives,
                  falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
        }
    }

    /// How many matched affiliations also agree on the role.
    public struct RoleAgreement: Sendable, Hashable {
        public var agree: Int
        public var matched: Int

        public init(agree: Int = 0, matched: Int = 0) {
            self.agree = agree
            self.matched = matched
        }

        /// agree / matched, nil when no affiliation matched.
        public var rate: Double? { matched > 0 ? Double(agree) / Double(matched) : nil }
    }

    /// Predictions counted neither as hits nor as false alarms.
    public struct Ignored: Sendable, Hashable {
        /// Entity predictions left unmatched that name an optional gold entity.
        public var optionalEntityPredictions: Int
        /// Entity predictions of a type other than PERSON, ORG, PLACE and DATE.
        public var unknownTypePredictions: Int

        public init(optionalEntityPredictions: Int = 0, unknownTypePredictions: Int = 0) {
            self.optionalEntityPredictions = optionalEntityPredictions
            self.unknownTypePredictions = unknownTypePredictions
        }
    }

    /// Every figure, for one article or summed over all of them.
    public struct Figures: Sendable, Hashable {
        /// Per entity type; every type has an entry.
        public var entities: [EntityType: Score]
        public var affiliations: Score
        public var roleAgreement: RoleAgreement
        /// First words and speaker must match.
        public var quotes: Score
        /// First words only.
        public var quoteDetection: Score
        public var ignored: Ignored

        public init() {
            entities = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, Score()) })
            affiliations = Score()
            roleAgreement = RoleAgreement()
            quotes = Score()
            quoteDetection = Score()
            ignored = Ignored()
        }

        /// The score of one entity type.
        public func entity(_ type: EntityType) -> Score {
            entities[type] ?? Score()
        }

        /// The entity counts of the four types added up (micro-average).
        public var entityMicro: Score {
            EntityType.allCases.reduce(Score()) { $0 + entity($1) }
        }

        mutating func add(_ other: Figures) {
            for type in EntityType.allCases { entities[type] = entity(type) + other.entity(type) }
            affiliations = affiliations + other.affiliations
            roleAgreement.agree += other.roleAgreement.agree
            roleAgreement.matched += other.roleAgreement.matched
            quotes = quotes + other.quotes
            quoteDetection = quoteDetection + other.quoteDetection
            ignored.optionalEntityPredictions += other.ignored.optionalEntityPredictions
            ignored.unknownTypePredictions += other.ignored.unknownTypePredictions
        }
    }

    /// Which articles were scored.
    public struct Articles: Sendable, Hashable {
        /// Gold articles (all of them are scored).
        public var gold: Int
        /// System articles, scored or not.
        public var system: Int
        public var scored: Int
        /// Gold articles without system output, in gold order.
        public var missing: [String]
        /// System articles without gold, sorted by code point.
        public var extra: [String]
    }

    /// The figures of one gold article.
    public struct ArticleFigures: Sendable, Hashable {
        public var id: String
        public var figures: Figures
    }

    public let articles: Articles
    /// The figures summed over all gold articles.
    public let overall: Figures
    /// Each gold article's figures, in gold order.
    public let byArticle: [ArticleFigures]

    /// Scores `system` against `gold`.
    ///
    /// - Throws: ``EvaluationError`` when an id appears twice in `gold` or in `system`.
    /// - Complexity: per article and type, O(P · G · A) to build the candidate pairs (A aliases) plus
    ///   the matching.
    public init(gold: [GoldDocument], system: [SystemDocument]) throws {
        var systemByID: [String: SystemDocument] = [:]
        for document in system {
            guard systemByID.updateValue(document, forKey: document.id) == nil else {
                throw EvaluationError.duplicateID(document.id, side: "system")
            }
        }
        var goldIDs: Set<String> = []
        var overall = Figures()
        var byArticle: [ArticleFigures] = []
        var missing: [String] = []
        for document in gold {
            guard goldIDs.insert(document.id).inserted else {
                throw EvaluationError.duplicateID(document.id, side: "gold")
            }
            let predicted = systemByID[document.id]
            if predicted == nil { missing.append(document.id) }
            let figures = ArticleScorer.score(gold: document, system: predicted)
            overall.add(figures)
            byArticle.append(ArticleFigures(id: document.id, figures: figures))
        }
        let extra = systemByID.keys.filter { !goldIDs.contains($0) }
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        self.articles = Articles(gold: gold.count, system: systemByID.count, scored: gold.count,
                                 missing: missing, extra: extra)
        self.overall = overall
        self.byArticle = byArticle
    }
}

/// Input the scorer refuses.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The same article id twice on one side ("gold" or "system").
    case duplicateID(String, side: String)

    public var description: String {
        switch self {
        case .duplicateID(let id, let side): "duplicate id '\(id)' in the \(side) documents"
        }
    }
}
