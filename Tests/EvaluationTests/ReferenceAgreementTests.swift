import Evaluation
import Extraction
import Foundation
import Testing

/// The Swift scorer against the reference `score.py`, on the same files: every count, every figure,
/// and the printed table and JSON text.
@Suite(.enabled(if: ReferenceScorer.isAvailable, "needs python3 and ../shared/eval/score.py"))
struct ReferenceAgreementTests {
    @Test(arguments: Fixtures.all)
    func fixtureAgrees(_ pair: Fixtures.Pair) throws {
        let report = try EvaluationReport(
            gold: JSONLines.decodeGold(Data(pair.gold.utf8), file: "gold.jsonl"),
            system: JSONLines.decodeSystem(Data(pair.system.utf8), file: "system.jsonl"))
        let python = try ReferenceScorer.run(gold: pair.gold, system: pair.system)
        ReferenceScorer.expectAgreement(report, python.json, pair.name)
        #expect(report.json(byArticle: true) == python.jsonText)
        #expect(report.text(byArticle: true) == python.table)
    }

    @Test func seedGoldAgainstPerturbedCopyAgrees() throws {
        let goldText = try String(contentsOf: ReferenceScorer.seedGold, encoding: .utf8)
        let gold = try JSONLines.decodeGold(Data(goldText.utf8), file: "seed-gold.jsonl")
        // A system that found some of everything, under varied aliases, plus noise.
        let system = gold.map { document in
            var entities: [SystemDocument.Entity] = []
            for (index, entity) in document.entities.enumerated() where index % 4 != 3 {
                let names = entity.names
                let name = names.isEmpty ? "" : names[index % names.count]
                entities.append(.init(type: entity.type, name: index % 5 == 0 ? "The " + name.uppercased() + "." : name))
                if index % 7 == 0 { entities.append(.init(type: entity.type, name: name)) }  // a duplicate
            }
            entities.append(.init(type: "PERSON", name: "Nobody Inparticular"))
            let affiliations = document.affiliations.enumerated().map { index, affiliation in
                SystemDocument.Affiliation(person: affiliation.person.last ?? "", org: affiliation.org.last ?? "",
                                           role: index % 2 == 0 ? "the Chairman" : nil)
            }
            let quotes = document.quotes.enumerated().map { index, quote in
                SystemDocument.Quote(speaker: index % 3 == 0 ? nil : quote.speaker.first,
                                     text: "“" + quote.start + " and more words”")
            }
            return SystemDocument(id: document.id, date: document.date, entities: entities,
                                  affiliations: affiliations, quotes: quotes)
        }
        let systemText = JSONLines.text(system)
        let report = try EvaluationReport(gold: gold, system: JSONLines.decodeSystem(Data(systemText.utf8), file: "system.jsonl"))
        let python = try ReferenceScorer.run(gold: goldText, system: systemText)
        ReferenceScorer.expectAgreement(report, python.json, "seed gold")
        #expect(report.json(byArticle: true) == python.jsonText)
        #expect(report.overall.entityMicro.truePositives > 0)
        #expect(report.overall.entityMicro.falsePositives > 0)
    }

    /// Many random articles over a small, tricky vocabulary, so that aliases collide, optional and
    /// required entities share names, and matchings need augmenting paths.
    @Test func randomArticlesAgree() throws {
        var random = SplitMix64(seed: 20_240_131)
        var goldLines: [String] = []
        var systemLines: [String] = []
        for article in 0..<250 {
            let id = "art-\(article)"
            let gold = RandomArticles.gold(id: id, using: &random)
            let system = RandomArticles.system(id: id, echoing: gold, using: &random)
            if article % 17 != 5 { goldLines.append(try RandomArticles.json(gold)) }
            if article % 13 != 4 { systemLines.append(try RandomArticles.json(system)) }
        }
        let goldText = goldLines.joined(separator: "\n") + "\n"
        let systemText = systemLines.joined(separator: "\n") + "\n"
        let report = try EvaluationReport(
            gold: JSONLines.decodeGold(Data(goldText.utf8), file: "gold.jsonl"),
            system: JSONLines.decodeSystem(Data(systemText.utf8), file: "system.jsonl"))
        let python = try ReferenceScorer.run(gold: goldText, system: systemText)
        ReferenceScorer.expectAgreement(report, python.json, "random")
        #expect(report.json(byArticle: true) == python.jsonText)
        #expect(report.text(byArticle: true) == python.table)
        #expect(report.overall.ignored.optionalEntityPredictions > 0)
        #expect(report.overall.roleAgreement.matched > 0)
        #expect(report.overall.quotes.truePositives > 0)
    }
}

/// A small deterministic random number generator (SplitMix64), so the random test is repeatable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random gold and system lines as JSON text.
enum RandomArticles {
    static let names = [
        "Seymur Nasirov", "Nasirov", "nasirov.", "The Nasirov", "Ali Hasanov", "Hasanov", "Müller", "Mu\u{308}ller",
        "MÜLLER", "Straße", "STRASSE", "the UK", "UK", "U.K.", "“Trend”", "Trend", "ＡＺＥＲＴＡＣ", "AZERTAC",
        "Ali\u{1C}Hasanov", "Ali  Hasanov", "-", "", "The", "the the", "Baku", "BAKU", "Οδυσσευς", "ΟΔΥΣΣΕΥΣ",
    ]
    static let words = ["we", "We", "are", "proud", "proud,", "of", "our", "“our", "President", "president.", "—", "it’s", "It's"]
    static let types = ["PERSON", "ORG", "PLACE", "DATE"]

    static func gold(id: String, using random: inout SplitMix64) -> [String: Any] {
        let entities = (0..<Int.random(in: 0...7, using: &random)).map { _ -> [String: Any] in
            let aliases = (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.names.randomElement(using: &random)! }
            return ["type": types.randomElement(using: &random)!, "names": aliases,
                    "optional": Int.random(in: 0..<4, using: &random) == 0]
        }
        let affiliations = (0..<Int.random(in: 0...3, using: &random)).map { _ -> [String: Any] in
            let role: Any = [NSNull(), "Chairman", "", ["head", "chairman"], "the chairman"].randomElement(using: &random)!
            return ["person": aliasList(&random), "org": aliasList(&random), "role": role]
        }
        let quotes = (0..<Int.random(in: 0...3, using: &random)).map { _ -> [String: Any] in
            ["speaker": aliasList(&random), "start": text(maxWords: 6, &random)]
        }
        return ["id": id, "date": "2024-01-31", "entities": entities, "affiliations": affiliations, "quotes": quotes]
    }

    /// A system article: random items, and items echoing the gold one (an alias of a gold entity, a
    /// gold quote's start with more words after it), so that hits are common.
    static func system(id: String, echoing gold: [String: Any], using random: inout SplitMix64) -> [String: Any] {
        func pick(_ aliases: Any?) -> String {
            (aliases as? [String])?.randomElement(using: &random) ?? names.randomElement(using: &random)!
        }
        var entities = (0..<Int.random(in: 0...5, using: &random)).map { _ -> [String: Any] in
            let type = Int.random(in: 0..<15, using: &random) == 0 ? "MISC" : types.randomElement(using: &random)!
            return ["type": type, "name": names.randomElement(using: &random)!]
        }
        for entity in gold["entities"] as? [[String: Any]] ?? [] where Bool.random(using: &random) {
            entities.insert(["type": entity["type"]!, "name": pick(entity["names"])],
                            at: Int.random(in: 0...entities.count, using: &random))
        }
        var affiliations = (0..<Int.random(in: 0...2, using: &random)).map { _ -> [String: Any] in
            ["person": names.randomElement(using: &random)!, "org": names.randomElement(using: &random)!, "role": role(&random)]
        }
        for affiliation in gold["affiliations"] as? [[String: Any]] ?? [] where Bool.random(using: &random) {
            affiliations.append(["person": pick(affiliation["person"]), "org": pick(affiliation["org"]), "role": role(&random)])
        }
        var quotes = (0..<Int.random(in: 0...2, using: &random)).map { _ -> [String: Any] in
            ["speaker": speaker(nil, &random), "text": text(maxWords: 8, &random)]
        }
        for quote in gold["quotes"] as? [[String: Any]] ?? [] where Int.random(in: 0..<3, using: &random) > 0 {
            let start = quote["start"] as? String ?? ""
            quotes.insert(["speaker": speaker(quote["speaker"], &random), "text": start + " " + text(maxWords: 3, &random)],
                          at: Int.random(in: 0...quotes.count, using: &random))
        }
        return ["id": id, "date": NSNull(), "entities": entities, "affiliations": affiliations, "quotes": quotes]
    }

    private static func role(_ random: inout SplitMix64) -> Any {
        [NSNull(), "Chairman", "chairman.", "head", ""].randomElement(using: &random)!
    }

    /// Null, a random name, or one of the gold speaker's aliases.
    private static func speaker(_ aliases: Any?, _ random: inout SplitMix64) -> Any {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: NSNull()
        case 1: names.randomElement(using: &random)!
        default: (aliases as? [String])?.randomElement(using: &random) ?? names.randomElement(using: &random)!
        }
    }

    private static func aliasList(_ random: inout SplitMix64) -> [String] {
        (0..<Int.random(in: 0...2, using: &random)).map { _ in names.randomElement(using: &random)! }
    }

    private static func text(maxWords: Int, _ random: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...maxWords, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
    }

    static func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
