import ArticleText
import Lexicon

/// Completes organisation names the way news writes them, and adds their acronyms and inner places.
///
/// - Right: across "of", "for", "and", "in", "on", "de", "the" followed by capitalized words ("Association" →
///   "Association of Azerbaijanis in Quebec"); after "in" only across a known or tagged place, so a following
///   person's name is not swallowed; lower-case collective nouns after a capitalized word ("in Arab countries").
/// - Left: across capitalized modifiers that are not titles or roles ("Cultural Association" → "Azerbaijani
///   Cultural Association").
/// - "(ABC)" right after a name makes ABC an ORG mention of the same organisation.
/// - A trailing "in PLACE" inside an organisation name is also a PLACE mention.
struct OrganizationNames {
    let document: TextDocument
    let words: WordClasses

    private var tokens: [Token] { document.tokens }

    func complete(_ input: [NameSpan]) -> [NameSpan] {
        let input = newspapersByTitleWord(outletsTold(oneWordOrganisations(namesSpelledByAcronyms(namesBeforeBusinessNouns(joinLeadingPlaces(describedOrganizations(extendOverQuotedNames(nationalSocieties(namesOpenedByHeadWords(namesAroundInnerHeads(input)))))))))))
        let bodies = nationalBodies(input)
        let untagged = outsideHeadings(bodies + untaggedHeadedNames(input + bodies))
        var spans = extendToOrganizationHeads((joinAcrossAmpersand(firmsOfPartners(companiesByLegalForm(input))).map(demonymHouse) + untagged)
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
        let taggedPlaces = Set(input.filter { $0.type == .place }.map(\.tokens))
        for i in spans.indices where spans[i].type == .org {
            // A place the tagger found right after the name may be its "in PLACE" / "of PLACE" part.
            // So may an ORG fragment after "and" that does not open a name of its own ("Arts and [Letters]").
            // So may the fields of a list the name goes on with ("Ministry of Labor, [Migration], and [Employment]").
            let listEnd = enumerationEnd(after: spans[i].tokens.upperBound, of: spans[i].tokens, limit: tokens.count) ?? 0
            // (a name opened by its head word runs over the name words right after it: "[Gurdwara Guru] [Nanak Darbar]")
            let opensName = words.opensOrganizationName(tokens[spans[i].tokens.lowerBound])
            let limit = spans[(i + 1)...].first { next in
                next.tokens.lowerBound >= listEnd && next.type != .place && !(next.type == .org && isContinuation(next, after: spans[i]))
                    && !(opensName && next.tokens.lowerBound == spans[i].tokens.upperBound && sameSentence(next.tokens.lowerBound, spans[i].tokens.lowerBound))
                    && !(next.type == .person && !isPerson(next, after: spans[i], taggedPlaces: taggedPlaces) && isContinuation(next, after: spans[i]))
            }?.tokens.lowerBound ?? tokens.count
            let floor = i > 0 ? spans[i - 1].tokens.upperBound : 0
            let listFloor = spans[..<i].last { $0.type != .place }?.tokens.upperBound ?? 0
            spans[i].tokens = extendLeft(extendRight(spans[i].tokens, limit: limit, taggedPlaces: taggedPlaces), floor: floor, listFloor: listFloor)
            // (a place the acronym spells belongs to the name: "[Kenya] Domestic and [Care Workers' Union] (KDCWU)")
            spans[i].tokens = extendLeftToAcronym(extendRightToAcronym(spans[i].tokens), floor: listFloor)
        }
        let boundaries = SpanBoundaries(document: document, words: words)
        spans = boundaries.joinSaintEpithets(boundaries.joinAdjacentOrganizations(removeOverlaps(spans)))
        spans = spans.flatMap(splitUnitFromParent(writtenAlone: organisationForms(spans))).flatMap(splitPrizeFromGiver)
            .flatMap { cutLocation($0, taggedPlaces: taggedPlaces) }
        spans = spans.flatMap(cutScope(writtenAlone: organisationForms(spans)))
            .map(withoutNumberedEvent)
        var added: [NameSpan] = []
        for span in spans where span.type == .org {
            if let acronym = parentheticalAcronym(after: span) { added.append(acronym) }
            if let place = trailingPlace(in: span, taggedPlaces: taggedPlaces) { added.append(place) } else { added += trailingPlacePair(in: span) }
        }
        added.removeAll { found in spans.contains { $0.tokens == found.tokens } }
        return namesEndingInOpeners(acronymsOfThings(namesOpenedByFieldLists(namesGlossedInBrackets(namesInTheirOwnLanguage(titlesBeforePeople(stateNames(seatsAfterMembers(seatsBeforeLegislators(constituencies(buildingsNamedAfterPeople(namedAfterPeople(splitPossessiveOwners(extendOverLastWord(spans)) + added))))))))))))
            .compactMap(withoutLawName)
            .map(prizeAsOrganisation)
            .filter { !isNumberSign($0) && !isTicker($0) }
            .map(withInstitutionNumber)
            .sorted { ($0.tokens.lowerBound, $0.tokens.count) < ($1.tokens.lowerBound, $1.tokens.count) }
            .map(shortFormOfCompany(among: spans))
    }

    /// "the Syrian Arab Red Crescent", "the Kenya Red Cross", "the Iranian Red Crescent Society": the national societies
    /// of the Red Cross and Red Crescent are named by their country or its demonyms before the movement's words, whatever
    /// the tagger made of the parts. A longer name that holds the words keeps them ("International Federation of Red
    /// Cross and Red Crescent Societies").
    private func nationalSocieties(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for red in tokens.indices.dropLast() where tokens[red].text == "Red" && ["Cross", "Crescent"].contains(tokens[red + 1].text) && sameSentence(red, red + 1) {
            var start = red
            while start > 0, red - start < 3, sameSentence(start - 1, red),
                  words.isDemonym(tokens[start - 1]) || words.isPlacePhrase(tokens[start - 1].text) { start -= 1 }
            var end = red + 2
            if end < tokens.count, ["Society", "Movement"].contains(tokens[end].text), sameSentence(end, red) { end += 1 }
            let name = start..<end
            guard !result.contains(where: { $0.type == .org && $0.tokens.lowerBound <= name.lowerBound && $0.tokens.upperBound >= name.upperBound
                                       && $0.tokens.count > name.count }) else { continue }
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(NameSpan(.org, name))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Pesa Daraja" after "Pesa Daraja Technologies Ltd", "Blue Mahoe" before "Blue Mahoe Foods Inc.": the leading
    /// words of a company's name, whatever the tagger made of them, are the company. A company is an ORG of the
    /// article whose further words end in a legal form (three at most); for a name taken for a person, also one
    /// whose further words are all head words (a place names institutions: "Parkdale Courier"). One word that is a
    /// person's name stays a person ("Khoury" of "Khoury Frères SA" may be one of the family), and a known place a place
    /// ("Netherlands" of "Netherlands Enterprise Agency"). A sports club's core name is the club too ("Lapithos" of
    /// "Lapithos United", ``clubCore(_:)``).
    private func shortFormOfCompany(among spans: [NameSpan]) -> (NameSpan) -> NameSpan {
        let companies = spans.filter { $0.type == .org && $0.part == nil && $0.tokens.count >= 2 }.map(\.tokens)
        let clubCores = Set(companies.compactMap(clubCore).map { $0.map { tokens[$0].text } })
        return { span in
            guard span.type != .org, span.part == nil, span.tokens.count >= 2 || !self.words.isGivenName(self.tokens[span.tokens.lowerBound]) && !self.words.isSurname(self.tokens[span.tokens.lowerBound]) else { return span }
            let written = span.tokens.map { self.tokens[$0].text }
            guard !self.words.isPlacePhrase(written.joined(separator: " ")) else { return span }
            let isShortForm = clubCores.contains(written) || companies.contains { company in
                guard company.count > written.count, zip(company, written).allSatisfy({ self.tokens[$0].text == $1 }) else { return false }
                let rest = company.dropFirst(written.count)
                return rest.count <= 3 && Self.legalForm(self.tokens[company.upperBound - 1]) != nil
                    || span.type == .person && rest.allSatisfy { self.words.isOrgHead(self.tokens[$0]) }
            }
            return isShortForm ? NameSpan(.org, span.tokens) : span
        }
    }

    /// The words a sports club's name is called by: the name without its club letters or words ("FC", "IF", "SV",
    /// "United"), its year and a known place at its end ("SV Yeşilyurt Duisburg 1974" → "Yeşilyurt", "Lapithos United" →
    /// "Lapithos"); nil for a name with no club letters or words.
    private func clubCore(_ name: Range<Int>) -> Range<Int>? {
        var core = name
        var isClub = false
        func isAffix(_ index: Int) -> Bool { tokens[index].startsUpper && Self.isClubAffix(tokens[index].lower) }
        while let first = core.first, core.count > 1, isAffix(first) { core = core.dropFirst(); isClub = true }
        while let last = core.last, core.count > 1, isAffix(last) || tokens[last].kind == .number || isClub && words.isPlacePhrase(tokens[last].text) {
            if isAffix(last) { isClub = true }
            core = core.dropLast()
        }
        return isClub && core.count < name.count ? core : nil
    }

    /// Letters and words that mark a sports club's name ("FC", "IF", "United"), given in lower case.
    static func isClubAffix(_ word: String) -> Bool { clubAffixes.contains(word) }

    private static let clubAffixes: WordSet = [
        "fc", "sc", "ac", "fk", "nk", "if", "sv", "cf", "cd", "sk", "kf", "bk", "afc", "gaa", "rfc", "united", "athletic", "rovers",
        "wanderers",
    ]

    /// "the Senate's Standing Commission on Czechs Living Abroad", "RFE/RL's North Caucasus Service", "the Council of
    /// Europe's Commissioner for Human Rights" as the tagger found them: an owner of units (``WordClasses/ownsUnits(_:)``)
    /// before "'s" is a name of its own. What follows is another organisation where it has an organisation's head word
    /// that is no role, and no name where it is a role.
    private func splitPossessiveOwners(_ spans: [NameSpan]) -> [NameSpan] {
        spans.flatMap { span -> [NameSpan] in
            guard span.type == .org, span.part == nil, span.tokens.count >= 3,
                  let possessive = span.tokens.dropFirst().dropLast().first(where: { tokens[$0].isPossessiveS }),
                  // "Consulate General of the People's Republic of China": the possessive of a phrase inside the name; so is
                  // a people's ("Embassy of the Lao People's Democratic Republic", "… Workers' Union").
                  possessive - 2 < span.tokens.lowerBound || tokens[possessive - 2].lower != "the",
                  !Self.peopleOwners.contains(tokens[possessive - 1].lower),
                  // "the Prosecutor General's Office": an office named after a title is one name.
                  !words.isRoleOrTitle(tokens[possessive - 1]),
                  words.ownsUnits(tokens[span.tokens.lowerBound..<possessive]) else { return [span] }
            let owner = NameSpan(.org, span.tokens.lowerBound..<possessive)
            let unit = (possessive + 1)..<span.tokens.upperBound
            guard tokens[unit.lowerBound].startsUpper, unit.contains(where: { words.isOrgHead(tokens[$0]) && !words.isRoleOrTitle(tokens[$0]) }) else { return [owner] }
            return [owner, NameSpan(.org, unit)]
        }
    }

    /// "the Foreign, Commonwealth and Development Office", "Britain's Culture, Media and Sport Committee": after "the", "and"
    /// or a possessive, capitalized words of fields listed with commas and "and" before an organisation's head word are one
    /// organisation, whatever the tagger made of the parts (a place, "[Commonwealth]", or the name after the last comma).
    private func namesOpenedByFieldLists(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        // (a field is an ordinary word or at least no word of a person's name: "Commonwealth")
        let isField = { (index: Int) in
            let token = self.tokens[index]
            return token.startsUpper && token.kind == .word && !token.isAcronymLike
                && (self.words.lexicon.isOrdinaryWord(token.lower) || !self.words.isGivenName(token) && !self.words.isSurname(token))
        }
        for start in tokens.indices.dropFirst() where ["the", "and"].contains(tokens[start - 1].lower) || tokens[start - 1].isPossessiveS {
            guard isField(start), start + 1 < tokens.count, tokens[start + 1].text == "," else { continue }
            var index = start + 1
            var sawAnd = false
            // ", B", ", C" … then "and D": one to three words a field
            while index < tokens.count, index - start < 12, tokens[index].text == "," || tokens[index].lower == "and", !sawAnd {
                sawAnd = tokens[index].lower == "and"
                var word = index + 1
                while word < tokens.count, word - index <= 3, sameSentence(word, start), isField(word), !words.isOrgHead(tokens[word]) { word += 1 }
                guard word > index + 1 else { break }
                index = word
            }
            guard sawAnd, index < tokens.count, sameSentence(index, start), tokens[index].startsUpper, words.isOrgHead(tokens[index]) else { continue }
            let name = start..<(index + 1)
            guard !result.contains(where: { $0.type == .org && $0.tokens.lowerBound <= name.lowerBound && $0.tokens.upperBound >= name.upperBound }),
                  !result.contains(where: { $0.tokens.overlaps(name) && !name.contains($0.tokens) && $0.type != .org }) else { continue }
            let longer = result.filter { $0.type == .org && $0.tokens.overlaps(name) }.map(\.tokens.upperBound).max() ?? name.upperBound
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(NameSpan(.org, name.lowerBound..<max(longer, name.upperBound)))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Plural nouns of people whose possessive stands inside names: "People's Republic", "Women's Council".
    private static let peopleOwners: WordSet = ["people", "peoples", "workers", "women", "children", "veterans", "farmers", "nations", "youth"]

    /// "Głos Wyspy (The Voice of the Island)", "Codka Bristol (The Voice of Bristol)", "Hrodna Volnaya (Free Hrodna)": a
    /// name followed by its English rendering in brackets — two or more capitalized words that open with "The" or share
    /// a word with the name — is an outlet's or a body's, whatever the tagger made of either; so are the same words
    /// elsewhere in the article. A person's name (a given name first) is never glossed so.
    private func namesGlossedInBrackets(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var glossed: Set<[String]> = []
        for open in tokens.indices.dropFirst() where tokens[open].text == "(" {
            var close = open + 1
            while close < tokens.count, close - open <= 8, sameSentence(close, open), tokens[close].text != ")" { close += 1 }
            guard close < tokens.count, tokens[close].text == ")", close - open >= 3 else { continue }
            let gloss = (open + 1)..<close
            var start = open
            while start > 0, open - start < 5, sameSentence(start - 1, open), words.isNameWord(tokens[start - 1]) { start -= 1 }
            let name = start..<open
            guard !name.isEmpty else { continue }
            let nameWords = Set(name.map { tokens[$0].text })
            let glossWords = gloss.filter { tokens[$0].startsUpper }.map { tokens[$0].text }
            guard gloss.allSatisfy({ tokens[$0].kind == .word && (tokens[$0].startsUpper || words.isConnector(tokens[$0]) || tokens[$0].lower == "the") || tokens[$0].isPossessiveS }),
                  glossWords.count >= 2, tokens[open + 1].text == "The" || glossWords.contains(where: nameWords.contains),
                  !words.isGivenName(tokens[start]), !words.isRoleOrTitle(tokens[start]),
                  !words.isPlacePhrase(name.map { tokens[$0].text }.joined(separator: " ")),
                  !result.contains(where: { $0.type == .org && ($0.tokens.contains(start) || $0.tokens.contains(open - 1)) && $0.tokens != name }) else { continue }
            let glossName = (tokens[open + 1].text == "The" ? open + 2 : open + 1)..<close
            result.removeAll { $0.tokens.overlaps(name) || $0.tokens.overlaps(glossName) }
            result += [NameSpan(.org, name), NameSpan(.org, glossName)]
            glossed.insert(name.map { tokens[$0].text })
        }
        return result.map { span in
            span.type != .org && span.part == nil && glossed.contains(span.tokens.map { tokens[$0].text }) ? NameSpan(.org, span.tokens) : span
        }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "World Council of Georgian Communities (Msoplio Kartuli Temebis Sabcho, MKTS)", "Union of Moldovan Workers in
    /// Italy (Uniunea Lucrătorilor Moldoveni din Italia, ULMI)": an organisation's name in its own language, in brackets
    /// after the English name and before an acronym, is the same organisation's other name, whatever the tagger made of
    /// its words (lower-case words included), and the acronym is an ORG mention too. The acronym must spell the
    /// initials of one of the two names, so a bracketed place, date or description is never taken.
    private func namesInTheirOwnLanguage(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for span in spans where span.type == .org && span.part == nil {
            let open = span.tokens.upperBound
            guard open + 4 < tokens.count, tokens[open].text == "(", tokens[open + 1].startsUpper,
                  let comma = (open + 2..<min(open + 12, tokens.count)).first(where: { [",", ")"].contains(tokens[$0].text) }),
                  tokens[comma].text == ",", comma + 2 < tokens.count, tokens[comma + 2].text == ")", sameSentence(comma + 2, open),
                  Self.isAbbreviation(tokens[comma + 1]) else { continue }
            let gloss = (open + 1)..<comma
            guard gloss.allSatisfy({ tokens[$0].kind == .word }),
                  spellsInitials(tokens[comma + 1].text, of: gloss) || spellsInitials(tokens[comma + 1].text, of: span.tokens) else { continue }
            let acronym = (comma + 1)..<(comma + 2)
            result.removeAll { $0.tokens.overlaps(gloss) || $0.tokens.overlaps(acronym) }
            result += [NameSpan(.org, gloss), NameSpan(.org, acronym)]
        }
        return result
    }

    /// Whether `acronym` spells the initials of the words in `range`: of all of them ("Latvijas Diasporas padome",
    /// LDP), of those longer than one letter ("Rada české komunity v Banátu", RČKB) or of the capitalized ones
    /// ("Departamentul pentru Românii de Pretutindeni", DRP), letters compared without case and accents. One long
    /// word gives its first letter ("Bundesverwaltungsgericht", BVwG).
    private func spellsInitials(_ acronym: String, of range: Range<Int>) -> Bool {
        let letters = NameKey.make(acronym)
        let words = range.map { tokens[$0] }.filter { $0.kind == .word }
        func initials(_ chosen: [Token]) -> String { NameKey.make(String(chosen.compactMap { $0.text.first })) }
        if words.count == 1 { return words[0].text.count >= 8 && letters.first == NameKey.make(words[0].text).first }
        return [words, words.filter { $0.text.count > 1 }, words.filter(\.startsUpper)].contains { $0.count >= 2 && initials($0) == letters }
    }

    /// "the Ministry of Overseas Pakistanis and Human Resource [Development] had asked": the tagger stopped one word short.
    /// A capitalized word right after an organisation's name that closes the run of capitalized words, and that is no
    /// name, place, role, demonym or calendar word of its own, ends that name; a legal form has ended it already.
    private func extendOverLastWord(_ spans: [NameSpan]) -> [NameSpan] {
        spans.map { span in
            let next = span.tokens.upperBound
            guard span.type == .org, span.part == nil, span.tokens.count >= 2, next < tokens.count, sameSentence(next, span.tokens.lowerBound),
                  words.isNameWord(tokens[span.tokens.upperBound - 1]), Self.legalForm(tokens[next - 1]) == nil,
                  tokens[next].kind == .word, tokens[next].startsUpper,
                  !tokens[next].isAcronymLike, !spans.contains(where: { $0.tokens.contains(next) }),
                  next + 1 >= tokens.count || !sameSentence(next + 1, next) || !words.isNameWord(tokens[next + 1]),
                  !words.isRoleOrTitle(tokens[next]), !words.isCalendarWord(tokens[next]), !words.isGivenName(tokens[next]),
                  !words.isDemonym(tokens[next]), !words.isPlacePhrase(tokens[next].text) else { return span }
            return NameSpan(.org, span.tokens.lowerBound..<(next + 1))
        }
    }

    /// Words that number one meeting of a series: "Third", "22nd", "XXII", "2025".
    private static let ordinalWords: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ]
    /// Head words of the meetings an organisation holds.
    private static let meetingHeads: WordSet = [
        "congress", "conference", "forum", "assembly", "summit", "session", "convention", "symposium", "meeting", "kurultai", "festival",
    ]

    /// Head words that name a people rather than a body of it.
    private static let peopleWords: WordSet = ["diaspora", "diasporas", "community", "communities", "people", "peoples"]

    private func isMeetingNumber(_ token: Token) -> Bool {
        if Self.ordinalWords.contains(token.lower) { return true }
        if token.kind == .number { return true }
        return token.text.count <= 6 && token.text.allSatisfy { "IVXL".contains($0) }
    }

    /// "The [Third Congress of the Global Network of Azerbaijani Scholars] (GNAS)": a numbered meeting (an event, at most an
    /// optional name) opening a span is cut off the organisation that holds it, whose name has a head word of its own.
    private func withoutNumberedEvent(_ span: NameSpan) -> NameSpan {
        guard span.type == .org, span.part == nil, span.tokens.count >= 4, isMeetingNumber(tokens[span.tokens.lowerBound]) else { return span }
        var cursor = span.tokens.lowerBound + 1
        while cursor < span.tokens.upperBound, cursor - span.tokens.lowerBound < 4, tokens[cursor].startsUpper,
              !Self.meetingHeads.contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor + 2 < span.tokens.upperBound, Self.meetingHeads.contains(tokens[cursor].lower),
              ["of", "for"].contains(tokens[cursor + 1].lower) else { return span }
        let holder = (tokens[cursor + 2].lower == "the" ? cursor + 3 : cursor + 2)..<span.tokens.upperBound
        // (a people is no organisation: "the Fifth Congress of the Georgian Diaspora" stays whole)
        guard !holder.isEmpty, holder.contains(where: { words.isOrgHead(tokens[$0]) && !Self.peopleWords.contains(tokens[$0].lower) }) else { return span }
        return NameSpan(.org, holder)
    }

    /// "the [Tajik State Pedagogical University] named after [Sadriddin Ayni]", "the Physics and Mathematics Lyceum named
    /// after Kasym Tynystanov in Bishkek", "Polska Szkoła Sobotnia im. Marii Konopnickiej": the person an institution is
    /// named after, and the place after that, belong to its name, as the official names of the former Soviet states and
    /// Polish and Czech names write them (a place stays a mention of its own).
    private func namedAfterPeople(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for span in spans where span.type == .org && span.part == nil {
            let named = span.tokens.upperBound
            let person = named + 1 < tokens.count && tokens[named].text == "im." ? named + 1
                : named + 2 < tokens.count && tokens[named].lower == "named" && tokens[named + 1].lower == "after" ? named + 2 : nil
            guard let person, sameSentence(person, span.tokens.lowerBound) else { continue }
            var end = person
            while end < tokens.count, end - named < 8, sameSentence(end, named),
                  words.isNameWord(tokens[end]) || words.isNameParticle(tokens[end]) && end + 1 < tokens.count && words.isNameWord(tokens[end + 1]) {
                end += 1
            }
            guard end > person else { continue }
            if end + 1 < tokens.count, tokens[end].lower == "in",
               let place = result.first(where: { $0.type == .place && $0.tokens.lowerBound == end + 1 }) {
                end = place.tokens.upperBound
            }
            let name = span.tokens.lowerBound..<end
            result.removeAll { $0.tokens.overlaps(name) && $0.type != .place }
            result.append(NameSpan(.org, name))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "the [Eyüp] [Sultan] [Mosque]", "the [Bristol] [Jami] [Mosque]": capitalized words between "the" and the head word
    /// that opens a building's or an institution's name — titles, people and places included — are that name.
    private func buildingsNamedAfterPeople(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for span in spans where span.type == .org && span.part == nil && Self.isLocatedHead(tokens[span.tokens.lowerBound]) {
            var start = span.tokens.lowerBound
            while start - 1 >= 0, span.tokens.lowerBound - start < 4, sameSentence(start - 1, span.tokens.lowerBound),
                  words.isNameWord(tokens[start - 1]), tokens[start - 1].lower != "the", !words.isDescribingCompound(tokens[start - 1]) { start -= 1 }
            guard start < span.tokens.lowerBound, start >= 1, tokens[start - 1].lower == "the",
                  result.allSatisfy({ !$0.tokens.overlaps(start..<span.tokens.lowerBound) || $0.tokens.lowerBound >= start }) else { continue }
            let name = start..<span.tokens.upperBound
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(NameSpan(.org, name))
        }
        return result
    }

    /// "Rector of the [Kyiv National Linguistic University Professor] [Iryna Bondarenko]": a title that ends an
    /// organisation's name right before a person's is the person's title, not part of the name; so is a head word that
    /// is also a role ("[Overseas Koreans Agency Commissioner] [Han Ji-seok]").
    private func titlesBeforePeople(_ spans: [NameSpan]) -> [NameSpan] {
        let personStarts = Set(spans.filter { $0.type == .person }.map(\.tokens.lowerBound))
        return spans.map { span in
            let last = span.tokens.upperBound - 1
            guard span.type == .org, span.part == nil, span.tokens.count >= 3, personStarts.contains(span.tokens.upperBound),
                  words.isRoleOrTitle(tokens[last]), !words.isOrgHead(tokens[last]) || words.roleKey(tokens[last]) != nil,
                  !words.isConnector(tokens[last - 1]), tokens[last - 1].lower != "the" else { return span }  // "Office of the President"
            return NameSpan(.org, span.tokens.lowerBound..<last)
        }
    }

    /// "Kingdom of Spain", "Republic of Korea": a state's head word, "of" and a place's name.
    private func isStateName(_ range: Range<Int>) -> Bool {
        range.count >= 3 && Self.stateNameHeads.contains(tokens[range.lowerBound].lower) && tokens[range.lowerBound + 1].lower == "of"
            && words.isPlacePhrase(tokens[(range.lowerBound + 2)..<range.upperBound].map(\.text).joined(separator: " "))
    }

    /// Head words of the names of states, past and present: "Azerbaijan Democratic Republic", "Armenian SSR".
    static let stateNameHeads: WordSet = ["republic", "kingdom", "empire", "ssr", "sultanate", "khanate", "principality", "emirate"]

    /// A state's name is a PLACE however the tagger cut or typed it: capitalized words ending in a state's head
    /// word take the place or demonym right before them ("[Azerbaijan] [Democratic Republic]", "Armenian SSR") and
    /// "of PLACE" right after them ("[Democratic Republic] of [Georgia]", "[First Republic] of [Armenia]"). Without a
    /// place or demonym in or around it ("the Republic") nothing changes.
    private func stateNames(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for span in spans where span.part == nil && span.type != .person {
            let last = span.tokens.upperBound - 1
            guard Self.stateNameHeads.contains(tokens[last].lower), span.tokens.allSatisfy({ tokens[$0].startsUpper }),
                  !span.tokens.dropLast().contains(where: { words.isOrgHead(tokens[$0]) }) else { continue }
            var start = span.tokens.lowerBound
            var end = span.tokens.upperBound
            var absorbed: [NameSpan] = []
            if start > 0, sameSentence(start - 1, start), let before = result.first(where: { $0.type == .place && $0.tokens.upperBound == start && $0.part == nil }) {
                start = before.tokens.lowerBound
                absorbed.append(before)
            } else if start > 0, sameSentence(start - 1, start), tokens[start - 1].startsUpper, words.isDemonym(tokens[start - 1]),
                      !result.contains(where: { $0.tokens.contains(start - 1) }) {
                start -= 1
            }
            if end + 1 < tokens.count, tokens[end].lower == "of", sameSentence(end, start),
               let after = result.first(where: { $0.type == .place && $0.tokens.lowerBound == end + 1 && $0.part == nil }) {
                end = after.tokens.upperBound
                absorbed.append(after)
            }
            let namesACountry = start < span.tokens.lowerBound || end > span.tokens.upperBound
                || span.tokens.dropLast().contains { words.isDemonym(tokens[$0]) || words.isPlacePhrase(tokens[$0].text) }
            guard namesACountry, span.type != .place || start < span.tokens.lowerBound || end > span.tokens.upperBound else { continue }
            result.removeAll { $0 == span || absorbed.contains($0) }
            result.append(NameSpan(.place, start..<end))
        }
        return result
    }

    /// "Legislative Assembly of Ontario for Etobicoke Centre", "MP for Glasgow North": the capitalized words after a
    /// legislature's name or a legislator's title and "for" name the seat, a place, however they were typed.
    private func constituencies(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        let boundaries = SpanBoundaries(document: document, words: words)
        for span in spans where span.type == .org {
            guard let chamber = span.tokens.first(where: { WordClasses.legislatureWords.contains(tokens[$0].lower) }) else { continue }
            // The seat may stand inside the span the tagger found, or after it.
            let preposition = (chamber..<span.tokens.upperBound).first { tokens[$0].lower == "for" } ?? span.tokens.upperBound
            // "Senate Department for Social Affairs": a body of the chamber's is named by its field, not a seat.
            guard !(chamber + 1..<preposition).contains(where: { words.isOrgHead(tokens[$0]) && !WordClasses.legislatureWords.contains(tokens[$0].lower) }),
                  preposition + 1 < tokens.count, tokens[preposition].lower == "for", sameSentence(preposition, span.tokens.lowerBound),
                  let run = nameRun(startingAt: preposition + 1), run.upperBound >= span.tokens.upperBound else { continue }
            // "… for Willowdale Daniel Hoffmann-Ruiz": the seat ends before a given name that opens the member's name.
            let nameStart = run.dropFirst().first { words.isGivenName(tokens[$0]) && boundaries.looksLikePersonName($0..<run.upperBound) }
            let seat = run.lowerBound..<(nameStart ?? run.upperBound)
            guard seat.count <= 3,
                  result.allSatisfy({ $0 == span || !$0.tokens.overlaps(run)
                      || ($0.type != .person || nameStart != nil) && run.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= run.upperBound })
            else { continue }
            result.removeAll { $0 == span || $0.tokens.overlaps(run) }
            result.append(NameSpan(.org, span.tokens.lowerBound..<preposition))
            result.append(NameSpan(.place, seat))
            if let nameStart { result.append(NameSpan(.person, nameStart..<run.upperBound)) }
        }
        return result
    }

    /// "Brampton East MPP NAME", "Chomedey MNA NAME", "Jeanne-Mance–Viger MNA NAME": up to three capitalized words (two
    /// joined by a dash count as one) right before a legislator's title and a person name the member's seat, a place; a
    /// place found right before them takes them in ("[Brampton] East"). Words of the language ("Labour MP", "Liberal
    /// MPP") name a party, not a seat, and stay out: each word is a known place, a compass word or no ordinary word.
    private func seatsBeforeLegislators(_ spans: [NameSpan]) -> [NameSpan] {
        let covered = NameSpan.coverage(of: spans, tokenCount: tokens.count)
        var result = spans
        for span in spans where span.type == .person && span.tokens.lowerBound >= 2 {
            let title = span.tokens.lowerBound - 1
            guard Self.legislatorTitles.contains(tokens[title].text), sameSentence(title, span.tokens.lowerBound) else { continue }
            var start = title
            while start > 0, title - start < 3, sameSentence(start - 1, title), !covered[start - 1], isSeatWord(tokens[start - 1]) {
                start -= 1
                // (the tagger often takes the word before the dash for a person: "[PER Jeanne-Mance]–Viger")
                if start >= 2, isAttachedDash(start - 1), isSeatWord(tokens[start - 2]) { start -= 2 }
            }
            var seat = start..<title
            if start > 0, let place = result.first(where: { $0.type == .place && $0.tokens.upperBound == start }), sameSentence(start - 1, title) {
                seat = place.tokens.lowerBound..<title
            } else if start > 0, words.isNameWord(tokens[start - 1]), sameSentence(start - 1, title) {
                continue
            }
            guard !seat.isEmpty, !result.contains(where: { $0.type == .place && $0.tokens == seat }) else { continue }
            result.removeAll { seat.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= seat.upperBound }
            result.append(NameSpan(.place, seat))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Member for Maylands", "MP for Bradford West": the name after a legislator's title and "for" is the seat, a place,
    /// however the tagger typed it, when every word of it is a word of a seat's name ("Cabinet Member for Culture" names a
    /// portfolio).
    private func seatsAfterMembers(_ spans: [NameSpan]) -> [NameSpan] {
        spans.map { span in
            let start = span.tokens.lowerBound
            guard span.type != .place, span.part == nil, span.tokens.count <= 3, start >= 2, tokens[start - 1].lower == "for",
                  tokens[start - 2].text == "Member" || Self.legislatorTitles.contains(tokens[start - 2].text), sameSentence(start - 2, start),
                  span.tokens.allSatisfy({ isSeatWord(tokens[$0]) }) else { return span }
            return NameSpan(.place, span.tokens)
        }
    }

    /// A dash written between two words with no space: "Jeanne-Mance–Viger".
    private func isAttachedDash(_ index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && ["-", "\u{2013}", "\u{2010}"].contains(tokens[index].text)
            && tokens[index - 1].range.upperBound == tokens[index].range.lowerBound && tokens[index].range.upperBound == tokens[index + 1].range.lowerBound
    }

    /// Titles of members of parliaments and provincial legislatures written before their names.
    private static let legislatorTitles: WordSet = ["MP", "MPP", "MNA", "MLA", "MSP", "MHA"]

    /// A word of a seat's name: a known place, a compass word, or a capitalized word that is no ordinary word, role,
    /// demonym or organisation word.
    private func isSeatWord(_ token: Token) -> Bool {
        guard words.isNameWord(token), !words.isAnyRoleWord(token),
              !RoleWords.modifiers.contains(token.lower), !words.isDemonym(token), !words.isOrgHead(token) else { return false }
        return words.isPlacePhrase(token.text) || SpanBoundaries.compassWords.contains(token.lower) || !words.lexicon.isOrdinaryWord(token.text)
    }

    /// Common nouns that say what kind of organisation a name is: "X, a charity that …", "the care group X",
    /// "the logistics company X" (affiliations read them too).
    static let descriptorNouns = WordSet([
        "charity", "nonprofit", "non-profit", "ngo", "organisation", "organization", "association", "group", "company",
        "foundation", "network", "coalition", "alliance", "union", "society", "club", "institute", "movement",
        "federation", "council", "committee", "initiative", "firm", "agency", "party", "collective", "fund", "trust",
        "think-tank", "bank", "airline", "university", "school", "platform", "consultancy", "startup", "publisher", "fortnightly",
        "start-up", "marketplace", "manufacturer", "retailer", "lender", "insurer", "subsidiary", "accelerator", "incubator", "fintech",
        "restaurant", "bakery", "brewery", "newsroom",
    ])
    // outlets, the nouns that refer to them ("the Marneuli-based weekly Borçalı Ulduzu", "the Berlin magazine Körpü
    // Berlin"); not "paper", which is also a document ("a paper from Italy")
    .union(OrgReference.mediaNouns.subtracting(["paper"]))

    /// Platforms an outlet is published on: "the Ethiopian YouTube channel Addis Lens", "the Telegram channel Muhojir Info".
    private static let platformNames: WordSet = [
        "YouTube", "Telegram", "Facebook", "Instagram", "TikTok", "WhatsApp", "Viber", "Twitter", "Spotify", "Substack", "WeChat", "VK",
    ]

    /// An organisation noun in lower case at `index`; "site" after "news" ("the exiled news site X", not "the heritage
    /// site").
    private func isDescriptorNoun(_ index: Int) -> Bool {
        guard index < tokens.count, !tokens[index].startsUpper else { return false }
        return Self.descriptorNouns.contains(tokens[index].lower) || tokens[index].lower == "site" && index > 0 && tokens[index - 1].lower == "news"
    }

    /// Descriptors that are also adjectives of time ("a weekly English conversation hour").
    private static let periodicalNouns: WordSet = ["daily", "weekly", "monthly", "fortnightly"]

    /// Words that may follow the descriptor of an apposition, so that it is the head of its phrase ("a charity
    /// that …", "a group based in …"), not a modifier ("a group leader").
    private static let afterDescriptor: WordSet = [
        "that", "which", "who", "of", "for", "in", "with", "based", "founded", "working", "representing", "set",
        "created", "run", "led", "formed", "helping", "supporting", "serving", "at", "from", "on", "dedicated",
        "established", "registered", "launched", "and", "to",
        "developing", "building", "making", "offering", "selling", "providing", "connecting", "linking", "matching", "owned",
        "backed", "headquartered", "specialising", "specializing",
    ]

    /// Organisations named by their context, however the tagger typed them or left them out:
    /// - an apposition after the name that opens with a/an, lower-case modifiers and an organisation noun
    ///   heading its phrase: "Silk Road Relief, a charity that supports …", "X, a small Greek nonprofit based in …";
    /// - an organisation noun before it, after a determiner: "the Dutch care group Laurens", "the charity Save
    ///   the Children";
    /// - a role and "of" before a PERSON span that does not read as a person's name: "director of Harbour Aid
    ///   International's programme" (not "a member of Maria Lopez's family").
    /// The other PERSON spans of the same words, or of its first words (two or more), become organisations too.
    private func describedOrganizations(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        let boundaries = SpanBoundaries(document: document, words: words)
        func mark(_ name: Range<Int>?, description: Range<Int>? = nil) {
            guard let name, !name.isEmpty, !result.contains(where: { $0.type == .org && $0.tokens == name }) else { return }
            // "the [Bosnian cultural association Most]": a span that opens in the description gives the name up.
            if let description {
                result.removeAll { description.contains($0.tokens.lowerBound) && $0.tokens.overlaps(name) }
            }
            guard !result.contains(where: { $0.tokens.overlaps(name) && !name.contains($0.tokens.lowerBound) }),
                  // Sentence-opening words of no name: "Yesterday", "Meanwhile".
                  !(name.lowerBound == 0 || !sameSentence(name.lowerBound - 1, name.lowerBound))
                    || !words.lexicon.categories(of: tokens[name.lowerBound].text).contains(.commonWord) else { return }
            result.removeAll { name.contains($0.tokens.lowerBound) }
            result.append(NameSpan(.org, name))
        }
        for index in tokens.indices {
            if opensKindApposition(at: index), let run = nameRun(endingAt: index),
               ["a", "an"].contains(tokens[index + 1].lower) || takesDefiniteApposition(run, spans: spans) {
                mark(run)
            }
            // "Vice President of the foundation NAME": in agency style the name after a role's "of the NOUN" is the
            // holder of the role, not the noun's name, when it reads as a person's name or the tagger found a person.
            // (a periodical's noun is no adjective of time before a language: "a weekly English conversation hour")
            if isDescriptorNoun(index), let determiner = determiner(before: index),
               !Self.periodicalNouns.contains(tokens[index].lower) || index + 1 < tokens.count && !tokens[index + 1].lower.hasSuffix("-language")
                && (!words.lexicon.isOrdinaryWord(tokens[index + 1].text) || index + 2 < tokens.count && words.isNameWord(tokens[index + 2])),
               !(index >= 3 && tokens[index - 1].lower == "the" && tokens[index - 2].lower == "of" && words.roleKey(tokens[index - 3]) != nil
                 && nameRun(startingAt: index + 1).map({ run in
                     boundaries.looksLikePersonName(run) || result.contains { $0.type == .person && $0.tokens == run } }) == true) {
                // (not across a line: "Posted by the newsroom" + a headline)
                if index + 1 < tokens.count, !document.lineBreak(before: index + 1) {
                    mark(nameRun(startingAt: index + 1), description: (determiner + 1)..<(index + 1))
                }
            }
        }
        for i in result.indices where result[i].type == .person {
            let span = result[i].tokens
            var of = span.lowerBound - 1
            if of >= 1, tokens[of].lower == "the" { of -= 1 }
            guard of >= 1, tokens[of].lower == "of", words.roleKey(tokens[of - 1]) != nil, sameSentence(of - 1, span.lowerBound),
                  !boundaries.looksLikePersonName(span) else { continue }
            result[i].type = .org
        }
        // The context speaks for the name wherever the article writes it: "a nurse employed by [Laurens]", and
        // for its short form: "[Harbour Aid]" of "Harbour Aid International", "[Mekhete]" of "the newspaper Mekhete in Asmara".
        let named = result.filter { $0.type == .org && !spans.contains($0) }.map { words(of: $0) }
        for i in result.indices where result[i].type == .person {
            let person = words(of: result[i])
            if named.contains(where: { $0 == person || ((person.count >= 2 || $0.count > person.count && $0[person.count] == "in")
                                                        && $0.count > person.count && Array($0.prefix(person.count)) == person) }) {
                result[i].type = .org
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether the name `run` can be what an apposition with "the" or a place's possessive describes ("Launchwell, the
    /// accelerator for …", "Suspilne, Ukraine's public broadcaster"), which also follows clauses ("… on Sundays, the
    /// women's union in Athens …", "Efua Mensah-Dadzie, the founding publisher of …"): no person the tagger found, no
    /// calendar word, no capitalized word or number before it, and a first word that is no ordinary word unless the
    /// tagger found the name whole.
    private func takesDefiniteApposition(_ run: Range<Int>, spans: [NameSpan]) -> Bool {
        let found = spans.first { $0.tokens == run }
        guard found?.type != .person, !run.contains(where: { words.isCalendarWord(tokens[$0]) }),
              run.lowerBound == 0 || !sameSentence(run.lowerBound - 1, run.lowerBound)
                || !tokens[run.lowerBound - 1].startsUpper && tokens[run.lowerBound - 1].kind != .number  // ("WCCX 88.3 FM")
        else { return false }
        return found != nil || !words.lexicon.isOrdinaryWord(tokens[run.lowerBound].text)
    }

    /// Verbs with which agency news names its source at the end of a clause: ", Trend reports.", ", Report informs.".
    static let outletVerbs: WordSet = ["reports", "reported", "informs", "informed"]

    /// Organisations of one word known by their form or their verb, whatever the tagger made of them: news outlets
    /// by a domain name in running text ("Report.az", "Day.Az") or by one capitalized word that is no
    /// given name between a comma and "reports"/"informs" closing the clause (", Qafqazinfo reports.", ", Day.Az
    /// reports, citing …"); legislatures by their own names ("Mazhilis deputy NAME", "the Seimas"). A name the
    /// tagger ran over more words stays as it is.
    private func oneWordOrganisations(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for index in tokens.indices where tokens[index].kind == .word {
            let token = tokens[index]
            // Not the end of a longer address ("canabrava1210.example.com").
            let isDomain = Self.isDomainName(token.text) && !(index >= 1 && tokens[index - 1].range.upperBound == token.range.lowerBound)
            let namedByVerb = token.startsUpper && index >= 1 && tokens[index - 1].text == "," && index + 2 < tokens.count
                && Self.outletVerbs.contains(tokens[index + 1].lower) && [".", ","].contains(tokens[index + 2].text) && !words.isGivenName(token)
            let isLegislature = token.startsUpper && !token.isAllCaps && WordClasses.legislatureNames.contains(token.lower)
            guard isDomain || namedByVerb || isLegislature,
                  !result.contains(where: { $0.tokens.contains(index) && ($0.type == .org || $0.tokens.count > 1) }) else { continue }
            result.removeAll { $0.tokens.contains(index) }
            result.append(NameSpan(.org, index..<(index + 1)))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "a reporter for The Fraser Valley Record", "Chen told China Daily.": a name of two to four words that ends in a
    /// newspaper's title word (`Mastheads.titleWords`) is that paper, whatever type the tagger gave it, where a capitalized
    /// "The" inside a sentence or "told"/"informed" stands before it.
    private func newspapersByTitleWord(_ spans: [NameSpan]) -> [NameSpan] {
        spans.map { span in
            guard span.type != .org, span.part == nil, (2...4).contains(span.tokens.count), span.tokens.lowerBound > 0,
                  Mastheads.titleWords.contains(tokens[span.tokens.upperBound - 1].lower) else { return span }
            let before = span.tokens.lowerBound - 1
            let titleCaseThe = tokens[before].text == "The" && before > 0 && sameSentence(before - 1, before)
            guard titleCaseThe || ["told", "informed"].contains(tokens[before].lower) else { return span }
            return NameSpan(.org, span.tokens)
        }
    }

    /// "told Azernews that", "told Daily Sabah that", ", the association informed Khovar.": one to three capitalized
    /// words after "told" or "informed" that close the clause are an outlet or body told, whatever the tagger made of
    /// them, unless they read as a person's name (a given name first, a surname alone) or name a known place.
    private func outletsTold(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        let boundaries = SpanBoundaries(document: document, words: words)
        for verb in tokens.indices where ["told", "informed"].contains(tokens[verb].lower) {
            var start = verb + 1
            if start < tokens.count, tokens[start].lower == "the" { start += 1 }
            var end = start
            while end < tokens.count, end - start < 3, sameSentence(end, verb), words.isNameWord(tokens[end]), tokens[end].startsUpper { end += 1 }
            let name = start..<end
            guard !name.isEmpty, end < tokens.count, tokens[end].lower == "that" || [".", ","].contains(tokens[end].text),
                  !words.isGivenName(tokens[start]), !boundaries.looksLikePersonName(name),
                  !(name.count == 1 && (words.isSurname(tokens[start]) || PersonNames.hasSurnameMorphology(tokens[start].text))),
                  !name.contains(where: { words.isRoleOrTitle(tokens[$0]) || words.isDemonym(tokens[$0]) }),
                  !words.isPlacePhrase(name.map { tokens[$0].text }.joined(separator: " ")),
                  !result.contains(where: { $0.type == .person && $0.tokens.overlaps(name) }),
                  !result.contains(where: { $0.tokens.overlaps(name) && !name.contains($0.tokens) }) else { continue }
            result.removeAll { name.contains($0.tokens) }
            result.append(NameSpan(.org, name))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Report.az", "Day.Az": letters or digits, a period, and two to four letters at the end.
    static func isDomainName(_ text: String) -> Bool {
        // (the byte test first: this runs on every token, and few have a period)
        guard text.containsLiterally("."), let dot = text.lastIndex(of: "."), dot != text.startIndex else { return false }
        let name = text[..<dot]
        let ending = text[text.index(after: dot)...]
        return name.count >= 2 && name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) && name.contains(where: \.isLetter)
            && (2...4).contains(ending.count) && ending.allSatisfy(\.isLetter)
    }

    /// `Lithuanian Saturday School "Gintaras"`, `Language School "Lac Hong"`: a name in quotation marks (one to
    /// three capitalized words) right after an organisation's head word is that organisation's own name and
    /// part of it; spans inside the quotation marks go.
    private func extendOverQuotedNames(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .org {
            let open = result[i].tokens.upperBound
            guard words.isOrgHead(tokens[open - 1]), open < tokens.count, tokens[open].kind == .quote else { continue }
            var close = open + 1
            while close < tokens.count, close - open <= 3, words.isNameWord(tokens[close]), sameSentence(close, open) { close += 1 }
            guard close > open + 1, close < tokens.count, tokens[close].kind == .quote, sameSentence(close, open) else { continue }
            result[i].tokens = result[i].tokens.lowerBound..<(close + 1)
        }
        return result.filter { span in !result.contains { $0 != span && $0.tokens.count > span.tokens.count && $0.tokens.contains(span.tokens.lowerBound) } }
    }

    /// "[PLACE Seoul] [ORG National University]", "[PLACE NSW] [ORG Ambulance]": a place right before an
    /// organisation's name, nothing between them, is the first word of that name ("Tbilisi-based" is not).
    private func joinLeadingPlaces(_ spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        for span in spans {
            if let previous = result.last, previous.type == .place, previous.part == nil, span.type == .org, span.part == nil,
               previous.tokens.upperBound == span.tokens.lowerBound, sameSentence(previous.tokens.lowerBound, span.tokens.lowerBound),
               !tokens[previous.tokens.upperBound - 1].lower.hasSuffix("-based") {
                // "[Fatima-Zahra] [Ait Ouakrim]": a given name no gazetteer knows as a place, before words with no head
                // word, opens a person's name.
                let whole = previous.tokens.lowerBound..<span.tokens.upperBound
                if previous.tokens.count == 1, words.isGivenName(tokens[previous.tokens.lowerBound]),
                   !words.isPlacePhrase(tokens[previous.tokens.lowerBound].text), !span.tokens.contains(where: { words.isOrgHead(tokens[$0]) }) {
                    result[result.count - 1] = NameSpan(.person, whole)
                    continue
                }
                result[result.count - 1] = NameSpan(.org, whole)
            } else {
                result.append(span)
            }
        }
        return result
    }

    private func words(of span: NameSpan) -> [String] {
        span.tokens.map { tokens[$0].text }
    }

    /// The words of the organisations among `spans`, as written.
    private func organisationForms(_ spans: [NameSpan]) -> Set<[String]> {
        Set(spans.filter { $0.type == .org }.map(words(of:)))
    }

    /// The organisation noun of an apposition's phrase starting at `index`: lower-case modifiers that are no
    /// function word or role ("small"), places' "-based" ("Ankara-based"), demonyms ("Greek") or known places ("a
    /// Willmar nonprofit"), then the noun.
    /// ", a charity that …", ", a small Greek nonprofit based in …", ", a network of angel investors", ", the Hong Kong
    /// newspaper that …", ", Ukraine's public broadcaster,": at the comma `comma`, an apposition whose organisation noun
    /// heads its phrase (not "a group leader", "the group's founder").
    func opensKindApposition(at comma: Int) -> Bool {
        guard comma + 2 < tokens.count, tokens[comma].text == "," else { return false }
        let phrase: Int
        if ["a", "an", "the"].contains(tokens[comma + 1].lower) {
            phrase = comma + 2
        } else if tokens[comma + 2].isPossessiveS, words.isPlacePhrase(tokens[comma + 1].text) {
            phrase = comma + 3  // ", Ukraine's public broadcaster"
        } else {
            return false
        }
        // (", the group's founder"; ", the founding publisher of …" is a role)
        guard let noun = descriptorNoun(from: phrase), noun + 1 < tokens.count, sameSentence(noun, comma), !tokens[noun + 1].isPossessiveS,
              phrase == comma + 2 && tokens[comma + 1].lower != "the" || words.roleKey(tokens[noun]) == nil else { return false }
        return tokens[noun + 1].kind != .word || Self.afterDescriptor.contains(tokens[noun + 1].lower)
    }

    private func descriptorNoun(from index: Int) -> Int? {
        var noun = index
        while noun < tokens.count, noun - index < 4, tokens[noun].kind == .word, !isDescriptorNoun(noun),
              !tokens[noun].startsUpper || words.isDemonym(tokens[noun]) || tokens[noun].lower.hasSuffix("-based")
                || tokens[noun].lower.hasSuffix("-language") || Self.platformNames.contains(tokens[noun].text)
                || words.isPlacePhrase(tokens[noun].text) && (!words.isGivenName(tokens[noun]) || isDescriptorNoun(noun + 1)),
              !RoleWords.functionWords.contains(tokens[noun].lower), !words.isConnector(tokens[noun]), words.roleKey(tokens[noun]) == nil {
            noun += 1
        }
        guard isDescriptorNoun(noun) else { return nil }
        return noun
    }

    /// The "the", "a" or "an" the organisation noun at `index` follows across modifiers ("the Dutch care group").
    private func determiner(before index: Int) -> Int? {
        var look = index - 1
        while look >= 0, index - look <= 4, sameSentence(look, index) {
            if ["the", "a", "an"].contains(tokens[look].lower) { return descriptorNoun(from: look + 1) == index ? look : nil }
            look -= 1
        }
        return nil
    }

    /// The capitalized words that end right before `end`, with connectors between them (no role or title).
    private func nameRun(endingAt end: Int) -> Range<Int>? {
        var start = end
        while start > 0, sameSentence(start - 1, end), !words.isRoleOrTitle(tokens[start - 1]),
              words.isNameWord(tokens[start - 1])
                || (words.isConnector(tokens[start - 1]) && start < end && start >= 2 && words.isNameWord(tokens[start - 2])) {
            start -= 1
        }
        while start < end, !words.isNameWord(tokens[start]) || tokens[start].lower == "the" { start += 1 }
        return start < end ? start..<end : nil
    }

    /// The capitalized words from `start` on, across "of", "for", "the" and name particles between them (not
    /// "and", which may join another name), stopping before a role, title or calendar word.
    private func nameRun(startingAt start: Int) -> Range<Int>? {
        var end = start
        while end < tokens.count, sameSentence(end, start), !words.isRoleOrTitle(tokens[end]), !words.isCalendarWord(tokens[end]),
              words.isNameWord(tokens[end])
                || (end > start && tokens[end].lower != "and" && words.isConnector(tokens[end]) && end + 1 < tokens.count && words.isNameWord(tokens[end + 1]))
                || (end > start && tokens[end].lower == "the" && end + 1 < tokens.count && words.isNameWord(tokens[end + 1])) {
            end += 1
        }
        return end > start ? start..<end : nil
    }

    /// "[PLACE Bristol] Royal Infirmary", "[ORG Bristol] Royal Infirmary", "[PLACE Bristol City] Council", "[ORG Texas]
    /// Children's Hospital": a place or organisation followed by untagged capitalized words of its sentence that end
    /// in an organisation head word (not a state's: "Azerbaijan Democratic Republic") is that organisation's name.
    /// A complete organisation name ("BBC" + "Breaking News") takes no more words. A person's name before a head
    /// word names the organisation after that person: "[PERSON Shree Ram] Mandir", "Fr. [PERSON Tom Burke] Gaelic
    /// Football Club". A head word the tagger found alone is taken in too ("[PLACE Scarborough] General [ORG Hospital]"),
    /// but not by what reads as a person's name ("Imam [Ali Yilmaz] [Mosque]").
    private func extendToOrganizationHeads(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var absorbed: Set<Range<Int>> = []
        let boundaries = SpanBoundaries(document: document, words: words)
        for i in result.indices where result[i].part == nil && !(result[i].type == .org && isCompleteName(result[i].tokens)) {
            let start = result[i].tokens.lowerBound
            var end = result[i].tokens.upperBound
            var headEnd: Int?
            let isPerson = result[i].type == .person
            if isPerson, result[i].tokens.count < 2 || end >= tokens.count || words.isRoleOrTitle(tokens[end]) { continue }
            // (asked only where a bare head word stands in the way)
            let mayTakeHeadWord = { !isPerson || !boundaries.looksLikePersonName(result[i].tokens) }
            while end < tokens.count, end - result[i].tokens.upperBound < (isPerson ? 3 : 4), sameSentence(end, start), words.isNameWord(tokens[end]),
                  !result.contains(where: { $0.tokens.contains(end) && !(isBareHeadWord($0) && mayTakeHeadWord()) }) {
                end += 1
                // "Texas Children's Hospital": a possessive inside the name, before its head.
                if end + 1 < tokens.count, end > result[i].tokens.upperBound, tokens[end].isPossessiveS, words.isNameWord(tokens[end + 1]) { end += 1 }
                if words.isOrgHead(tokens[end - 1]), !words.isStateHead(tokens[end - 1]) { headEnd = end }
            }
            // "Fr. Tom Burke Gaelic Football Club": a person's form of address stays in the name given after them.
            let opening = isPerson && start > 0 && sameSentence(start - 1, start) && tokens[start - 1].startsUpper
                && words.isFormOfAddress(tokens[start - 1]) ? start - 1 : start
            // After a person, only words that are no one's name lead to the head ("Tom Burke" + "Gaelic Football Club").
            if let headEnd, !isPerson || (result[i].tokens.upperBound..<(headEnd - 1)).allSatisfy({ !words.isGivenName(tokens[$0]) && !words.isSurname(tokens[$0]) }) {
                result[i] = NameSpan(.org, opening..<headEnd)
                absorbed.formUnion(result.filter { isBareHeadWord($0) && $0.tokens.lowerBound >= start && $0.tokens.upperBound <= headEnd }.map(\.tokens))
            }
        }
        return absorbed.isEmpty ? result : result.filter { !(absorbed.contains($0.tokens) && isBareHeadWord($0)) }
    }

    /// A span of one organisation head word and nothing else ("Hospital"): no name on its own.
    private func isBareHeadWord(_ span: NameSpan) -> Bool {
        span.type == .org && span.tokens.count == 1 && words.isOrgHead(tokens[span.tokens.lowerBound]) && !tokens[span.tokens.lowerBound].isAcronymLike
    }

    /// A PERSON span after an organisation is a person, not a piece of the name, when it reads as a
    /// person's name ("Kamala Aliyeva", "Zarghuna Wardak-Sultani"), or could be one after a name that its place closes ("School in
    /// Reykjavik and [Agnieszka Jónsdóttir]"; not "Welfare and [Overseas Employment]", "in England and [Wales]").
    private func isPerson(_ next: NameSpan, after span: NameSpan, taggedPlaces: Set<Range<Int>>) -> Bool {
        let boundaries = SpanBoundaries(document: document, words: words)
        return boundaries.looksLikePersonName(next.tokens) || boundaries.isPersonName(next.tokens)
            || (boundaries.couldBePersonName(next.tokens) && trailingPlace(in: span, taggedPlaces: taggedPlaces) != nil)
    }

    /// "[Society for Persian Arts] and [Letters in Vancouver]": a span right after "and" that starts with
    /// neither "the" nor an organisation head word continues the name before it (also a "person" that
    /// reads as no person's name: "Welfare and [Overseas Employment]"); so does one after a plural
    /// possessive ("Parents' [Committees]") or inside a ministry's list of fields; so does a body's subject
    /// after "on", "of", "for" or a Romance "de", "del" … ("[Agency] for [Integration]").
    private func isContinuation(_ next: NameSpan, after span: NameSpan) -> Bool {
        guard next.tokens.lowerBound > span.tokens.upperBound else { return false }
        let gap = span.tokens.upperBound..<next.tokens.lowerBound
        // "[Ministry of Overseas Pakistanis] and Human [Resource Development]": capitalized words the tagger left
        // out after "and" go on with a name that is not complete, up to a span with no head word of its own.
        if (2...3).contains(gap.count), tokens[gap.lowerBound].lower == "and", gap.dropFirst().allSatisfy({ words.isNameWord(tokens[$0]) }),
           !isCompleteName(span.tokens) {
            return !next.tokens.contains { words.isOrgHead(tokens[$0]) }
        }
        // (after "the" too: "[Pennsylvania Council] on the [Arts]", and a "person" after "of the": "[Church] of the [Holy Cross]")
        let afterThe = gap.count == 2 && tokens[gap.lowerBound + 1].lower == "the"
            && (tokens[gap.lowerBound].lower == "on" || tokens[gap.lowerBound].lower == "of" && next.type == .person)
        guard gap.count == 1 || afterThe, words.isNameWord(tokens[next.tokens.lowerBound]) else { return false }
        // "[Congressional Caucus] on [Armenian Issues]", "[UN Office for the Coordination] of [Humanitarian
        // Affairs]": a body's subject, no organisation of its own.
        if tokens[gap.lowerBound].lower == "on" && words.isOrgHead(tokens[span.tokens.upperBound - 1]) || Self.subjectLinks.contains(tokens[gap.lowerBound].lower) {
            return !next.tokens.contains { words.isOrgHead(tokens[$0]) }
        }
        // (what follows asks for one word between the two: "and", a plural possessive, a list's comma)
        guard gap.count == 1, !isCompleteName(span.tokens) else { return false }
        // "Reddit, [Twitter] and [Spotify]": two one-word names the tagger found apart are two names.
        if span.tokens.count == 1, next.tokens.count == 1, tokens[gap.lowerBound].lower == "and" { return false }
        return tokens.isPluralPossessiveMark(at: gap.lowerBound)
            || enumerationEnd(after: gap.lowerBound, of: span.tokens, limit: tokens.count) != nil
            || (tokens[gap.lowerBound].lower == "and" && !words.isOrgHead(tokens[next.tokens.lowerBound]) && !joinsPartiesOfBetween(gap.lowerBound)
                // "the Royal Alexandra Hospital in Paisley and [Inverclyde Royal Hospital]": a name with its head and place
                // before "and", a name with a head of its own after it: two names.
                && !(hasHeadBeforeTrailingPlace(span.tokens) && next.tokens.contains { words.isOrgHead(tokens[$0]) }))
    }

    /// Words that link a body to its subject: "of", "for", and the Romance "de", "del", "do", "da", "di", "du" ("Hermandad
    /// del [Señor de los Milagros]").
    private static let subjectLinks: WordSet = ["of", "for", "de", "del", "do", "da", "di", "du"]

    /// "between the Fund for the [Development of Tavush] and [Hayrenik Capital Group]": the first "and" after
    /// "between" (within a dozen words) joins two parties, not two parts of one name.
    private func joinsPartiesOfBetween(_ and: Int) -> Bool {
        var index = and - 1
        while index >= 0, and - index <= 12, sameSentence(index, and) {
            if tokens[index].lower == "between" { return true }
            if tokens[index].lower == "and" { return false }
            index -= 1
        }
        return false
    }

    /// "Ministry of Education" + ", Science and Sport", "Hannover University of Music" + ", Drama and Media",
    /// "Ministry of Labor" + ", Migration, and Employment", "Department for Environment" + ", Food and Rural Affairs",
    /// "Ministry of Tourism" + ", Culture and the Arts":
    /// a name with a head word and "of" or "for" that goes on with a
    /// comma list of capitalized fields closed by "and" (or ", and") ends after the list. The name must end in
    /// such a field ("of Labor"; not "Association of Polish Teachers in the UK, and …"), and no field may be a
    /// person's name ("… of Argentina, Sofía Kasparian, Tomás Arslanian and …") nor have a head word of its own.
    private func enumerationEnd(after nameEnd: Int, of name: Range<Int>, limit: Int) -> Int? {
        // (also where the tagger stopped a word or two short of the comma: "[Ministry of Foreign] Affairs, Emigration and …")
        var end = nameEnd
        while end < limit, end - nameEnd < 2, words.isNameWord(tokens[end]) { end += 1 }
        let range = name.lowerBound..<end
        guard range.count >= 3, range.dropLast().contains(where: { words.isOrgHead(tokens[$0]) && ["of", "for"].contains(tokens[$0 + 1].lower) }),
              end < limit, tokens[end].text == ",",
              let lastOf = range.last(where: { ["of", "for"].contains(tokens[$0].lower) }), range.upperBound - lastOf <= 3,
              ((lastOf + 1)..<range.upperBound).allSatisfy({ words.isNameWord(tokens[$0]) }) else { return nil }
        let boundaries = SpanBoundaries(document: document, words: words)
        var index = end
        while index < limit, tokens[index].text == "," || tokens[index].lower == "and" {
            if tokens[index].text == ",", index + 1 < limit, tokens[index + 1].lower == "and" { index += 1 }
            let isAnd = tokens[index].lower == "and"
            var first = index + 1
            // ("Ministry of Tourism, Culture and the Arts": the last field may take "the")
            if isAnd, first < limit, tokens[first].lower == "the" { first += 1 }
            var word = first
            while word < limit, word - first < 3, words.isNameWord(tokens[word]), !words.isRoleOrTitle(tokens[word]) { word += 1 }
            // A field is no name of its own: "University of Melbourne, [Monash University] and …" lists three; a head word
            // among ordinary words is a field ("Ministry of Culture, Community and Youth").
            let field = first..<word
            let isNameOfItsOwn = field.contains { words.isOrgHead(tokens[$0]) }
                && field.contains { !words.lexicon.isOrdinaryWord(tokens[$0].lower) && !words.isDemonym(tokens[$0]) }
            guard word > first, sameSentence(word - 1, range.lowerBound), !words.isGivenName(tokens[first]),
                  !boundaries.looksLikePersonName(field), !isNameOfItsOwn else { return nil }
            if isAnd { return word }
            index = word
        }
        return nil
    }

    /// Head words of named events (optional organisations of the guidelines), whose "in PLACE" says where they are held.
    static let eventHeads: WordSet = ["festival", "fair", "games", "championship", "championships", "tournament", "expo", "exhibition", "biennale", "biennial"]

    /// Head words after which "in PLACE" says where the thing is, not whose it is, so it is no part of the name:
    /// events ("Song Festival in Cork"), buildings and venues ("Queens Public Library in Flushing", "Illuminator
    /// Cathedral in Palermo"), legislatures ("Milli Majlis in Baku") and institutions of one seat ("Annamalai
    /// University in Chidambaram"); companies by their legal form through ``isLocatedHead(_:)``.
    /// Names of communities and missions keep it: "Association of Azerbaijanis in Quebec", "Embassy of Georgia in Kyiv".
    static let locatedHeads: WordSet = eventHeads.union([
        "library", "museum", "gallery", "theatre", "theater", "cinema", "hall", "castle", "palace", "hotel", "stadium",
        "arena", "cathedral", "church", "mosque", "synagogue", "temple", "gurdwara", "mandir", "basilica", "chapel", "galerie", "kino",
        "abbey", "monastery", "convent", "cemetery", "majlis", "parliament", "sejm", "seimas", "saeima", "bundestag",
        "knesset", "duma", "storting", "riksdag", "folketing", "althing", "oireachtas",
        "university", "academy", "college", "hospital", "orchestra", "patriarchate", "secretariat",
        "clinic", "consulting", "consultancy", "consultants", "solicitors", "attorneys", "architects", "accountants", "capital", "ventures", "partners", "labs",
        "institute", "army", "forces", "brigade", "battalion", "regiment", "division", "corps", "squadron",
    ])

    /// A head word of ``locatedHeads`` or a company's legal form ("Hamid PLC in Detroit", "Anadolu Foods Inc. in Ohio").
    static func isLocatedHead(_ token: Token) -> Bool {
        locatedHeads.contains(token.lower) || legalForm(token) != nil
    }

    /// Company legal forms written after the name ("Caspian Cargo BV", "Anadolu Foods GmbH", "Pearl Coast Contracting
    /// WLL", "Makao Bora Consultants Ltd"), as keys without their dots ("W.L.L." → "wll").
    static let legalForms: WordSet = [
        "bv", "nv", "gmbh", "ag", "ltd", "llc", "llp", "plc", "inc", "corp", "sa", "sas", "sarl", "srl", "spa", "oy", "ab", "as",
        "a/s", "aps", "asa", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "kft", "zrt", "doo", "sro", "pty", "pvt", "bhd", "sdn", "pte",
        "wll", "fze", "fzco", "fzc", "sal", "saog", "saoc", "psc", "qsc", "bsc", "ksc", "kscp", "ltda", "co", "nyrt", "oyj",
        "limited", "incorporated",
    ]

    /// Legal forms that close a company's name also when written in title case; the others only in capitals ("AS", "SA").
    private static let titleCaseLegalForms: WordSet = [
        "ltd", "inc", "corp", "pvt", "bhd", "sdn", "pte", "llc", "plc", "gmbh", "sarl", "ltda", "co", "kft", "zrt", "nyrt", "oy", "oyj",
        "limited", "incorporated",
    ]

    /// The legal form `token` writes, as a key of `legalForms`, or nil.
    static func legalForm(_ token: Token) -> String? {
        // Every form is written with a capital first (checked first: this runs on every token).
        guard token.startsUpper, token.kind == .word || token.text.hasSuffix(".") else { return nil }
        let key = token.lower.containsLiterally(".") ? Self.withoutDots(token.lower) : token.lower
        guard legalForms.contains(key) else { return nil }
        // "S.r.l.", "S.p.A.": dotted letters in mixed case are a legal form too.
        let isDottedLetters = token.text.unicodeScalars.lazy.filter { $0 == "." }.count >= 2
        guard token.isAcronymLike || token.startsUpper && titleCaseLegalForms.contains(key) || isDottedLetters else { return nil }
        return key
    }

    /// Whether the words of a name's key end in a legal form: "inc", "ltd", or one written with dots and so
    /// split into letters ("s a" of "S.A.", "s p a" of "S.p.A.").
    static func endsInLegalForm(_ keyWords: ArraySlice<Substring>) -> Bool {
        guard let last = keyWords.last else { return false }
        if legalForms.contains(String(last)) { return true }
        let letters = keyWords.reversed().prefix { $0.count == 1 }
        return letters.count >= 2 && legalForms.contains(String(letters.reversed().joined()))
    }

    /// `text` without its dots: the key of a legal form ("w.l.l." → "wll").
    private static func withoutDots(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "." })
    }

    /// Legal forms of Central and Eastern Europe written in lower case with dots, as keys without dots and spaces:
    /// "s.r.o.", "spol. s r.o.", "sp. z o.o.", "d.o.o.", "a.s.", "d.d.", "a.d.", "s.r.l.", "s.p.a.".
    private static let lowerCaseLegalForms: WordSet = ["sro", "spolsro", "spzoo", "doo", "as", "dd", "ad", "srl", "spa"]

    /// Forms of registered associations, not companies, written in lower case after the name, as keys: the German "e.V.",
    /// the Finnish "ry" and "rf", the Flemish "vzw", the Belgian French "asbl", the Czech "z. s." ("Hooyo ry", "Marokkaanse
    /// Jongeren vzw", "Spolek Gruzínců v Brně, z. s.").
    static let associationForms: WordSet = ["ev", "ry", "rf", "vzw", "asbl", "zs"]

    /// Whether the words of a name's key end in a registered association's form ("e v" of "e.V.", "ry").
    static func endsInAssociationForm(_ keyWords: ArraySlice<Substring>) -> Bool {
        guard let last = keyWords.last else { return false }
        return associationForms.contains(String(last)) || keyWords.count >= 2 && associationForms.contains(keyWords.suffix(2).joined())
    }

    /// How many tokens the company legal form at `index` takes: one for "Ltd", "GmbH", "W.L.L.", "s.r.o."; three for
    /// "(Pvt)" before "Ltd"; four for "sp. z o.o." ("sp", ".", "z", "o.o.") and "z. s." ("z", ".", "s", "."); nil where none starts.
    private func legalFormLength(at index: Int) -> Int? {
        if Self.legalForm(tokens[index]) != nil { return 1 }
        // "Zarmeen Exchange Company (Pvt) Ltd": a form in brackets before another.
        if tokens[index].text == "(", index + 3 < tokens.count, Self.legalForm(tokens[index + 1]) != nil, tokens[index + 2].text == ")",
           Self.legalForm(tokens[index + 3]) != nil { return 3 }
        let first = tokens[index]
        if first.kind == .word, Self.associationForms.contains(first.text) { return 1 }
        // Lower-case forms carry dots and end in a word with its dot: "s.r.o." in one token, "sp" "." "z" "o.o.".
        guard first.kind == .word, !first.startsUpper, first.text.hasSuffix(".") || index + 1 < tokens.count && tokens[index + 1].text == "." else { return nil }
        var key = ""
        for end in index..<min(index + 5, tokens.count) {
            guard sameSentence(end, index) else { break }
            key += Self.withoutDots(tokens[end].lower)
            if key.count > 7 { return nil }
            if tokens[end].kind == .word, Self.lowerCaseLegalForms.contains(key) || Self.associationForms.contains(key) {
                if tokens[end].text.hasSuffix(".") { return end - index + 1 }
                // "z. s.": the last letter's period is a token of its own.
                if end > index, end + 1 < tokens.count, tokens[end + 1].text == "." { return end - index + 2 }
            }
        }
        return nil
    }

    /// "Pearl Coast Contracting WLL", "Rift Valley Trust Bank Ltd", "Al Sahel Logistics Co. W.L.L.", "Banát Tour s.r.o.":
    /// the capitalized words right before a company's legal form, whatever the tagger made of them (a person, a place, pieces), are
    /// with it one company's name. "Co." closes a name only where no name word follows it ("Co. Clare" is a county).
    private func companiesByLegalForm(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var index = 1
        while index < tokens.count {
            defer { index += 1 }
            guard let length = legalFormLength(at: index), sameSentence(index - 1, index) else { continue }
            // "Orbitel Wireless, Inc.", "Atlântida Airlines, S.A.": a form after a comma closes the name before it too ("Co." there
            // is a county's: "Cork, Co. Cork").
            let afterComma = tokens[index - 1].text == "," && index >= 2 && sameSentence(index - 2, index) && isCompanyNameWord(index - 2)
                && Self.legalForm(tokens[index]) != "co"
            guard afterComma || isCompanyNameWord(index - 1) else { continue }
            var end = index + length
            while end < tokens.count, sameSentence(end, index) {
                if let more = legalFormLength(at: end) {
                    end += more
                } else if tokens[end].text == ",", Self.legalForm(tokens[end - 1]) == "co", end + 1 < tokens.count, sameSentence(end + 1, index),
                          let more = legalFormLength(at: end + 1) {
                    end += 1 + more  // "Saigon Expo Services Co., Ltd."
                } else {
                    break
                }
            }
            if Self.legalForm(tokens[end - 1]) == "co", end < tokens.count, sameSentence(end, index), words.isNameWord(tokens[end]) { continue }
            var start = companyNameStart(endingAt: afterComma ? index - 2 : index - 1, words: 6)
            // "Latvian Cultural Society of Western Australia Inc.": an organisation found around the words keeps its start.
            if let opened = result.first(where: { $0.type == .org && $0.tokens.contains(start) }) { start = min(start, opened.tokens.lowerBound) }
            let company = NameSpan(.org, start..<end)
            result.removeAll { $0.tokens.overlaps(company.tokens) }
            result.append(company)
            index = end - 1
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Bitar, Lemieux and Associates", "Brennan, Kowalski & Hamid PLC", "the firm Kessler, Amin and Pruett": the
    /// partners' surnames of a law or accounting firm, one word each, listed with commas and "and" or "&", are one
    /// organisation when "Associates" or "Partners", a legal form, or the noun "firm" before them says it is a firm
    /// (a list of people's names says none of that).
    private func firmsOfPartners(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for conjunction in tokens.indices.dropFirst().dropLast() where tokens[conjunction].lower == "and" || tokens[conjunction].text == "&" {
            let last = conjunction + 1
            guard sameSentence(conjunction - 1, last), isPartnerName(conjunction - 1),
                  isPartnerName(last) || Self.firmPartnerWords.contains(tokens[last].lower) else { continue }
            var start = conjunction - 1
            while start >= 2, tokens[start - 1].text == ",", isPartnerName(start - 2), sameSentence(start - 2, start) { start -= 2 }
            guard start == 0 || !words.isNameWord(tokens[start - 1]) else { continue }
            var end = last + 1
            if end < tokens.count, sameSentence(end, last), let length = legalFormLength(at: end) { end += length }
            guard Self.firmPartnerWords.contains(tokens[last].lower) || end > last + 1 || (start >= 1 && tokens[start - 1].lower == "firm") else { continue }
            // An organisation found around the names keeps its wider bounds ("Feichtinger & Partner Rechtsanwälte GmbH").
            let around = result.filter { $0.type == .org && $0.tokens.overlaps(start..<end) }.map(\.tokens)
            let firm = NameSpan(.org, (around.map(\.lowerBound) + [start]).min()!..<(around.map(\.upperBound) + [end]).max()!)
            result.removeAll { $0.tokens.overlaps(firm.tokens) }
            result.append(firm)
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The word that closes a firm's name after its partners' names: "… and Associates", "… & Partners".
    private static let firmPartnerWords: WordSet = ["associates", "partners"]

    /// One capitalized word that can be a partner's surname in a firm's name: no role, title or organisation word.
    private func isPartnerName(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && words.isNameWord(token) && !words.isRoleOrTitle(token) && !words.isOrgHead(token)
            && !words.isCalendarWord(token) && Self.legalForm(token) == nil
    }

    /// "Punjab & Sind Bank", "Harbor & Pine Research", "Marks & Spencer": capitalized words on both sides of "&" are
    /// one organisation's name when the words after it are an organisation the tagger found or end in a head word,
    /// or when the tagger found a name among them (it reads "Pine" as a place, "Spencer" as a person), whatever it
    /// made of the words before. Not a place the gazetteer knows with "and" ("Trinidad & Tobago"), nor a run holding a
    /// title.
    private func joinAcrossAmpersand(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for ampersand in tokens.indices.dropFirst().dropLast() where tokens[ampersand].text == "&" {
            guard sameSentence(ampersand - 1, ampersand + 1), isCompanyNameWord(ampersand - 1), words.isNameWord(tokens[ampersand + 1]) else { continue }
            var end = ampersand + 1
            while end < tokens.count, end - ampersand <= 3, sameSentence(end, ampersand), words.isNameWord(tokens[end]), Self.legalForm(tokens[end]) == nil { end += 1 }
            let organisationAfter = result.first { $0.type == .org && $0.part == nil && $0.tokens.lowerBound == ampersand + 1 }
            if let organisationAfter { end = max(end, organisationAfter.tokens.upperBound) }
            let after = (ampersand + 1)..<end
            guard organisationAfter != nil || words.isOrgHead(tokens[end - 1]) || result.contains(where: { $0.tokens.overlaps(after) }) else { continue }
            let joined = companyNameStart(endingAt: ampersand - 1, words: 4)..<end
            guard !joined.contains(where: { words.isRoleOrTitle(tokens[$0]) && !words.isOrgHead(tokens[$0]) }),
                  !words.isPlacePhrase(joined.map { tokens[$0].text == "&" ? "and" : tokens[$0].text }.joined(separator: " ")),
                  !result.contains(where: { $0.type == .org && $0.tokens.lowerBound <= joined.lowerBound && $0.tokens.upperBound >= joined.upperBound })
            else { continue }
            result.removeAll { $0.tokens.overlaps(joined) }
            result.append(NameSpan(.org, joined))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The first of the words of a company's name that end at `last` (which is one): at most `words` of them (name
    /// particles between them included), back to the sentence's start, an article or another company's legal form.
    private func companyNameStart(endingAt last: Int, words: Int) -> Int {
        var start = last
        while start - 1 >= 0, last - start + 1 < words, sameSentence(start - 1, last) {
            // "Minerales del Pacífico S.A.": a name particle between two of its words.
            if start - 2 >= 0, self.words.isNameParticle(tokens[start - 1]), !tokens[start - 1].startsUpper, sameSentence(start - 2, last),
               isCompanyNameWord(start - 2), Self.legalForm(tokens[start - 2]) == nil {
                start -= 2
                continue
            }
            guard isCompanyNameWord(start - 1), Self.legalForm(tokens[start - 1]) == nil,
                  !["the", "a", "an"].contains(tokens[start - 1].lower) else { break }
            // "About Larkin Adebayo LLP": a preposition opening the sentence is no part of the name.
            if SpanBoundaries.leadingPrepositions.contains(tokens[start - 1].lower), start - 1 == 0 || !sameSentence(start - 2, start - 1) { break }
            start -= 1
        }
        return start
    }

    /// A word that can stand in a company's name: a capitalized word (also "d'Ivoire") or "&"; not "Qatar-based".
    private func isCompanyNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        // "Qatar-based", "Kenyan-born": a compound that ends in a lower-case word describes the company.
        if let last = token.text.split(separator: "-").last, token.text.containsLiterally("-"),
           last.unicodeScalars.first.map(Token.isUppercase) == false { return false }
        return words.isNameWord(token) || token.text == "&"
    }

    /// Head words of the units of an organisation that news names together with the organisation they belong to.
    static let unitHeads: WordSet = ["department", "faculty", "division", "laboratory", "chair", "section", "branch", "chapter", "committee", "commission", "subcommittee"]

    /// "Department of Caucasian Studies at Istanbul University", "Diaspora Relations Department of the Ministry of
    /// Foreign Affairs of Georgia", "Department of Materials at ETH Zurich": a unit and the organisation it belongs to
    /// are two names, cut at the first "of"/"at" after the unit's head word that opens a complete organisation name (a
    /// name word first, and an organisation head word that is no unit's before any "of"/"at"/"in" of its own), an
    /// acronym, or a name the article writes alone as an organisation (among `writtenAlone`, the ORG spans' words). A
    /// parent that is a head word alone ("of the Office") refers back to a name given before and is dropped.
    private func splitUnitFromParent(writtenAlone: Set<[String]>) -> (NameSpan) -> [NameSpan] {
        { span in self.splitUnitFromParent(span, writtenAlone: writtenAlone) }
    }

    private func splitUnitFromParent(_ span: NameSpan, writtenAlone: Set<[String]>) -> [NameSpan] {
        guard span.type == .org, span.part == nil, span.tokens.count >= 4,
              let head = span.tokens.first(where: { Self.unitHeads.contains(tokens[$0].lower) }), head + 1 < span.tokens.upperBound - 1 else { return [span] }
        // The unit keeps more than its head word: "Department of Diaspora Relations" + "Ministry of …", not "Department" +
        // "Diaspora Relations of the Ministry of …"; "Diaspora Relations Department" + "Ministry of …".
        for cut in (head + 1)..<(span.tokens.upperBound - 1) where ["of", "at"].contains(tokens[cut].lower)
            && (cut > head + 1 || head > span.tokens.lowerBound) {
            var start = cut + 1
            if tokens[start].lower == "the", start + 1 < span.tokens.upperBound { start += 1 }
            let parent = start..<span.tokens.upperBound
            // The parent's own head comes before its own "of"/"at"/"in": "Ministry of …", "Istanbul University"; not
            // "Caucasian Studies at Istanbul University".
            let firstHead = parent.first { words.isOrgHead(tokens[$0]) && !Self.unitHeads.contains(tokens[$0].lower) }
            let firstLink = parent.first { ["of", "at", "in"].contains(tokens[$0].lower) }
            let headed = firstHead.map { $0 < (firstLink ?? Int.max) } ?? false
            // (an acronym opens an organisation's name, "at ETH Zurich", "of the DFG"; a name written alone counts from two
            // words up, and not after a place: not "of Labour", "of India in Nairobi")
            let named = !words.isPlacePhrase(tokens[start].text)
                && (tokens[start].isAcronymLike || parent.count >= 2 && writtenAlone.contains(parent.map { tokens[$0].text }))
            guard words.isNameWord(tokens[start]), headed || named else { continue }
            // "… of the Office": a head word alone refers back to a name given before; it is none itself.
            if parent.count == 1 { return [NameSpan(.org, span.tokens.lowerBound..<cut)] }
            return [NameSpan(.org, span.tokens.lowerBound..<cut), NameSpan(.org, parent)]
        }
        return [span]
    }

    /// "the Ehmedê Xanî Prize of the Kurdish Academy of Culture in Berlin": a prize, award or medal and the organisation
    /// that gives it are two names; the giver starts after "of [the]" with a name word.
    private func splitPrizeFromGiver(_ span: NameSpan) -> [NameSpan] {
        guard span.type == .org, span.part == nil, span.tokens.count >= 4,
              let prize = span.tokens.dropLast(2).first(where: { Self.prizeWords.contains(tokens[$0].text) && tokens[$0 + 1].lower == "of" })
        else { return [span] }
        let giver = tokens[prize + 2].lower == "the" ? prize + 3 : prize + 2
        guard giver < span.tokens.upperBound, words.isNameWord(tokens[giver]), prize > span.tokens.lowerBound else { return [span] }
        return [NameSpan(.org, span.tokens.lowerBound..<(prize + 1)), NameSpan(.org, giver..<span.tokens.upperBound)]
    }

    private static let prizeWords: WordSet = [
        "Prize", "Prizes", "Award", "Awards", "Medal", "Medals", "Trophy", "Cup", "Lecture", "Scholarship", "Scholarships", "Bursary",
    ]

    /// "the [PERSON Robert Fergusson Prize]", "the [PLACE Maironis Prize]", "the [PERSON Mary Somerville Lecture]" as the
    /// tagger found them: a name that ends in a prize word names a prize, often after a person or a place, and is typed as
    /// the prizes the organisation passes keep ("Ehmedê Xanî Prize"), never as a person or a place.
    private func prizeAsOrganisation(_ span: NameSpan) -> NameSpan {
        guard span.type == .person || span.type == .place, span.part == nil, span.tokens.count >= 2,
              Self.prizeWords.contains(tokens[span.tokens.upperBound - 1].text) else { return span }
        return NameSpan(.org, span.tokens)
    }

    /// "Azerbaijani", "Egyptian-Azerbaijani": a demonym, or a hyphenated compound of demonyms.
    private func isNationalityAdjective(_ token: Token) -> Bool {
        token.text.split(separator: "-").allSatisfy { !words.lexicon.demonymCountries(String($0)).isEmpty }
    }

    /// "… Saturday School and Maria Lopez": a known given name and a word that could be a surname start a
    /// person's name, which no organisation name runs into.
    private func opensPersonName(at index: Int) -> Bool {
        index + 1 < tokens.count && words.isGivenName(tokens[index]) && sameSentence(index, index + 1)
            && SpanBoundaries(document: document, words: words).looksLikePersonName(index..<(index + 2))
    }

    /// An acronym, a name ending in a head word ("Wayne State University"), or in a quoted name after one
    /// (`School "Gintaras"`): what follows "and" is another organisation.
    private func isCompleteName(_ range: Range<Int>) -> Bool {
        (range.count == 1 && tokens[range.lowerBound].isAcronymLike) || words.isOrgHead(tokens[range.upperBound - 1])
            || (tokens[range.upperBound - 1].kind == .quote && range.dropLast().contains { words.isOrgHead(tokens[$0]) })
    }

    /// "Royal Alexandra Hospital in Paisley": a head word, then "in" and up to three name words to the end.
    private func hasHeadBeforeTrailingPlace(_ range: Range<Int>) -> Bool {
        guard let inIndex = range.dropFirst().last(where: { tokens[$0].lower == "in" }), range.upperBound - inIndex - 1 <= 3,
              range.upperBound - inIndex > 1, words.isOrgHead(tokens[inIndex - 1]) else { return false }
        return ((inIndex + 1)..<range.upperBound).allSatisfy { words.isNameWord(tokens[$0]) }
    }

    private func sameSentence(_ a: Int, _ b: Int) -> Bool {
        tokens[a].sentence == tokens[b].sentence
    }

    private func extendRight(_ range: Range<Int>, limit: Int, taggedPlaces: Set<Range<Int>>) -> Range<Int> {
        var end = range.upperBound
        // A company's legal form ends its name: "Rift Valley Trust Bank Ltd" and "Tujenge Sacco Ltd" are two.
        if Self.legalForm(tokens[end - 1]) != nil { return range }
        if end - 1 > range.lowerBound, tokens.isPluralPossessiveMark(at: end - 1) { end -= 1 }  // "Workers'" + "Forum"
        // "Wat Khemara" + "Buddhikaram": a name opened by its head word runs over the capitalized words after it.
        if words.opensOrganizationName(tokens[range.lowerBound]) {
            while end < limit, sameSentence(end, range.lowerBound), words.isNameWord(tokens[end]), !words.isRoleOrTitle(tokens[end]),
                  !(end > range.lowerBound + 1 && opensPersonAfterName(at: end, personStarts: [])) { end += 1 }
        }
        // "Korean Consulate" + "General": the mission's rank is part of its name.
        if end < limit, tokens[end - 1].lower == "consulate", tokens[end].text == "General" { end += 1 }
        // "City Clinical Hospital" + "No. 24", "School No." + "5": an institution's number ends its name (and
        // ``withInstitutionNumber(_:)`` gives it to the names of numbered units).
        if end + 1 < limit, words.isOrgHead(tokens[end - 1]), Self.numberSigns.contains(tokens[end].text), tokens[end + 1].kind == .number,
           sameSentence(end + 1, range.lowerBound) {
            end += 2
        } else if end < limit, end - range.lowerBound >= 2, Self.numberSigns.contains(tokens[end - 1].text), tokens[end].kind == .number,
                  words.isOrgHead(tokens[end - 2]), sameSentence(end, range.lowerBound) {
            end += 1
        }
        // The tagger cut the place after "in" short: "… in Frankfurt" + "am Main".
        if let inIndex = range.last(where: { tokens[$0].lower == "in" }), range.upperBound - inIndex <= 4 {
            let place = tokens[inIndex + 1].lower == "the" ? inIndex + 2 : inIndex + 1
            // (a span the tagger made of the rest, "[PER Main]", gives way: overlaps are resolved after)
            let sentenceEnd = document.sentences[tokens[range.lowerBound].sentence].tokens.upperBound
            if place < end, let placeEnd = longestPlace(startingAt: place, limit: sentenceEnd), placeEnd > end { end = placeEnd }
        }
        // The tagger stopped before a lower-case collective noun: "… in Arab" + "countries".
        if end < limit, end - range.lowerBound >= 2, tokens[end - 1].startsUpper, words.isCollectiveNoun(tokens[end]),
           tokens[end - 2].lower == "in" {
            end += 1
        }
        // The tagger stopped before the head word ("Azerbaijani Cultural" + "Center") or right after an
        // adjective of nationality, which never ends a name ("Society of Egyptian-Azerbaijani" + "Friendship"), unless
        // the word is no ordinary one and opens the name after it ("State Committee for Overseas Vietnamese [Luu] Thanh Tung").
        while end < limit, sameSentence(end, range.lowerBound), words.isNameWord(tokens[end]),
              words.isOrgHead(tokens[end]) || (isNationalityAdjective(tokens[end - 1]) && !words.isRoleOrTitle(tokens[end]) && !words.isGivenName(tokens[end])
                                                 && !(end + 1 == limit && !words.lexicon.isOrdinaryWord(tokens[end].lower))) {
            end += 1
        }
        // "Ministry of Health and Social" + "Care": an adjective after "and" needs the noun after it.
        if end < limit, end - range.lowerBound >= 3, tokens[end - 2].lower == "and", sameSentence(end, range.lowerBound),
           ["al", "ic", "ive"].contains(where: { tokens[end - 1].lower.hasSuffix($0) }), words.isNameWord(tokens[end]),
           !words.isRoleOrTitle(tokens[end]), !words.isGivenName(tokens[end]), !words.isCalendarWord(tokens[end]) {
            end += 1
        }
        if let listEnd = enumerationEnd(after: end, of: range, limit: limit) { end = listEnd }
        while end + 1 < limit, sameSentence(end, range.lowerBound) {
            let connector = tokens[end]
            // "Administration for Cooperation with the Diaspora", "Committee on Work with Diaspora": "with" after a
            // noun of relations joins the name.
            let relation = connector.lower == "with" && Self.relationNouns.contains(tokens[end - 1].lower)
            guard words.isConnector(connector) || tokens.isPluralPossessiveMark(at: end) || relation else { break }
            var next = end + 1
            if next < limit, tokens[next].lower == "the" { next += 1 }
            guard next < limit, words.isNameWord(tokens[next]) else { break }
            // ("Member of the Bundestag and Chair of …", "the Seimas of Lithuania and Lithuanians abroad": a title or a people
            // after "and" opens no part of the name.)
            if connector.lower == "and" && (tokens[end + 1].lower == "the" || isCompleteName(range.lowerBound..<end) || opensPersonName(at: next)
                                            || words.isRoleOrTitle(tokens[next]) || words.isDemonym(tokens[next])) { break }
            // "Legislative Assembly of Ontario for Etobicoke Centre": the seat a member holds, not the chamber's name; "the
            // Riksdag for the Social Democrats": the party a member sits for.
            if connector.lower == "for", (range.lowerBound..<end).contains(where: { WordClasses.legislatureWords.contains(tokens[$0].lower) }),
               longestPlace(startingAt: next, limit: limit) != nil || taggedPlaces.contains(where: { $0.lowerBound == next })
                || (next > end + 1 && WordClasses.legislatureWords.contains(tokens[end - 1].lower)) { break }
            var runEnd: Int
            if connector.lower == "in" || connector.lower == "on" {
                // "volunteered with CMRA in Sidon", "Snapchat in Paris": a one-word name without a head word is
                // whole; the place after it is where.
                if range.count == 1, end == range.upperBound, Self.isAbbreviation(tokens[range.lowerBound]) || !words.isOrgHead(tokens[range.lowerBound]) { break }
                // "Lithuanian Song Festival in Cork", "Milli Majlis in Baku": where it is, not part of its name.
                // ("City Clinical Hospital No. 24 in Moscow": the head before the number)
                let numbered = end >= 3 && tokens[end - 1].kind == .number && Self.numberSigns.contains(tokens[end - 2].text)
                if connector.lower == "in", Self.isLocatedHead(tokens[numbered ? end - 3 : end - 1]) || opensWithLocatedHead(range.lowerBound..<end) { break }
                // "Embassy of … in the Republic of Korea in Seoul": a name holds one "in PLACE"; a second is where it is
                // ("… in Arab countries in Egypt" holds no place yet).
                if connector.lower == "in", holdsPlace(range.lowerBound..<end) { break }
                if let placeEnd = longestPlace(startingAt: next, limit: limit) {
                    runEnd = placeEnd
                } else if let tagged = taggedPlaces.first(where: { $0.lowerBound == next && $0.upperBound <= limit }) {
                    runEnd = tagged.upperBound  // a place the tagger found and the gazetteer lacks: "in Europe"
                } else if next + 1 < limit, words.isCollectiveNoun(tokens[next + 1]) {
                    runEnd = next + 1  // "in Arab countries": the noun is taken below
                } else if connector.lower == "on", words.isOrgHead(tokens[end - 1]), let topicEnd = nameRun(startingAt: next), topicEnd.upperBound <= limit {
                    runEnd = topicEnd.upperBound  // a body and its subject: "Caucus on Armenian Issues", "Committee on Human Rights"
                } else {
                    break
                }
                // "Centre of Manitoba on Keewatin Street", "Center on Georgia Avenue": an address is where the
                // organisation is, not its name.
                // "on North 30th Street": an ordinal or number may stand before the street word.
                if Self.addressWords.contains(tokens[runEnd - 1].lower)
                    || (runEnd..<min(limit, runEnd + 2)).first(where: { tokens[$0].kind != .number && tokens[$0].text.first?.isNumber != true })
                        .map({ Self.addressWords.contains(tokens[$0].lower) }) == true { break }
            } else {
                runEnd = next
                while runEnd < limit, words.isNameWord(tokens[runEnd]) || (runEnd > next && tokens[runEnd].kind == .word && words.isCollectiveNoun(tokens[runEnd])) {
                    if runEnd + 1 < limit, SpanBoundaries(document: document, words: words).looksLikePersonName(runEnd..<min(runEnd + 2, limit)),
                       runEnd > next { break }
                    if words.isRoleOrTitle(tokens[runEnd]) && runEnd > next { break }
                    runEnd += 1
                }
            }
            // Lower-case collective noun after a capitalized adjective: "in Arab countries".
            if runEnd < limit, words.isCollectiveNoun(tokens[runEnd]) { runEnd += 1 }
            // "Union of Poles and Polish" + [Youth Council]: the words after "and" open the name that follows.
            if connector.lower == "and", runEnd == limit, limit < tokens.count { break }
            end = runEnd
        }
        return range.lowerBound..<end
    }

    /// Nouns of relations after which "with" goes on inside a name ("Relations with Compatriots Living Abroad").
    static let relationNouns: WordSet = ["cooperation", "relations", "work", "ties", "contacts", "friendship", "solidarity", "partnership", "dialogue"]

    /// Words that end a street address: "on Keewatin Street", "at 12 Main Road".
    static let addressWords: WordSet = ["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "highway", "square"]

    /// Bodies of a state that news names by the state's demonym: "the Polish Senate", "the Georgian Parliament".
    static let nationalBodies: WordSet = ["Senate", "Parliament", "Government", "Embassy", "Consulate", "Patriarchate", "Church"]

    /// "a delegation of the Polish Senate": an untagged demonym and a state body's name word after it are an
    /// organisation (``outsideHeadings(_:)`` keeps those outside heading lines).
    private func nationalBodies(_ spans: [NameSpan]) -> [NameSpan] {
        let covered = NameSpan.coverage(of: spans, tokenCount: tokens.count)
        let found = tokens.indices.dropLast().filter { index in
            !covered[index] && !covered[index + 1] && tokens[index].startsUpper && Self.nationalBodies.contains(tokens[index + 1].text)
                && sameSentence(index, index + 1) && words.isDemonym(tokens[index])
        }
        return found.map { NameSpan(.org, $0..<($0 + 2)) }
    }

    /// The names found among untagged words that stand outside title-case heading lines (the heading lines
    /// are worked out only when there is something to check).
    private func outsideHeadings(_ found: [NameSpan]) -> [NameSpan] {
        guard !found.isEmpty else { return [] }
        let headings = SpanBoundaries(document: document, words: words).headingParagraphs()
        return found.filter { span in !headings.contains { $0.contains(span.tokens.lowerBound) } }
    }

    /// "Associazione Culturale Marocchina Al Amal di Brescia", "Stadt Köln", "Wat Sovannaram", "Mairie d'Échirolles": a head
    /// word that opens names in its language (``WordClasses/opensOrganizationName(_:)``), the capitalized words after it
    /// and those after one or two connectors of such names ("di Brescia", "v Brně", "para el Desarrollo") are one
    /// organisation, whatever the tagger made of the parts; a role or title ends it, and so does a person the tagger found
    /// whose first word is a given name, or a given name and a name word after two words of the name ("Generalitat
    /// Valenciana [Jorge] Ferrer Llopis"; not "Fundación [Pablo] Neruda"); a legal form after it belongs
    /// to it. An English head word opens such a name too when a Romance link follows it ("Union des …"), and Romance
    /// names run on over their lower-case words (``romanceLowerCaseRunEnd(from:sentenceOf:)``). Heading lines, whose
    /// words are all capitalized, are left alone. A name found that runs on past the words
    /// keeps them; one that ends in "of [the]" before the head word gives the words up ("Councillor for Social Policies of
    /// the [Comune di Milano]"), and goes if what is left is the field of a role ("Councillor for Social Policies").
    /// "Srpsko kulturno društvo Sloga iz Malmea", "Hrvatska katolička zajednica u Dublinu", "Spolek banátských Čechů": a
    /// head noun that Slavic, Baltic, Hungarian, Albanian and Greek names write in lower case (`Lexicon.orgInnerWords`),
    /// after a capitalized word and up to three lower-case words of no English, or first and capitalized, is an
    /// organisation's name with the words around it: lower-case words of no English after the head, then up to three
    /// capitalized words, then a preposition of those languages and the place or words after it ("Savez srpskih udruženja
    /// u rasejanju"). Whatever the tagger made of the words, the name is one organisation.
    private func namesAroundInnerHeads(_ spans: [NameSpan]) -> [NameSpan] {
        let lexicon = words.lexicon
        guard !lexicon.orgInnerWords.isEmpty else { return spans }
        let isForeignLowerCase = { (index: Int) in
            self.tokens[index].kind == .word && !self.tokens[index].startsUpper && self.tokens[index].text.unicodeScalars.count > 2
                && !lexicon.isOrdinaryWord(self.tokens[index].text)
        }
        var result = spans
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].kind == .word, lexicon.orgInnerWords.contains(tokens[index].lower) else { continue }
            var start = index
            if !tokens[index].startsUpper {
                while start > 0, index - start < 3, sameSentence(start - 1, index), isForeignLowerCase(start - 1) { start -= 1 }
                guard start > 0, sameSentence(start - 1, index), tokens[start - 1].startsUpper, words.isNameWord(tokens[start - 1]) else { continue }
                start -= 1
            }
            var end = index + 1
            while end < tokens.count, end - index <= 2, sameSentence(end, index), isForeignLowerCase(end) { end += 1 }
            let capitalized = end
            while end < tokens.count, end - capitalized < 3, sameSentence(end, index), words.isNameWord(tokens[end]), !words.isRoleOrTitle(tokens[end]) { end += 1 }
            if end + 1 < tokens.count, sameSentence(end + 1, index), Self.innerNamePrepositions.contains(tokens[end].text),
               words.isNameWord(tokens[end + 1]) || isForeignLowerCase(end + 1) {
                end += 2
                while end < tokens.count, end - index < 12, sameSentence(end, index), words.isNameWord(tokens[end]) || isForeignLowerCase(end) { end += 1 }
            }
            // A head written first needs words after it.
            guard end - start >= 2, start < index || end > index + 1 else { continue }
            let name = start..<end
            guard !result.contains(where: { $0.type == .org && $0.tokens.lowerBound <= name.lowerBound && $0.tokens.upperBound >= name.upperBound }) else { continue }
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(NameSpan(.org, name))
            index = end - 1
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Prepositions of place inside names of the languages of `Lexicon.orgInnerWords` ("u Dublinu", "v Barilochu", "iz Malmea").
    private static let innerNamePrepositions: WordSet = ["u", "v", "w", "ve", "vo", "we", "iz", "z", "ze", "na", "pri", "në", "din", "í"]

    private func namesOpenedByHeadWords(_ spans: [NameSpan]) -> [NameSpan] {
        let openers = tokens.indices.filter { index in
            tokens[index].startsUpper && (words.opensOrganizationName(tokens[index])
                || index + 1 < tokens.count && Self.romanceLinks.contains(tokens[index + 1].text) && words.isOrgHead(tokens[index]))
        }
        guard !openers.isEmpty else { return spans }
        var result = spans
        let headings = SpanBoundaries(document: document, words: words).headingParagraphs()
        let personStarts = Set(spans.filter { $0.type == .person && $0.tokens.count >= 2 && words.isGivenName(tokens[$0.tokens.lowerBound]) }
            .map(\.tokens.lowerBound))
        var taken = 0  // (tokens before this are in a name already built)
        for index in openers where index >= taken && index + 1 < tokens.count {
            guard !headings.contains(where: { $0.contains(index) }) else { continue }
            var end = index + 1
            let romance = index + 1 < tokens.count && Self.romanceLinks.contains(tokens[index + 1].text)
            while end < tokens.count, sameSentence(end, index) {
                var word = end
                while word < tokens.count, word - end < 2, Self.connectorsAfterOpeningHeads.contains(tokens[word].text) { word += 1 }
                if romance, word > end, let closed = romanceLowerCaseRunEnd(from: word, sentenceOf: index) {
                    end = closed
                    continue
                }
                // (a month or a weekday after "in" or "on" is a date: "Université de Montréal in August")
                guard word < tokens.count, sameSentence(word, index), words.isNameWord(tokens[word]), !words.isRoleOrTitle(tokens[word]),
                      !words.isCalendarWord(tokens[word]),
                      !(word > index + 1 && opensPersonAfterName(at: word, personStarts: personStarts)) else { break }
                end = word + 1
            }
            if end < tokens.count, sameSentence(end, index), Self.legalForm(tokens[end]) != nil { end += 1 }
            guard end > index + 1 else { continue }
            let name = index..<end
            guard !result.contains(where: { $0.tokens.overlaps(name) && $0.tokens.upperBound > end }) else { continue }
            // (an organisation that ends in the head word, not after "of [the]", runs on, and so does any name that ends in
            // a compound head: "[Bosnisch-Österreichischer Kulturverein] Behar")
            if index > 0, !["of", "the"].contains(tokens[index - 1].lower),
               let owner = result.first(where: { ($0.type == .org || words.lexicon.isCompoundOfOpeningHead(tokens[index].text))
                   && $0.tokens.lowerBound < index && $0.tokens.upperBound == index + 1 }) {
                let whole = owner.tokens.lowerBound..<end
                result.removeAll { $0.tokens.overlaps(whole) }
                result.append(NameSpan(.org, whole))
                taken = end
                continue
            }
            // (names that start before the head word: each must end in "of [the]" right before it)
            let cuts = result.indices.filter { result[$0].tokens.lowerBound < index && result[$0].tokens.upperBound > index }.map { position in
                var last = index
                while last > result[position].tokens.lowerBound, ["of", "the"].contains(tokens[last - 1].lower) { last -= 1 }
                return (position, result[position].tokens.lowerBound..<last)
            }
            guard cuts.allSatisfy({ !$0.1.isEmpty && $0.1.upperBound < index }) else { continue }
            for (position, kept) in cuts { result[position].tokens = kept }
            let fields = Set(cuts.map(\.1).filter(isFieldOfRole))
            result.removeAll { name.contains($0.tokens.lowerBound) || fields.contains($0.tokens) }
            result.append(NameSpan(.org, name))
            taken = end
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Words that link a Romance-language body to its subject right after the head word: "Fédération des …",
    /// "Asociación de …", "Collectif pour …", "Associazione per …".
    private static let romanceLinks = subjectLinks.subtracting(["of", "for"])
        .union(["des", "della", "delle", "dei", "degli", "dos", "das", "pour", "para", "per"])

    /// "Fédération des [associations] de Maliens", "Union des [travailleurs tunisiens] du Var", "Asociación de [mujeres
    /// colombianas] en Madrid": Romance names write only their first word capitalized. One to three lower-case words
    /// after a connector belong to the name when a connector and a name word, or a name word, close them; the end of the
    /// closed run, nil where nothing closes it ("the Union des travailleurs said …").
    private func romanceLowerCaseRunEnd(from start: Int, sentenceOf anchor: Int) -> Int? {
        var cursor = start
        while cursor < tokens.count, cursor - start < 3, sameSentence(cursor, anchor), tokens[cursor].kind == .word,
              tokens[cursor].text.first?.isLowercase == true, !Self.connectorsAfterOpeningHeads.contains(tokens[cursor].text),
              !RoleWords.functionWords.contains(tokens[cursor].lower) {
            cursor += 1
        }
        guard cursor > start, cursor < tokens.count, sameSentence(cursor, anchor) else { return nil }
        var next = cursor
        while next < tokens.count, next - cursor < 2, Self.connectorsAfterOpeningHeads.contains(tokens[next].text) { next += 1 }
        guard next < tokens.count, sameSentence(next, anchor) else { return nil }
        if words.isNameWord(tokens[next]) { return cursor }
        return next > cursor && romanceLowerCaseRunEnd(from: next, sentenceOf: anchor) != nil ? cursor : nil
    }

    /// A person the tagger found whose first word is a given name, or a given name and a name word, at `index`.
    private func opensPersonAfterName(at index: Int, personStarts: Set<Int>) -> Bool {
        personStarts.contains(index)
            || index + 1 < tokens.count && sameSentence(index, index + 1) && words.isGivenName(tokens[index]) && words.isNameWord(tokens[index + 1])
    }

    /// "Councillor for [Social Policies]": capitalized words after a role or title and "for".
    private func isFieldOfRole(_ range: Range<Int>) -> Bool {
        range.lowerBound >= 2 && tokens[range.lowerBound - 1].lower == "for" && words.isRoleOrTitle(tokens[range.lowerBound - 2])
    }

    /// Connectors inside names opened by a head word: those of other languages, and the English ones that do not join two
    /// names ("Stadt Köln and Stadt Bonn").
    private static let connectorsAfterOpeningHeads = WordClasses.nameConnectors.union(WordClasses.foreignNameConnectors)
        .subtracting(["of", "for", "and", "on", "&"])

    /// "The Kazakh Turks Foundation, one of …": capitalized words the tagger left out, after "the", that end in an
    /// organisation head word (two to five words, the last a head word and no state's) are an organisation
    /// (``outsideHeadings(_:)`` keeps those outside heading lines); "in PLACE" and the like are added by the
    /// completion after.
    private func untaggedHeadedNames(_ spans: [NameSpan]) -> [NameSpan] {
        let covered = NameSpan.coverage(of: spans, tokenCount: tokens.count)
        var found: [NameSpan] = []
        var index = 1
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index - 1].lower == "the", !covered[index], words.isNameWord(tokens[index]), sameSentence(index - 1, index) else { continue }
            var end = index
            // (a plural possessive inside: "the Hmong Elders' Circle")
            while end < tokens.count, end - index < 5, !covered[end], sameSentence(end, index),
                  words.isNameWord(tokens[end]) || end > index && tokens.isPluralPossessiveMark(at: end) && end + 1 < tokens.count && words.isNameWord(tokens[end + 1]) { end += 1 }
            let last = tokens[end - 1]
            // (a title right before the head word is an adjective of the name: "the Metropolitan Police")
            let adjectiveTitle = end - index == 2 ? index : -1
            guard end - index >= 2, words.isOrgHead(last), !words.isStateHead(last), !words.isRoleOrTitle(last),
                  !(index..<end).contains(where: { $0 != adjectiveTitle && words.isRoleOrTitle(tokens[$0]) && !words.isOrgHead(tokens[$0]) })
            else { continue }
            found.append(NameSpan(.org, index..<end))
            index = end
        }
        return found
    }

    /// Lower-case nouns that say the name before them is a business or a congregation: "the Golden Bowl
    /// restaurant", "Madonna della Difesa parish", "the Irie Spice restaurant chain", "the Pirelli plant".
    static let businessNouns: WordSet = [
        "restaurant", "restaurants", "bakery", "café", "cafe", "shop", "store", "supermarket", "grocery", "chain",
        "salon", "boutique", "pharmacy", "clinic", "parish", "mission", "congregation", "church", "mosque", "temple",
        "gurdwara", "synagogue", "newspaper", "weekly", "magazine", "plant", "factory", "firm", "company", "brand", "hotel",
    ]

    /// Capitalized words (with name particles: "della") between "the", "of" or "at" and a business noun name
    /// that business, whatever the tagger made of them: "owners of the Golden Bowl restaurant", "pastor of
    /// [PERSON Madonna] della Difesa parish" (a name found inside the words, of any type, gives way to them). A known
    /// place or a people stays what it is ("the Dearborn mosque"), and so does one untagged word ("the Tamil church").
    private func namesBeforeBusinessNouns(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for noun in tokens.indices.dropFirst(2) where Self.businessNouns.contains(tokens[noun].text) {
            var start = noun
            while start - 1 > 0, sameSentence(start - 1, noun),
                  words.isNameWord(tokens[start - 1]) || (words.isNameParticle(tokens[start - 1]) && start < noun) {
                start -= 1
            }
            guard start < noun, words.isNameWord(tokens[start]), ["the", "of", "at"].contains(tokens[start - 1].lower) else { continue }
            let name = start..<noun
            let text = name.map { tokens[$0].text }.joined(separator: " ")
            // One untagged word is more often an adjective than a name ("the Tamil church").
            guard name.count > 1 || result.contains(where: { $0.tokens == name }),
                  !words.isPlacePhrase(text), !name.contains(where: { words.isDemonym(tokens[$0]) }),
                  !result.contains(where: { $0.tokens.overlaps(name) && (!name.contains($0.tokens) || $0.type == .org && $0.tokens == name) })
            else { continue }
            result.removeAll { name.contains($0.tokens) }
            result.append(NameSpan(.org, name))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "[House] in Belgrade" after "Russian": a people's House is its diaspora institution, an organisation
    /// ("Russian House", "Azerbaijani House", "Polish House").
    private func demonymHouse(_ span: NameSpan) -> NameSpan {
        let first = span.tokens.lowerBound
        guard span.type != .person, span.part == nil, tokens[first].text == "House", first >= 1, sameSentence(first - 1, first),
              tokens[first - 1].startsUpper, words.isDemonym(tokens[first - 1]) else { return span }
        return NameSpan(.org, (first - 1)..<span.tokens.upperBound)
    }

    private func extendLeft(_ range: Range<Int>, floor: Int, listFloor: Int) -> Range<Int> {
        var start = range.lowerBound
        while start - 1 >= floor, sameSentence(start - 1, range.lowerBound) {
            // "Governor's Office", "Mayor's Office": the office of a title holder, named after the title.
            if start == range.lowerBound, start - 2 >= floor, words.isOrgHead(tokens[start]), tokens[start - 1].isPossessiveS,
               tokens[start - 2].startsUpper, words.isRoleOrTitle(tokens[start - 2]), sameSentence(start - 2, start) {
                start -= 2
                continue
            }
            // "Fund for the" + "Development of Tavush": a name with no head word of its own is the field of the head
            // word before "for the" or "of the".
            if start == range.lowerBound, start - 3 >= floor, tokens[start - 1].lower == "the", ["for", "of"].contains(tokens[start - 2].lower),
               tokens[start - 3].startsUpper, words.isOrgHead(tokens[start - 3]), sameSentence(start - 3, start),
               !range.contains(where: { words.isOrgHead(tokens[$0]) }) {
                start -= 3
                continue
            }
            // "the Social Sciences and" + "Humanities Research Council": capitalized words between "the" and "and"
            // open the name, a group's possessive among them ("the Workers' Support and" + "Insurance Fund").
            if tokens[start - 1].lower == "and", let run = nameRun(endingAt: start - 1),
               case let opening = possessiveOpening(before: run), opening.lowerBound - 1 >= floor,
               opening.lowerBound >= 1, tokens[opening.lowerBound - 1].lower == "the", run.count <= 3,
               !SpanBoundaries(document: document, words: words).looksLikePersonName(opening) {
                start = opening.lowerBound
                continue
            }
            // "[Avon] and [Somerset Police]", "Devon and Cornwall Police": two places joined by "and" name the area of a
            // body whose name opens with the second (a place the tagger found first is a word of the name).
            if start == range.lowerBound, start - 2 >= listFloor, tokens[start - 1].lower == "and", sameSentence(start - 2, start),
               words.isPlacePhrase(tokens[start].text), words.isPlacePhrase(tokens[start - 2].text), !tokens[start - 2].isAcronymLike,
               words.isOrgHead(tokens[range.upperBound - 1]), range.count <= 3,
               start - 3 < 0 || !sameSentence(start - 3, start) || !["between", ","].contains(tokens[start - 3].lower) {
                start -= 2
                continue
            }
            // "the Foreign, Commonwealth and" + "Development Office": a comma list of single capitalized words that
            // "the" opens and "and" closes opens the name (a place the tagger found in the list is one of its words).
            if start == range.lowerBound, tokens[start - 1].lower == "and", let run = nameRun(endingAt: start - 1), run.count == 1,
               let first = commaListStart(before: run.lowerBound, floor: listFloor) {
                start = first
                continue
            }
            if start == range.lowerBound, tokens[start - 1].text == ",", range.contains(where: { tokens[$0].lower == "and" }),
               let first = commaListStart(before: start, floor: listFloor) {
                start = first
                continue
            }
            // "Ukrainian Women's" + "Mutual Aid Society", "Veterans'" + "Council": a group's possessive inside the
            // name (a capitalized word that names no place, person, nation, title or body before the mark: the
            // "Scottish Parliament's" committee is a unit of another name).
            if start - 2 >= floor, tokens[start - 1].isPossessiveS || tokens.isPluralPossessiveMark(at: start - 1), sameSentence(start - 2, start),
               tokens[start - 2].startsUpper, !tokens[start - 2].isAcronymLike, !words.isPlacePhrase(tokens[start - 2].text),
               !words.isRoleOrTitle(tokens[start - 2]), !words.isGivenName(tokens[start - 2]), !words.isSurname(tokens[start - 2]),
               !words.isDemonym(tokens[start - 2]), !words.isOrgHead(tokens[start - 2]) {
                start -= 2
                continue
            }
            // "Reporters" + "Without Borders", "Lawyers" + "Against Torture": a name opened by a capitalized preposition
            // takes the capitalized word before it, a role's plural included.
            if Self.innerPrepositions.contains(tokens[start].text), words.isNameWord(tokens[start - 1]),
               tokens[start - 1].startsUpper, sameSentence(start - 1, start) {
                start -= 1
                continue
            }
            let token = tokens[start - 1]
            let isSentenceStart = start - 1 == 0 || tokens[start - 2].sentence != token.sentence
            // ("Seven Oaks General Hospital": a capitalized number inside a sentence, after a word in lower case, is a name's)
            let isNamedNumber = !isSentenceStart && token.startsUpper && !tokens[start - 2].startsUpper
            guard words.isNameWord(token), !words.isRoleOrTitle(token), token.lower != "the", !words.isDescribingCompound(token),
                  isNamedNumber || !SpanBoundaries.leadingQuantities.contains(token.lower), !SpanBoundaries.leadingPrepositions.contains(token.lower),
                  !(isSentenceStart && token.text.count < 4),
                  !SpanBoundaries(document: document, words: words).opensPageFurnitureLine(start - 1) else { break }
            start -= 1
        }
        return start..<range.upperBound
    }

    /// Capitalized prepositions that stand inside names and never open one: "Reporters Without Borders".
    private static let innerPrepositions: WordSet = ["Without", "Against", "Beyond", "Across"]

    /// Where a comma list of single capitalized words ends right before `first` and "the" opens it ("the Foreign," of
    /// "the Foreign, Commonwealth and …", "the Digital, Culture," of "the Digital, Culture, Media and …"); nil when none does.
    private func commaListStart(before first: Int, floor: Int) -> Int? {
        var start = first
        while start - 3 >= floor, tokens[start - 1].text == ",", sameSentence(start - 2, first), words.isNameWord(tokens[start - 2]),
              !words.isRoleOrTitle(tokens[start - 2]), !words.isGivenName(tokens[start - 2]), !words.isOrgHead(tokens[start - 2]),
              tokens[start - 3].lower == "the" || tokens[start - 3].text == "," {
            start -= 2
        }
        return start < first && tokens[start - 1].lower == "the" ? start : nil
    }

    /// `run` with the capitalized word and possessive mark before it: "Workers'" + "Support".
    private func possessiveOpening(before run: Range<Int>) -> Range<Int> {
        let mark = run.lowerBound - 1
        guard mark >= 1, tokens[mark].isPossessiveS || tokens.isPluralPossessiveMark(at: mark), tokens[mark - 1].startsUpper, sameSentence(mark - 1, mark)
        else { return run }
        return (mark - 1)..<run.upperBound
    }

    /// The upper-case letters of the acronym in brackets at `open` ("(UAAFB)"), or nil.
    private func acronymLetters(at open: Int) -> [Character]? {
        guard open + 2 < tokens.count, tokens[open].text == "(", tokens[open + 2].text == ")", tokens[open + 1].isAcronymLike else { return nil }
        return Self.lettersSpelled(by: tokens[open + 1])
    }

    /// The initials of the capitalized words among `tokens`.
    private func initials(_ tokens: ArraySlice<Token>) -> [Character] {
        tokens.flatMap { Self.lettersSpelled(by: $0) ?? [] }
    }

    /// The letters a capitalized word gives an acronym of its name: its initial, or all the letters of an acronym
    /// inside the name ("NHS Greater Glasgow and Clyde (NHSGGC)"); nil for any other word.
    private static func lettersSpelled(by word: Token) -> [Character]? {
        guard word.kind == .word, word.startsUpper, let first = word.text.first else { return nil }
        if word.isAcronymLike { return word.text.unicodeScalars.filter { $0.properties.isUppercase }.map { Character($0) } }
        return [Character(first.uppercased())]
    }

    /// "[Union of Azerbaijani Associations of France] and the Benelux (UAAFB)": when the acronym in brackets a
    /// few words after a name spells the initials of the name and of those words, and not of the name alone,
    /// the words (name words, "and", "of", "the", "for", "in"; a comma right after the name) belong to the name.
    private func extendRightToAcronym(_ range: Range<Int>) -> Range<Int> {
        var open = range.upperBound
        // (a campus after a comma, too: "California State University, Fullerton (CSUF)")
        while open < tokens.count, open - range.upperBound < 6, sameSentence(open, range.lowerBound),
              words.isNameWord(tokens[open]) || Self.acronymConnectors.contains(tokens[open].lower)
                || tokens[open].text == "," && open == range.upperBound && open + 1 < tokens.count && words.isNameWord(tokens[open + 1]) {
            open += 1
        }
        guard open > range.upperBound, let letters = acronymLetters(at: open), words.isNameWord(tokens[open - 1]),
              initials(tokens[range]) != letters, initials(tokens[range.lowerBound..<open]) == letters else { return range }
        return range.lowerBound..<open
    }

    /// "President British Pakistani Business Forum Manchester (BPBFM) NAME": the capitalized words right before an
    /// acronym in brackets whose initials spell it are an organisation's name, whatever the tagger made of them (a
    /// role or title before them gives no letter and stays out; a person inside keeps them apart; a known place stays
    /// a place: "the United Arab Emirates (UAE)").
    ///
    /// An acronym of the name in its own language spells the English words' initials in another order or with one
    /// other letter: "Confederation of Michoacán Clubs in Southern California (CCMSC)", "Alliance for Work and the
    /// Union of Senegal (ATUS)". Such a run is a name when it holds an organisation's head word and starts a name
    /// (no capitalized word before it but "The"); the tagger's pieces inside it give way.
    private func namesSpelledByAcronyms(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for open in tokens.indices.dropFirst() where tokens[open].text == "(" {
            guard let letters = acronymLetters(at: open), letters.count >= 3 else { continue }
            let taggedBefore = result.first { $0.type == .org && $0.tokens.upperBound == open }
            var start = open
            var spelled: [Character] = []
            while start > 0, sameSentence(start - 1, open), spelled.count < letters.count {
                let word = tokens[start - 1]
                if Self.acronymConnectors.contains(word.lower), start < open { start -= 1; continue }
                guard let wordLetters = Self.lettersSpelled(by: word) else { break }
                spelled.insert(contentsOf: wordLetters, at: 0)
                start -= 1
            }
            let name = start..<open
            // "the United Arab Emirates (UAE)": a place's name stays a place's.
            guard words.isNameWord(tokens[start]), !words.isPlacePhrase(name.map { tokens[$0].text }.joined(separator: " ")) else { continue }
            if spelled == letters {
                // (a one-word "person" after a connector inside the run is a word of the name: "Regroupement des [Marocains] au Canada")
                guard taggedBefore == nil, !result.contains(where: {
                    $0.type == .person && $0.tokens.overlaps(name)
                        && !($0.tokens.count == 1 && $0.tokens.lowerBound > start && Self.acronymConnectors.contains(tokens[$0.tokens.lowerBound - 1].lower))
                }) else { continue }
            } else {
                let opensName = start == 0 || !sameSentence(start - 1, start) || !tokens[start - 1].startsUpper || tokens[start - 1].lower == "the"
                guard Self.isTranslatedSpelling(spelled, of: letters), opensName, (taggedBefore?.tokens.lowerBound ?? open) > start,
                      tokens[name].contains(where: { words.isOrgHead($0) }) else { continue }
            }
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(NameSpan(.org, name))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "[Benevolent Union] (AGBU)" → "Armenian General Benevolent Union": when the acronym in brackets after a
    /// name spells more initials than the name has, the capitalized words before it that give the missing
    /// initials belong to the name (also titles and demonyms, which `extendLeft` leaves out).
    private func extendLeftToAcronym(_ range: Range<Int>, floor: Int) -> Range<Int> {
        guard let letters = acronymLetters(at: range.upperBound) else { return range }
        let own = initials(tokens[range])
        guard letters.count > own.count, own.count >= 1, Array(letters.suffix(own.count)) == own else { return range }
        let missing = Array(letters.prefix(letters.count - own.count))
        // "[Filipinos Overseas] (CFO)": connectors between the capitalized words give no letter.
        var start = range.lowerBound
        var spelled: [Character] = []
        while spelled.count < missing.count, start - 1 >= max(floor, 0), tokens[start - 1].sentence == tokens[range.lowerBound].sentence {
            let word = tokens[start - 1]
            if Self.acronymConnectors.contains(word.lower), start - 1 > max(floor, 0) { start -= 1; continue }
            guard let wordLetters = Self.lettersSpelled(by: word) else { break }
            spelled.insert(contentsOf: wordLetters, at: 0)
            start -= 1
        }
        guard spelled == missing, !Self.acronymConnectors.contains(tokens[start].lower) else { return range }
        return start..<range.upperBound
    }

    /// Initials that an acronym of the name in another language may spell: the same letters in another order, or, from
    /// four letters on, one letter other; the first letter the same.
    static func isTranslatedSpelling(_ spelled: [Character], of letters: [Character]) -> Bool {
        guard spelled.count == letters.count, letters.count >= 3, spelled.first == letters.first else { return false }
        if spelled.sorted() == letters.sorted() { return true }
        return letters.count >= 4 && zip(spelled, letters).filter { $0 != $1 }.count == 1
    }

    /// Words inside a name that give its acronym no letter, in English and in the names other languages give their
    /// bodies ("Regroupement des Marocains au Canada (RMC)", "Verein für Integration und Bildung (VIB)").
    private static let acronymConnectors: WordSet = WordClasses.nameConnectors.union(WordClasses.foreignNameConnectors).union(["the"])

    /// The end (exclusive) of the longest known place starting at `start`, or after a compass word there ("Southern
    /// California", "North Africa").
    private func placeEnd(startingAt start: Int, limit: Int) -> Int? {
        let plain = longestPlace(startingAt: start, limit: limit)
        guard start + 1 < limit, SpanBoundaries.compassWords.contains(tokens[start].lower),
              let afterCompass = longestPlace(startingAt: start + 1, limit: limit) else { return plain }
        return max(plain ?? 0, afterCompass)
    }

    /// The end (exclusive) of the longest known place starting at `start`.
    private func longestPlace(startingAt start: Int, limit: Int) -> Int? {
        let maxLength = min(words.lexicon.maxPhraseTokens, limit - start)
        guard maxLength > 0 else { return nil }
        for length in stride(from: maxLength, through: 1, by: -1) {
            let phrase = tokens[start..<(start + length)]
            guard phrase.allSatisfy({ $0.kind == .word && !words.isCalendarWord($0) }) else { continue }
            if words.isPlacePhrase(phrase.map(\.text).joined(separator: " ")) { return start + length }
        }
        return nil
    }

    private func parentheticalAcronym(after span: NameSpan) -> NameSpan? {
        let open = span.tokens.upperBound
        guard open + 2 < tokens.count, tokens[open].text == "(", tokens[open + 2].text == ")",
              Self.isAbbreviation(tokens[open + 1]) else { return nil }
        return NameSpan(.org, (open + 1)..<(open + 2))
    }

    /// "CEC", "NiDCOM", "UzA", "RFE/RL": a capitalized word of at most ten letters with two or more capitals.
    static func isAbbreviation(_ token: Token) -> Bool {
        let scalars = token.text.unicodeScalars
        return token.isAcronymLike || (token.startsUpper && scalars.count <= 10
            && scalars.filter { $0.properties.isUppercase }.count >= 2 && scalars.allSatisfy { $0.properties.isAlphabetic || $0 == "/" })
    }

    /// The place of a trailing "in PLACE" inside an organisation name: a place the gazetteer knows, or
    /// one the tagger found there before the name was completed ("… in Europe").
    private func trailingPlace(in span: NameSpan, taggedPlaces: Set<Range<Int>>) -> NameSpan? {
        let range = span.tokens
        guard range.count >= 3 else { return nil }
        for index in stride(from: range.upperBound - 2, through: range.lowerBound + 1, by: -1) where tokens[index].lower == "in" {
            var start = index + 1
            if tokens[start].lower == "the" { start += 1 }
            guard start < range.upperBound,
                  placeEnd(startingAt: start, limit: range.upperBound) == range.upperBound
                    || taggedPlaces.contains(start..<range.upperBound) else { return nil }
            return NameSpan(.place, start..<range.upperBound)
        }
        return nil
    }

    /// "Tunisian Democratic Forum in Berlin and Brandenburg": two places the gazetteer knows, joined by "and" after the
    /// name's last "in", are place mentions too.
    private func trailingPlacePair(in span: NameSpan) -> [NameSpan] {
        let range = span.tokens
        guard span.type == .org, range.count >= 5,
              let inIndex = stride(from: range.upperBound - 4, through: range.lowerBound + 1, by: -1).first(where: { tokens[$0].lower == "in" }),
              let firstEnd = placeEnd(startingAt: inIndex + 1, limit: range.upperBound), firstEnd + 1 < range.upperBound,
              tokens[firstEnd].lower == "and", placeEnd(startingAt: firstEnd + 1, limit: range.upperBound) == range.upperBound
        else { return [] }
        let places = [NameSpan(.place, (inIndex + 1)..<firstEnd), NameSpan(.place, (firstEnd + 1)..<range.upperBound)]
        // ("… in Egypt and North" as the tagger cut it: a compass word alone is no place.)
        return places.contains { $0.tokens.count == 1 && SpanBoundaries.compassWords.contains(tokens[$0.tokens.lowerBound].lower) } ? [] : places
    }

    /// "the Overseas Absentee Voting Act", "Republic Act No. 9189", "the Treaty of Lisbon", "the [PERSON Washington
    /// Declaration]" as the tagger found them: a law's, treaty's or resolution's name is no organisation and no person;
    /// nil for it. A body that issues it keeps its name: "[UN Security Council] Resolution 2334".
    private func withoutLawName(_ span: NameSpan) -> NameSpan? {
        guard span.type == .org || span.type == .person, span.part == nil, span.tokens.count >= 2 else { return span }
        var last = span.tokens.upperBound - 1
        while last > span.tokens.lowerBound, Self.numberSigns.contains(tokens[last].text) || tokens[last].kind != .word
                || tokens[last].text.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true {
            last -= 1
        }
        if Self.lawWords.contains(tokens[last].text) {
            let issuer = span.tokens.lowerBound..<last
            let issued = span.type == .org && Self.issuedLawWords.contains(tokens[last].text) && !issuer.isEmpty && isCompleteName(issuer)
            return issued ? NameSpan(.org, issuer) : nil
        }
        let opensLaw = Self.lawWords.contains(tokens[span.tokens.lowerBound].text) && span.tokens.count >= 3 && tokens[span.tokens.lowerBound + 1].lower == "of"
        return opensLaw && span.type == .org ? nil : span
    }

    /// "Hospital Clínico San" + "[PERSON Carlos]", "Dominican Community Council of Upper" + "Manhattan": an organisation's
    /// name never ends in a word that opens the next words (a saint's title, "Greater", "Upper", "New"); the name words
    /// right after it (up to three), or the person or place the tagger made of them, belong to it.
    private func namesEndingInOpeners(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for span in spans where span.type == .org && span.part == nil && span.tokens.count >= 2
            && Self.openingWords.contains(tokens[span.tokens.upperBound - 1].text) {
            let end = span.tokens.upperBound
            var runEnd = end
            while runEnd < tokens.count, runEnd - end < 3, sameSentence(runEnd, end - 1), words.isNameWord(tokens[runEnd]),
                  !words.isRoleOrTitle(tokens[runEnd]) { runEnd += 1 }
            let following = result.filter { $0.tokens.lowerBound >= end && $0.tokens.lowerBound < runEnd }
            guard runEnd > end, following.allSatisfy({ $0.type != .org && $0.tokens.upperBound <= runEnd }),
                  let index = result.firstIndex(of: span) else { continue }
            let taken = following.first?.tokens.upperBound ?? runEnd
            result[index] = NameSpan(.org, span.tokens.lowerBound..<taken)
            result.removeAll { following.contains($0) }
        }
        return result
    }

    /// Words that open a name and never end one: saints' titles, "Greater", "Upper", "Lower", "New", "Holy".
    private static let openingWords: WordSet = [
        "San", "Santa", "Santo", "São", "Sant", "St.", "St", "Saint", "Sainte", "Greater", "Upper", "Lower", "New", "Holy",
    ]

    /// "station No. 1/158": the number sign alone is no organisation.
    private func isNumberSign(_ span: NameSpan) -> Bool {
        span.type == .org && span.tokens.allSatisfy { Self.numberSigns.contains(tokens[$0].text) }
    }

    /// "(Nasdaq: MKPC)", "(NGX: HBLAGOS)": a company's ticker after its exchange in brackets names nothing of its own.
    private func isTicker(_ span: NameSpan) -> Bool {
        let start = span.tokens.lowerBound, end = span.tokens.upperBound
        return span.tokens.count == 1 && start >= 3 && end < tokens.count && tokens[start - 1].text == ":" && tokens[start - 3].text == "("
            && tokens[end].text == ")" && tokens[start].isAcronymLike
    }

    /// Capitalized words for the numbered local bodies of fraternal orders, unions and veterans' associations: "Lodge
    /// No. 44", "Chapter 25", "Local 727", "Post 1234".
    private static let numberedUnits: WordSet = ["Lodge", "Chapter", "Local", "Post", "Division", "Branch", "Council", "Court", "Camp"]

    /// "[Polish Union of Mutual Aid Lodge No.] 44", "[AHEPA Chapter] 25": a name that ends in an institution's head word and
    /// its number sign, or in a numbered unit, takes the number written right after it, and is an organisation whatever
    /// the tagger made of it ("[PERSON Massapequa Lodge No.] 1186").
    private func withInstitutionNumber(_ span: NameSpan) -> NameSpan {
        let end = span.tokens.upperBound
        guard span.part == nil, span.type != .place, span.tokens.count >= 2, end < tokens.count, tokens[end].kind == .number,
              tokens[end].paragraph == tokens[end - 1].paragraph else { return span }
        let signed = Self.numberSigns.contains(tokens[end - 1].text) && isNumberedHead(tokens[end - 2])
        guard signed || span.type == .org && Self.numberedUnits.contains(tokens[end - 1].text) else { return span }
        return NameSpan(.org, span.tokens.lowerBound..<(end + 1))
    }

    /// A head word an institution's number may follow: "School No. 5", "Lodge No. 44".
    private func isNumberedHead(_ token: Token) -> Bool {
        words.isOrgHead(token) || Self.numberedUnits.contains(token.text)
    }

    /// The number sign as news writes it: "No. 9189", "Nos. 3 and 4".
    private static let numberSigns: WordSet = ["No.", "No", "Nos."]

    /// Words that end (or open, before "of") the names of laws and treaties.
    /// Acts a body issues under its own name, unlike agreements and laws named after their subject ("Employment Service
    /// Act"): "UN Security Council Resolution 2334", "Presidential Decree".
    private static let issuedLawWords: WordSet = ["Resolution", "Decree", "Directive", "Declaration"]

    private static let lawWords: WordSet = [
        "Act", "Acts", "Bill", "Treaty", "Decree", "Directive", "Accord", "Accords", "Ordinance", "Resolution", "Declaration", "Agreement",
        "Protocol", "Pact",
    ]

    /// "mobile ballot boxes (KSK)", "polling stations (TPS)", "internally displaced persons (IDPs)": an acronym that a
    /// lower-case phrase defines in brackets names a thing, not an organisation, wherever the article writes it,
    /// unless a word of the phrase is an organisation's noun in the singular ("the electoral commission (CEC)").
    private func acronymsOfThings(_ spans: [NameSpan]) -> [NameSpan] {
        var things: Set<String> = []
        for open in tokens.indices.dropFirst() where tokens[open].text == "(" && acronymLetters(at: open) != nil {
            var start = open
            while start > 0, open - start < 5, sameSentence(start - 1, open), tokens[start - 1].kind == .word,
                  !tokens[start - 1].startsUpper, !Self.phraseOpeners.contains(tokens[start - 1].lower) {
                start -= 1
            }
            guard start < open, start == 0 || !sameSentence(start - 1, start) || !tokens[start - 1].startsUpper,
                  !spans.contains(where: { $0.tokens.upperBound == open || $0.tokens.contains(open - 1) }),
                  !tokens[start..<open].contains(where: { (words.isOrgHead($0) || Self.descriptorNouns.contains($0.lower)) && !$0.lower.hasSuffix("s") })
            else { continue }
            things.insert(tokens[open + 1].text)
        }
        guard !things.isEmpty else { return spans }
        return spans.filter { !($0.type == .org && $0.tokens.count == 1 && things.contains(tokens[$0.tokens.lowerBound].text)) }
    }

    /// Words that open the phrase an acronym defines and give it no letter.
    private static let phraseOpeners: WordSet = ["the", "a", "an", "of", "and", "at", "in", "on", "by", "for", "to", "with", "from", "its", "their"]

    /// "Queens Public Library in Flushing" as the tagger found it: after a head of ``isLocatedHead(_:)`` the trailing
    /// "in PLACE" is where the organisation is, so the name ends before it and the place is a name of its own.
    private func cutLocation(_ span: NameSpan, taggedPlaces: Set<Range<Int>>) -> [NameSpan] {
        guard span.type == .org, span.part == nil, let place = trailingPlace(in: span, taggedPlaces: taggedPlaces) else { return [span] }
        var inIndex = place.tokens.lowerBound - 1
        if tokens[inIndex].lower == "the" { inIndex -= 1 }
        // A ministry's name ends before where it sits: "the Ministry of Foreign Affairs and Emigrants in Beirut"; so does a
        // firm's, named with "&": "Van Leeuwen & Şahin Advocaten in Rotterdam", and a title's office: "the Public
        // Prosecutor's Office in Madrid".
        guard inIndex - 1 > span.tokens.lowerBound,
              Self.isLocatedHead(tokens[inIndex - 1]) || ["ministry", "ministries"].contains(tokens[span.tokens.lowerBound].lower)
                || opensWithLocatedHead(span.tokens.lowerBound..<inIndex)
                || span.tokens.contains(where: { tokens[$0].text == "&" })
                || span.tokens.dropFirst().contains(where: { tokens[$0].isPossessiveS && words.isRoleOrTitle(tokens[$0 - 1]) })
                || holdsPlace(span.tokens.lowerBound..<inIndex)
        else { return [span] }
        return [NameSpan(.org, span.tokens.lowerBound..<inIndex), place]
    }

    /// "Galerie Neuf", "Parliament House": a name its head of ``isLocatedHead(_:)`` opens, with no connector after it,
    /// so that an "in PLACE" after it says where it is ("Galerie Neuf in the Marais").
    private func opensWithLocatedHead(_ name: Range<Int>) -> Bool {
        name.count >= 2 && Self.isLocatedHead(tokens[name.lowerBound]) && !name.contains { words.isConnector(tokens[$0]) }
    }

    /// "Embassy of Georgia in the Kingdom of Spain": a name ending in its own "in PLACE", after which a second "in PLACE"
    /// is where it is.
    private func holdsPlace(_ name: Range<Int>) -> Bool {
        guard let first = name.dropFirst().last(where: { tokens[$0].lower == "in" }) else { return false }
        let place = tokens[first + 1].lower == "the" ? first + 2 : first + 1
        guard place < name.upperBound else { return false }
        return words.isPlacePhrase(tokens[place..<name.upperBound].map(\.text).joined(separator: " ")) || isStateName(place..<name.upperBound)
    }

    /// "Country Manager of the African Development Bank for Ethiopia": a trailing "for PLACE" after a name the article
    /// also writes alone (among `writtenAlone`, the ORG spans' words) is the scope of a role or an office, not part of
    /// the name ("Fund for Armenia", written only so, keeps it).
    private func cutScope(writtenAlone: Set<[String]>) -> (NameSpan) -> [NameSpan] {
        { span in
            guard span.type == .org, span.part == nil, let forIndex = span.tokens.dropFirst(2).last(where: { self.tokens[$0].lower == "for" }),
                  forIndex + 1 < span.tokens.upperBound, self.words.isOrgHead(self.tokens[forIndex - 1]) else { return [span] }
            let place = (forIndex + 1)..<span.tokens.upperBound
            let name = span.tokens.lowerBound..<forIndex
            guard self.words.isPlacePhrase(place.map { self.tokens[$0].text }.joined(separator: " ")),
                  writtenAlone.contains(name.map { self.tokens[$0].text }) else { return [span] }
            return [NameSpan(.org, name), NameSpan(.place, place)]
        }
    }

    /// Where spans overlap after extension, the longer one wins.
    private func removeOverlaps(_ spans: [NameSpan]) -> [NameSpan] {
        var kept: [NameSpan] = []
        for span in spans.sorted(by: { $0.tokens.count > $1.tokens.count }) where !kept.contains(where: { $0.tokens.overlaps(span.tokens) }) {
            kept.append(span)
        }
        return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
