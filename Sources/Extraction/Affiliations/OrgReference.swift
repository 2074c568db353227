import Foundation
import Lexicon

/// Resolves references to an organisation that do not name it: "the center's", "the embassy", "its".
///
/// - "the NOUN" / "the NOUN's": the most recent organisation before the reference whose name contains the
///   noun ("the council" → "Coordinating Council of …"); a mission noun ("embassy", "consulate", "mission")
///   only ever resolves to a named mission of a compatible kind. Other nouns with no organisation of that
///   name fall back to the organisation named most recently in this or the two previous sentences
///   ("the center's secretary" after "the … Association of Victoria").
/// - "its" / "their": the first organisation of the sentence before the word, else the first of the
///   previous sentence (the subject is the most salient antecedent).
struct OrgReference {
    let view: ArticleView
    let lexicon: Lexicon

    /// Common nouns that refer to an organisation.
    static let orgNouns: Set<String> = [
        "center", "centre", "association", "society", "federation", "council", "union", "community", "embassy",
        "mission", "consulate", "organisation", "organization", "group", "alliance", "network", "foundation",
        "forum", "league", "club", "party", "university", "school", "institute", "committee", "commission",
        "ministry", "agency", "house", "fund", "trust", "congress", "assembly", "church", "coalition",
        "movement", "diaspora", "board", "cooperative", "co-operative", "academy", "college", "ensemble",
        "choir", "company", "bureau", "department", "office", "chamber", "parliament", "government",
        "federation", "confederation", "circle", "initiative", "platform", "body",
    ]

    /// Nouns that name the kind of a diplomatic mission, with the name words they accept.
    static let missionKinds: [String: [String]] = [
        "embassy": ["embassy", "high commission"],
        "consulate": ["consulate"],
        "mission": ["embassy", "consulate", "mission", "high commission", "delegation", "representation", "legation"],
        "delegation": ["delegation", "mission"],
        "representation": ["representation", "mission"],
        "legation": ["legation"],
    ]

    /// A noun that can stand for an organisation ("the council", "the center's").
    func isOrgNoun(_ word: String) -> Bool {
        let lower = RoleWords.bare(word)
        if Self.orgNouns.contains(lower) { return true }
        return lexicon.isOrgHeadWord(lower) || lexicon.isOrgHeadWord(lower.prefix(1).uppercased() + lower.dropFirst())
    }

    /// Entity indices of ORG entities whose names contain one of `words`.
    func orgs(named words: [String]) -> Set<Int> {
        var result: Set<Int> = []
        for (index, entity) in view.analysis.entities.enumerated() where entity.type == .org {
            let names = ([entity.name] + entity.aliases).map { " " + NameKey.make($0) + " " }
            if words.contains(where: { word in names.contains { $0.contains(" " + NameKey.make(word) + " ") } }) {
                result.insert(index)
            }
        }
        return result
    }

    /// The mission words a diplomatic role or noun accepts ("consul" → consulates).
    static func missionWords(forRole role: String) -> [String] {
        let lower = RoleWords.singular(RoleWords.bare(role))
        if lower.hasPrefix("consul") { return ["consulate"] }
        if lower.hasPrefix("ambassador") { return ["embassy", "high commission", "mission"] }
        return missionKinds["mission"]!
    }

    /// ORG mentions that start before token `token`, latest first.
    private func orgMentions(before token: Int) -> [Int] {
        var result: [Int] = []
        for (index, range) in view.mentionTokens.enumerated().reversed()
        where range.upperBound <= token && !range.isEmpty && view.type(ofMention: index) == .org {
            // Only outermost mentions: skip one nested in another ORG mention.
            if let outer = view.outerMention[range.lowerBound], outer != index { continue }
            result.append(index)
        }
        return result
    }

    /// The organisation "the NOUN" refers to at token `token`.
    func resolve(noun: String, before token: Int) -> Int? {
        let lower = RoleWords.bare(noun)
        let sentence = view.tokens[token].sentence
        let mentions = orgMentions(before: token)
        if let accepted = Self.missionKinds[lower] {
            let missions = orgs(named: accepted)
            return mentions.lazy.map { view.entity(ofMention: $0) }.first { missions.contains($0) }
        }
        var words = [lower]
        if lower == "center" { words.append("centre") }
        if lower == "centre" { words.append("center") }
        if lower == "organisation" { words.append("organization") }
        if lower == "organization" { words.append("organisation") }
        let named = orgs(named: words)
        if let match = mentions.lazy.map({ view.entity(ofMention: $0) }).first(where: { named.contains($0) }) {
            return match
        }
        // Generic nouns ("organisation", "group", "body") and names that do not repeat the noun; never a
        // diplomatic mission, which is only ever "the embassy", "the consulate", "the mission".
        let missions = orgs(named: Self.missionKinds["mission"]!)
        return mentions.first { view.analysis.mentions[$0].sentence >= sentence - 2 && !missions.contains(view.entity(ofMention: $0)) }
            .map { view.entity(ofMention: $0) }
    }

    /// The organisation "its" / "their" refers to at token `token`.
    func resolvePossessivePronoun(before token: Int) -> Int? {
        let sentence = view.tokens[token].sentence
        let inSentence = view.mentions(in: sentence, .org).filter { view.mentionTokens[$0].upperBound <= token }
        if let first = inSentence.first { return view.entity(ofMention: first) }
        var previous = sentence - 1
        while previous >= 0, previous >= sentence - 2 {
            if let first = view.mentions(in: previous, .org).first { return view.entity(ofMention: first) }
            if !view.mentions(in: previous, .person).isEmpty { return nil }
            previous -= 1
        }
        return nil
    }
}
