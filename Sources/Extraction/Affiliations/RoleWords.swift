import ArticleText
import Foundation
import Lexicon

/// Role nouns, their modifiers and their normal form, for the affiliation and quote sieves.
///
/// The lexicon's titles and roles come first (`Lexicon.roleKey`, `categories(of:)`); a small list of
/// positions held in associations, missions, universities and newsrooms completes it, with plural forms
/// and professions recognised by their ending ("cardiologist", "musician").
struct RoleWords {
    let lexicon: Lexicon

    /// Positions and functions in organisations that a general title list may lack.
    static let heads: WordSet = [
        "president", "vice-president", "chairman", "chairwoman", "chair", "chairperson", "vice-chair",
        "vice-chairman", "vice-chairwoman", "co-chair", "co-chairman", "head", "director", "director-general",
        "secretary", "secretary-general", "treasurer", "founder", "co-founder", "cofounder", "coordinator",
        "co-ordinator", "member", "trustee", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
        "professor", "dr", "doctor", "lecturer", "researcher", "scholar", "student", "lawyer", "attorney",
        "counsellor", "counselor", "attaché", "attache", "consul", "consul-general", "ambassador", "envoy",
        "chargé", "charge", "d'affaires", "representative", "delegate", "editor", "editor-in-chief", "correspondent",
        "journalist", "reporter", "manager", "officer", "official", "councillor", "councilor", "councilman",
        "councilwoman", "musician", "singer", "artist", "dancer", "teacher", "engineer", "physician", "surgeon",
        "nurse", "minister", "vice-minister", "deputy", "leader", "organiser", "organizer", "activist",
        "volunteer", "coach", "principal", "rector", "dean", "imam", "priest", "pastor", "rabbi", "bishop",
        "fellow", "scientist", "economist", "historian", "analyst", "expert", "ceo", "executive", "partner",
        "employee", "commissioner", "governor", "mayor", "senator", "mp", "chief", "captain", "curator",
        "choreographer", "conductor", "composer", "writer", "poet", "author", "founder-president", "patron",
        "ombudsman", "administrator", "superintendent", "inspector", "agent", "assistant", "aide",
        "ambassador-at-large", "chancellor", "vice-chancellor", "provost", "registrar", "auditor", "accountant",
        "consultant", "paediatrician", "pediatrician", "clerk", "moderator", "convener", "convenor", "steward",
        "staffer", "employee", "honoree", "laureate", "playwright", "pianist", "violinist", "soloist",
        "striker", "goalkeeper", "midfielder", "winger", "akim", "provost", "soprano", "mezzo-soprano", "alto", "tenor",
        "baritone", "chorister", "midwife", "paramedic", "pharmacist", "instructor", "tutor", "owner", "co-owner",
        "caseworker", "contributor", "archivist", "librarian", "worker", "columnist", "producer", "presenter",
        "chaplain", "vicar", "deacon", "cantor", "abbot", "granthi", "cleric", "solicitor", "barrister", "gp",
        "player", "footballer", "incumbent", "medic", "interpreter", "translator", "candidate", "nominee", "observer",
        // the media's own
        "publisher", "proprietor", "photographer", "cameraman", "camerawoman", "filmmaker", "commentator", "podcaster",
        "blogger", "newsreader", "anchorman", "anchorwoman", "stringer",
    ]

    /// Roles that speak for a body: "a ministry spokeswoman", "A council spokesperson said".
    static let spokespersons: WordSet = ["spokesman", "spokeswoman", "spokesperson"]

    /// Prefixes that make a rank of a role noun: "vice-provost", "co-director", "deputy-director".
    static let rankPrefixes = ["vice-", "co-", "deputy-", "sub-", "pro-"]

    /// Words that modify a role noun inside a role phrase ("active member", "first secretary",
    /// "Community Welfare Attaché", "executive board member").
    static let modifiers: WordSet = [
        "active", "former", "honorary", "founding", "acting", "senior", "junior", "executive", "general",
        "deputy", "vice", "first", "second", "third", "chief", "co", "assistant", "associate", "managing",
        "standing", "permanent", "full", "longtime", "long-time", "leading", "ordinary", "regular", "staff",
        "board", "consultant", "doctoral", "postdoctoral", "graduate", "research", "youth", "women's",
        "community", "welfare", "principal", "lead", "press", "public", "information", "cultural", "political",
        "economic", "military", "trade", "consular", "legal", "medical", "artistic", "music", "musical",
        "spiritual", "religious", "news", "program", "programme", "project", "regional", "national",
        "international", "local", "district", "state", "federal", "city", "woman", "new", "interim",
        "outgoing", "incoming", "newly-elected", "joint", "special", "head", "union",
        "education", "science", "technical", "financial", "foreign", "affairs", "committee", "council",
        "visiting", "adjunct", "emeritus", "clinical", "sunday", "school", "senior", "external", "internal",
        "media", "communications", "campaign", "volunteer", "coordinating", "supervisory", "advisory", "cabinet",
        "critical", "care", "intensive", "branch", "chapter", "section", "wing", "department", "division",
        "parish", "social", "outreach", "aid", "high",
        // business titles: "Country Manager", "Head of Investor Relations", "Sales Director"
        "country", "sales", "marketing", "operations", "product", "products", "finance", "investor", "relations", "business",
        "strategy", "customer", "digital", "technology", "commercial", "partnerships",
        "growth", "compliance", "risk", "creative", "editorial",
    ]

    /// Roles of diplomats: they name a mission only when the mission itself is named.
    static let diplomatic: WordSet = [
        "ambassador", "consul", "consul-general", "attaché", "attache", "chargé", "charge", "envoy", "counsellor",
        "counselor", "diplomat", "ambassador-at-large",
    ]

    /// Head words of diplomatic missions.
    static let missionWords: WordSet = [
        "embassy", "consulate", "consulate-general", "mission", "delegation", "representation",
        "high commission", "legation", "chancery",
    ]

    /// Role keys of those who lead an organisation, whatever the title: "the ORG chief said" is one of them.
    static let leaders: WordSet = [
        "president", "chairman", "chairwoman", "chairperson", "chair", "head", "director", "director-general", "leader", "ceo", "chief",
        "secretary-general", "commissioner", "rector",
    ]

    /// Leaders, their deputies and the officers written "TITLE of ORG NAME" ("Treasurer of … NAME").
    static let officers: WordSet = leaders.union([
        "vice-president", "vice-chairman", "vice-chairwoman", "co-chair", "founder", "co-founder", "coordinator", "treasurer",
    ])

    /// The roles a clergy's form of address implies, for "the priest said" after "Father NAME".
    static let rolesOfAddress: [String: Set<String>] = [
        "father": ["priest"], "fr": ["priest"], "reverend": ["priest", "pastor", "minister"], "rev": ["priest", "pastor", "minister"],
    ]

    /// Honorifics that are not roles.
    static let honorifics: WordSet = ["mr", "mrs", "ms", "miss", "sir", "madam", "lady", "lord", "mister", "hon", "rev", "mx", "h.e", "hon'ble"]

    /// Function words that never stand inside a role phrase.
    static let functionWords: WordSet = [
        "the", "a", "an", "its", "his", "her", "their", "our", "of", "at", "in", "on", "for", "with", "to", "from",
        "by", "and", "or", "but", "who", "which", "that", "is", "was", "were", "are", "be", "been", "has", "have",
        "had", "also", "said", "says", "as", "this", "these", "those", "it", "he", "she", "they", "we", "not",
    ]

    /// The bare lower-cased word: no trailing period, curly apostrophes straightened.
    static func bare(_ word: String) -> String {
        var text = word.lowercased()
        if text.utf8.contains(0xE2) {  // the lead byte of U+2019 (and of other punctuation): only then search
            text = text.replacingOccurrences(of: "\u{2019}", with: "'")
        }
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The singular of a plural role noun, or the word itself.
    static func singular(_ word: String) -> String {
        if word.hasSuffix("men"), word.count > 4 { return String(word.dropLast(3)) + "man" }
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// A role noun (singular or plural): "Chairman", "secretary", "Councillors", "cardiologist".
    func isHead(_ word: String) -> Bool {
        let bare = Self.bare(word)
        guard !bare.isEmpty, !Self.honorifics.contains(bare), !Self.functionWords.contains(bare) else { return false }
        if Self.isHeadForm(bare) { return true }
        let single = Self.singular(bare)
        if single != bare, Self.isHeadForm(single) { return true }
        if lexicon.roleKey(word) != nil { return true }
        let categories = lexicon.categories(of: word)
        if categories.contains(.role) || categories.contains(.title) { return true }
        return false
    }

    /// A title of the lexicon that is no role, only a form of address before a name: "Ratu", "Datuk", "Venerable".
    func isFormOfAddress(_ word: String) -> Bool {
        lexicon.roleKey(word) == nil && !Self.isHeadForm(Self.bare(word)) && lexicon.categories(of: word).contains(.title)
    }

    /// An honorific or another form of address before a name: "Mr", "Shri", "Engr.".
    func isAddress(_ word: String) -> Bool {
        Self.honorifics.contains(Self.bare(word)) || isFormOfAddress(word)
    }

    private static func isHeadForm(_ bare: String) -> Bool {
        if heads.contains(bare) { return true }
        if let prefix = rankPrefixes.first(where: { bare.hasPrefix($0) }), heads.contains(String(bare.dropFirst(prefix.count))) { return true }
        // "minister-counsellor", "counsellor-minister": a compound of two role nouns.
        if bare.containsLiterally("-"), let last = bare.split(separator: "-").last, heads.contains(String(last)),
           let first = bare.split(separator: "-").first, heads.contains(String(first)) || modifiers.contains(String(first)) {
            return true
        }
        // Professions by their ending: cardiologist, paediatrician, musician, librarian.
        if bare.count >= 7, bare.allSatisfy({ $0.isLetter }),
           bare.hasSuffix("ologist") || bare.hasSuffix("ician") || bare.hasSuffix("ist") && bare.count >= 8 {
            return true
        }
        return false
    }

    /// A word that may stand before a role noun inside a role phrase.
    func isModifier(_ word: String) -> Bool {
        let bare = Self.bare(word)
        return Self.modifiers.contains(bare) || isHead(word)
    }

    /// A modifier, or a lower-case adjective by its ending ("honorary", "regional", "artistic", "executive").
    func isModifierLike(_ word: String) -> Bool {
        if isModifier(word) { return true }
        // "Congress President", "Board Chairman".
        if word.first?.isUppercase == true, lexicon.isOrgHeadWord(word) { return true }
        let bare = Self.bare(word)
        guard bare.count >= 5, bare.allSatisfy({ $0.isLetter || $0 == "-" }), word.first?.isLowercase == true else { return false }
        return ["al", "ary", "ic", "ive", "ior", "ian"].contains { bare.hasSuffix($0) }
    }

    /// A diplomatic role noun.
    func isDiplomatic(_ word: String) -> Bool {
        let bare = Self.singular(Self.bare(word))
        return Self.diplomatic.contains(bare) || bare.hasPrefix("consul") || bare.hasPrefix("ambassador")
    }

    /// The normal form of a role phrase: the lexicon's key of the phrase or of its head noun, else the
    /// lower-cased singular head noun ("Consul General" → "consul", "active member" → "member").
    func key(ofPhrase phrase: String) -> String? {
        if let key = lexicon.roleKey(phrase) { return key }
        let words = phrase.split(whereSeparator: { $0 == " " }).map(String.init)
        let head = words.reversed().first { isHead($0) && Self.bare($0) != "general" } ?? words.last
        guard let head else { return nil }
        if let key = lexicon.roleKey(head) { return key }
        let single = Self.singular(Self.bare(head))
        if single != Self.bare(head), let key = lexicon.roleKey(single) { return key }
        return single
    }
}
