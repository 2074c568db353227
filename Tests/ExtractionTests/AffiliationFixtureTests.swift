import Testing
import ArticleText
import Lexicon
@testable import Extraction

/// Hand-built analyses for the affiliation, org-place and quote sieves: the test places every mention
/// itself, so a test is about the sieve and not about the name tagger.
///
/// Markup: `[PER Seymur Nasirov]`, `[ORG Association of Azerbaijanis in [LOC Quebec]]`, `[LOC Baku]`,
/// `[DATE May 5]`. A mention that refers to an entity named differently elsewhere gives that name after a
/// bar: `[PER Nasirov|Seymur Nasirov]`. Mentions with the same type and name are one entity.
enum Fixture {
    struct Built {
        let analysis: ArticleAnalysis
        /// Entity index by its name.
        func entity(_ name: String) -> Int {
            guard let index = analysis.entities.firstIndex(where: { $0.name == name }) else {
                Issue.record("no entity named \(name)")
                return -1
            }
            return index
        }
        func name(_ entity: Int) -> String { analysis.entities[entity].name }
    }

    static func build(_ marked: String) -> Built {
        var output: [Unicode.Scalar] = []
        var stack: [(type: EntityType, start: Int, key: String?)] = []
        var found: [(type: EntityType, range: Range<Int>, key: String)] = []
        var capturingKey = false
        var key = ""
        let scalars = Array(marked.unicodeScalars)
        var index = 0
        let labels: [(String, EntityType)] = [("PER ", .person), ("ORG ", .org), ("LOC ", .place), ("DATE ", .date)]
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "[" {
                let rest = String(String.UnicodeScalarView(scalars[(index + 1)...].prefix(5)))
                if let label = labels.first(where: { rest.hasPrefix($0.0) }) {
                    stack.append((label.1, output.count, nil))
                    index += 1 + label.0.unicodeScalars.count
                    continue
                }
            }
            if scalar == "|", !stack.isEmpty {
                capturingKey = true
                key = ""
                index += 1
                continue
            }
            if scalar == "]", let open = stack.popLast() {
                let text = String(String.UnicodeScalarView(output[open.start..<output.count]))
                found.append((open.type, open.start..<output.count, capturingKey ? key : text))
                capturingKey = false
                index += 1
                continue
            }
            if capturingKey { key.unicodeScalars.append(scalar) } else { output.append(scalar) }
            index += 1
        }
        let body = String(String.UnicodeScalarView(output))
        let document = TextDocument(body)
        var analysis = ArticleAnalysis(source: ArticleSource(body: body, date: nil, headerProblem: nil), document: document)
        var entityIndex: [String: Int] = [:]
        for item in found.sorted(by: { ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound) }) {
            let id = "\(item.type.rawValue):\(item.key)"
            let text = document.string(item.range)
            let entity: Int
            if let known = entityIndex[id] {
                entity = known
                if !analysis.entities[known].aliases.contains(text) { analysis.entities[known].aliases.append(text) }
            } else {
                entity = analysis.entities.count
                entityIndex[id] = entity
                analysis.entities.append(AnalyzedEntity(type: item.type, name: item.key, aliases: Array(Set([item.key, text])).sorted()))
            }
            let token = document.tokens.firstIndex { $0.range.lowerBound >= item.range.lowerBound }!
            analysis.mentions.append(AnalyzedMention(entity: entity, range: item.range, text: text, sentence: document.tokens[token].sentence))
        }
        analysis.mentions.sort { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
        return Built(analysis: analysis)
    }

    /// Affiliations as "person | org | role" lines, in the finder's order.
    static func affiliations(_ marked: String) -> [String] {
        let built = build(marked)
        return AffiliationFinder.find(in: built.analysis, lexicon: .shared).map {
            "\(built.name($0.person)) | \(built.name($0.org)) | \($0.role ?? "-")"
        }
    }

    /// Quotes as "speakers: text" lines.
    static func quotes(_ marked: String) -> [String] {
        let built = build(marked)
        return QuoteFinder.find(in: built.analysis, lexicon: .shared).map { quote in
            "\(quote.speakers.map { built.name($0) }.joined(separator: " + ")): \(quote.text)"
        }
    }
}

@Suite("Affiliation fixture")
struct AffiliationFixtureTests {
    @Test func markupGivesEntitiesMentionsAndNesting() {
        let built = Fixture.build("Chairman of the [ORG Union of Poles in [LOC Lyon]] [PER Anna Nowak] spoke. [PER Nowak|Anna Nowak] left.")
        let analysis = built.analysis
        #expect(analysis.document.text == "Chairman of the Union of Poles in Lyon Anna Nowak spoke. Nowak left.")
        #expect(analysis.entities.map(\.name) == ["Union of Poles in Lyon", "Lyon", "Anna Nowak"])
        #expect(analysis.entities[2].aliases.contains("Nowak"))
        #expect(analysis.mentions.map(\.text) == ["Union of Poles in Lyon", "Lyon", "Anna Nowak", "Nowak"])
        #expect(analysis.mentions.map(\.sentence) == [0, 0, 0, 1])
    }
}
