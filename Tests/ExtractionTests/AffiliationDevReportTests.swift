import Testing
import Foundation
import ArticleText
import Lexicon
@testable import Extraction

/// Dev harness: affiliations and quotes against the gold of the seed and the dev set, scored as
/// ../shared/eval/score.py does (person and org alias match; quote = first 5 normalized words + speaker).
///
/// Runs only with NEWSDEX_DEV_REPORT=1:
///
///     NEWSDEX_DEV_REPORT=1 swift test --scratch-path .build-quotes --filter AffiliationDevReport
///
/// Two modes: `pipeline` runs `Extractor().analyze`; `oracle` places mentions wherever a gold name occurs,
/// so that its figures measure the affiliation and quote sieves alone. Misses are split into entity errors
/// (the person, organisation or speaker is not among the predicted entities) and sieve errors.
/// NEWSDEX_DEV_VERBOSE=1 prints every miss and false alarm.
@Suite("Affiliation and quote dev report")
struct AffiliationDevReportTests {
    static let enabled = ProcessInfo.processInfo.environment["NEWSDEX_DEV_REPORT"] == "1"
    static let verbose = ProcessInfo.processInfo.environment["NEWSDEX_DEV_VERBOSE"] == "1"

    @Test(.enabled(if: enabled)) func report() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        let sets: [(String, [URL], [URL])] = [
            ("seed", [shared.appendingPathComponent("seeds")], [shared.appendingPathComponent("dev/seed-gold.jsonl")]),
            ("dev", [root.appendingPathComponent("corpus/dev")],
             [root.appendingPathComponent("corpus/dev/gold-d1.jsonl"), root.appendingPathComponent("corpus/dev/gold-d2.jsonl")]),
        ]
        for mode in [Mode.pipeline, .oracle] {
            for (name, folders, golds) in sets {
                var gold: [String: [String: Any]] = [:]
                for file in golds {
                    let text = try String(contentsOf: file, encoding: .utf8)
                    for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                        gold[object["id"] as! String] = object
                    }
                }
                var tally = Tally()
                for folder in folders {
                    let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                        .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
                    for file in files {
                        let id = file.deletingPathExtension().lastPathComponent
                        guard let article = gold[id] else { continue }
                        let source = ArticleSource.parse(try String(contentsOf: file, encoding: .utf8))
                        let analysis = mode == .pipeline ? Extractor().analyze(source) : Self.oracle(source, gold: article)
                        tally.score(id: id, analysis: analysis, gold: article)
                    }
                }
                print(tally.summary(title: "\(name) [\(mode)]"))
            }
        }
    }

    /// Prints the affiliations and quotes found in the training articles (names placed from their inline
    /// markup, surnames joined to the full name) for reading: there is no affiliation gold for them.
    /// NEWSDEX_TRAIN_PROBE=w5 (a folder of corpus/train) turns it on.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSDEX_TRAIN_PROBE"] != nil)) func trainProbe() throws {
        let folder = ProcessInfo.processInfo.environment["NEWSDEX_TRAIN_PROBE"]!
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("corpus/train/\(folder)")
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        for file in files {
            let text = ArticleSource.parse(try String(contentsOf: file, encoding: .utf8)).body
            // Surnames and given names alone refer to the full name named before.
            var fullNames: [String] = []
            var rewritten = ""
            var rest = Substring(text)
            while let open = rest.range(of: "[PER ") {
                rewritten += rest[..<open.lowerBound]
                guard let close = rest[open.upperBound...].firstIndex(of: "]") else { break }
                let name = String(rest[open.upperBound..<close])
                if !name.contains(" "), let full = fullNames.last(where: { $0.split(separator: " ").last.map(String.init) == name || $0.split(separator: " ").first.map(String.init) == name }) {
                    rewritten += "[PER \(name)|\(full)]"
                } else {
                    if name.contains(" ") { fullNames.append(name) }
                    rewritten += "[PER \(name)]"
                }
                rest = rest[rest.index(after: close)...]
            }
            rewritten += rest
            let built = Fixture.build(rewritten)
            print("=== \(folder)/\(file.lastPathComponent)")
            for affiliation in AffiliationFinder.find(in: built.analysis, lexicon: .shared) {
                print("  AFF \(built.name(affiliation.person)) | \(built.name(affiliation.org)) | \(affiliation.role ?? "-") [\(affiliation.roleKey ?? "-")]")
            }
            for quote in QuoteFinder.find(in: built.analysis, lexicon: .shared) {
                print("  QUO \(quote.speakers.map { built.name($0) }) :: \(quote.text.prefix(60))")
            }
        }
    }

    enum Mode: String, CustomStringConvertible {
        case pipeline, oracle
        var description: String { rawValue }
    }

    /// An analysis whose mentions are the occurrences of the gold names (longest first, whole words), with a
    /// PLACE nested in an ORG after "in".
    static func oracle(_ source: ArticleSource, gold: [String: Any]) -> ArticleAnalysis {
        let document = TextDocument(source.body)
        var analysis = ArticleAnalysis(source: source, document: document)
        let scalars = document.scalars
        let goldEntities = (gold["entities"] as? [[String: Any]] ?? []).filter { ($0["type"] as? String) != "DATE" }
        var candidates: [(entity: Int, range: Range<Int>)] = []
        for goldEntity in goldEntities {
            let names = goldEntity["names"] as? [String] ?? []
            let type = EntityType(rawValue: goldEntity["type"] as! String)!
            let index = analysis.entities.count
            analysis.entities.append(AnalyzedEntity(type: type, name: names.first ?? "", aliases: names))
            for name in names {
                let needle = Array(name.unicodeScalars)
                guard !needle.isEmpty, needle.count <= scalars.count else { continue }
                for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                    let end = start + needle.count
                    let beforeOK = start == 0 || !(scalars[start - 1].properties.isAlphabetic || scalars[start - 1].properties.numericType != nil)
                    let afterOK = end == scalars.count || !(scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil)
                    if beforeOK && afterOK { candidates.append((index, start..<end)) }
                }
            }
        }
        var kept: [(entity: Int, range: Range<Int>)] = []
        for candidate in candidates.sorted(by: { $0.range.count > $1.range.count }) {
            if kept.contains(where: { $0.range.overlaps(candidate.range) }) {
                // A place nested at the end of an organisation after "in".
                guard analysis.entities[candidate.entity].type == .place,
                      let host = kept.first(where: { analysis.entities[$0.entity].type == .org && $0.range.contains(candidate.range.lowerBound)
                        && $0.range.upperBound == candidate.range.upperBound }) else { continue }
                let prefix = document.string(host.range.lowerBound..<candidate.range.lowerBound)
                guard prefix.hasSuffix(" in ") || prefix.hasSuffix(" in the ") else { continue }
                if kept.contains(where: { $0.range == candidate.range }) { continue }
            }
            kept.append(candidate)
        }
        for item in kept {
            let token = document.tokens.firstIndex { $0.range.lowerBound >= item.range.lowerBound } ?? 0
            analysis.mentions.append(AnalyzedMention(entity: item.entity, range: item.range, text: document.string(item.range),
                                                     sentence: document.tokens[token].sentence))
        }
        analysis.mentions.sort { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
        // Entities without mentions would never be predicted.
        let mentioned = Set(analysis.mentions.map(\.entity))
        for index in analysis.entities.indices where !mentioned.contains(index) { analysis.entities[index].aliases = [] }
        return analysis
    }

    // MARK: - Scoring

    static func normName(_ text: String) -> String {
        var s = text.precomposedStringWithCompatibilityMapping
        for (from, to) in [("\u{2018}", "'"), ("\u{2019}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{201E}", "\""), ("\u{00AB}", "\""), ("\u{00BB}", "\"")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        s = s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        s = stripPunctuation(s)
        if s.hasPrefix("the ") { s = stripPunctuation(String(s.dropFirst(4))) }
        return s
    }

    static func stripPunctuation(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        func isPunct(_ s: Unicode.Scalar) -> Bool { s.properties.generalCategory.isPunctuation || s.properties.isWhitespace }
        while let first = scalars.first, isPunct(first) { scalars.removeFirst() }
        while let last = scalars.last, isPunct(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    static func quoteWords(_ text: String) -> [String] {
        normNameKeepingThe(text).split(separator: " ").map { stripPunctuation(String($0)) }.filter { !$0.isEmpty }
    }

    static func normNameKeepingThe(_ text: String) -> String {
        var s = text.precomposedStringWithCompatibilityMapping
        for (from, to) in [("\u{2018}", "'"), ("\u{2019}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{201E}", "\""), ("\u{00AB}", "\""), ("\u{00BB}", "\"")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        return s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    struct Counts {
        var tp = 0, fp = 0, fn = 0
        var line: String {
            let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
            let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
            let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
            return String(format: "tp %3d fp %3d fn %3d   P %.3f  R %.3f  F1 %.3f", tp, fp, fn, p, r, f)
        }
    }

    struct Tally {
        var affiliations = Counts(), quotes = Counts(), detection = Counts()
        var affiliationEntityMisses = 0, affiliationSieveMisses = 0
        var quoteEntityMisses = 0, quoteSieveMisses = 0, quoteDetectionMisses = 0
        var quotesWithoutSpeaker = 0, quotesPredicted = 0
        var roleAgree = 0
        var details: [String] = []

        mutating func score(id: String, analysis: ArticleAnalysis, gold: [String: Any]) {
            let lexicon = Lexicon.shared
            let entities = analysis.entities
            func aliases(_ value: Any?) -> Set<String> {
                if let list = value as? [String] { return Set(list.map(normName)) }
                if let one = value as? String { return [normName(one)] }
                return []
            }
            func predicted(_ gold: Set<String>, type: EntityType) -> Bool {
                entities.contains { $0.type == type && !$0.aliases.isEmpty && ([$0.name] + $0.aliases).contains { gold.contains(normName($0)) } }
            }

            // Affiliations.
            let goldAffiliations = gold["affiliations"] as? [[String: Any]] ?? []
            let found = AffiliationFinder.find(in: analysis, lexicon: lexicon)
            var matchedGold = Set<Int>()
            for affiliation in found {
                let person = normName(entities[affiliation.person].name), org = normName(entities[affiliation.org].name)
                if let hit = goldAffiliations.indices.first(where: { !matchedGold.contains($0)
                    && aliases(goldAffiliations[$0]["person"]).contains(person) && aliases(goldAffiliations[$0]["org"]).contains(org) }) {
                    matchedGold.insert(hit)
                    affiliations.tp += 1
                    let goldRole = goldAffiliations[hit]["role"]
                    if aliases(goldRole).contains(normName(affiliation.role ?? "")) {
                        roleAgree += 1
                    } else {
                        details.append("\(id) AFF ROLE: \(entities[affiliation.person].name) | \(entities[affiliation.org].name) | got \(affiliation.role ?? "-") want \(goldRole ?? "-")")
                    }
                } else {
                    affiliations.fp += 1
                    details.append("\(id) AFF FP: \(entities[affiliation.person].name) | \(entities[affiliation.org].name) | \(affiliation.role ?? "-")")
                }
            }
            for (index, goldAffiliation) in goldAffiliations.enumerated() where !matchedGold.contains(index) {
                affiliations.fn += 1
                let personOK = predicted(aliases(goldAffiliation["person"]), type: .person)
                let orgOK = predicted(aliases(goldAffiliation["org"]), type: .org)
                let kind = personOK && orgOK ? "sieve" : "entity(\(personOK ? "" : "person ")\(orgOK ? "" : "org"))"
                if personOK && orgOK { affiliationSieveMisses += 1 } else { affiliationEntityMisses += 1 }
                details.append("\(id) AFF FN [\(kind)]: \((goldAffiliation["person"] as? [String])?.first ?? "?") | \((goldAffiliation["org"] as? [String])?.first ?? "?") | \(goldAffiliation["role"] ?? "-")")
            }

            // Quotes: one row per quote, speaker = the first speaker's name.
            let goldQuotes = gold["quotes"] as? [[String: Any]] ?? []
            let quotesFound = QuoteFinder.find(in: analysis, lexicon: lexicon)
            quotesPredicted += quotesFound.count
            var detected = Set<Int>(), hit = Set<Int>()
            func starts(_ predictedText: String, _ goldStart: String) -> Bool {
                let g = quoteWords(goldStart), p = quoteWords(predictedText)
                let k = min(5, g.count)
                return k > 0 && p.count >= k && Array(p[..<k]) == Array(g[..<k])
            }
            for quote in quotesFound {
                if quote.speakers.isEmpty { quotesWithoutSpeaker += 1 }
                let speaker = quote.speakers.first.map { normName(entities[$0].name) }
                if let index = goldQuotes.indices.first(where: { !detected.contains($0) && starts(quote.text, goldQuotes[$0]["start"] as? String ?? "") }) {
                    detected.insert(index)
                    detection.tp += 1
                    if let speaker, aliases(goldQuotes[index]["speaker"]).contains(speaker) {
                        hit.insert(index)
                        quotes.tp += 1
                    } else {
                        quotes.fp += 1
                        let speakerOK = predicted(aliases(goldQuotes[index]["speaker"]), type: .person) || predicted(aliases(goldQuotes[index]["speaker"]), type: .org)
                        if speakerOK { quoteSieveMisses += 1 } else { quoteEntityMisses += 1 }
                        details.append("\(id) QUOTE SPEAKER [\(speakerOK ? "sieve" : "entity")]: got \(quote.speakers.map { entities[$0].name }) want \((goldQuotes[index]["speaker"] as? [String])?.first ?? "?") :: \(quote.text.prefix(50))")
                    }
                } else {
                    detection.fp += 1
                    quotes.fp += 1
                    details.append("\(id) QUOTE FP: \(quote.speakers.map { entities[$0].name }) :: \(quote.text.prefix(60))")
                }
            }
            for (index, goldQuote) in goldQuotes.enumerated() where !detected.contains(index) {
                detection.fn += 1
                quotes.fn += 1
                quoteDetectionMisses += 1
                details.append("\(id) QUOTE FN (not detected): \(goldQuote["start"] ?? "")")
            }
            for index in goldQuotes.indices where detected.contains(index) && !hit.contains(index) { quotes.fn += 1 }
        }

        func summary(title: String) -> String {
            var lines = ["== \(title)",
                         "AFFILIATIONS   \(affiliations.line)   role agreement \(roleAgree)/\(affiliations.tp)",
                         "  misses: entity errors \(affiliationEntityMisses), sieve errors \(affiliationSieveMisses)",
                         "QUOTES         \(quotes.line)",
                         "QUOTE DETECT   \(detection.line)",
                         "  speaker misses: entity errors \(quoteEntityMisses), sieve errors \(quoteSieveMisses); undetected \(quoteDetectionMisses)",
                         String(format: "  quotes without speaker: %d/%d = %.1f%%", quotesWithoutSpeaker, quotesPredicted,
                                quotesPredicted == 0 ? 0 : 100 * Double(quotesWithoutSpeaker) / Double(quotesPredicted))]
            if AffiliationDevReportTests.verbose { lines += details.map { "  " + $0 } }
            return lines.joined(separator: "\n")
        }
    }
}
