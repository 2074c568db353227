import ArticleText
import Foundation
import Lexicon

/// Resolves references to an organisation that do not name it: "the center's", "the embassy", "its".
///
/// - "the NOUN" / "the NOUN's": the most recent organisation before the reference whose name contains the
///   noun ("the council" → "Coordinating Council of …"); a mission noun ("embassy", "consulate", "mission")
///   only ever resolves to a named mission of a compatible kind. Other nouns with no organisation of that
///   name fall back to the organisation named most recently in this or the two previous sentences
///   ("the center's secretary" after "the … Association of Victoria").
/// - "its" / "their": the organisation of a sentence-opening "The NOUN" ("The union, which …. Its chairwoman"),
///   else the first organisation of the sentence before the word, else, in the sentence before, the last organisation
///   an apposition describes by its kind ("… Cedar Circle, a network of angel investors, …. Its chairman"), else the
///   subject or the first organisation of the previous sentences (the subject is the most salient antecedent).
struct OrgReference {
    let view: ArticleView
    let lexicon: Lexicon
    /// Sentences that lie wholly inside a quotation: they do not count in the distance to an antecedent.
    let quotedSentences: Set<Int>
    /// Scalar ranges of the quotations, marks included: names inside them are no antecedents.
    let quoteSpans: [Range<Int>]
    /// ORG entities by the lower-case noun written right before one of their mentions: "the Bosnian cultural
    /// association Most" is an "association".
    let orgsAfterNoun: [String: Set<Int>]
    /// ORG entities by the last word of one of their names of two words or more, that word not after "of",
    /// "in", "the" … (name keys): what `orgs(endingWith:)` looks up.
    private let orgsByLastWord: [String: Set<Int>]

    init(view: ArticleView, lexicon: Lexicon) {
        self.view = view
        self.lexicon = lexicon
        var quoted: Set<Int> = []
        let spans = QuoteDetector(document: view.analysis.document).passages().map { passage in
            passage.openMark..<((passage.closeMark ?? passage.range.upperBound) + 1)
        }
        if !spans.isEmpty {
            for (index, sentence) in view.analysis.document.sentences.enumerated() {
                let words = view.tokens[sentence.tokens].filter { $0.kind == .word }
                guard let first = words.first, let last = words.last else { continue }
                if spans.contains(where: { $0.contains(first.range.lowerBound) && $0.contains(last.range.lowerBound) }) {
                    quoted.insert(index)
                }
            }
        }
        self.quotedSentences = quoted
        self.quoteSpans = spans
        var orgsAfterNoun: [String: Set<Int>] = [:]
        for (index, mention) in view.analysis.mentions.enumerated() where view.analysis.entities[mention.entity].type == .org {
            let before = view.mentionTokens[index].lowerBound - 1
            if before >= 0, view.tokens[before].sentence == mention.sentence, view.tokens[before].kind == .word, !view.tokens[before].isCapitalized {
                orgsAfterNoun[view.tokens[before].lowercased, default: []].insert(mention.entity)
            }
        }
        self.orgsAfterNoun = orgsAfterNoun
        var orgsByLastWord: [String: Set<Int>] = [:]
        for (index, entity) in view.analysis.entities.enumerated() where entity.type == .org {
            for name in [entity.name] + entity.aliases {
                let words = NameKey.make(name).split(separator: " ")
                guard words.count >= 2, let last = words.last,
                      !["of", "in", "the", "for", "at", "and", "de", "del", "la"].contains(words[words.count - 2]) else { continue }
                orgsByLastWord[String(last), default: []].insert(index)
            }
        }
        self.orgsByLastWord = orgsByLastWord
    }

    /// Whether a mention lies inside a quotation.
    func isQuoted(mention: Int) -> Bool {
        let start = view.analysis.mentions[mention].range.lowerBound
        return quoteSpans.contains { $0.contains(start) }
    }

    /// Whether sentence `earlier` lies within `limit` sentences before `sentence`, quoted sentences not counted.
    func isWithin(_ limit: Int, sentences earlier: Int, of sentence: Int) -> Bool {
        guard earlier < sentence else { return true }
        let between = (earlier..<sentence).filter { !quotedSentences.contains($0) }.count
        return between <= limit
    }

    /// Common nouns that refer to an organisation.
    static let orgNouns: WordSet = [
        "center", "centre", "association", "society", "federation", "council", "union", "community", "embassy",
        "mission", "consulate", "organisation", "organization", "group", "alliance", "network", "foundation",
        "forum", "league", "club", "party", "university", "school", "institute", "committee", "commission",
        "ministry", "agency", "house", "fund", "trust", "congress", "assembly", "church", "coalition",
        "movement", "diaspora", "board", "cooperative", "co-operative", "academy", "college", "ensemble",
        "choir", "company", "bureau", "department", "office", "chamber", "parliament", "government",
        "confederation", "circle", "initiative", "platform", "body", "congregation", "parish",
        "charity", "autonomy", "orchestra", "firm", "startup", "lender",
    ]

    /// Nouns that refer to a company: where the article names companies (names with a legal form), "the company"
    /// is one of them, not the nearest organisation of any kind ("the company's chief executive" after a union).
    static let companyNouns: WordSet = ["company", "firm", "startup", "lender", "maker", "manufacturer", "retailer", "distributor", "insurer"]

    /// Head words that stand alone for an organisation of that kind before a role and a name ("Club captain X",
    /// "Association chairman X", "Foundation chairman X"); generic nouns ("community", "group", "house") are
    /// left out.
    static let headWordNouns: WordSet = [
        "association", "society", "federation", "council", "union", "club", "foundation", "league", "party",
        "chamber", "network", "alliance", "institute", "committee", "church", "fund", "trust", "coalition",
        "center", "centre", "academy", "university", "college", "ensemble", "choir", "congress", "company",
        "confederation", "cooperative", "co-operative", "movement", "forum", "bureau", "agency", "commission",
    ]

    /// Nouns of public bodies and institutions that, capitalized at the head of a noun phrase, stand for the body the
    /// article names before a role and a name ("City spokesperson X", "Clinic director X", "Police spokesman X"), but
    /// that do not make an article about one of them ("the city", "the ministry" are said of many).
    static let institutionHeadWords: WordSet = [
        "ministry", "municipality", "city", "police", "court", "clinic", "hospital", "museum", "library", "school",
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

    /// Nouns that refer to a news outlet: "the channel's news editor", "Station manager X", "the paper's sub-editors".
    static let mediaNouns: WordSet = broadcastNouns.union(printNouns).union(["podcast", "website", "portal", "outlet"])
    /// Nouns of broadcasters, which refer only to an organisation named as one or written after one of them.
    private static let broadcastNouns: WordSet = ["channel", "station", "broadcaster"]
    /// Nouns of the printed press, which refer only to an organisation named as one or written after one of them.
    private static let printNouns: WordSet = [
        "paper", "newspaper", "publication", "weekly", "monthly", "daily", "magazine", "journal", "bulletin", "newsletter", "tabloid",
    ]
    /// Capitalized words in the names of broadcasters: "Daricheh TV", "Prairie Multicultural Radio", "Abay FM".
    private static let broadcastNameWords = ["tv", "radio", "fm", "television", "broadcasting"]
    /// Words before "station" that make it no broadcaster: where the article writes them, "the station" is no outlet.
    private static let otherStations: WordSet = ["polling", "police", "train", "railway", "bus", "fire", "petrol", "gas", "power", "space", "research"]

    /// The outlets of the article that a noun of the media may refer to: for a broadcaster's noun, organisations whose
    /// names hold a broadcaster's word; for the press's, those whose names end in a newspaper's title word; for
    /// either, those written after such a noun ("the weekly Borçalı Ulduzu").
    private func outlets(for noun: String) -> Set<Int> {
        let broadcast = Self.broadcastNouns.contains(noun), press = Self.printNouns.contains(noun)
        var result: Set<Int> = []
        if !press { result.formUnion(orgs(named: Self.broadcastNameWords)) }
        if !broadcast {
            for (index, entity) in view.analysis.entities.enumerated() where entity.type == .org {
                if ([entity.name] + entity.aliases).contains(where: { NameKey.make($0).split(separator: " ").last.map { Mastheads.titleWords.contains(String($0)) } ?? false }) {
                    result.insert(index)
                }
            }
        }
        let kind = broadcast ? Self.broadcastNouns : press ? Self.printNouns : Self.mediaNouns
        for noun in kind { result.formUnion(orgsAfterNoun[noun] ?? []) }
        return result
    }

    /// The outlet a noun of the media stands for at `token`: the outlet of that kind named in this sentence or the two
    /// before, else the article's most salient one; nil when it names none, and for "station" where the article writes
    /// of other stations ("polling station", "stations abroad").
    private func resolveMedia(_ noun: String, at token: Int) -> Int? {
        if noun == "station", view.tokens.indices.dropFirst().contains(where: { index in
            let before = view.tokens[index - 1].lowercased
            return view.tokens[index].lowercased == "station" && Self.otherStations.contains(before)
                || view.tokens[index].lowercased == "stations" && !["radio", "tv", "television", "community"].contains(before)
        }) {
            return nil
        }
        // (a company with a legal form is the outlet's owner, not the outlet: "Sankofa Press Ltd", publisher of the paper)
        let candidates = outlets(for: noun).subtracting(companyEntities())
        let sentence = view.tokens[token].sentence
        return orgMentions(before: token).first {
            isWithin(2, sentences: view.analysis.mentions[$0].sentence, of: sentence) && candidates.contains(view.entity(ofMention: $0))
        }.map { view.entity(ofMention: $0) } ?? mostSalient(candidates)
    }

    /// A noun that can stand for an organisation ("the council", "the center's").
    func isOrgNoun(_ word: String) -> Bool {
        let lower = RoleWords.bare(word)
        if Self.orgNouns.contains(lower) || Self.mediaNouns.contains(lower) { return true }
        return lexicon.isOrgHeadWord(lower) || lexicon.isOrgHeadWord(lower.prefix(1).uppercased() + lower.dropFirst())
    }

    /// Entity indices of ORG entities whose names end in one of `words` ("Tower Hamlets Council" for "council",
    /// not "Council of Churches").
    func orgs(endingIn words: [String]) -> Set<Int> {
        orgs(named: words).filter { index in
            let entity = view.analysis.entities[index]
            return ([entity.name] + entity.aliases).map(NameKey.make).contains { name in
                words.contains { name == NameKey.make($0) || name.hasSuffix(" " + NameKey.make($0)) }
            }
        }
    }

    /// Entity indices of ORG entities whose names contain one of `words`.
    func orgs(named words: [String]) -> Set<Int> {
        var result: Set<Int> = []
        for (index, entity) in view.analysis.entities.enumerated() where entity.type == .org {
            let names = ([entity.name] + entity.aliases).map { " " + NameKey.make($0) + " " }
            if words.contains(where: { word in names.contains { $0.containsLiterally(" " + NameKey.make(word) + " ") } }) {
                result.insert(index)
            }
        }
        for word in words { result.formUnion(orgsAfterNoun[word.lowercased()] ?? []) }
        return result
    }

    /// The mission words a diplomatic role or noun accepts ("consul" → consulates).
    static func missionWords(forRole role: String) -> [String] {
        let lower = RoleWords.singular(RoleWords.bare(role))
        if lower.hasPrefix("consul") { return ["consulate"] }
        if lower.hasPrefix("ambassador") { return ["embassy", "high commission", "mission"] }
        return missionKinds["mission"]!
    }

    /// Name words of the chamber a legislator's title points to ("councillor" → council, "deputy" → Chamber of
    /// Deputies); nil for other roles.
    static func bodyWords(forRole role: String) -> [String]? {
        switch RoleWords.singular(RoleWords.bare(role)) {
        case "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman", "cllr", "cr", "coun": return ["council"]
        case "senator", "sen": return ["senate"]
        case "mp", "msp", "mep": return ["parliament", "commons", "sabha", "sejm", "seimas", "saeima", "bundestag", "knesset", "majlis"]
        case "mla", "mpp", "mha": return ["assembly"]
        case "deputy": return ["deputies"]
        case "assemblyman", "assemblywoman", "assemblymember": return ["assembly"]
        default: return nil
        }
    }

    /// The article's organisations of the kind a role is held in, for roles that only such an institution has: "the
    /// parish priest" → its churches, mosques and temples; "the principal" → its schools; nil for other roles.
    func institutions(forRole role: String) -> Set<Int>? {
        let head = RoleWords.singular(RoleWords.bare(role))
        if Self.clergyRoles.contains(head) { return orgs(named: Self.worshipWords) }
        if Self.schoolRoles.contains(head) { return orgs(named: Self.schoolWords) }
        return nil
    }

    private static let clergyRoles: WordSet = ["priest", "pastor", "vicar", "imam", "rabbi", "granthi", "cantor", "deacon", "chaplain", "curate"]
    private static let worshipWords = [
        "church", "parish", "cathedral", "chapel", "congregation", "mosque", "masjid", "synagogue", "temple", "gurdwara", "mandir", "jamaat",
    ]
    private static let schoolRoles: WordSet = ["principal", "headteacher", "headmaster", "headmistress", "teacher"]
    private static let schoolWords = ["school", "academy", "lyceum", "madrasa", "kindergarten", "gymnasium"]

    /// Name words of the court a judicial title points to, wherever they stand in its name ("Judge X", "Justice X",
    /// "Coroner X" → the article's "High Court", "Ontario Superior Court of Justice" or "European Court of Human Rights");
    /// nil for other roles.
    static func courtWords(forRole role: String) -> [String]? {
        judicialTitles.contains(RoleWords.singular(RoleWords.bare(role))) ? ["court", "tribunal"] : nil
    }

    private static let judicialTitles: WordSet = ["judge", "justice", "recorder", "magistrate", "coroner"]

    /// Name words of the police force a police rank points to ("Detective Inspector X", "Det Supt X", "Chief Constable
    /// X" → the article's police, "Police Scotland" or "Avon and Somerset Police"); nil for other roles.
    static func forceWords(forRole role: String) -> [String]? {
        policeRanks.contains(RoleWords.singular(RoleWords.bare(role))) ? ["police", "constabulary", "garda", "gendarmerie", "politie", "polizei"] : nil
    }

    /// Name words of the town or city a municipal title points to ("Mayor X", "Bürgermeisterin X", "the assessore for
    /// social policies, X", "Wethouder X" → the article's "Stadt Köln", "Comune di Brescia", "Gemeente Den Haag" or "City of
    /// Lyon"); nil for other roles.
    static func municipalWords(forRole role: String) -> [String]? {
        municipalTitles.contains(RoleWords.singular(RoleWords.bare(role))) ? municipalBodies : nil
    }

    /// The town or city government a councillor's title points to where the article names no council: "Cllr X" → the
    /// "London Borough of Newham".
    static func councilTownWords(forRole role: String) -> [String]? {
        bodyWords(forRole: role) == ["council"] ? municipalBodies : nil
    }

    /// Titles of municipal office, in the languages the press leaves them in.
    private static let municipalTitles: WordSet = [
        "mayor", "mayoress", "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "vizebürgermeister",
        "vizebürgermeisterin", "bezirksbürgermeister", "bezirksbürgermeisterin", "stadtrat", "stadträtin", "stadtpräsident",
        "stadtpräsidentin", "burgemeester", "wethouder", "bourgmestre", "échevin", "échevine", "sindaco", "sindaca", "vicesindaco",
        "assessore", "assessora", "alcalde", "alcaldesa", "concejal", "concejala", "vereador", "vereadora", "prefeito", "prefeita",
        "borgmester", "ordfører", "varaordfører", "byråd", "byrådsleder", "rådmann", "kommunalråd", "burmistrz", "primátor", "primátorka",
    ]

    /// Words in the names of a town's or city's government.
    private static let municipalBodies = [
        "city council", "town council", "municipality", "city of", "town of", "borough of", "city hall", "town hall", "comune", "stadt", "gemeente",
        "mairie", "ville", "commune", "ayuntamiento", "câmara municipal", "prefeitura", "kommune", "kommun", "magistrát",
    ]

    private static let policeRanks: WordSet = [
        "inspector", "insp", "superintendent", "supt", "constable", "sergeant", "sgt", "detective", "det", "pc", "di", "dci", "dc", "ds",
    ]

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

    /// The organisation whose name holds `noun` (lower-cased; "center" and "centre", "organisation" and "organization"
    /// alike) mentioned last before `token`, or nil.
    func nearestNamed(_ noun: String, before token: Int) -> Int? {
        var words = [noun]
        if noun == "center" { words.append("centre") }
        if noun == "centre" { words.append("center") }
        if noun == "organisation" { words.append("organization") }
        if noun == "organization" { words.append("organisation") }
        let named = orgs(named: words)
        let before = orgMentions(before: token).map { view.entity(ofMention: $0) }.filter { named.contains($0) }
        guard let nearest = before.first else { return nil }
        // (of two, the one named more often so far: "the union's general secretary" after the Workers' Union (WU) … and
        // one "European Union")
        var counts: [Int: Int] = [:]
        for entity in before { counts[entity, default: 0] += 1 }
        return before.first { counts[$0]! > counts[nearest]! } ?? nearest
    }

    /// The organisation "the NOUN" refers to at token `token`.
    func resolve(noun: String, before token: Int) -> Int? {
        let lower = RoleWords.bare(noun)
        let sentence = view.tokens[token].sentence
        let mentions = orgMentions(before: token)
        if let accepted = Self.missionKinds[lower] {
            let missions = orgs(named: accepted)
            // "head of the embassy's consular section, said the Embassy of … ": the article's only mission of
            // the kind, named after the reference.
            return mentions.lazy.map { view.entity(ofMention: $0) }.first { missions.contains($0) } ?? (missions.count == 1 ? missions.first : nil)
        }
        if let match = nearestNamed(lower, before: token) { return match }
        if Self.mediaNouns.contains(lower) { return resolveMedia(lower, at: token) }
        guard !Self.premisesNouns.contains(lower) else { return nil }
        if Self.companyNouns.contains(lower), case let companies = companyEntities(), !companies.isEmpty {
            return mentions.lazy.map { self.view.entity(ofMention: $0) }.first { companies.contains($0) } ?? mostSalient(companies)
        }
        // Generic nouns ("organisation", "group", "body") and names that do not repeat the noun; never a
        // diplomatic mission, which is only ever "the embassy", "the consulate", "the mission", and never an
        // organisation whose name says it is of another kind ("the association" is no "City Council").
        let missions = orgs(named: Self.missionKinds["mission"]!)
        return mentions.first {
            isWithin(2, sentences: view.analysis.mentions[$0].sentence, of: sentence) && !missions.contains(view.entity(ofMention: $0))
                && !isQuoted(mention: $0) && !isOfAnotherKind(view.entity(ofMention: $0), than: lower)
        }
            .map { view.entity(ofMention: $0) }
    }

    /// The ORG entities named with a company's legal form ("Mekong Precision Components Inc.", "Bank Wisła Polska S.A.").
    func companyEntities() -> Set<Int> {
        Set(view.analysis.entities.indices.filter { index in
            let entity = view.analysis.entities[index]
            return entity.type == .org && ([entity.name] + entity.aliases).contains {
                OrganizationNames.endsInLegalForm(NameKey.make($0).split(separator: " ")[...])
            }
        })
    }

    /// Nouns of places that news names without naming an organisation ("runs the school", "the house was
    /// full"): they refer only to an organisation whose name holds them.
    static let premisesNouns: WordSet = ["school", "house"]

    /// Nouns that say nothing of an organisation's kind: "the group" or "the party" may stand for an
    /// "Alliance", a "Union" or a "Council".
    static let kindlessNouns: WordSet = [
        "organisation", "organization", "group", "body", "charity", "community", "diaspora", "party", "initiative",
        "platform", "movement", "network", "coalition", "alliance", "house", "office", "government",
    ]

    /// Head words of public bodies: "the association" or "the center" never stands for a "City Council" or a
    /// "Ministry of Education".
    static let publicBodyNouns: WordSet = [
        "council", "ministry", "department", "parliament", "commission", "agency", "bureau", "assembly", "chamber",
    ]

    /// Whether the name of `org` says it is a public body while `noun` names a body of another kind ("Fairfield
    /// City Council" for "the association"); a kindless noun never differs.
    func isOfAnotherKind(_ org: Int, than noun: String) -> Bool {
        guard !Self.kindlessNouns.contains(noun), !Self.publicBodyNouns.contains(noun), Self.orgNouns.contains(noun) else { return false }
        let entity = view.analysis.entities[org]
        return ([entity.name] + entity.aliases).contains { name in
            NameKey.make(name).split(separator: " ").contains { Self.publicBodyNouns.contains(String($0)) }
        }
    }

    /// The organisation a bare head word at `token` stands for ("Club captain X"): the article's organisations whose
    /// names contain the word, the most often mentioned first, then the first mentioned; nil when none does. A noun of
    /// the media ("Station manager X") stands for an outlet of its kind.
    func resolveHeadWord(_ noun: String, at token: Int) -> Int? {
        let lower = RoleWords.bare(noun)
        if Self.mediaNouns.contains(lower) { return resolveMedia(lower, at: token) }
        guard Self.headWordNouns.contains(lower) || Self.institutionHeadWords.contains(lower) else { return nil }
        var words = [lower]
        if lower == "center" { words.append("centre") }
        if lower == "centre" { words.append("center") }
        let missions = orgs(named: Self.missionKinds["mission"]!)
        var candidates = orgs(named: words).subtracting(missions)
        // "Club chairman X" of "SV Yeşilyurt Duisburg 1974": a club is named by its letters as well.
        if lower == "club" { candidates.formUnion(clubsByLetters()) }
        return mostSalient(candidates)
    }

    /// ORG entities named with a sports club's letters or words ("FK Drina St. Louis", "Lapithos United").
    private func clubsByLetters() -> Set<Int> {
        Set(view.analysis.entities.indices.filter { index in
            let entity = view.analysis.entities[index]
            return entity.type == .org && ([entity.name] + entity.aliases).contains { name in
                let words = name.split(separator: " ")
                return words.count >= 2 && words.contains { $0.first?.isUppercase == true && OrganizationNames.isClubAffix($0.lowercased()) }
            }
        })
    }

    /// The candidate mentioned most often; ties go to the one mentioned first.
    func mostSalient(_ candidates: Set<Int>) -> Int? {
        guard !candidates.isEmpty else { return nil }
        var count: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        for (index, mention) in view.analysis.mentions.enumerated() where candidates.contains(mention.entity) {
            count[mention.entity, default: 0] += 1
            if first[mention.entity] == nil { first[mention.entity] = index }
        }
        return candidates.max { lhs, rhs in
            (count[lhs] ?? 0, -(first[lhs] ?? Int.max)) < (count[rhs] ?? 0, -(first[rhs] ?? Int.max))
        }
    }

    /// The organisation an article is about, for text that names none ("The new committee consists of:"):
    /// the one named most often, counting "the NOUN" references to a name with that noun; not a mission.
    func mainOrganisation() -> Int? {
        let missions = orgs(named: Self.missionKinds["mission"]!)
        var score: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        for (index, mention) in view.analysis.mentions.enumerated()
        where view.analysis.entities[mention.entity].type == .org && !missions.contains(mention.entity) && !isAgencyTag(index) {
            score[mention.entity, default: 0] += 2
            if first[mention.entity] == nil { first[mention.entity] = index }
        }
        guard !score.isEmpty else { return nil }
        for index in view.tokens.indices.dropLast() where view.tokens[index].lowercased == "the" && view.outerMention[index + 1] == nil {
            let noun = view.tokens[index + 1].lowercased
            guard Self.headWordNouns.contains(noun) else { continue }
            for org in orgs(named: [noun]) where score[org] != nil { score[org, default: 0] += 1 }
        }
        return score.keys.max { lhs, rhs in
            (score[lhs]!, -(first[lhs] ?? Int.max)) < (score[rhs]!, -(first[rhs] ?? Int.max))
        }
    }

    /// "BISHKEK, March 3 (Kabar) –": the agency that writes the article, in brackets in its first sentence, is
    /// not what the article is about.
    private func isAgencyTag(_ mention: Int) -> Bool {
        let tokens = view.mentionTokens[mention]
        return view.analysis.mentions[mention].sentence == 0 && tokens.lowerBound > 0 && tokens.upperBound < view.tokens.count
            && view.tokens[tokens.lowerBound - 1].text == "(" && view.tokens[tokens.upperBound].text == ")"
    }

    /// ORG entities whose name ends in `word` after other proper words ("Club Atlético Armenio Ararat" for
    /// "Ararat"), not after "of"/"in" ("Ports of Auckland" is not "Auckland").
    func orgs(endingWith word: String) -> Set<Int> {
        orgsByLastWord[NameKey.make(word)] ?? []
    }

    /// The organisation a sentence opening with "The NOUN" names as its subject, and where the noun ends: "The union,
    /// which …, handed a petition to the Landtag." → the union; also after an opening phrase set off by a comma
    /// ("Since February 2022, the choir has given …").
    private func subjectReference(in sentence: Int) -> (org: Int, end: Int)? {
        let pieces = view.sentencePieces[sentence]
        // "Since February 2022, the choir has given …": an opening phrase of time or place set off by a comma, naming
        // no one, comes before the subject.
        var opening = 0
        if view.word(pieces, 0) != "the", let comma = pieces.prefix(8).firstIndex(where: { view.word($0) == "," }),
           pieces[..<comma].allSatisfy({ $0.mention == nil || view.entity($0, .place) != nil || view.entity($0, .date) != nil }) {
            opening = comma + 1
        }
        guard view.word(pieces, opening) == "the", let noun = pieces.at(opening + 1), let word = view.word(noun) else { return nil }
        // "The union's youth branch, the ABC Club, …": the head of the subject is another noun.
        if let next = pieces.at(opening + 2), view.isPossessiveMarker(next) || AffiliationSieves.bodyWords.contains(view.word(next) ?? "") { return nil }
        return resolveOrgNoun(word, at: noun.tokens.lowerBound).map { ($0, noun.tokens.upperBound) }
    }

    /// "the NOUN" as the subject of a sentence or clause, for a noun that only ever names an organisation
    /// ("the union", "the charity"; not "the service"): the organisation it refers to at token `token`.
    func resolveOrgNoun(_ noun: String, at token: Int) -> Int? {
        guard Self.orgNouns.contains(RoleWords.bare(noun)) else { return nil }
        return resolve(noun: noun, before: token)
    }

    /// The organisation "its" / "their" refers to at token `token`.
    func resolvePossessivePronoun(before token: Int) -> Int? {
        let sentence = view.tokens[token].sentence
        if let subject = subjectReference(in: sentence), subject.end <= token { return subject.org }
        // "It now meets at the Low Hill Community Centre …, said its secretary": "its" is what "It" is, from before.
        let opensWithIt = view.word(view.sentencePieces[sentence], 0) == "it" && view.sentencePieces[sentence][0].tokens.upperBound <= token
        let inSentence = view.mentions(in: sentence, .org).filter { view.mentionTokens[$0].upperBound <= token }
        if !opensWithIt, let first = inSentence.first { return view.entity(ofMention: first) }
        var previous = sentence - 1
        while previous >= 0, previous >= sentence - 2 {
            if previous == sentence - 1, let described = describedMention(in: previous) { return view.entity(ofMention: described) }
            if let subject = subjectReference(in: previous) { return subject.org }
            if let first = view.mentions(in: previous, .org).first { return view.entity(ofMention: first) }
            if !view.mentions(in: previous, .person).isEmpty || speaksOfUnnamedGroup(previous) { return nil }
            previous -= 1
        }
        return nil
    }

    /// "X's backers included [Cedar Circle], a network of … investors, which put in £400,000. Its chairman, …": the last
    /// organisation of the sentence that an apposition describes by its kind is what the next sentence's "its" speaks of.
    private func describedMention(in sentence: Int) -> Int? {
        let names = OrganizationNames(document: view.analysis.document, words: WordClasses(lexicon: lexicon))
        return view.mentions(in: sentence, .org).last { names.opensKindApposition(at: view.mentionTokens[$0].upperBound) }
    }

    /// Groups that news names without naming an organisation: "The cup was won by the team from the Tolbo
    /// district. X, its captain, …" — "its" is the team's.
    static let unnamedGroupNouns: WordSet = ["team", "crew", "squad", "band", "troupe", "family", "village", "class"]

    /// Whether sentence `index` speaks of "the NOUN" of an unnamed group.
    private func speaksOfUnnamedGroup(_ index: Int) -> Bool {
        let pieces = view.sentencePieces[index]
        return pieces.indices.contains { position in
            view.word(pieces, position) == "the" && Self.unnamedGroupNouns.contains(view.word(pieces, position + 1) ?? "")
        }
    }
}
