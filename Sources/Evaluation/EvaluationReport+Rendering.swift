import Extraction
import Foundation

extension EvaluationReport {
    /// The summary table, line for line as `score.py GOLD SYSTEM` prints it (no final line break):
    ///
    /// ```text
    /// articles: gold 1, system 1, missing 0, extra 0
    ///                  tp   fp   fn       P       R      F1
    /// PERSON            0    0    9   0.000   0.000   0.000
    /// ORG               0    0   12   0.000   0.000   0.000
    /// PLACE             2    0   10   1.000   0.167   0.286
    /// DATE              4    0    0   1.000   1.000   1.000
    /// ENTITIES micro    6    0   31   1.000   0.162   0.279
    /// AFFILIATIONS      0    0    9   0.000   0.000   0.000
    /// QUOTES            0    6    6   0.000   0.000   0.000
    /// QUOTE DETECT      6    0    0   1.000   1.000   1.000
    /// role agreement 0/0 = n/a; ignored predictions: optional 0, unknown type 0
    /// ```
    public var table: String {
        var lines: [String] = []
        lines.append("articles: gold \(articles.gold), system \(articles.system), "
                     + "missing \(articles.missing.count), extra \(articles.extra.count)")
        lines.append(pad("", 14) + ["tp", "fp", "fn"].map { padLeft($0, 5) }.joined()
                     + ["P", "R", "F1"].map { padLeft($0, 8) }.joined())
        for type in EntityType.allCases {
            lines.append(row(type.rawValue, overall.entity(type)))
        }
        lines.append(row("ENTITIES micro", overall.entityMicro))
        lines.append(row("AFFILIATIONS", overall.affiliations))
        lines.append(row("QUOTES", overall.quotes))
        lines.append(row("QUOTE DETECT", overall.quoteDetection))
        let role = overall.roleAgreement
        let rate = role.rate.map(fixed3) ?? "n/a"
        lines.append("role agreement \(role.agree)/\(role.matched) = \(rate); "
                     + "ignored predictions: optional \(overall.ignored.optionalEntityPredictions), "
                     + "unknown type \(overall.ignored.unknownTypePredictions)")
        return lines.joined(separator: "\n")
    }

    /// One line per gold article (entity micro F1, P, R; affiliation, quote and detection F1), as
    /// `score.py --by-article` prints before the summary (no final line break).
    public var articleTable: String {
        var lines = [pad("id", 28) + ["entF1", "P", "R", "affF1", "quoF1", "detF1"].map { padLeft($0, 7) }.joined()]
        for article in byArticle {
            let figures = article.figures
            let entities = figures.entityMicro
            let values = [entities.f1, entities.precision, entities.recall, figures.affiliations.f1,
                          figures.quotes.f1, figures.quoteDetection.f1]
            lines.append(pad(String(String.UnicodeScalarView(article.id.unicodeScalars.prefix(28))), 28)
                         + values.map { padLeft(fixed3($0), 7) }.joined())
        }
        return lines.joined(separator: "\n")
    }

    /// Everything `score.py` prints, without the final line break: the summary table, preceded by the
    /// article table and a blank line when `byArticle` is true.
    public func text(byArticle: Bool) -> String {
        byArticle ? articleTable + "\n\n" + table : table
    }

    /// The report as one JSON object on one line, with the keys and nesting of `score.py --json`
    /// (`by_article` only when `byArticle` is true).
    public func json(byArticle: Bool) -> String {
        var members: [(String, JSONOutput)] = [
            ("articles", .object([
                ("gold", .integer(articles.gold)),
                ("system", .integer(articles.system)),
                ("scored", .integer(articles.scored)),
                ("missing", .array(articles.missing.map(JSONOutput.string))),
                ("extra", .array(articles.extra.map(JSONOutput.string))),
            ])),
        ]
        members += Self.jsonMembers(overall)
        if byArticle {
            members.append(("by_article", .object(self.byArticle.map { ($0.id, .object(Self.jsonMembers($0.figures))) })))
        }
        return JSONOutput.object(members).text
    }

    private static func jsonMembers(_ figures: Figures) -> [(String, JSONOutput)] {
        func score(_ score: Score, extra: [(String, JSONOutput)] = []) -> JSONOutput {
            .object([
                ("tp", .integer(score.truePositives)), ("fp", .integer(score.falsePositives)),
                ("fn", .integer(score.falseNegatives)), ("p", .number(score.precision)),
                ("r", .number(score.recall)), ("f1", .number(score.f1)),
            ] + extra)
        }
        let role = figures.roleAgreement
        return [
            ("entities", .object(EntityType.allCases.map { ($0.rawValue, score(figures.entity($0))) }
                                 + [("micro", score(figures.entityMicro))])),
            ("affiliations", score(figures.affiliations, extra: [("role_agreement", .object([
                ("agree", .integer(role.agree)), ("matched", .integer(role.matched)),
                ("rate", role.rate.map(JSONOutput.number) ?? .null),
            ]))])),
            ("quotes", score(figures.quotes)),
            ("quote_detection", score(figures.quoteDetection)),
            ("ignored", .object([
                ("optional_entity_predictions", .integer(figures.ignored.optionalEntityPredictions)),
                ("unknown_type_predictions", .integer(figures.ignored.unknownTypePredictions)),
            ])),
        ]
    }

    private func row(_ label: String, _ score: Score) -> String {
        pad(label, 14) + [score.truePositives, score.falsePositives, score.falseNegatives].map { padLeft(String($0), 5) }.joined()
            + [score.precision, score.recall, score.f1].map { padLeft(fixed3($0), 8) }.joined()
    }
}

/// `value` with three decimals, as Python's `f"{value:.3f}"`.
private func fixed3(_ value: Double) -> String {
    String(format: "%.3f", value)
}

/// `text` padded with spaces on the right to `width` code points (never cut), as `f"{text:<width}"`.
private func pad(_ text: String, _ width: Int) -> String {
    let count = text.unicodeScalars.count
    return count >= width ? text : text + String(repeating: " ", count: width - count)
}

/// `text` padded with spaces on the left to `width` code points, as `f"{text:>width}"`.
private func padLeft(_ text: String, _ width: Int) -> String {
    let count = text.unicodeScalars.count
    return count >= width ? text : String(repeating: " ", count: width - count) + text
}
