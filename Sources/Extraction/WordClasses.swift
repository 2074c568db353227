import ArticleText
import Lexicon

/// Word-level questions the boundary and coreference mechanisms ask, answered from the lexicon.
struct WordClasses {
    let lexicon: Lexicon

    /// Words of address that precede names ("Mr.", "Dr.", "Imam"): the honorifics that are no role, academic
    /// titles, and religious and civic forms of address. "Lady" and "Lord" also begin names ("Our Lady of
    /// Guadalupe Church"), so they cut none.
    private static let honorifics: WordSet = RoleWords.honorifics.subtracting(["lady", "lord"]).union([
        "dr", "prof", "excellency",
        "sister", "brother", "father", "imam", "rabbi", "sheikh", "pastor", "reverend", "bishop", "archbishop",
        "alderman", "alderwoman", "councilman", "councilwoman", "councillor", "councilor",
        // "Professor Emeritus Lirim Dervishi": the rank after a title.
        "emeritus", "emerita",
    ])
    /// Words that join the parts of an organisation's name.
    static let nameConnectors: WordSet = ["of", "for", "and", "in", "on", "de", "des", "du", "la", "le", "el", "al", "del", "di", "da", "do", "dos", "das", "y", "ng", "&"]
    /// Words that join the parts of names other languages give their bodies, beside those of ``nameConnectors``:
    /// "Regroupement des Marocains au Canada", "Verein für Integration und Bildung", "Spolek Gruzínců v Brně".
    static let foreignNameConnectors: WordSet = [
        "les", "aux", "au", "et", "pour", "della", "delle", "dei", "degli", "e", "per", "für", "und", "van", "voor", "der", "den",
        "en", "para", "los", "las", "i", "v", "w", "na", "dla", "og", "och",
    ]
    /// Words in the names of legislatures: "Milli Majlis", "Legislative Assembly of Ontario".
    static let legislatureWords: WordSet = [
        "parliament", "assembly", "legislature", "majlis", "senate", "congress", "bundestag", "landtag", "seimas", "saeima", "sejm", "duma",
        "rada", "knesset", "riigikogu", "khural", "mazhilis", "deputies", "representatives", "storting", "riksdag",
        "folketing", "eduskunta", "althing", "oireachtas", "dail", "verkhovna", "kenesh", "mejlis", "sabor", "skupstina",
    ]
    /// The legislatures' own names that are no English word: "Mazhilis", "Seimas", "Knesset".
    static let legislatureNames = legislatureWords.subtracting(["parliament", "assembly", "legislature", "senate", "congress", "deputies", "representatives"])
    /// Chambers a country has one of, so that the capitalized word alone names one: "the Senate", "Parliament", "the Sejm"
    /// (not "the Assembly", which an association holds too).
    static let chamberNames = legislatureWords.subtracting(["assembly", "legislature", "deputies", "representatives"])
    /// Lower-case plural nouns that can end a name after a capitalized adjective ("in Arab countries").
    private static let collectiveNouns: WordSet = ["countries", "states", "nations", "communities", "territories", "regions", "lands", "affairs", "relations", "issues"]
    /// Adverbs and function words that never end a name ("Nasirov also noted").
    private static let nonNameTail: WordSet = ["also", "later", "too", "then", "now", "however", "said", "says", "today", "yesterday", "jr"]

    /// Month and weekday names: calendar words, never places or names ("in March", "on Monday", "on Sundays").
    private static let calendarWords: WordSet = WeekdayName.all.union(WeekdayName.all.map { $0 + "s" }).union([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    private func bare(_ token: Token) -> String {
        var text = token.text
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A role or title word ("Chairman", "secretary", "President", "Professor", "Mr.").
    func isRoleOrTitle(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        let word = bare(token)
        if Self.honorifics.contains(word.lowercased()) { return true }
        return lexicon.roleKey(word) != nil || !lexicon.categories(of: word).isDisjoint(with: [.role, .title])
    }

    /// A role or title word, or a role noun of the affiliation sieves the lexicon lacks ("Member", "Correspondent").
    func isAnyRoleWord(_ token: Token) -> Bool {
        isRoleOrTitle(token) || RoleWords.heads.contains(token.lower)
    }

    func isHonorific(_ token: Token) -> Bool {
        Self.honorifics.contains(bare(token).lowercased())
    }

    /// An honorific, or a title of the lexicon that is no role ("Fr", "Cllr", "Serigne", "Mar").
    func isFormOfAddress(_ token: Token) -> Bool {
        isHonorific(token) || (token.kind == .word && lexicon.roleKey(bare(token)) == nil && lexicon.categories(of: token.text).contains(.title))
    }

    func roleKey(_ token: Token) -> String? {
        lexicon.roleKey(bare(token))
    }

    func isCalendarWord(_ token: Token) -> Bool {
        Self.calendarWords.contains(bare(token).lowercased())
    }

    func isConnector(_ token: Token) -> Bool {
        Self.nameConnectors.contains(token.lower)
    }

    func isCollectiveNoun(_ token: Token) -> Bool {
        Self.collectiveNouns.contains(token.lower)
    }

    func isNonNameTail(_ token: Token) -> Bool {
        Self.nonNameTail.contains(token.lower) || (token.kind == .word && !token.startsUpper && !isConnector(token))
    }

    func isOrgHead(_ token: Token) -> Bool {
        token.kind == .word && lexicon.isOrgHeadWord(token.text)
    }

    /// A name that can own units named after it with "'s" ("the Senate's Standing Commission", "RFE/RL's North Caucasus
    /// Service", "Council of Europe's Commissioner"): a legislature or an acronym in one word, or a name that opens or
    /// ends with an organisation's head word. People and roles do not ("Prosecutor's Office", "St Brendan's College").
    func ownsUnits(_ name: ArraySlice<Token>) -> Bool {
        guard let first = name.first, let last = name.last else { return false }
        if name.count == 1 { return Self.legislatureWords.contains(first.lower) || OrganizationNames.isAbbreviation(first) }
        return isOrgHead(first) || isOrgHead(last)
    }

    /// A head word that stands first in names of its language: "Wat Khemara Buddhikaram", "Masjid Al-Noor", "Radio Kimpa
    /// Vita", "Associazione Culturale Marocchina", "Stichting Surinaamse Ouderen" (``Lexicon/orgOpeningWords``).
    func opensOrganizationName(_ token: Token) -> Bool {
        token.kind == .word && (lexicon.orgOpeningWords.contains(token.lower) || lexicon.isCompoundOfOpeningHead(token.text))
    }

    /// Head words of states as well as of organisations: "Soviet Union", "Czech Republic".
    private static let stateHeads: WordSet = ["union", "republic", "federation", "kingdom", "states", "emirates", "commonwealth", "confederation"]

    func isStateHead(_ token: Token) -> Bool {
        Self.stateHeads.contains(token.lower)
    }

    /// Lower-case words inside place names: "Frankfurt am Main", "Newcastle upon Tyne", "Bosnia and Herzegovina".
    private static let placeParticles: WordSet = [
        "and", "of", "de", "del", "la", "du", "am", "an", "der", "upon", "on", "sur", "en", "es", "el", "al", "da", "do", "dos", "das",
        "di", "des", "los", "las", "le", "y", "the",
    ]

    func isPlaceParticle(_ token: Token) -> Bool {
        token.kind == .word && Self.placeParticles.contains(token.lower)
    }

    func isDemonym(_ token: Token) -> Bool {
        !lexicon.demonymCountries(token.text).isEmpty
    }

    /// A known given name, or two joined by a hyphen ("Fatima-Zahra", "Jean-Pierre").
    func isGivenName(_ token: Token) -> Bool {
        guard token.startsUpper else { return false }
        if lexicon.isGivenName(token.text) { return true }
        let parts = token.text.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { $0.first?.isUppercase == true && lexicon.isGivenName(String($0)) }
    }

    func isSurname(_ token: Token) -> Bool {
        token.startsUpper && (lexicon.isSurname(token.text) || PersonNames.hasSurnameMorphology(token.text))
    }

    /// A place the gazetteers know by this name; "St." or "St" may stand for "Saint" ("St. Lucy", "St Kitts").
    func isPlacePhrase(_ phrase: String) -> Bool {
        let kinds: LexiconCategory = [.place, .country, .region, .city, .worldRegion]
        if !lexicon.categories(of: phrase).isDisjoint(with: kinds) { return true }
        guard let abbreviation = ["St. ", "St "].first(where: phrase.hasPrefix) else { return false }
        return !lexicon.categories(of: "Saint " + phrase.dropFirst(abbreviation.count)).isDisjoint(with: kinds)
    }

    /// "Lyon-based", "Diaspora-backed", "Gulf-listed", "Kenyan-born", "Eighty-one-year-old": a hyphenated word ending
    /// in a participle or an age in lower case describes the name after it and is no part of it.
    func isDescribingCompound(_ token: Token) -> Bool {
        guard token.kind == .word, let hyphen = token.text.lastIndex(of: "-") else { return false }
        let last = token.text[token.text.index(after: hyphen)...]
        guard last.count >= 3, last.unicodeScalars.first?.properties.isLowercase == true else { return false }
        return last.hasSuffix("ed") || last == "born" || last == "old"
    }

    /// A capitalized word that can stand inside a name, also after an Arabic article or an elision ("d'Ivoire").
    func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && (token.startsUpper || Self.hasArabicArticle(token.text) || Self.isElidedName(token.text))
    }

    /// "d'Ivoire", "l'Aquila", "d’Azur": an elided French or Italian article or preposition joined to a capitalized name.
    static func isElidedName(_ text: String) -> Bool {
        // (read scalar by scalar, with no copy: this runs on every lower-case word)
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "d" || first == "l", let mark = scalars.next(), mark == "'" || mark == "\u{2019}",
              let capital = scalars.next() else { return false }
        return capital.properties.isUppercase
    }

    /// "al-Qubati", "el-Sayed", "ad-Din", "ul-Haq": a lower-case article joined to a capitalized name.
    static func hasArabicArticle(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), let second = scalars.next(), scalars.next() == "-",
              let capital = scalars.next(), capital.properties.isUppercase, scalars.next() != nil else { return false }
        var article = String.UnicodeScalarView()
        article.append(first)
        article.append(second)
        return ["al", "el", "ad", "as", "an", "ar", "az", "ul", "ud", "ur"].contains(String(article))
    }

    /// Letters written after a name for a degree, an honour or a rank at the bar: "Maria Lopez PhD", "Amina Yusuf OBE",
    /// "Farouk Essop SC", "Chidi Okeke SAN". They are neither part of the name nor a name of their own. Written as they
    /// are (case matters: "Ma", "Md" are names).
    private static let postNominals: WordSet = [
        "PhD", "Ph.D.", "Ph.D", "DPhil", "MPhil", "EdD", "DSc", "MD", "M.D.", "MA", "MSc", "BA", "BSc", "MBA", "LLB", "LLM", "LLD",
        "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CMG", "KCMG", "CVO", "LVO", "KC", "QC", "SC", "SAN", "JP", "FRS", "FRSE",
        "FBA", "FRCP", "FRCS", "FRSA", "FREng", "CPA", "RN", "Esq", "Esq.", "OAM", "AO", "ONZM", "MNZM", "CNZM", "KNZM", "DNZM",
        "BEM", "CEng", "IEng", "FICE", "MICE", "FIStructE", "MIStructE", "MRCP", "MRCGP", "FRCGP", "FRCPath", "FRCPsych", "FRCOG",
        "FRCA", "FRCR", "FRCN", "RGN",
    ]

    static func isPostNominal(_ token: Token) -> Bool {
        token.kind == .word && postNominals.contains(token.text)
    }

    /// "NurseBridge", "WhatsApp", "YouTube": a word with a capital inside it after three letters or more, the way companies,
    /// apps and platforms are written. People's names write their inner capitals after a short particle or a prefix
    /// ("McAllister", "DeSouza", "LaToya", "MacLeod", "VanDyke"); each part of a hyphenated word is read alone ("Kamau-DuBois").
    static func isBrandName(_ token: Token) -> Bool {
        guard token.kind == .word, mayHoldInnerCapital(token.text) else { return false }
        var part: [Unicode.Scalar] = []
        for scalar in token.text.unicodeScalars {
            if scalar == "-" || scalar == "'" || scalar == "\u{2019}" {
                if isBrandPart(part) { return true }
                part.removeAll(keepingCapacity: true)
            } else {
                part.append(scalar)
            }
        }
        return isBrandPart(part)
    }

    /// False when the word is ASCII with no lower-case letter right before a capital: most words, seen without allocating.
    private static func mayHoldInnerCapital(_ text: String) -> Bool {
        var previousIsLower = false
        for byte in text.utf8 {
            if byte >= 0x80 { return true }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            if isUpper && previousIsLower { return true }
            previousIsLower = byte >= 0x61 && byte <= 0x7A
        }
        return false
    }

    private static func isBrandPart(_ part: [Unicode.Scalar]) -> Bool {
        guard let inner = part.indices.dropFirst().first(where: { Token.isUppercase(part[$0]) && ScalarClass.isLowercase(part[$0 - 1]) }),
              part[(inner + 1)...].contains(where: ScalarClass.isLowercase) else { return false }
        let prefix = String(String.UnicodeScalarView(part[..<inner])).lowercased()
        return inner >= 3 && !brandlessPrefixes.contains(prefix)
    }

    /// Longer prefixes of people's names written with a capital after them ("MacArthur", "VanderMeer").
    private static let brandlessPrefixes: WordSet = ["mac", "van", "von", "del", "della", "dela", "sha", "ter", "fitz", "vander", "vande", "ben", "abu"]

    /// "I'm", "We'll", "It's", "They've": a pronoun and a verb written as one word, capitalized where a sentence or a
    /// speaker's turn opens ("I'm Liisa Harmaja, and this is …"); never a name or part of one.
    static func isPronounContraction(_ token: Token) -> Bool {
        guard token.kind == .word, let mark = token.lower.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return false }
        return pronounsBeforeContractions.contains(String(token.lower[..<mark]))
            && contractedVerbs.contains(String(token.lower[token.lower.index(after: mark)...]))
    }

    private static let pronounsBeforeContractions: WordSet = ["i", "we", "you", "he", "she", "it", "they", "that", "there", "here", "let", "what", "who"]
    private static let contractedVerbs: WordSet = ["m", "ll", "ve", "d", "re", "s"]

    /// Lower-case particles inside people's names: "de la Rosa", "van den Broek", "bin Ali".
    private static let nameParticles: WordSet = [
        "de", "la", "le", "del", "della", "di", "da", "das", "dos", "do", "du", "van", "von", "der", "den", "ter", "ten",
        "bin", "ibn", "bint", "al", "el", "y", "i", "mac", "st.", "dela", "delos", "los", "las", "ben", "wa", "ould", "anak",
    ]

    /// Whether `token` is a name particle; the one-letter ones (Catalan "i", Spanish "y") only in lower case: "Amyntas I"
    /// ends in a numeral.
    func isNameParticle(_ token: Token) -> Bool {
        token.kind == .word && Self.nameParticles.contains(token.lower) && (token.text.unicodeScalars.count > 1 || token.text == token.lower)
    }
}
