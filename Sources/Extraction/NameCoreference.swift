import ArticleText
import Lexicon

/// Within-article coreference of names: deterministic sieves in the spirit of Lee et al. (2013).
///
/// PERSON: exact full name; a single word that is the surname (or given name) of an earlier person; plural
/// families split into their members. ORG: the same name with or without a trailing "in PLACE"; an acronym
/// declared in parentheses or equal to the initials of the name. PLACE: the same GeoNames place, else the same
/// name. The canonical name is the longest proper form.
struct NameCoreference {
    let document: TextDocument
    let words: WordClasses
    let lexicon: Lexicon
    let people: PersonNames

    private var tokens: [Token] { document.tokens }

    /// Entities under construction: their forms and mentions.
    private final class Cluster {
        let type: EntityType
        private(set) var forms: [String] = []
        /// `nameWords` of each form, kept with the forms so the person sieves compare without refolding.
        private(set) var formWords: [[String]] = []
        /// The words of each form's `NameKey` and its length in characters, for the variant sieves.
        private(set) var formKeyWords: [[Substring]] = []
        private(set) var formLengths: [Int] = []

        func add(form: String) {
            guard !forms.contains(form) else { return }
            forms.append(form)
            formWords.append(NameCoreference.nameWords(form))
            formKeyWords.append(NameKey.make(form).split(separator: " "))
            formLengths.append(form.count)
        }
        var canonical: String?
        var mentions: [(range: Range<Int>, text: String, sentence: Int)] = []
        var geonamesID: Int?
        init(type: EntityType) { self.type = type }
    }

    func resolve(_ spans: [NameSpan], into analysis: inout ArticleAnalysis) {
        var clusters: [Cluster] = []
        var personClusters: [Cluster] = []
        var orgByKey: [String: Cluster] = [:]
        var bareOrgByKey: [String: Cluster] = [:]  // names without a trailing "in PLACE"
        var orgByStem: [String: Cluster?] = [:]  // names with one, by their stem; nil when the stem is ambiguous
        var placeByKey: [String: Cluster] = [:]
        // Other names declared in brackets after a name ("NiDCOM", "Huaxia Weekly") that the article used alone before:
        // their earlier mentions join the name's cluster at the end.
        var declaredOtherNames: [(name: Cluster, other: Cluster)] = []
        let resolver = PlaceResolution(lexicon: lexicon)
        let articleCountries = resolver.countries(mentionedBy: spans.filter { $0.type == .place }.map { $0.text(in: document) })
        // "SAN JOSÉ, Costa Rica": a place followed by a comma and a country lies in that country, wherever the article
        // names it.
        var qualifiedCountry: [String: String] = [:]
        for (place, next) in zip(spans, spans.dropFirst()) where place.type == .place && next.type == .place
            && next.tokens.lowerBound == place.tokens.upperBound + 1 && tokens[place.tokens.upperBound].text == "," {
            if let country = resolver.resolve(next.text(in: document), countries: []), country.kind == .country {
                qualifiedCountry[NameKey.make(place.text(in: document))] = country.countryCode
            }
        }
        func countries(for names: [String]) -> Set<String> {
            // (most articles qualify no place: no key is made for them)
            guard !qualifiedCountry.isEmpty else { return articleCountries }
            return names.lazy.compactMap { qualifiedCountry[NameKey.make($0)] }.first.map { [$0] } ?? articleCountries
        }

        func addMention(_ cluster: Cluster, _ tokenRange: Range<Int>, part: Range<Int>? = nil) {
            let span = NameSpan(cluster.type, tokenRange, part: part)
            let text = span.text(in: document)
            cluster.mentions.append((span.range(in: document), text, tokens[tokenRange.lowerBound].sentence))
            cluster.add(form: text)
        }

        var previousOrg: (span: NameSpan, cluster: Cluster)?
        var previousPerson: (span: NameSpan, cluster: Cluster)?
        // Given names a family span claims ("Ilgar" of "Ilgar and Peri Mamedovs") are mentions of its members only.
        let familyTokens = spans.filter { $0.type == .person }.flatMap { people.familyMembers($0)?.map(\.tokens) ?? [] }
        // The same word keeps one type in an article: a lone "place" that is a word of a person's full
        // name ("Serik" of "Serik Nurlanov", "Tadesse" of "Mesfin Tadesse") is that person.
        let boundaries = SpanBoundaries(document: document, words: words)
        let personWords = Set(spans.filter { $0.type == .person && boundaries.looksLikePersonName($0.tokens) }
            .flatMap { span in span.tokens.map { tokens[$0].text } })
        // So is a lone "organisation" that is such a word and no acronym or known organisation ("Mushailov" of "Arkadi
        // Mushailov").
        let spans = spans.map { span in
            guard span.tokens.count == 1, span.part == nil, personWords.contains(tokens[span.tokens.lowerBound].text) else { return span }
            let token = tokens[span.tokens.lowerBound]
            switch span.type {
            case .place where resolver.resolve(token.text, countries: [])?.kind != .country,
                 .org where !token.isAcronymLike && !lexicon.categories(of: token.text).contains(.knownOrganization) && !words.isOrgHead(token):
                return NameSpan(.person, span.tokens)
            default:
                return span
            }
        }
        for span in spans {
            let text = span.text(in: document)
            // "[PLACE Serik] and Aigul Nurlanovs": a given name a family claims is no name of another type.
            if span.type != .person, familyTokens.contains(where: { $0.lowerBound <= span.tokens.lowerBound && span.tokens.upperBound <= $0.upperBound }) {
                continue
            }
            switch span.type {
            case .person:
                let members = people.familyMembers(span)
                if members == nil, familyTokens.contains(where: { $0.lowerBound <= span.tokens.lowerBound && span.tokens.upperBound <= $0.upperBound }) {
                    continue
                }
                if let members {
                    for member in members {
                        let cluster = Cluster(type: .person)
                        cluster.canonical = member.fullName
                        for form in [member.fullName] + member.aliases { cluster.add(form: form) }
                        addMention(cluster, member.tokens)
                        clusters.append(cluster)
                        personClusters.append(cluster)
                    }
                    continue
                }
                // "Séamus Ó Raghallaigh, known to three generations of the Birmingham Irish as Jimmy Reilly": the name
                // a person is known by.
                let knownAs = previousPerson.flatMap { previous in
                    isKnownAs(span.tokens.lowerBound, after: previous.span.tokens.upperBound, phraseLimit: 12)
                        || isSpelling(span, of: previous.span) ? previous.cluster : nil
                }
                var nameTokens = span.tokens
                let cluster = knownAs ?? personCluster(for: span, among: personClusters, nameTokens: &nameTokens) ?? {
                    let made = Cluster(type: .person)
                    clusters.append(made)
                    personClusters.append(made)
                    return made
                }()
                addMention(cluster, nameTokens, part: span.part)
                previousPerson = (span, cluster)
            case .org:
                let key = NameKey.make(text)
                let withoutIn = Self.withoutTrailingPlace(key)
                let stem = withoutIn == key ? withoutTrailingKnownPlace(span.tokens) ?? key : withoutIn
                // "Association of Azerbaijanis" and "… in Quebec" are one organisation, so are "FK Drina" and "FK Drina St.
                // Louis"; "… in America" and "… in Arab countries" are two.
                var cluster = orgByKey[key] ?? (stem != key ? bareOrgByKey[stem] : orgByStem[key] ?? nil)
                declaring: if span.tokens.count == 1, OrganizationNames.isAbbreviation(tokens[span.tokens.lowerBound]) {
                    // (in brackets or after a comma: "NUJ and IFJ" are two)
                    if let previous = previousOrg, previous.span.tokens.upperBound + 1 == span.tokens.lowerBound,
                       ["(", ","].contains(tokens[span.tokens.lowerBound - 1].text) {
                        // "Nigerians in Diaspora Commission (NiDCOM)" declares the abbreviation, which a headline
                        // may have used alone before.
                        if let alone = cluster, alone !== previous.cluster {
                            // ("(Msoplio Kartuli Temebis Sabcho, MKTS)": after another name in the same brackets.)
                            let start = span.tokens.lowerBound, named = previous.span.tokens.lowerBound
                            let inBrackets = tokens[start - 1].text == "(" || tokens[start - 1].text == "," && named > 0 && tokens[named - 1].text == "("
                                && start + 1 < tokens.count && tokens[start + 1].text == ")"
                            guard inBrackets, alone.forms == [text] else { break declaring }
                            declaredOtherNames.append((name: previous.cluster, other: alone))
                        }
                        cluster = previous.cluster
                    } else if cluster == nil {
                        cluster = clusters.first { $0.type == .org && $0.forms.contains { Self.initials(of: $0) == text } }
                    }
                }
                // "Union of Georgian Emigrants in Greece (Kartveli Emigrantebis Kavshiri)", "… of Korea (HRD Korea)",
                // "Federal Administrative Court (Bundesverwaltungsgericht, BVwG)": a name in brackets right after another,
                // alone or before an acronym, is the same organisation's other name.
                let end = span.tokens.upperBound
                let beforeAcronym = end + 2 < tokens.count && tokens[end].text == "," && tokens[end + 2].text == ")"
                // So is one word alone in brackets ("Election Supervisory Agency (Bawaslu)"), and a name after "The"
                // ("Codka Columbus (The Columbus Voice)").
                let opening = span.tokens.lowerBound >= 2 && tokens[span.tokens.lowerBound - 1].lower == "the" ? span.tokens.lowerBound - 1 : span.tokens.lowerBound
                if let previous = previousOrg, previous.span.tokens.upperBound + 1 == opening,
                   tokens[opening - 1].text == "(", end < tokens.count && tokens[end].text == ")" || beforeAcronym {
                    // ("Huaxia Zhoubao (Huaxia Weekly)" after a headline that named the paper by its English name alone)
                    if let alone = cluster, alone !== previous.cluster, alone.forms == [text] {
                        declaredOtherNames.append((name: previous.cluster, other: alone))
                    }
                    if cluster.map({ $0.forms == [text] }) ?? true { cluster = previous.cluster }
                }
                // "RFE/RL's Belarus Service, known to listeners as Radio Svaboda": the name it is known by.
                if cluster == nil, let previous = previousOrg, isKnownAs(span.tokens.lowerBound, after: previous.span.tokens.upperBound) {
                    cluster = previous.cluster
                }
                let resolved = cluster ?? {
                    let made = Cluster(type: .org)
                    clusters.append(made)
                    return made
                }()
                orgByKey[key] = resolved
                if stem == key {
                    bareOrgByKey[key] = resolved
                } else if let known = orgByStem[stem] {
                    if known !== resolved { orgByStem[stem] = .some(nil) }  // two places: ambiguous
                } else {
                    orgByStem[stem] = resolved
                }
                addMention(resolved, span.tokens, part: span.part)
                previousOrg = (span, resolved)
            case .place:
                let place = resolver.resolve(text, countries: countries(for: [text]))
                let key = place.map { "geonames:\($0.geonamesID)" } ?? NameKey.make(text)
                let cluster = placeByKey[key] ?? {
                    let made = Cluster(type: .place)
                    made.geonamesID = place?.geonamesID
                    clusters.append(made)
                    return made
                }()
                placeByKey[key] = cluster
                addMention(cluster, span.tokens, part: span.part)
            case .date:
                continue
            }
        }

        for (name, other) in declaredOtherNames where name !== other {
            name.mentions += other.mentions
            for form in other.forms { name.add(form: form) }
            other.mentions = []
        }
        mergeSurnamesWrittenFirst(personClusters)
        for cluster in mergeVariants(clusters.filter { !$0.mentions.isEmpty }) {
            let entityIndex = analysis.entities.count
            var name = cluster.canonical ?? Self.canonical(cluster.forms)
            // A resolved place is called by the article's form of its GeoNames name: "Azerbaijan" over
            // "Republic of Azerbaijan".
            if cluster.geonamesID != nil, let form = cluster.forms.first,
               let gazetteerName = resolver.resolve(form, countries: countries(for: cluster.forms))?.name {
                if let written = cluster.forms.first(where: { NameKey.make($0) == NameKey.make(gazetteerName) }) {
                    let allCapitals = !written.contains { $0.isLowercase }
                    // "Baku" for "BAKU", "Zahlé" as written; "Tehran" for "TEHRAN", as the text spells it, not "Tehrān".
                    let plain = gazetteerName.folding(options: .diacriticInsensitive, locale: nil)
                    let cased = plain.uppercased() == written.uppercased() ? plain : gazetteerName
                    name = allCapitals && written.count > 3 ? cased : written
                } else if lexicon.places(named: form).isEmpty {
                    name = gazetteerName  // only press abbreviations of the region: "Ont", "Calif" → "Ontario", "California"
                }
            }
            var entity = AnalyzedEntity(type: cluster.type, name: name, aliases: cluster.forms)
            if cluster.type == .place {
                entity.place = resolver.detail(for: name, countries: countries(for: cluster.forms))
            }
            analysis.entities.append(entity)
            for mention in cluster.mentions {
                analysis.mentions.append(AnalyzedMention(entity: entityIndex, range: mention.range, text: mention.text, sentence: mention.sentence))
            }
        }
        analysis.mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// The person an occurrence refers to: same full name, or a one-word surname/given name of an earlier person. A
    /// title that opens the occurrence may be left out ("Sheikh Mohammed" after "Mohammed bin Rashid Al Maktoum",
    /// "General Kiknadze" after "Davit Kiknadze"); the mention is then the name without it (`nameTokens`).
    private func personCluster(for span: NameSpan, among clusters: [Cluster], nameTokens: inout Range<Int>) -> Cluster? {
        let written = Self.nameWords(span.text(in: document))
        if let found = personCluster(named: written, among: clusters) { return found }
        // (not a title that is also a given name and no ordinary word: "Emir Salihović" may be another Salihović)
        let first = document.tokens[span.tokens.lowerBound]
        guard span.part == nil, span.tokens.count >= 2, written.count >= 2, self.words.isRoleOrTitle(first),
              !self.words.isGivenName(first) || lexicon.isOrdinaryWord(first.lower),
              let found = personCluster(named: Array(written.dropFirst()), among: clusters) else { return nil }
        nameTokens = (span.tokens.lowerBound + 1)..<span.tokens.upperBound
        return found
    }

    private func personCluster(named words: [String], among clusters: [Cluster]) -> Cluster? {
        func last(where matches: ([String]) -> Bool) -> Cluster? {
            clusters.last { $0.formWords.contains(where: matches) }
        }
        if let same = last(where: { $0 == words }) { return same }
        if words.count == 1 {
            let word = words[0]
            if let bySurname = last(where: { $0.count >= 2 && $0.last == word }) { return bySurname }
            if let byGivenName = last(where: { $0.count >= 2 && $0.first == word }) { return byGivenName }
            // "Moreno" after "Andrés Felipe Moreno Ríos": the first of two surnames.
            return last { $0.dropFirst().dropLast().contains(word) }
        }
        // "de la Rosa Khoury" after "Mariana de la Rosa Khoury": the surname with its particles.
        if let bySurnames = last(where: { $0.count > words.count && Array($0.suffix(words.count)) == words }) { return bySurnames }
        // "Mohd Faizal" after "Mohd Faizal Abdul Rahman", "Nur Aisyah" after "Nur Aisyah Kamaruddin": the given names of a
        // name without a family name (Malay, Indonesian, Arabic usage); not before ordinary words ("… Okwuosa Prize").
        if let byGivenNames = last(where: { $0.count > words.count && Array($0.prefix(words.count)) == words
                                            && !$0.dropFirst(words.count).contains(where: lexicon.isOrdinaryWord) }) {
            return byGivenNames
        }
        // "Ilham Aliyev" after "Ilham Heydar Aliyev": same first and last word.
        if let byFirstAndLast = last(where: { $0.count >= 2 && $0.first == words.first && $0.last == words.last }) { return byFirstAndLast }
        // "Sadyrbekov Erlan" after "Erlan Sadyrbekov", "Toktosunov Almaz Bekmuratovich" after "Almaz Bekmuratovich
        // Toktosunov": the same person with the family name written first, as protocol lists write it; the first and
        // the last word of the full name are there, and one word is no given name ("Hassan Ali" may be another than
        // "Ali Hassan").
        if words.count >= 2, !words.allSatisfy(lexicon.isGivenName),
           let reordered = last(where: { $0.count >= words.count && $0 != words && Set(words).isSubset(of: $0)
                                         && words.contains($0.first!) && words.contains($0.last!) }) {
            return reordered
        }
        // "A.T. Gabaraev" after "Aslan Taymurazovich Gabaraev", "Z.K. Tsagaeva" after "Tsagaeva Zarina Kazbekovna": the
        // initials of the other names, in order, and the family name.
        let initials = words.dropLast()
        guard words.count >= 2, initials.allSatisfy({ $0.count == 1 }), let family = words.last, family.count >= 2 else { return nil }
        return last { full in
            guard let at = full.firstIndex(of: family) else { return false }
            var others = full
            others.remove(at: at)
            return initials.count <= others.count && zip(initials, others).allSatisfy { $0.first == $1.first }
        }
    }

    /// The words of a written name, each folded as `NameKey` folds it, a hyphenated surname kept as one
    /// word ("Begić-Durmo" → "begic durmo"), an initial written against the name apart ("D.Batbold" → "d", "batbold").
    static func nameWords(_ text: String) -> [String] {
        var result: [String] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            var parts = [word]
            if let dot = word.firstIndex(of: "."), dot != word.indices.last, word.distance(from: word.startIndex, to: dot) <= 2 {
                parts = [word[...dot], word[word.index(after: dot)...]]
            }
            for part in parts {
                let key = NameKey.make(String(part))
                if !key.isEmpty { result.append(key) }
            }
        }
        return result
    }

    /// "Director Radosavljević: …" in a headline, "Miloš Radosavljević" in the body: a person named by one word before
    /// the full name is that person; of several full names that end (or start, or hold it inside, as the first of two
    /// surnames) with the word, the one named first.
    private func mergeSurnamesWrittenFirst(_ clusters: [Cluster]) {
        for short in clusters where !short.mentions.isEmpty && short.formWords.allSatisfy({ $0.count == 1 }) {
            guard let word = short.formWords.first?.first else { continue }
            func named(_ matches: ([String]) -> Bool) -> [Cluster] {
                clusters.filter { $0 !== short && !$0.mentions.isEmpty && $0.formWords.contains(where: matches) }
            }
            let bySurname = named { $0.count >= 2 && $0.last == word }
            let byGivenName = bySurname.isEmpty ? named { $0.count >= 2 && $0.first == word } : []
            // "Betancourt" in the headline, "Yanelis Betancourt Olazábal" in the body: the first of two surnames.
            let target = !bySurname.isEmpty ? bySurname : !byGivenName.isEmpty ? byGivenName : named { $0.dropFirst().dropLast().contains(word) }
            // (of several, the one introduced first: "Salihović 88'" in the score line is the scorer named in full next)
            guard let long = target.first else { continue }
            long.mentions += short.mentions
            for form in short.forms { long.add(form: form) }
            short.mentions = []
        }
    }

    /// Joins clusters the sieves above kept apart because the short form came first or is no prefix:
    /// an ORG abbreviation and the name whose capitals spell it ("PNA" … "Philippine News Agency"), an ORG
    /// name and the same name plus organisation head words ("Anadolu" … "Anadolu Agency") or plus an "of /
    /// on / for" complement ("State Committee" … "State Committee on Work with Diaspora"), and an
    /// unresolved PLACE that ends another place's name ("Korea" after "South Korea").
    private func mergeVariants(_ clusters: [Cluster]) -> [Cluster] {
        var kept: [Cluster] = []
        for cluster in clusters {
            if cluster.type != .person, let target = kept.first(where: { $0.type == cluster.type && sameEntity($0, cluster) }) {
                target.mentions += cluster.mentions
                for form in cluster.forms { target.add(form: form) }
            } else {
                kept.append(cluster)
            }
        }
        return kept
    }

    private func sameEntity(_ a: Cluster, _ b: Cluster) -> Bool {
        for (i, x) in a.forms.enumerated() {
            for (j, y) in b.forms.enumerated() where x != y {
                let xIsShort = a.formLengths[i] <= b.formLengths[j]
                let (short, long) = xIsShort ? (x, y) : (y, x)
                let shortWords = xIsShort ? a.formKeyWords[i] : b.formKeyWords[j]
                let longWords = xIsShort ? b.formKeyWords[j] : a.formKeyWords[i]
                switch a.type {
                case .org:
                    if !short.containsLiterally(" "), short.count >= 2, short.count <= 10, short.filter(\.isUppercase).count >= 2,
                       Self.initials(of: long) == short.uppercased() {
                        return true
                    }
                    if shortWords.count < longWords.count, Array(longWords.prefix(shortWords.count)) == shortWords {
                        let rest = longWords.dropFirst(shortWords.count)
                        // "… Society of Western Australia" and "… Inc.": a company's legal form is no other name; nor
                        // is the scope word a name ends in ("Harbour Aid" of "Harbour Aid International").
                        if rest.allSatisfy({ lexicon.isOrgHeadWord(String($0)) || OrganizationNames.legalForms.contains(String($0))
                            || Self.scopeWords.contains(String($0)) }) { return true }
                        // "Mekong Precision" and "Mekong Precision Components Inc.": a company's short form; "Hooyo" and
                        // "Hooyo ry": an association's.
                        if rest.count <= 4, OrganizationNames.endsInLegalForm(rest) || OrganizationNames.endsInAssociationForm(rest) { return true }
                        // "State Committee" after "State Committee on Work with Diaspora"; a chamber by its own name,
                        // "Mazhilis" after "Mazhilis of the Parliament of Kazakhstan", "Senate" after "Senate of Canada".
                        if shortWords.count >= 2 || shortWords.count == 1 && WordClasses.chamberNames.contains(String(shortWords[0])),
                           let next = rest.first, ["of", "on", "for"].contains(next) { return true }
                    }
                    // "Lapithos" and "Lapithos United", "Rif" and "SV Rif Utrecht": a sports club and its core name.
                    if shortWords.count < longWords.count, let at = longWords.firstIndex(of: shortWords[0]),
                       Array(longWords[at...].prefix(shortWords.count)) == shortWords,
                       (longWords[..<at] + longWords[(at + shortWords.count)...]).contains(where: { OrganizationNames.isClubAffix(String($0)) }),
                       longWords[..<at].allSatisfy({ OrganizationNames.isClubAffix(String($0)) }) {
                        return true
                    }
                    // "the Senate" after "the Hamburg Senate".
                    if shortWords.count == 1, longWords.count >= 2, longWords.last == shortWords[0], WordClasses.chamberNames.contains(String(shortWords[0])) {
                        return true
                    }
                case .place:
                    let shortCluster = xIsShort ? a : b
                    if shortCluster.geonamesID == nil, shortWords.count < longWords.count,
                       Array(longWords.suffix(shortWords.count)) == shortWords {
                        return true
                    }
                case .person, .date:
                    break
                }
            }
        }
        return false
    }

    /// An organisation key without its trailing "in PLACE" ("association of azerbaijanis in quebec" → "association of azerbaijanis").
    static func withoutTrailingPlace(_ key: String) -> String {
        // ASCII keys (nearly all) are searched byte by byte; Foundation's search, for the others, also
        // respects Unicode equivalence.
        let utf8 = key.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let pattern = Array(" in ".utf8)
            let bytes = Array(utf8)
            guard bytes.count >= pattern.count else { return key }
            for start in stride(from: bytes.count - pattern.count, through: 0, by: -1)
            where bytes[start..<start + pattern.count].elementsEqual(pattern) {
                return String(decoding: bytes[..<start], as: UTF8.self)
            }
            return key
        }
        guard let range = key.range(of: " in ", options: .backwards) else { return key }
        return String(key[..<range.lowerBound])
    }

    /// The key of an organisation's name without the city or country of up to three words it ends with, after a word
    /// that is no connector ("FK Drina St. Louis" → "fk drina", "Olympiakos Melbourne" → "olympiakos"; not "Bank of
    /// America", "Consulate General of Sri Lanka" nor "Irish Pastoral Centre", whose head word is also a region's name);
    /// nil when it ends with none.
    private func withoutTrailingKnownPlace(_ name: Range<Int>) -> String? {
        let tokens = document.tokens
        guard name.count >= 2 else { return nil }
        for length in stride(from: min(3, name.count - 1), through: 1, by: -1) {
            let place = (name.upperBound - length)..<name.upperBound
            guard words.isNameWord(tokens[place.lowerBound]),
                  !lexicon.categories(of: place.map { tokens[$0].text }.joined(separator: " ")).isDisjoint(with: [.city, .country])
            else { continue }
            // The longest place decides: "of Sri Lanka" is no trailing place, and neither is its "Lanka".
            guard !words.isConnector(tokens[place.lowerBound - 1]), !words.isOrgHead(tokens[place.lowerBound]) else { return nil }
            return NameKey.make(tokens[name.lowerBound..<place.lowerBound].map(\.text).joined(separator: " "))
        }
        return nil
    }

    /// Initials of the capitalized words: "Central Election Commission" → "CEC".
    static func initials(of name: String) -> String {
        String(name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word in
            word.first.flatMap { $0.isUppercase ? $0 : nil }
        })
    }

    /// The name at `start` follows ", [also|better] known [locally|to NOUN] as" right after a name that ends at `end`;
    /// `phraseLimit` more words allow a longer phrase after "known to", capitalized words among them.
    private func isKnownAs(_ start: Int, after end: Int, phraseLimit: Int = 0) -> Bool {
        guard start - end >= 3, start - end <= 7 + phraseLimit, tokens[end].text == ",", tokens[start - 1].lower == "as" else { return false }
        guard let known = (end + 1..<start - 1).first(where: { tokens[$0].lower == "known" }) else { return false }
        let between = (end + 1)..<known, after = (known + 1)..<(start - 1)
        // (with a phrase limit, "to" may open a longer phrase of who knows the name: "known to three generations of the
        // Birmingham Irish as")
        if phraseLimit > 0, tokens[known + 1].lower == "to" {
            return between.allSatisfy { ["also", "better", "widely", "commonly"].contains(tokens[$0].lower) }
                && after.allSatisfy { tokens[$0].kind == .word }
        }
        return between.allSatisfy { ["also", "better", "widely", "commonly"].contains(tokens[$0].lower) }
            && after.allSatisfy { tokens[$0].kind == .word && !tokens[$0].startsUpper }
    }

    /// "Gheorghe Munteanu, who signs his letters … as Georgii Munteanu", "Yuri Kovalenko, who appears in Latvian records
    /// as Jurijs Kovaļenko", "Mammadov (also spelled Mamedov)": a name right after "as", "spelled", "spelt" or "written",
    /// in the sentence of the person named before it, whose family name is that person's in another spelling (folded
    /// alike, or two letters apart with the same first letter), is that person.
    private func isSpelling(_ span: NameSpan, of previous: NameSpan) -> Bool {
        let start = span.tokens.lowerBound
        guard start > previous.tokens.upperBound, start - previous.tokens.upperBound <= 25,
              tokens[start].sentence == tokens[previous.tokens.lowerBound].sentence,
              ["as", "spelled", "spelt", "written"].contains(tokens[start - 1].lower),
              span.tokens.upperBound >= tokens.count || !tokens[span.tokens.upperBound].isPossessiveS,
              let family = Self.nameWords(span.text(in: document)).last,
              let previousFamily = Self.nameWords(previous.text(in: document)).last,
              family.count >= 4, previousFamily.count >= 4, family.first == previousFamily.first else { return false }
        return Self.editDistance(family, previousFamily) <= 2
    }

    /// The Levenshtein distance between two short words, on Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var row = Array(0...b.count)  // distances from a[..<i] to each prefix of b
        for i in 1...a.count {
            var previousDiagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previousDiagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                previousDiagonal = above
            }
        }
        return row[b.count]
    }

    /// Words that end an organisation's full name and are left out of its short form ("LRT" of "LRT English").
    static let scopeWords: WordSet = ["international", "global", "worldwide", "english"]

    /// The longest proper form: most words, then not all capitals ("Baku" over "BAKU"), then most letters.
    static func canonical(_ forms: [String]) -> String {
        func rank(_ form: String) -> (Int, Int, Int) {
            let hasLower = form.contains { $0.isLowercase } ? 1 : 0
            return (form.split(separator: " ").count, hasLower, form.count)
        }
        return forms.max { rank($0) < rank($1) } ?? ""
    }
}

import Foundation
