import ArticleText
import Lexicon

/// General boundary repairs after the tagger (EXTRACTION-NOTES: most remaining errors are boundaries).
///
/// - Titles and roles are not part of a name: "President Ilham Aliyev" → PERSON "Ilham Aliyev".
/// - An organisation name run on into a role and a person ("… in the UK Savash Marandli", "… ORG chairman
///   NAME") is cut into the ORG and the PERSON.
/// - Spans do not start with "the" or end with adverbs or lower-case words ("Nasirov also").
/// - A lone demonym ("Azerbaijani") is not a place or an organisation.
/// - A span inside a title-case heading line (no sentence punctuation, most words capitalized) is dropped:
///   name propagation finds it again where the body repeats it.
/// - Organisations: no "X-based" or "Role of" prefix, no trailing month; two complete names joined by
///   "and" are two; head words retype places and people. People: no demonyms, honorifics or country
///   names; particles and surnames the tagger left out join them. Places grow to the gazetteer's names.
/// - One string keeps one type through the article.
struct SpanBoundaries {
    let document: TextDocument
    let words: WordClasses

    func apply(to spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        let headings = headingParagraphs()
        let organisationForms = Self.organisationForms(spans, tokens)
        for line in spans.flatMap(splitAtLineBreaks) where !headings.contains(where: { $0.contains(line.tokens.lowerBound) }) {
            for piece in splitRunOnOrganization(line, organisationForms: organisationForms).flatMap(splitPlacesJoinedByDashes).flatMap(splitAtDemonyms).flatMap(splitJoinedOrganizations).flatMap(splitLeadingAcronym) {
                for part in splitLeadingPlace(piece) {
                    if let trimmed = trim(part), !isDemonymAlone(trimmed), !isCommonWordAlone(trimmed) {
                        result.append(trimmed)
                    }
                }
            }
        }
        result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        result = completeOrganisationsWrittenInFull(result)
        result = joinAcrossSaintTitles(result)
        result = splitPlaceRunIntoPerson(result)
        result = result.map(retypePersonLikePlace).map(retypeByOrganizationHead)
        // Surnames the article also writes alone as a person ("Daniel Park" … "Park said").
        let alone = Set(result.filter { $0.type == .person && $0.tokens.count == 1 }.map { tokens[$0.tokens.lowerBound].lower })
        let surnames = Set(result.filter(isGivenNameAndSurname).map { tokens[$0.tokens.upperBound - 1].lower }).intersection(alone)
        result = result.compactMap { retypeImplausiblePerson($0, surnames: surnames) }.filter { !isPartOfATitle($0) }
        result = personsWithSurnameParticles(retypePlacesTakenForPeople(result))
        result = result.filter { span in !span.tokens.allSatisfy { words.isHonorific(tokens[$0]) || tokens[$0].kind != .word } }
        // "[PLACE Ratu] Josefa said": a form of address before a name is none of its own.
        result = result.filter { span in
            !(span.tokens.count == 1 && words.isFormOfAddress(tokens[span.tokens.lowerBound]) && span.tokens.upperBound < tokens.count
              && tokens[span.tokens.upperBound].sentence == tokens[span.tokens.lowerBound].sentence && words.isNameWord(tokens[span.tokens.upperBound]))
        }
        result = result.compactMap(retypeGenericOrganization)
        result = joinNamesWithAge(addNamesAfterTitles(addNamesAfterKinWords(addNamesGivenAges(retypeUnknownPlacesStandingForPeople(result))))).map(retypeUnknownAcronymPlace).map(retypeNameWithAge).map(retypePlaceTold)
        result = monumentsNamedAfterPeople(retypeNamesListedWithPeople(result)).map(retypeKnownOrganisation)
        result = unifyTypes(result)
        result = joinPlacesAcrossParticles(extendToKnownPlaces(result))
        result = extendOrganizationsOverCutPlaces(result)
        result = detachPersonsAcrossSpans(result)
        result = splitLeaderOfRuns(result)
        result = joinAdjacentOrganizations(result).flatMap(splitOrganizationAndPerson)
        result = organisationsOfSaints(institutionsNamedForSaints(officesOfTitles(joinPossessiveNames(result)))).flatMap(cutAtNounAfterName)
        result = completePersonNames(completeFamilyNamesFirst(joinAttachedInitials(retypeGivenNamesReadAsOrganisations(result))))
        result = retypeFamilyNamesTakenForPlaces(completePersonNamesLeftward(completeSurnameOnlyPersons(result)))
        result = joinLeadingInitials(joinRegnalEpithets(result)).map(withoutTitlesOfTwoWords)
        result = addPersonsBeforeRoleAppositions(result)
        result = joinNicknames(result)
        result = groupPossessiveNames(militaryUnits(brandNames(addKnownOrganisations(bylinesInCapitals(result)))))
        result = returnHeadWordsToNames(result)
        return dropPostNominals(dropOrdinaryWordsAfterNames(addNumberedWards(addLocalGovernmentNames(joinCompassPlaces(joinPlacesAroundOf(naturalFeatures(extendOverPlaceTypes(result))))))
            .map(retypeLocalGovernment).filter { !isMadeOfOrdinaryWords($0) }))
    }

    /// "… at the [Metro Boston] Educators' Union", "of Police [Scotland]'s …": a span cut short of an organisation the article
    /// writes in full elsewhere, where the text around it holds the rest of that name, is that organisation, whatever
    /// the tagger typed the part.
    private func completeOrganisationsWrittenInFull(_ spans: [NameSpan]) -> [NameSpan] {
        var fullForms: [String: [[String]]] = [:]  // first word → organisations' names in words, longest first
        // (a form ending on an abbreviation, as "FK Drina St." before "Louis", is the tagger's cut, not a name)
        for span in spans where span.type == .org && span.tokens.count >= 2 && tokens[span.tokens.upperBound - 1].startsUpper
            && !tokens[span.tokens.upperBound - 1].text.hasSuffix(".") {
            let form = span.tokens.map { tokens[$0].text }
            fullForms[form[0], default: []].append(form)
        }
        guard !fullForms.isEmpty else { return spans }
        fullForms = fullForms.mapValues { forms in forms.sorted { $0.count > $1.count } }
        var result = spans
        let covered = coverage(of: spans)
        for span in spans {
            // (the written form may start before the span too, on words of no other span: "of Police [Scotland]'s North
            // East Division")
            let earliest = (max(0, span.tokens.lowerBound - 3)..<span.tokens.lowerBound).reversed().prefix { !covered[$0] }.last
                ?? span.tokens.lowerBound
            let found = (earliest...span.tokens.lowerBound).reversed().lazy.compactMap { start -> Range<Int>? in
                guard self.tokens[start].startsUpper, !self.words.isConnector(self.tokens[start]), let forms = fullForms[self.tokens[start].text],
                      let form = forms.first(where: { form in
                          form.count > span.tokens.count && start + form.count <= self.tokens.count && start + form.count >= span.tokens.upperBound
                              && self.tokens[start..<(start + form.count)].map(\.text) == form
                              && self.tokens[start + form.count - 1].sentence == self.tokens[start].sentence
                      }) else { return nil }
                return start..<(start + form.count)
            }.first
            guard let name = found else { continue }
            guard !result.contains(where: { $0.type == .org && $0.tokens == name }) else { continue }
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(NameSpan(.org, name))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "World Press Freedom Day", "Olive Harvest Day", "All Saints' Day": capitalized words that end in "Day" name a day of
    /// observance, no person, organisation or place; the spans inside such a run go (after propagation, which would
    /// fill the run again). A given name and "Day" stay a person ("Doris Day"), and a country's possessive ends the run
    /// ("Ukraine's Independence Day").
    func dropDaysOfObservance(_ spans: [NameSpan]) -> [NameSpan] {
        var runs: [Range<Int>] = []
        for day in tokens.indices.dropFirst() where tokens[day].text == "Day" {
            var start = day
            while start > 0, day - start < 5, tokens[start - 1].sentence == tokens[day].sentence,
                  words.isNameWord(tokens[start - 1]) || tokens[start - 1].text == "'" && start >= 2
                    || tokens[start - 1].isPossessiveS && start >= 2
                        && !words.lexicon.places(named: tokens[start - 2].text).contains(where: { $0.kind == .country }) {
                start -= 1
            }
            while start < day, !words.isNameWord(tokens[start]) { start += 1 }
            guard start < day, !(day - start == 1 && words.isGivenName(tokens[start])) else { continue }
            runs.append(start..<(day + 1))
        }
        guard !runs.isEmpty else { return spans }
        return spans.filter { span in span.type == .date || !runs.contains { $0.contains(span.tokens.lowerBound) && $0.contains(span.tokens.upperBound - 1) } }
    }

    /// "the Virgin", "the Virgin of Tepeyac", "Virgen de la Altagracia": a devotion to Mary is no person nor organisation
    /// (a church named after one has its head word: "Our Lady of Guadalupe Church"; "Virgin Atlantic" has no "of").
    func dropDevotions(_ spans: [NameSpan]) -> [NameSpan] {
        spans.filter { span in
            guard span.type == .person || span.type == .org, Self.devotionWords.contains(tokens[span.tokens.lowerBound].lower),
                  span.tokens.count == 1 || ["of", "de", "da", "do", "del"].contains(tokens[span.tokens.lowerBound + 1].lower) else { return true }
            return span.tokens.contains { words.isOrgHead(tokens[$0]) }
        }
    }

    private static let devotionWords: WordSet = ["virgin", "virgen", "virgem"]

    /// "the Divine Liturgy", "Holy Mass", "the Nagar Kirtan", "the Holy Cross": a rite, or a name that opens with "Holy", is
    /// no person; a rite is no organisation either (a church named after one has its head word: "Holy Cross Church").
    func dropRites(_ spans: [NameSpan]) -> [NameSpan] {
        spans.filter { span in
            guard span.type == .person || span.type == .org, !span.tokens.contains(where: { words.isOrgHead(tokens[$0]) }) else { return true }
            let isRite = Self.riteNouns.contains(tokens[span.tokens.upperBound - 1].lower)
            return !(isRite || span.type == .person && tokens[span.tokens.lowerBound].text == "Holy")
        }
    }

    /// Nouns of rites and services of many faiths, written for newsdex.
    private static let riteNouns: WordSet = [
        "liturgy", "mass", "vespers", "matins", "vigil", "eucharist", "communion", "qurbana", "badarak", "kidase", "kirtan",
        "puja", "pooja", "aarti", "havan", "kumbhabhishekam", "jummah", "taraweeh", "maulid", "mawlid", "seder",
    ]

    /// "Cyclone Freddy", "Typhoon Yagi", "Hurricane Beryl": a storm's name is no person or place; a span that opens with a
    /// storm word, or is the storm's name written alone ("Freddy destroyed the bridge"), goes (after propagation, which
    /// would fill the name again).
    func dropNamedStorms(_ spans: [NameSpan]) -> [NameSpan] {
        let storms = tokens.indices.dropLast().filter { index in
            Self.stormWords.contains(tokens[index].text) && tokens[index + 1].sentence == tokens[index].sentence && words.isNameWord(tokens[index + 1])
        }
        guard !storms.isEmpty else { return spans }
        let stormNames = Set(storms.map { tokens[$0 + 1].text })
        return spans.filter { span in
            !(span.type == .person || span.type == .place)
                || !(storms.contains(span.tokens.lowerBound) || span.tokens.count == 1 && stormNames.contains(tokens[span.tokens.lowerBound].text))
        }
    }

    private static let stormWords: WordSet = ["Cyclone", "Typhoon", "Hurricane", "Storm"]

    /// "Parkinson's disease", "Down syndrome", "Ebstein's anomaly", "the Apgar score", "a Holter monitor", "the Duffy
    /// antigen": a name (with its possessive) before a lower-case medical noun is an eponym of a disease, a score, an antigen
    /// or a device, no person, place or organisation of the article.
    ///
    /// Its other mentions go too ("Addison's crisis" in a headline).
    func dropEponyms(_ spans: [NameSpan]) -> [NameSpan] {
        let eponyms = Set(spans.filter { span in
            var next = span.tokens.upperBound
            if next < tokens.count, tokens[next].isPossessiveS { next += 1 }
            return span.tokens.count <= 3 && next < tokens.count && tokens[next].sentence == tokens[span.tokens.lowerBound].sentence
                && Self.eponymNouns.contains(tokens[next].text)
        }.map { $0.text(in: document) })
        return eponyms.isEmpty ? spans : spans.filter { !eponyms.contains($0.text(in: document)) }
    }

    /// Lower-case nouns that eponyms name: diseases, syndromes, scores, antigens and devices.
    private static let eponymNouns: WordSet = [
        "disease", "diseases", "syndrome", "anomaly", "tumour", "tumours", "tumor", "tumors", "palsy", "sarcoma", "lymphoma", "monitor",
        "monitors", "score", "antigen", "antigens", "manoeuvre", "maneuver",
    ]

    /// "the Tsagaan Sar festival", "the celebration of Choul Chnam Thmey", "Boun Pi Mai, the Lao New Year": a feast's name
    /// that the tagger took for a person or an organisation, told by a festival noun right after it, by "celebration of"
    /// or "festival," right before it, or by "the … New Year" set off after it, is no name; its other mentions go too
    /// (after propagation, which would fill the name again). A place stays ("the Edinburgh festival"), unless its name is a
    /// feast's of ``feastNames`` ("Vaisakhi", "Naadam", "Rosh Hashanah"), which go as whatever the tagger typed them.
    func dropFeasts(_ spans: [NameSpan]) -> [NameSpan] {
        // ("Ninos Yalda": a feast's name that is a word of a person's name in the article is that person's)
        let personWords = Set(spans.filter { $0.type == .person && $0.tokens.count > 1 }.flatMap { $0.tokens.map { tokens[$0].lower } })
        let isFeastName = { (span: NameSpan) in
            span.type != .date && Self.feastNames.contains(span.tokens.map { tokens[$0].lower }.joined(separator: " "))
                && !(span.tokens.count == 1 && personWords.contains(tokens[span.tokens.lowerBound].lower))
        }
        let feasts = Set(spans.filter { span in
            if isFeastName(span) { return true }
            guard span.type == .person || span.type == .org else { return false }
            let (start, end) = (span.tokens.lowerBound, span.tokens.upperBound)
            let after = end < tokens.count && tokens[end].sentence == tokens[start].sentence ? tokens[end].lower : ""
            let opener = start >= 2 && (tokens[start - 1].text == "," && Self.feastNouns.contains(tokens[start - 2].lower)
                                        || tokens[start - 1].lower == "of" && ["celebration", "celebrations"].contains(tokens[start - 2].lower))
                && !(end < tokens.count && tokens[end].isPossessiveS)
            let newYear = after == "," && end + 3 < tokens.count && tokens[end + 1].lower == "the"
                && (end + 2..<min(end + 5, tokens.count - 1)).contains { tokens[$0].text == "New" && tokens[$0 + 1].text == "Year" }
            return Self.feastNouns.contains(after) || opener || newYear
        }.map { span in span.tokens.map { tokens[$0].text } })
        guard !feasts.isEmpty else { return spans }
        return spans.filter { span in
            span.type == .date || !feasts.contains(span.tokens.map { tokens[$0].text }) || span.type == .place && !isFeastName(span)
        }
    }

    /// Names of feasts, holidays and days of observance of many faiths and peoples, in lower case (words joined by a
    /// space), written for newsdex: the annotation guidelines name no entity by them.
    private static let feastNames: WordSet = [
        // Christian, Jewish, Muslim
        "easter", "christmas", "pentecost", "epiphany", "lent", "advent", "fasika", "genna", "timkat", "timket", "meskel",
        "vidovdan", "vartavar", "trndez", "zatik", "rosh hashanah", "rosh hashana", "yom kippur", "hanukkah", "chanukah",
        "passover", "pesach", "purim", "sukkot", "shavuot", "ramadan", "ramazan", "eid", "eid al-fitr", "eid al-adha",
        "eid ul-fitr", "eid ul-adha", "eid-ul-fitr", "eid-ul-adha", "kurban bayram", "kurban bayrami", "ramazan bayram",
        "ramazan bayrami", "hari raya", "hari raya aidilfitri", "hari raya haji", "lebaran", "tabaski", "korité", "mawlid",
        "ashura",
        // South Asian
        "diwali", "deepavali", "holi", "vaisakhi", "baisakhi", "onam", "pongal", "navratri", "durga puja", "lohri", "teej",
        "dashain", "tihar", "gurpurab", "thaipusam", "ugadi", "bihu", "vishu", "puthandu", "chhath", "makar sankranti",
        "raksha bandhan", "janmashtami", "ganesh chaturthi", "vesak", "losar",
        // East and South-East Asian, Central Asian, Persian, Mesopotamian
        "chuseok", "seollal", "obon", "songkran", "thingyan", "pchum ben", "nyepi", "qingming", "lunar new year",
        "tsagaan sar", "naadam", "nowruz", "novruz", "navruz", "nauryz", "norooz", "yalda", "akitu",
        // African, European and American
        "enkutatash", "irreechaa", "irreecha", "homowo", "kwanzaa", "juneteenth", "thanksgiving", "halloween", "hogmanay",
        "maslenitsa", "kupala", "ivan kupala", "mărțișor", "martenitsa", "sinterklaas", "koningsdag", "día de los muertos",
        "dia de los muertos", "día de muertos", "semana santa",
    ]

    /// "PRESS RELEASE", "PARISH NEWSLETTER", "TOURNAMENT REPORT": a line's label in capitals, ordinary words that end in a
    /// noun of a text's kind, names nothing.
    func dropGenreLabels(_ spans: [NameSpan]) -> [NameSpan] {
        spans.filter { span in
            span.type == .date || span.part != nil || !Self.genreNouns.contains(tokens[span.tokens.upperBound - 1].lower)
                || !span.tokens.allSatisfy { tokens[$0].kind != .word || tokens[$0].isAllCaps && words.lexicon.isOrdinaryWord(tokens[$0].lower) }
        }
    }

    /// Nouns of a text's kind that label a page's line.
    private static let genreNouns: WordSet = [
        "release", "newsletter", "bulletin", "report", "news", "notice", "statement", "update", "digest", "feature", "editorial",
        "announcement", "briefing", "advisory",
    ]

    /// Lower-case nouns of feasts and their celebration.
    private static let feastNouns: WordSet = ["festival", "festivities", "celebration", "celebrations", "feast", "holiday", "holidays"]

    /// "Farouk Essop [SC]", "Maria Lopez, [PhD],": letters of a degree or an honour right after a person's name (or
    /// its comma) name nothing.
    private func dropPostNominals(_ spans: [NameSpan]) -> [NameSpan] {
        let personEnds = Set(spans.filter { $0.type == .person }.map(\.tokens.upperBound))
        return spans.filter { span in
            guard span.tokens.allSatisfy({ WordClasses.isPostNominal(tokens[$0]) }) else { return true }
            let start = span.tokens.lowerBound
            return !(personEnds.contains(start) || start > 0 && tokens[start - 1].text == "," && personEnds.contains(start - 1))
        }
    }

    /// "[ORG FK Drina St.] [PERSON Louis]", "[PLACE St.] [ORG Louis Bosnian] Chorus": a saint's title never ends a name
    /// nor stands apart from the name word after it ("St. Louis"). A span that ends on the title runs over
    /// the word after it, into the span there; a span that starts on that word takes the title. The title alone takes the
    /// type of what follows it, a place when the two words are a place the gazetteer knows; before any other span than an
    /// organisation's it stays apart (a saint, a church's short name: "St Nicholas"; a feast: "St Patrick's Day").
    private func joinAcrossSaintTitles(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for title in tokens.indices.dropLast() where Self.saintTitles.contains(tokens[title].lower) && tokens[title].startsUpper
            && tokens[title + 1].sentence == tokens[title].sentence && words.isNameWord(tokens[title + 1]) {
            let before = result.firstIndex { $0.part == nil && $0.tokens.contains(title) }
            let after = result.firstIndex { $0.part == nil && $0.tokens.contains(title + 1) }
            guard before != after else { continue }
            let isKnownPlace = words.isPlacePhrase("\(tokens[title].text) \(tokens[title + 1].text)")
            // (a saint the tagger found as a person stays apart: "St" + "[Nicholas]" may be a church's short name)
            if let after, result[after].type != .org, !isKnownPlace, before.map({ result[$0].tokens.count == 1 }) ?? true { continue }
            // (a street's abbreviation ends a sentence of an address: "6008 Maple St. Tickets are $35.")
            if let before, result[before].tokens.upperBound == title + 1, after != nil || isKnownPlace {
                let isTitleAlone = result[before].tokens.count == 1
                var upper = title + 2
                var type = result[before].type
                if let after {
                    upper = result[after].tokens.upperBound
                    if isTitleAlone { type = result[after].type }
                }
                if isTitleAlone, upper == title + 2, isKnownPlace { type = .place }
                result[before] = NameSpan(type, result[before].tokens.lowerBound..<upper)
                if let after { result.remove(at: after) }
            } else if before == nil, let after, result[after].tokens.lowerBound == title + 1 {
                result[after] = NameSpan(result[after].tokens.count == 1 && isKnownPlace ? .place : result[after].type, title..<result[after].tokens.upperBound)
            }
        }
        return result
    }

    /// "[ORG Reading] [PERSON Borough] Council": a one-word PERSON that is an ordinary word of no name, right after an organisation's or place's name, is the next word of that name, not a person; organisation-name
    /// completion takes it.
    private func dropOrdinaryWordsAfterNames(_ spans: [NameSpan]) -> [NameSpan] {
        let nameEnds = Set(spans.filter { $0.type != .person && $0.part == nil }.map(\.tokens.upperBound))
        return spans.filter { span in
            guard span.type == .person, span.part == nil, span.tokens.count == 1, nameEnds.contains(span.tokens.lowerBound) else { return true }
            return !isOrdinaryWordOfNoName(tokens[span.tokens.lowerBound].text)
        }
    }

    /// "the City of Dearborn", "Province of Nova Scotia", "City of Canterbury-Bankstown councillor": a capitalized
    /// local-government word, "of" and a place's name, which the tagger often misses or splits, become one PLACE
    /// (that `retypeLocalGovernment` then reads as the government acting); an organisation of the place and a head
    /// word takes the whole ("City of Wolverhampton Council"). A place known by the whole phrase ("District of Columbia")
    /// is left as it is.
    private func addLocalGovernmentNames(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for index in tokens.indices where index + 2 < tokens.count && Self.localGovernmentWords.contains(tokens[index].lower)
            && tokens[index].startsUpper && tokens[index + 1].lower == "of" && tokens[index + 2].sentence == tokens[index].sentence {
            let start = index + 2
            let opening = localGovernmentModifiers(before: index, in: result)
            guard opening < index || !continuesName(before: index),
                  !result.contains(where: { $0.type != .place && $0.tokens.contains(index) }) else { continue }
            var end = start
            while end < tokens.count, end < start + 3, tokens[end].sentence == tokens[start].sentence, words.isNameWord(tokens[end]),
                  !words.isOrgHead(tokens[end]), !words.isRoleOrTitle(tokens[end]) {
                end += 1
            }
            guard end > start else { continue }
            if let taggedPlace = result.first(where: { $0.type == .place && $0.tokens.lowerBound == start }) {
                end = max(end, taggedPlace.tokens.upperBound)
            } else {
                // The longest run of the words a gazetteer knows as a place.
                while end > start, !words.isPlacePhrase(tokens[start..<end].map(\.text).joined(separator: " ")) { end -= 1 }
                guard end > start else { continue }
            }
            let phrase = tokens[index..<end].map(\.text).joined(separator: " ")
            guard !words.isPlacePhrase(phrase) else { continue }
            let organisation = result.first { span in
                span.type == .org && span.tokens.lowerBound == start && span.tokens.upperBound > end
                    && (end..<span.tokens.upperBound).allSatisfy { words.isOrgHead(tokens[$0]) }
            }
            let joined = NameSpan(organisation == nil ? .place : .org, opening..<(organisation?.tokens.upperBound ?? end))
            result.removeAll { $0.tokens.overlaps(joined.tokens) }
            result.append(joined)
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Department of Internal Policy of Sverdlovsk [Region Galina Petrovna Lukashina]": a person's name opens with
    /// no place-type or organisation head word; before a given name such a word goes back to the name it ends.
    private func returnHeadWordsToNames(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .person && result[i].part == nil && result[i].tokens.count >= 3 {
            let first = result[i].tokens.lowerBound
            let categories = words.lexicon.categories(of: tokens[first].text)
            guard !categories.isDisjoint(with: [.placeType, .orgHead]), !categories.contains(.givenName),
                  words.isGivenName(tokens[first + 1]) else { continue }
            result[i].tokens = (first + 1)..<result[i].tokens.upperBound
            if first > 0, tokens[first - 1].sentence == tokens[first].sentence,
               let before = result.firstIndex(where: { $0.tokens.upperBound == first && $0.type != .person && $0.part == nil }) {
                result[before].tokens = result[before].tokens.lowerBound..<(first + 1)
            }
        }
        return result
    }

    /// Compass words that open a region's name: "Southern Europe", "Northern Germany", "East Kazakhstan".
    static let compassWords: WordSet = [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
    ]

    /// "[Southern] [Europe]", "Northern [Germany]": a capitalized compass word right before a known place (however the
    /// tagger typed it, or left the compass word out), or a compass word tagged as a place right before one more
    /// word, is one PLACE with it.
    private func joinCompassPlaces(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for span in spans where span.part == nil && span.type != .org && span.tokens.lowerBound >= 1 {
            let compass = span.tokens.lowerBound - 1
            guard tokens[compass].startsUpper, Self.compassWords.contains(tokens[compass].lower),
                  tokens[compass].sentence == tokens[span.tokens.lowerBound].sentence,
                  span.type == .place || words.isPlacePhrase(span.text(in: document))
                    // "[PLACE Southern] [PERSON Europe]": a compass word the tagger found as a place before one word.
                    || span.tokens.count == 1 && result.contains(where: { $0.type == .place && $0.tokens == compass..<(compass + 1) }),
                  !result.contains(where: { $0.type != .place && $0.tokens.contains(compass) }) else { continue }
            result.removeAll { $0.tokens == compass..<(compass + 1) }
            if let position = result.firstIndex(of: span) { result[position] = NameSpan(.place, compass..<span.tokens.upperBound) }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private var tokens: [Token] { document.tokens }

    /// A one-word PLACE that is a generic word of names — an organisation's or a place's head word, a compass word
    /// or a common English word ("Hall", "Palace", "Province", "Bay", "North", "Community") — and no place the
    /// gazetteer knows is what is left of a name cut elsewhere: it goes.
    func dropGenericOneWordPlaces(_ spans: [NameSpan]) -> [NameSpan] {
        spans.filter { span in
            guard span.type == .place, span.part == nil, span.tokens.count == 1 else { return true }
            let token = tokens[span.tokens.lowerBound]
            let categories = words.lexicon.categories(of: token.text)
            let generic = !categories.isDisjoint(with: [.orgHead, .placeType, .commonWord]) || words.lexicon.isOrdinaryWord(token.text)
                || Self.compassWords.contains(token.lower)
            // "Watertown, Mass.": a state's press abbreviation stays.
            return !generic || words.isPlacePhrase(token.text)
                || RegionAbbreviations.region(at: span.tokens.lowerBound, in: tokens, lexicon: words.lexicon) != nil
        }
    }

    /// A one-word PERSON that no name list knows ("Mzeo", "Naadam", "Migraciones"), that stands in no longer
    /// person's name of the article, and that nothing around any of its mentions marks as a person's (a title, a
    /// role or a kin word before it, a verb of speech, an age, "who", "and NAME" or ", the ROLE" after it) is no
    /// name: its spans go.
    /// A text of a few sentences gives no article to judge by: there the spans stay.
    func dropUnsupportedOneWordPersons(_ spans: [NameSpan]) -> [NameSpan] {
        guard document.sentences.count >= 5 else { return spans }
        let persons = spans.filter { $0.type == .person && $0.part == nil }
        let personStarts = Set(persons.map(\.tokens.lowerBound))
        var longerNameWords: Set<String> = []
        var alone: [String: [Int]] = [:]
        for span in persons {
            if span.tokens.count > 1 {
                for index in span.tokens { longerNameWords.insert(tokens[index].lower) }
            } else {
                alone[tokens[span.tokens.lowerBound].lower, default: []].append(span.tokens.lowerBound)
            }
        }
        let unsupported = Set(alone.filter { word, mentions in
            let token = tokens[mentions[0]]
            return !longerNameWords.contains(word) && !words.isGivenName(token) && !words.isSurname(token) && !token.text.containsLiterally(".")
                && !PersonNames.hasSurnameMorphology(token.text, strongOnly: true)
                && !mentions.contains { hasPersonCue(at: $0, personStarts: personStarts) }
        }.keys)
        guard !unsupported.isEmpty else { return spans }
        return spans.filter { !($0.type == .person && $0.part == nil && $0.tokens.count == 1 && unsupported.contains(tokens[$0.tokens.lowerBound].lower)) }
    }

    /// Two capitalized parts joined by a hyphen: "Worku-Malka", "Wardak-Sultani".
    private func isDoubleBarrelled(_ token: Token) -> Bool {
        let parts = token.text.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { $0.first?.isUppercase == true }
    }

    /// An ordinary word of the language that the lists of given names and surnames do not hold (a surname's ending is
    /// no evidence here: "Humanitarian").
    private func isOrdinaryWordOfNoName(_ word: String) -> Bool {
        words.lexicon.isOrdinaryWord(word) && words.lexicon.categories(of: word).isDisjoint(with: [.givenName, .surname])
    }

    /// A PERSON of two or more ordinary words of no name (``isOrdinaryWordOfNoName(_:)``), or of one written in capitals,
    /// with no title before it, is no one's name: the tagger's "Humanitarian Affairs", "Overseas Employment" are the
    /// ends of organisations' names ("UN Office for the Coordination of Humanitarian Affairs"); "KEY" opens a heading.
    private func isMadeOfOrdinaryWords(_ span: NameSpan) -> Bool {
        let inCapitals = span.tokens.allSatisfy { tokens[$0].text.unicodeScalars.count >= 2 && tokens[$0].text == tokens[$0].text.uppercased() }
        guard span.type == .person, span.part == nil, span.tokens.count >= 2 || inCapitals,
              span.tokens.allSatisfy({ isOrdinaryWordOfNoName(tokens[$0].text) })
        else { return false }
        let before = span.tokens.lowerBound - 1
        return before < 0 || tokens[before].sentence != tokens[span.tokens.lowerBound].sentence || !words.isRoleOrTitle(tokens[before])
    }

    /// Kin nouns in the singular: "daughter Sagal", "his wife, Rūta".
    private static let kinNouns: WordSet = [
        "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "grandson", "granddaughter", "grandmother",
        "grandfather", "uncle", "aunt", "cousin", "niece", "nephew", "widow",
    ]

    /// Kin words and callings of the arts that stand before a person's name: "daughter Sagal", "the poet Hafez".
    private static let personNouns: WordSet = kinNouns.union([
        "poet", "singer", "composer", "writer", "actor", "actress", "artist", "painter", "dancer", "musician", "filmmaker", "author",
        "novelist", "playwright", "photographer", "sculptor", "chef", "player", "striker", "midfielder", "goalkeeper", "defender", "coach", "athlete",
        "wrestler", "boxer", "student", "pupil", "teacher", "volunteer",
    ])

    /// Whether the words around the one-word name at `index` mark it as a person's.
    private func hasPersonCue(at index: Int, personStarts: Set<Int>) -> Bool {
        hasPersonCue(around: index..<(index + 1), personStarts: personStarts)
    }

    /// ``hasPersonCue(at:personStarts:)`` of a name of one or more words: the cues before its first word and after
    /// its last; also a role noun and a comma before it ("its lead actor, NAME") and a form of address in brackets
    /// ("Chief (Mrs) NAME").
    private func hasPersonCue(around name: Range<Int>, personStarts: Set<Int>) -> Bool {
        let index = name.lowerBound
        if index > 0, tokens[index - 1].sentence == tokens[index].sentence {
            let before = tokens[index - 1]
            if words.isRoleOrTitle(before) || words.isHonorific(before) || Self.personNouns.contains(before.lower)
                || before.lower.hasSuffix("-old") || SpeechVerbs.isSpeechVerb(before.lower) { return true }
            if index >= 2, before.text == "," && tokens[index - 2].lower == tokens[index - 2].text
                && (words.roleKey(tokens[index - 2]) != nil || Self.personNouns.contains(tokens[index - 2].lower))
                || before.text == ")" && words.isHonorific(tokens[index - 2]) { return true }
        }
        let next = name.upperBound
        guard next < tokens.count, tokens[next].sentence == tokens[index].sentence else { return false }
        let word = tokens[next].lower
        if SpeechVerbs.isSpeechVerb(word) || ["who", "whose", "died", "dies"].contains(word) { return true }
        if word == "and", personStarts.contains(next + 1) { return true }  // "the couple Sherali and Zarina Ismoilov"
        // "Pierre-Louis, 72,", "Sumarni, a 41-year-old …", "Mulenga, who …", "Begić, the chief imam of …".
        if isAgeDescription(at: next) { return true }
        if word == ",", next + 1 < tokens.count, tokens[next + 1].kind == .number || tokens[next + 1].lower == "who" { return true }
        if word == ",", next + 1 < tokens.count, ["the", "a", "an"].contains(tokens[next + 1].lower),
           ((next + 2)..<min(tokens.count, next + 5)).contains(where: { words.roleKey(tokens[$0]) != nil }) { return true }
        return false
    }

    /// Spans that run across a line break cut there, each piece trimmed (completion and propagation may have
    /// grown a name over one).
    func separateLines(_ spans: [NameSpan]) -> [NameSpan] {
        spans.flatMap { span in
            let pieces = splitAtLineBreaks(span)
            return pieces.count == 1 ? pieces : pieces.compactMap(trim)
        }
    }

    /// A name never runs across a line break: "About Harbour Aid International" on a heading line and the
    /// paragraph's first words under it are two spans.
    private func splitAtLineBreaks(_ span: NameSpan) -> [NameSpan] {
        guard span.part == nil else { return [span] }
        var pieces: [NameSpan] = []
        var start = span.tokens.lowerBound
        for index in span.tokens.dropFirst()
        where document.lineBreak(before: index) {
            pieces.append(NameSpan(span.type, start..<index))
            start = index
        }
        pieces.append(NameSpan(span.type, start..<span.tokens.upperBound))
        return pieces
    }

    /// Prepositions that open a heading or a sentence, never a name: "About Harbour Aid", "In Ankara".
    /// Counting words that open a sentence before a name: "Three BAFO-HK volunteers", "Several Red Cross teams".
    static let leadingQuantities: WordSet = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "several",
        "some", "many", "both", "all", "few", "dozens", "hundreds", "thousands",
    ]
    static let leadingPrepositions: WordSet = [
        "about", "for", "with", "from", "in", "on", "at", "to", "by", "after", "before", "during", "under", "since", "until", "like",
        "among", "despite", "unlike", "into", "within", "throughout", "amid",
    ]

    /// Whether the token at `index` is its sentence's first word, also after an opening quotation mark or bracket ("“When
    /// Ananya first came …”").
    func opensSentence(_ index: Int) -> Bool {
        let before = index >= 1 && (tokens[index - 1].kind == .quote || tokens[index - 1].text == "(") ? index - 2 : index - 1
        return before < 0 || tokens[before].sentence != tokens[index].sentence
    }

    /// Conjunctions and question words that open a sentence, capitalized there, and never a name: "But [Pryce-Morgan]
    /// said", "When [Ananya] first came" ("Nor" is left out: it opens Armenian names, "Nor Ayk").
    private static let leadingConjunctions: WordSet = [
        "but", "and", "or", "yet", "when", "while", "whilst", "why", "what", "which", "where", "whether", "if", "because",
        "although", "though", "once", "then", "also", "meanwhile", "however", "unless", "whereas",
    ]

    /// Words of a picture credit before "by".
    private static let pictureWords: WordSet = ["photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "video"]
    /// "Shares of Harbour Bank", "Customers of Zarmeen Exchange Ltd": an ordinary noun that opens its sentence, then
    /// "of", then words holding an organisation's head word or legal form. The noun is capitalized only because the
    /// sentence starts there, unless the article writes it capitalized before "of" elsewhere too ("… with Friends of
    /// the Museum").
    private func isNounOpeningSentenceBeforeName(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        guard range.count >= 3, first == 0 || tokens[first - 1].sentence != tokens[first].sentence, tokens[first + 1].lower == "of",
              isOrdinaryWordOfNoName(tokens[first].text), !words.isOrgHead(tokens[first]), !words.isRoleOrTitle(tokens[first]),
              !words.isPlacePhrase(tokens[first].text), !words.isDemonym(tokens[first]),
              range.dropFirst(2).contains(where: { words.isOrgHead(tokens[$0]) || OrganizationNames.legalForm(tokens[$0]) != nil })
        else { return false }
        return !tokens.indices.dropLast().contains { index in
            index != first && tokens[index].text == tokens[first].text && tokens[index + 1].lower == "of"
                && index > 0 && tokens[index - 1].sentence == tokens[index].sentence
        }
    }

    /// Imperatives that open the lines a web page adds around an article: "Follow IRNA English on Telegram", "Read also: …",
    /// "Subscribe to …".
    private static let pageFurnitureVerbs: WordSet = ["follow", "subscribe", "read", "watch", "listen", "download", "join", "share", "visit"]

    /// Whether token `index` is such an imperative, capitalized at the start of its line.
    func opensPageFurnitureLine(_ index: Int) -> Bool {
        tokens[index].startsUpper && Self.pageFurnitureVerbs.contains(tokens[index].lower) && (index == 0 || document.lineBreak(before: index))
    }

    /// Drops leading determiners ("the", a capitalized "A" before an organisation or place), capitalized
    /// prepositions, titles and roles, a possessive "'s" left from the name before, the imperative that opens a
    /// web page's line ("Follow"), and trailing words that cannot end a name.
    func trim(_ span: NameSpan) -> NameSpan? {
        var lower = span.tokens.lowerBound
        var upper = span.tokens.upperBound
        // "Lyon-based Union …", "Diaspora-backed Cairde Capital", "Eighty-one-year-old Mere Tabuya": a "PLACE-based",
        // participle or age word describes the name, it is not part of it.
        while upper - lower >= 2, words.isDescribingCompound(tokens[lower]) { lower += 1 }
        // "Co-founder of the Network of …": a role and "of" before an organisation are not its name.
        if span.type == .org, upper - lower >= 3, words.isRoleOrTitle(tokens[lower]), tokens[lower + 1].lower == "of" {
            lower += 2
        } else if span.type == .org, isNounOpeningSentenceBeforeName(lower..<upper) {
            // "Shares of [Harbour Bank] rose": a sentence's first word, capitalized only there, and its "of".
            lower += 2
        } else if span.type == .org, let afterBoard = afterBoardOf(lower..<upper) {
            // "Chairman of the [Board of the Otandastar Foundation]": the board is the organisation's own.
            lower = afterBoard
        } else if span.type == .org, let roleEnd = leadingRoleEnd(lower..<upper) {
            // "High Commissioner for Diaspora Affairs of the [Prime Minister's Office …]": a title with its field is no
            // organisation; what follows its "of" may be one. A title alone ("High Commissioner") is none.
            guard roleEnd < upper, ["of", "for", "on", "to"].contains(tokens[roleEnd].lower),
                  let of = (roleEnd..<upper).first(where: { tokens[$0].lower == "of" }), upper - of >= 2 else { return nil }
            lower = of + 1
        }
        while lower < upper {
            let token = tokens[lower]
            let isThe = token.lower == "the"
                || (token.startsUpper && (Self.leadingPrepositions.contains(token.lower) || Self.leadingConjunctions.contains(token.lower)) && upper - lower >= 2)
                || (span.type != .person && (token.text == "A" || token.text == "An") && upper - lower >= 2)
                || (span.type != .person && token.startsUpper && Self.leadingQuantities.contains(token.lower) && upper - lower >= 2)
            // "Adi Worku-Malka": a form of address that is also a given name and no ordinary word ("Lord North", "Sir
            // Keir"), before one word that is a surname (a known one or a double-barrelled one) and no given name or
            // title, is the given name ("Hafiz Senad", "Lord Mayor" keep their title out).
            // So is a title that is a given name too before a surname of the lists that is no ordinary word ("Emir
            // Salihović"; not "King Gongmin", whose ending alone looks like a surname's).
            let isGivenNameOfTwo = upper - lower == 2 && words.isGivenName(token)
                && (words.isFormOfAddress(token) && !words.lexicon.isOrdinaryWord(token.text)
                        && (words.isSurname(tokens[lower + 1]) || isDoubleBarrelled(tokens[lower + 1]))
                    || words.isRoleOrTitle(token) && !words.lexicon.isOrdinaryWord(tokens[lower + 1].text)
                        && tokens[lower + 1].startsUpper && words.lexicon.isSurname(tokens[lower + 1].text))
                && !words.isGivenName(tokens[lower + 1]) && !words.isRoleOrTitle(tokens[lower + 1])
            let isTitle = span.type == .person && !isGivenNameOfTwo
                && (words.isRoleOrTitle(token) || token.kind == .punctuation || isSecondWordOfTitle(lower, upper))
            // "[daughter Ji-yeon]", "[farmer Rahim Uddin]": a kin or person noun in lower case opens no person's name.
            let isPersonNoun = span.type == .person && upper - lower >= 2 && token.kind == .word && !token.startsUpper
                && Self.personNouns.contains(token.lower)
            let isFurniture = lower == span.tokens.lowerBound && upper - lower >= 2 && opensPageFurnitureLine(lower)
            // "the 12 May National and Local Elections": a month after a day is the date's.
            let isDatesMonth = span.type != .person && words.isCalendarWord(token) && lower > 0 && tokens[lower - 1].kind == .number
                && tokens[lower - 1].sentence == token.sentence
            guard isThe || isTitle || isPersonNoun || isFurniture || isDatesMonth || WordClasses.isPronounContraction(token) || token.kind == .punctuation || token.kind == .quote || token.kind == .dash || token.isPossessiveS else { break }
            lower += 1
        }
        // "Rapid Support Forces in April", "… Association in 2019": a trailing month or year is a date, not part
        // of the name; "Sehitlik Mosque and Rabbi": a form of address after "and" opens the next person's name.
        if span.type != .person, upper - lower >= 3, words.isConnector(tokens[upper - 2]),
           words.isCalendarWord(tokens[upper - 1]) || tokens[upper - 1].kind == .number || words.isHonorific(tokens[upper - 1]) {
            upper -= 2
        }
        // "Maria Lopez PhD", "Amina Yusuf OBE": letters of a degree or an honour after a person's name are no part of it.
        while span.type == .person, upper - lower >= 2, WordClasses.isPostNominal(tokens[upper - 1]) || tokens[upper - 1].text == ","
                && WordClasses.isPostNominal(tokens[upper - 2]) {
            upper -= 1
        }
        while upper > lower {
            let token = tokens[upper - 1]
            // "By Daniel Aminov-Stern September 8, 2025": a month before a day is the date.
            let endsBadly = token.kind == .punctuation && token.text != ")"
                || words.isCalendarWord(token) && upper < tokens.count && tokens[upper].kind == .number
                || token.kind == .quote || token.kind == .dash
                || (token.kind == .word && !token.startsUpper && !(span.type == .org && words.isCollectiveNoun(token)))
                || words.isConnector(token) || token.isPossessiveS || WordClasses.isPronounContraction(token)
            guard endsBadly else { break }
            upper -= 1
        }
        guard lower < upper else { return nil }
        return NameSpan(span.type, lower..<upper)
    }

    /// A person's name without the title of two words the completions may have taken in ("[Seri] Ahmad Faizal
    /// Rahman" after "Datuk", "[Tan Sri] Harun Mokhtar", "[Maha] Anan Jantasaro" after "Phra").
    private func withoutTitlesOfTwoWords(_ span: NameSpan) -> NameSpan {
        guard span.type == .person, span.part == nil else { return span }
        var lower = span.tokens.lowerBound
        while lower < span.tokens.upperBound - 1, isSecondWordOfTitle(lower, span.tokens.upperBound) { lower += 1 }
        return NameSpan(.person, lower..<span.tokens.upperBound)
    }

    /// "Tan Sri", "Puan Sri", "Datuk Seri", "Dato' Sri": Malaysian titles of honour of two words, whose "Sri"/"Seri" follows
    /// a title ("Puan", "Datuk") or "Tan", which alone is a surname ("Tan Wei Ming"); "Phra Maha", a Thai monk's title
    /// ("Maha" alone is a given name); "Grace" of "His Grace", "Excellency" of "Her Excellency".
    private func isSecondWordOfTitle(_ index: Int, _ upper: Int) -> Bool {
        let word = tokens[index].lower
        // "His Grace", "Her Excellency": an address whose first word stands before the name.
        if index > 0, index + 1 < upper, ["his", "her"].contains(tokens[index - 1].lower) {
            return !words.lexicon.categories(of: tokens[index - 1].text + " " + tokens[index].text).isDisjoint(with: [.role, .title])
        }
        if word == "tan" { return index + 2 < upper && ["sri", "seri"].contains(tokens[index + 1].lower) }
        if word == "maha" { return index > 0 && index + 1 < upper && tokens[index - 1].lower == "phra" }
        guard ["sri", "seri"].contains(word), index > 0, index + 1 < upper else { return false }
        // (the title before "Sri" may end in an apostrophe: "Dato' Sri")
        let title = index > 1 && ["'", "\u{2019}"].contains(tokens[index - 1].text) ? index - 2 : index - 1
        return tokens[title].lower == "tan" || words.isFormOfAddress(tokens[title])
    }

    /// Where the organisation starts after an opening "Board of the", "Board of Trustees of (the)", "Board of
    /// Directors of (the)": nil when `range` opens otherwise or nothing is left ("Board of Deputies" stays).
    private func afterBoardOf(_ range: Range<Int>) -> Int? {
        guard range.count >= 4, tokens[range.lowerBound].lower == "board", tokens[range.lowerBound + 1].lower == "of" else { return nil }
        var index = range.lowerBound + 2
        let board = ["trustees", "directors", "governors"].contains(tokens[index].lower)
        if board {
            guard index + 1 < range.upperBound, tokens[index + 1].lower == "of" else { return nil }
            index += 2
        }
        if index < range.upperBound, tokens[index].lower == "the" { index += 1 } else if !board { return nil }
        return range.upperBound - index >= 1 ? index : nil
    }

    /// The end of the role phrase that opens `range`: role modifiers and a role noun as written ("High
    /// Commissioner", "Deputy Minister", "Head"; not "King's" or "Queens"), or nil when it opens with none.
    private func leadingRoleEnd(_ range: Range<Int>) -> Int? {
        var end: Int?
        for index in range.prefix(3) {
            let token = tokens[index]
            if token.startsUpper, RoleWords.heads.contains(token.lower) {
                end = index + 1
            } else if !RoleWords.modifiers.contains(token.lower) || end != nil {
                break
            }
        }
        return end
    }

    /// The token ranges of the ORG spans, by their words.
    static func organisationForms(_ spans: [NameSpan], _ tokens: [Token]) -> [[String]: [Range<Int>]] {
        Dictionary(grouping: spans.filter { $0.type == .org }.map(\.tokens), by: { $0.map { tokens[$0].text } })
    }

    /// Whether the article writes the words of `range` elsewhere as an ORG: "… of National Memory" keeps "Memory"
    /// before "Oksana".
    private func isOrganisationWrittenElsewhere(_ range: Range<Int>, within span: Range<Int>, _ forms: [[String]: [Range<Int>]]) -> Bool {
        (forms[range.map { tokens[$0].text }] ?? []).contains { $0 != span }
    }

    /// Cuts "ORG [role] Given Surname" into the ORG and a PERSON, at a role word or at a trailing person name; not
    /// inside a name the article writes as an ORG elsewhere, nor inside a place's ("… Association of San [Diego County]").
    private func splitRunOnOrganization(_ span: NameSpan, organisationForms: [[String]: [Range<Int>]]) -> [NameSpan] {
        guard span.type == .org, span.tokens.count >= 3 else { return [span] }
        // A role word inside the span followed by capitalized words to the end: ORG chairman NAME.
        for index in span.tokens.dropFirst() {
            let token = tokens[index]
            guard words.roleKey(token) != nil, index + 1 < span.tokens.upperBound else { continue }
            let rest = (index + 1)..<span.tokens.upperBound
            if rest.count <= 4, rest.allSatisfy({ words.isNameWord(tokens[$0]) }), looksLikePersonName(rest) {
                return [NameSpan(.org, span.tokens.lowerBound..<index), NameSpan(.person, rest)]
            }
        }
        // A person's name glued to the end: "… in the UK Savash Marandli". After a head word that opens names in its
        // language only a given name opens one ("Associazione Culturale Marocchina" is one name).
        let opensName = words.opensOrganizationName(tokens[span.tokens.lowerBound])
        for nameLength in [3, 2] where span.tokens.count > nameLength + 1 || (span.tokens.count == nameLength + 1 && words.isOrgHead(tokens[span.tokens.lowerBound])) {
            let rest = (span.tokens.upperBound - nameLength)..<span.tokens.upperBound
            let before = tokens[rest.lowerBound - 1]
            guard rest.allSatisfy({ words.isNameWord(tokens[$0]) }), looksLikePersonName(rest), !opensName || words.isGivenName(tokens[rest.lowerBound]),
                  !words.isConnector(before), !words.isOrgHead(tokens[rest.upperBound - 1]), !isInsidePlaceName(rest.lowerBound),
                  !isOrganisationWrittenElsewhere(span.tokens.lowerBound..<(rest.lowerBound + 1), within: span.tokens, organisationForms) else { continue }
            return [NameSpan(.org, span.tokens.lowerBound..<rest.lowerBound), NameSpan(.person, rest)]
        }
        return [span]
    }

    /// "By MARTA ZANETTI-LOWE Associated Press", "PHOTO BY DARREN OKAFOR-WHITE /The Fraser Valley Record": a byline's or
    /// a picture credit's words in capitals that open with a given name, or a family name ("By WANG XIAOLIN"), are the
    /// writer's or photographer's name, whatever span the tagger ran them into; title-case words after them stay the outlet's.
    private func bylinesInCapitals(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for by in tokens.indices where tokens[by].lower == "by" && tokens[by].startsUpper
            && (by == 0 || document.sentences[tokens[by - 1].sentence].paragraph != document.sentences[tokens[by].sentence].paragraph
                || Self.pictureWords.contains(tokens[by - 1].lower)) {
            var end = by + 1
            while end < tokens.count, end - by <= 4, tokens[end].sentence == tokens[by].sentence, tokens[end].kind == .word,
                  tokens[end].text.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2,
                  tokens[end].text == tokens[end].text.uppercased() {
                end += 1
            }
            let name = (by + 1)..<end
            // A person's name opens with a given name ("MARTA"), or a family name first ("WANG XIAOLIN"), not with an
            // outlet's ("AZERTAC STAFF", "BBC NEWS").
            let first = tokens[name.lowerBound].text.capitalized
            guard name.count >= 2, words.lexicon.isGivenName(first) || words.lexicon.isSurname(first) else { continue }
            var rest: [NameSpan] = []
            for span in result where span.tokens.overlaps(name) && span.tokens.upperBound > name.upperBound {
                rest.append(NameSpan(span.type, name.upperBound..<span.tokens.upperBound))
            }
            result.removeAll { $0.tokens.overlaps(name) }
            result += [NameSpan(.person, name)] + rest
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Token ranges of title-case or capitalized heading lines: a paragraph of 3 to 24 tokens that does
    /// not end like a sentence, most of whose longer words are capitalized, and that is no byline ("By …", "Story by …
    /// | ORG"), sign-off ("(Reporting by …; Editing by …)", "Press contact: …"), signature ("Georges Khoury, Harris Park")
    /// or dateline ("Warsaw, 26 February, AZERTAC").
    /// Taggers run the words of such lines together ("New Board Takes Office at …"); the names in them
    /// come back wherever the body repeats them (name propagation).
    func headingParagraphs() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            let paragraph = document.sentences[tokens[index].sentence].paragraph
            var end = index
            while end < tokens.count, document.sentences[tokens[end].sentence].paragraph == paragraph { end += 1 }
            let words = tokens[index..<end].filter { $0.kind == .word && $0.range.count > 3 }
            let last = tokens[end - 1].text
            let isSignOff = Mastheads.holdsByline(index..<end, tokens) || tokens[index..<end].contains { ["(", ";", ":"].contains($0.text) }
            // "Warsaw, 26 February, AZERTAC": a dateline on a line of its own (a day and a month) is no heading.
            let isDateline = tokens[index..<end].contains { $0.kind == .number } && tokens[index..<end].contains { self.words.isCalendarWord($0) }
            // A heading heads something: the article's last paragraph is none ("Ilham Aliyev Seymur Nasirov …" alone).
            // A section heading in capitals may be two words long ("TREASURER'S REPORT", "CONSULAR CLINIC").
            let isInCapitals = words.allSatisfy { $0.text == $0.text.uppercased() }
            if words.count >= (isInCapitals ? 2 : 3), end - index <= 24, end < tokens.count, !isSignOff, !isDateline, ![".", "!", "?"].contains(last),
               allLinesCapitalized(index..<end), !opensWithSignature(index..<end) {
                result.append(index..<end)
            }
            index = end
        }
        return result
    }

    /// A letter's or a column's signature: the paragraph's first line opens with a person's name of two to four words and
    /// a comma ("Georges Khoury, Harris Park", "Iryna Bondarenko, Director, …").
    private func opensWithSignature(_ paragraph: Range<Int>) -> Bool {
        var end = paragraph.lowerBound
        while end < paragraph.upperBound, tokens[end].text != ",", end == paragraph.lowerBound || !document.lineBreak(before: end) { end += 1 }
        let name = paragraph.lowerBound..<end
        return end < paragraph.upperBound && tokens[end].text == "," && (2...4).contains(name.count)
            && name.allSatisfy({ words.isNameWord(tokens[$0]) }) && !tokens[name.lowerBound].isAllCaps && looksLikePersonName(name)
    }

    /// Whether most longer words of every line of a paragraph are capitalized: a signature block ("Rima al-Khatib,
    /// chair" / … / "Board of Directors, ORG") is no heading.
    private func allLinesCapitalized(_ paragraph: Range<Int>) -> Bool {
        var capitalized = 0
        var counted = 0
        for index in paragraph {
            if index > paragraph.lowerBound, document.lineBreak(before: index) {
                guard capitalized * 4 >= counted * 3 else { return false }
                (capitalized, counted) = (0, 0)
            }
            guard tokens[index].kind == .word, tokens[index].range.count > 3 else { continue }
            counted += 1
            if tokens[index].startsUpper { capitalized += 1 }
        }
        return capitalized * 4 >= counted * 3
    }

    /// "[PER NIDOA Houston] chapter chairman": an acronym opening a person's name is an organisation; the words
    /// after it stay a place when the gazetteer knows them, a person when they still read as one's name.
    private func splitLeadingAcronym(_ span: NameSpan) -> [NameSpan] {
        let first = tokens[span.tokens.lowerBound]
        guard span.type == .person, span.tokens.count >= 2, first.isAcronymLike, first.text.unicodeScalars.count >= 3,
              !first.text.containsLiterally("."), span.tokens.dropFirst().allSatisfy({ !tokens[$0].isAcronymLike }) else { return [span] }
        let rest = (span.tokens.lowerBound + 1)..<span.tokens.upperBound
        let acronym = NameSpan(.org, span.tokens.lowerBound..<rest.lowerBound)
        if words.isPlacePhrase(rest.map { tokens[$0].text }.joined(separator: " ")) { return [acronym, NameSpan(.place, rest)] }
        return looksLikePersonName(rest) ? [acronym, NameSpan(.person, rest)] : [acronym]
    }

    /// Cuts a country or place the tagger ran into a person's name: "… of Azerbaijan Ilham Aliyev" → PLACE
    /// "Azerbaijan", PERSON "Ilham Aliyev". A place that is also a given name is cut only after a title's or a name's
    /// "to" or "of": "Ambassador to Argentina Hovhannes Sargsyan", "the Arab Republic of Egypt Jahongir Nematov", not
    /// "Speaker Jordan Peterson"; so is a small town's name ("convener is [Purna] Maya Subba").
    private func splitLeadingPlace(_ span: NameSpan) -> [NameSpan] {
        guard span.type == .person, span.tokens.count >= 3 else { return [span] }
        let start = span.tokens.lowerBound
        // "Ambassador to [Argentina …]", "the Arab Republic of [Egypt …]": a title's or a name's "to" or "of".
        let afterTitlePreposition = start >= 2 && ["to", "of"].contains(tokens[start - 1].lower)
            && (words.isRoleOrTitle(tokens[start - 2]) || words.isNameWord(tokens[start - 2]) && tokens[start - 2].sentence == tokens[start].sentence)
        for length in stride(from: min(words.lexicon.maxPhraseTokens, span.tokens.count - 2), through: 1, by: -1) {
            let place = span.tokens.lowerBound..<(span.tokens.lowerBound + length)
            let rest = place.upperBound..<span.tokens.upperBound
            let phrase = place.map { tokens[$0].text }.joined(separator: " ")
            guard words.isPlacePhrase(phrase),
                  !(length == 1 && ((words.isGivenName(tokens[place.lowerBound]) || isSmallTown(tokens[place.lowerBound])) && !afterTitlePreposition
                                    || words.isFormOfAddress(tokens[place.lowerBound])))
            else { continue }
            if looksLikePersonName(rest) { return [NameSpan(.place, place), NameSpan(.person, rest)] }
        }
        return [span]
    }

    /// "Ambassador of Azerbaijan to [Poland Fuad] Karimli": a place the tagger ran into the given name after
    /// it (or into a foreign word before an untagged name word: "from [Tel Aviv Rahel]" + "Asefa-Mekonnen"). The
    /// known place stays a PLACE; the given name and the untagged name words after it are a PERSON.
    private func splitPlaceRunIntoPerson(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for (index, span) in spans.enumerated() where (span.type == .place || span.type == .org) && span.part == nil && span.tokens.count >= 2 {
            for length in stride(from: min(words.lexicon.maxPhraseTokens, span.tokens.count - 1), through: 1, by: -1) {
                let place = span.tokens.lowerBound..<(span.tokens.lowerBound + length)
                // An organisation only as a place and one given name: "Ambassador … to the Republic of [Austria Rashad]" + "Aliyarov".
                guard span.type == .place || place.upperBound == span.tokens.upperBound - 1 else { continue }
                // The given name may be a place too ("Ramon") when an untagged name word follows it: "Hong Kong Ramon" + "Villareal-Sy".
                let followedByName = span.tokens.upperBound == place.upperBound + 1 && span.tokens.upperBound < tokens.count
                    && words.isNameWord(tokens[span.tokens.upperBound]) && !spans.contains(where: { $0.tokens.contains(span.tokens.upperBound) })
                guard words.isPlacePhrase(place.map { tokens[$0].text }.joined(separator: " ")), !(length == 1 && words.isGivenName(tokens[place.lowerBound])),
                      words.isGivenName(tokens[place.upperBound]) || isForeignWord(place.upperBound) && followedByName,
                      !words.isPlacePhrase(tokens[place.upperBound].text) || followedByName else { continue }
                var end = span.tokens.upperBound
                while end < tokens.count, end - span.tokens.upperBound < 2, tokens[end].sentence == tokens[span.tokens.lowerBound].sentence,
                      words.isNameWord(tokens[end]), !words.isRoleOrTitle(tokens[end]), !spans.contains(where: { $0.tokens.contains(end) }) {
                    end += 1
                }
                let name = place.upperBound..<end
                guard looksLikePersonName(name) || isForeignWord(name.lowerBound) && isForeignWord(name.upperBound - 1) && couldBePersonName(name)
                else { continue }
                result[index] = NameSpan(.place, place)
                result.append(NameSpan(.person, name))
                break
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Cem Yıldız, a Bundestag member from …", "Rūta Vaitkevičienė, a member of the Seimas": two or three
    /// untagged name words that open a sentence or follow no name, set off by a comma before "a/an/the" and a
    /// role within four words, or before a lower-case role and "of/at/for/with" ("Vilay Chanthavong, assistant
    /// professor of …"), are a person's name when no word of them rules a name out, whatever ORG without a head word the
    /// tagger made of them. So is one such word opening a sentence and given an age.
    private func addPersonsBeforeRoleAppositions(_ spans: [NameSpan]) -> [NameSpan] {
        // (an ORG the tagger made of such words, with no head word nor acronym, gives way: "[ORG Bimala] Paudel, deputy chief
        // of mission at …")
        let isBareOrg = { (span: NameSpan) in
            span.type == .org && span.tokens.count <= 3 && !span.tokens.contains { self.words.isOrgHead(self.tokens[$0]) || self.tokens[$0].isAcronymLike }
        }
        let covered = NameSpan.coverage(of: spans.filter { !isBareOrg($0) }, tokenCount: tokens.count)
        var added: [NameSpan] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard !covered[index], words.isNameWord(tokens[index]), index == 0 || !words.isNameWord(tokens[index - 1]) || tokens[index - 1].sentence != tokens[index].sentence else { continue }
            var end = index
            while end < tokens.count, end - index < 3, !covered[end], words.isNameWord(tokens[end]), tokens[end].sentence == tokens[index].sentence { end += 1 }
            guard end + 2 < tokens.count, tokens[end].text == "," else { continue }
            let nameWordsAreFree = (index..<end).allSatisfy {
                words.lexicon.categories(of: tokens[$0].text).isDisjoint(with: [.commonWord, .knownOrganization, .placeType])
            }
            // "Sumarni, a 41-year-old domestic worker", "Sumarni, 41, voted": one word opening a sentence, given an age.
            if end - index == 1 {
                let opensSentence = index == 0 || tokens[index - 1].sentence != tokens[index].sentence
                if opensSentence, isAgeDescription(at: end), couldBePersonName(index..<end), nameWordsAreFree,
                   !isOrdinaryWordOfNoName(tokens[index].text), !words.isCalendarWord(tokens[index]) {
                    added.append(NameSpan(.person, index..<end))
                }
                continue
            }
            // "NAME, a member of …", or with no article a lower-case role and its preposition: "NAME, assistant professor of …".
            let article = ["a", "an", "the"].contains(tokens[end + 1].lower)
            let description = (article ? end + 2 : end + 1)..<min(tokens.count, end + (article ? 6 : 4))
            let preposition: (Int) -> Bool = { $0 + 1 < self.tokens.count && ["of", "at", "for", "with"].contains(self.tokens[$0 + 1].lower) }
            guard let role = description.first(where: { words.isRoleOrTitle(tokens[$0]) && (article || preposition($0)) }),
                  article || tokens[description.lowerBound...role].allSatisfy({ $0.text.first?.isLowercase == true }),
                  tokens[description.lowerBound..<role].allSatisfy({ $0.kind == .word && $0.sentence == tokens[index].sentence }),
                  couldBePersonName(index..<end), nameWordsAreFree
            else { continue }
            added.append(NameSpan(.person, index..<end))
            index = end
        }
        let kept = spans.filter { span in !(isBareOrg(span) && added.contains { $0.tokens.overlaps(span.tokens) }) }
        return (kept + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// `Rodelio "Jun" Bautista`, `Anoushiravan "Ash" Mehrabi`: a name word, one capitalized word in quotation
    /// marks and a name word are one person's name when a word there is a tagged person, a given name or a
    /// surname and none is another kind of name; the spans there go.
    private func joinNicknames(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var index = 1
        while index + 3 < tokens.count {
            defer { index += 1 }
            let around = (index - 1)...(index + 3)
            guard tokens[index].kind == .quote, tokens[index + 2].kind == .quote, words.isNameWord(tokens[index + 1]),
                  words.isNameWord(tokens[index - 1]), words.isNameWord(tokens[index + 3]),
                  around.allSatisfy({ tokens[$0].sentence == tokens[index].sentence }) else { continue }
            let inside = result.filter { $0.tokens.overlaps(around) }
            let left = inside.first { $0.tokens.contains(index - 1) }
            let right = inside.first { $0.tokens.contains(index + 3) }
            guard inside.allSatisfy({ $0.type == .person }),
                  !inside.isEmpty || words.isGivenName(tokens[index - 1]) || words.isSurname(tokens[index + 3]),
                  left != nil || couldBePersonName((index - 1)..<index),
                  right != nil || couldBePersonName((index + 3)..<(index + 4)) else { continue }
            let name = (left?.tokens.lowerBound ?? index - 1)..<(right?.tokens.upperBound ?? index + 4)
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(NameSpan(.person, name))
            result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            index = name.upperBound - 1
        }
        return result
    }

    /// An organisation run on into a person whose name the tagger split across spans: "… in Edmonton
    /// Farhad" + "Eyyubov", or "… in Quebec Kamala" + an untagged "Aliyeva". The given name leaves the
    /// organisation and joins the capitalized words after it into a PERSON; spans inside that name go.
    ///
    /// After "TITLE of the" the person's name may lie whole inside the span, after a short name or an
    /// acronym: "President of the [CMP Natalia] Ursu", "Chairman of the [KCCK Marat Sadyr] uulu".
    private func detachPersonsAcrossSpans(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        let organisationForms = Self.organisationForms(spans, tokens)
        var index = 0
        while index < result.count {
            let span = result[index]
            index += 1
            guard span.type == .org, span.tokens.count >= 2 else { continue }
            let last = span.tokens.upperBound - 1
            // "… Institute of National Memory" + "Oksana Tkachenko-Moroz": the tagger already began the person after it.
            if result.contains(where: { $0.type == .person && $0.tokens.lowerBound == span.tokens.upperBound && $0.tokens.count >= 2
                                        && words.isGivenName(tokens[$0.tokens.lowerBound]) }) { continue }
            let afterTitle = followsTitleOf(span.tokens.lowerBound)
            // A word that ends the organisation's name where the article writes that name elsewhere stays in it: "… of
            // National Memory" + "Oksana".
            let starts = (afterTitle ? Array(span.tokens.lowerBound + 1...last) : [last]).filter { start in
                !isOrganisationWrittenElsewhere(span.tokens.lowerBound..<(start + 1), within: span.tokens, organisationForms)
            }
            let personFollows = result.contains { $0.type == .person && $0.tokens.lowerBound == span.tokens.upperBound }
            guard let name = starts.lazy.compactMap({ personName(from: $0, in: span.tokens, afterTitle: afterTitle, personFollows: personFollows) }).first
            else { continue }
            result[index - 1] = NameSpan(.org, span.tokens.lowerBound..<name.lowerBound)
            // What is left may be a head word alone ("the Embassy"), which is no name.
            if retypeGenericOrganization(result[index - 1]) == nil {
                result.remove(at: index - 1)
                index -= 1
            }
            result.removeAll { $0.tokens.lowerBound >= span.tokens.upperBound && $0.tokens.lowerBound < name.upperBound }
            result.insert(NameSpan(.person, name), at: index)
        }
        return result
    }

    /// The person's name that starts at `first` inside the organisation span `span` and may run on past it,
    /// if one does. Before it stands an organisation: a head word ("[Embassy Chyngyz]"), three words or more, or,
    /// after a title, an acronym. The name is a known given name, or an unknown word before a surname's ending
    /// ("Chyngyz Abdyrakhmanov"); after a title it may also be closed by a patronymic ("Marat Sadyr uulu"). Where the
    /// tagger began a person right after the span, its last word may be any word that can open a name (`canOpenName`),
    /// after an organisation that ends in a head word or a place ("National Assembly of Serbia [Branislava]" + "Tomić-Kovač",
    /// "Otandastar Foundation [Marat]" + "Bekenuly Dzhaksybekov"). Never inside a place's name ("Society of Great [Britain]").
    private func personName(from first: Int, in span: Range<Int>, afterTitle: Bool, personFollows: Bool) -> Range<Int>? {
        let organisation = span.lowerBound..<first
        guard organisation.count >= 2 || words.isOrgHead(tokens[span.lowerBound]) || afterTitle && tokens[span.lowerBound].isAcronymLike,
              (first..<span.upperBound).allSatisfy({ !words.isOrgHead(tokens[$0]) && !words.isConnector(tokens[$0]) }),
              !words.isConnector(tokens[first - 1]), !Self.saintTitles.contains(tokens[first - 1].lower),
              !isInsidePlaceName(first) else { return nil }
        let given = tokens[first]
        var end = span.upperBound
        while end < tokens.count, end - first < 3, tokens[end].sentence == given.sentence, words.isNameWord(tokens[end]),
              !words.isRoleOrTitle(tokens[end]) {
            end += 1
        }
        let name = first..<end
        let beforeSurname = words.lexicon.categories(of: given.text).isEmpty && end == first + 2
            && (PersonNames.hasSurnameMorphology(tokens[first + 1].text, strongOnly: true) || isForeignWord(first) && words.isSurname(tokens[first + 1]))
        let beforePatronymic = afterTitle && end < tokens.count && tokens[end].sentence == given.sentence
            && PersonNames.patronymicWords.contains(tokens[end].lower)
        let lastWord = tokens[first - 1]
        let beforeTaggedPerson = personFollows && first == span.upperBound - 1 && end > span.upperBound && canOpenName(at: first)
            && (words.isOrgHead(lastWord) || words.isPlacePhrase(lastWord.text) || isForeignWord(first)) && couldBePersonName(name, taggedFirst: true)
        guard end > span.upperBound || afterTitle,
              words.isGivenName(given) || beforeSurname || beforeTaggedPerson || beforePatronymic && couldBePersonName(name, taggedFirst: true),
              beforePatronymic || beforeTaggedPerson || looksLikePersonName(name) else { return nil }
        return name
    }

    /// Whether the word at `index` continues a known place's name begun before it: "Great [Britain]", "San [Diego]".
    private func isInsidePlaceName(_ index: Int) -> Bool {
        let longest = words.lexicon.maxPhraseTokens
        for start in stride(from: index - 1, through: max(0, index - longest + 1), by: -1) {
            guard tokens[start].kind == .word, tokens[start].sentence == tokens[index].sentence else { return false }
            for end in (index + 1)...min(tokens.count, start + longest) where tokens[end - 1].kind == .word {
                if words.isPlacePhrase(tokens[start..<end].map(\.text).joined(separator: " ")) { return true }
            }
        }
        return false
    }

    /// "Chairwoman of [Altai] [Murasy] Gulnar [Bolatkyzy]": after a leader's title and "of", a run of capitalized
    /// words that ends in a person's name is the organisation and its leader, however the tagger cut it. The
    /// organisation part is no known place ("President of Azerbaijan Ilham Aliyev"); the titles of ministers and
    /// envoys name portfolios and states, not organisations, and are left alone.
    private func splitLeaderOfRuns(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for of in tokens.indices.dropFirst() where tokens[of].lower == "of" && RoleWords.officers.contains(RoleWords.bare(tokens[of - 1].text)) {
            var start = of + 1
            if start < tokens.count, tokens[start].lower == "the" { start += 1 }
            var end = start
            while end < tokens.count, end - start < 7, tokens[end].sentence == tokens[of].sentence, tokens[end].kind == .word,
                  words.isNameWord(tokens[end]), !words.isRoleOrTitle(tokens[end]) {
                end += 1
            }
            guard end - start >= 3, end == tokens.count || tokens[end].kind != .word || !tokens[end].startsUpper else { continue }
            // The name starts at the first given name after the organisation's first word ("ACEID [Luz] Marina
            // Cárdenas"), else it is the last two words ("Altai Murasy [Gulnar Bolatkyzy]").
            let nameStart = (start + 1..<end - 1).first { words.isGivenName(tokens[$0]) && looksLikePersonName($0..<end) } ?? end - 2
            let person = nameStart..<end
            let organisation = start..<nameStart
            let orgText = organisation.map { tokens[$0].text }.joined(separator: " ")
            guard looksLikePersonName(person), !words.isPlacePhrase(orgText), organisation.count < 2 || !looksLikePersonName(organisation),
                  !result.contains(where: { $0.type == .org && $0.tokens == organisation }) || !result.contains(where: { $0.type == .person && $0.tokens == person })
            else { continue }
            result.removeAll { $0.tokens.overlaps(start..<end) }
            // A head word alone ("of the Administration NAME") refers back to a name given before; it is none itself.
            if let named = retypeGenericOrganization(NameSpan(.org, organisation)), named.type == .org { result.append(named) }
            result.append(NameSpan(.person, person))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The span starts right after a title and "of" or "of the": "Chairman of the …", "Ambassador of …".
    private func followsTitleOf(_ start: Int) -> Bool {
        var index = start - 1
        if index >= 0, tokens[index].lower == "the" { index -= 1 }
        return index >= 1 && tokens[index].lower == "of" && words.isRoleOrTitle(tokens[index - 1])
    }

    /// A lone surname the tagger found without the capitalized word before it: "in the UK Savash
    /// Marandli" with only "Marandli" tagged, "Thilaga Arumugam" with only "Arumugam". The word joins when it
    /// is in no span, not the first of its sentence, and not a known place, role, organisation word, demonym,
    /// calendar word, form of address or common word.
    private func completeSurnameOnlyPersons(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .person && result[i].tokens.count == 1 {
            let start = result[i].tokens.lowerBound
            guard start >= 2 else { continue }
            let before = tokens[start - 1]
            let isFirstOfSentence = opensSentence(start - 1)
            let inSpan = result.contains { $0.tokens.contains(start - 1) }
            guard !inSpan, !isFirstOfSentence, before.sentence == tokens[start].sentence, words.isNameWord(before),
                  words.lexicon.categories(of: before.text).isDisjoint(with: [.place, .country, .region, .city, .demonym, .orgHead, .role, .title, .commonWord, .placeType, .knownOrganization]),
                  !before.isAcronymLike, !words.isCalendarWord(before), !words.isHonorific(before) else { continue }
            result[i].tokens = (start - 1)..<result[i].tokens.upperBound
        }
        return result
    }

    /// A PLACE or ORG that no gazetteer knows but that reads as a given name and a surname ("Costas
    /// Vrettos", "Elmar Huseynli"), or a single unknown place or organisation shaped like a surname
    /// ("Muradov", "Huseynli"), is a PERSON; so is a place right after a form of address ("Father Ivan",
    /// "Mr. Washington").
    private func retypePersonLikePlace(_ span: NameSpan) -> NameSpan {
        if span.type == .place, span.part == nil, span.tokens.lowerBound > 0, case let before = span.tokens.lowerBound - 1,
           tokens[before].startsUpper, words.isHonorific(tokens[before]), tokens[before].sentence == tokens[span.tokens.lowerBound].sentence {
            return NameSpan(.person, span.tokens)
        }
        // A single unknown "place" shaped like a surname ("Muradov", "Melnychuk") is a person; an "organisation"
        // only by an ending few other words share ("Seimas" and "Mazhilis" stay organisations).
        if span.type != .person, span.tokens.count == 1,
           PersonNames.hasSurnameMorphology(tokens[span.tokens.lowerBound].text, strongOnly: span.type == .org),
           words.lexicon.categories(of: tokens[span.tokens.lowerBound].text).isDisjoint(with: [.place, .country, .region, .city, .knownOrganization, .orgHead]),
           !words.isDemonym(tokens[span.tokens.lowerBound]), !tokens[span.tokens.lowerBound].isAcronymLike,
           !isAttributive(span.tokens.lowerBound), !(span.type == .place && followsAPlacePreposition(tokens[span.tokens.lowerBound].text)) {
            return NameSpan(.person, span.tokens)
        }
        guard span.type == .place || span.type == .org, span.tokens.count >= 2, span.tokens.count <= 3,
              words.isGivenName(tokens[span.tokens.lowerBound]), looksLikePersonName(span.tokens),
              !span.tokens.contains(where: { words.isConnector(tokens[$0]) }),
              // "West Perth": a word that is a known place and no given name keeps it a place.
              !span.tokens.dropFirst().contains(where: { words.isPlacePhrase(tokens[$0].text) && !words.isGivenName(tokens[$0]) }),
              !words.lexicon.categories(of: span.tokens.map { tokens[$0].text }.joined(separator: " ")).contains(.knownOrganization),
              !isBeforeItsHeadWord(span)
        else { return span }
        return NameSpan(.person, span.tokens)
    }

    /// "[Bristol Magistrates]' Court", "[Kenya Nurses]' Guild": an organisation's head word right after the span, after a
    /// plural's apostrophe or none, shows it a cut-off part of that organisation's name.
    private func isBeforeItsHeadWord(_ span: NameSpan) -> Bool {
        var next = span.tokens.upperBound
        if next < tokens.count, ["'", "\u{2019}"].contains(tokens[next].text), tokens[next - 1].lower.hasSuffix("s") { next += 1 }
        return next < tokens.count && tokens[next].sentence == tokens[span.tokens.lowerBound].sentence && tokens[next].startsUpper
            && words.isOrgHead(tokens[next])
    }

    /// Whether the article writes `word` after "in" or "near" somewhere ("the children in Lachin"): there it names
    /// a place, whatever its ending ("from" and "to" take people too: "went to Petrosian").
    private func followsAPlacePreposition(_ word: String) -> Bool {
        tokens.indices.dropFirst().contains { tokens[$0].text == word && ["in", "near"].contains(tokens[$0 - 1].lower) }
    }

    /// "in Caucasian studies", "the Meskhetian community": a word after a preposition or article and before a
    /// lower-case noun modifies that noun; it is no one's surname.
    private func isAttributive(_ index: Int) -> Bool {
        guard index >= 1, index + 1 < tokens.count, tokens[index + 1].sentence == tokens[index].sentence,
              Self.nonPersonContext.contains(tokens[index - 1].lower) else { return false }
        return isModifiedNoun(index + 1)
    }

    /// Adverbs that may follow a name without being a noun it modifies.
    private static let adverbs: WordSet = ["also", "later", "too", "then", "now", "yesterday", "today", "tonight", "tomorrow", "again", "last", "next", "this"]

    /// The token at `index` reads as a lower-case noun a word before it can modify ("community", "government"):
    /// no connector, function word, adverb, speech verb or action verb.
    private func isModifiedNoun(_ index: Int) -> Bool {
        let next = tokens[index]
        return next.kind == .word && !next.startsUpper && !words.isConnector(next) && !RoleWords.functionWords.contains(next.lower)
            && !Self.adverbs.contains(next.lower) && !next.lower.hasSuffix("ly")
            && !SpeechVerbs.isSpeechVerb(next.lower) && !Self.actionVerbs.contains(next.lower)
    }

    /// "Malar Rajendran, [ORG Arumugam] and …": an organisation the gazetteers do not know, with no
    /// organisation head or place-type word, listed next to a person (one comma or "and" between them) is a
    /// person too.
    private func retypeNamesListedWithPeople(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .org && result[i].part == nil {
            let span = result[i].tokens
            let phrase = span.map { tokens[$0].text }.joined(separator: " ")
            guard !span.contains(where: { words.isOrgHead(tokens[$0]) || tokens[$0].isAcronymLike || words.isDemonym(tokens[$0])
                      || words.lexicon.categories(of: tokens[$0].text).contains(.placeType) }),
                  words.lexicon.categories(of: phrase).isDisjoint(with: [.place, .country, .region, .city, .knownOrganization, .commonWord]) else { continue }
            // One comma or "and" between `first` and `second`, and the other span a person.
            func listedPerson(_ other: NameSpan, between first: Range<Int>, and second: Range<Int>) -> Bool {
                guard other.type == .person, second.lowerBound == first.upperBound + 1 else { return false }
                return tokens[first.upperBound].text == "," || tokens[first.upperBound].lower == "and"
            }
            if (i > 0 && listedPerson(result[i - 1], between: result[i - 1].tokens, and: span))
                || (i + 1 < result.count && listedPerson(result[i + 1], between: span, and: result[i + 1].tokens)) {
                result[i].type = .person
            }
        }
        return result
    }

    /// "Labour Welfare" of "Labour Welfare Officer of the SLBFE": capitalized words right before a role word and
    /// its "of" are the field of a title, not a name (an acronym or a known organisation stays: "UNHCR
    /// Representative for …").
    private func isPartOfATitle(_ span: NameSpan) -> Bool {
        let isRole = { (token: Token) in token.startsUpper && (words.roleKey(token) != nil || RoleWords.heads.contains(token.lower)) && !words.isOrgHead(token) }
        // The role word after the span, or the span's own last word ("[ORG Labour Welfare Officer] of the SLBFE").
        let roleIndex = span.tokens.count >= 2 && isRole(tokens[span.tokens.upperBound - 1]) ? span.tokens.upperBound - 1 : span.tokens.upperBound
        let field = span.tokens.lowerBound..<roleIndex
        guard span.type != .place, span.part == nil, !field.isEmpty, roleIndex + 1 < tokens.count, isRole(tokens[roleIndex]),
              ["of", "at", "for"].contains(tokens[roleIndex + 1].lower), !field.contains(where: { tokens[$0].isAcronymLike }) else { return false }
        return !words.lexicon.categories(of: field.map { tokens[$0].text }.joined(separator: " ")).contains(.knownOrganization)
            && !field.contains(where: { words.isGivenName(tokens[$0]) || words.isSurname(tokens[$0]) })
    }

    /// A PERSON ending in a place-type word is a place ("Little Village"); a lone place-type word or a run
    /// holding a collective noun ("Region", "Humanitarian Affairs") or a number is no person at all. Not a given name
    /// and a surname that is also a place-type word, when the article also writes the surname alone as a
    /// person (`surnames`: "Daniel Park" … "Park said"), nor that surname alone.
    private func retypeImplausiblePerson(_ span: NameSpan, surnames: Set<String>) -> NameSpan? {
        guard span.type == .person else { return span }
        if span.tokens.contains(where: { words.isCollectiveNoun(tokens[$0]) }) { return nil }
        // "No. 14/2025": a number is no one's name.
        if span.tokens.contains(where: { tokens[$0].kind == .number || tokens[$0].text.contains(where: \.isNumber) }) { return nil }
        guard words.lexicon.categories(of: tokens[span.tokens.upperBound - 1].text).contains(.placeType),
              !surnames.contains(tokens[span.tokens.upperBound - 1].lower) || !(span.tokens.count == 1 || isGivenNameAndSurname(span)) else { return span }
        return span.tokens.count == 1 ? nil : NameSpan(.place, span.tokens)
    }

    /// A PERSON of two or three words: a given name that is no place's name or common word, and a known
    /// surname ("Daniel Park", not "Victoria Park", "Little Village" or "John Street").
    private func isGivenNameAndSurname(_ span: NameSpan) -> Bool {
        span.type == .person && (2...3).contains(span.tokens.count) && words.isGivenName(tokens[span.tokens.lowerBound])
            && words.lexicon.categories(of: tokens[span.tokens.lowerBound].text).isDisjoint(with: [.place, .country, .region, .city, .commonWord])
            && words.isSurname(tokens[span.tokens.upperBound - 1])
    }

    /// A PERSON that is a country's or a world region's name is the place ("Britain", "South Korea", "Oceania"), unless
    /// the article also uses the word inside a longer person's name ("Michael Jordan" … "Jordan said"); so is one word after
    /// "in" or "near" that names a known place and is no given name or surname ("the Centre in [Chișinău]").
    private func retypePlacesTakenForPeople(_ spans: [NameSpan]) -> [NameSpan] {
        let personWords = Set(spans.filter { $0.type == .person && $0.tokens.count >= 2 }.flatMap { $0.tokens.map { tokens[$0].lower } })
        return spans.map { span in
            guard span.type == .person, !span.tokens.contains(where: { personWords.contains(tokens[$0].lower) }) || span.tokens.count > 1
            else { return span }
            let phrase = span.tokens.map { tokens[$0].text }.joined(separator: " ")
            let places = words.lexicon.places(named: phrase)
            let afterPlacePreposition = span.tokens.count == 1 && span.tokens.lowerBound > 0
                && ["in", "near"].contains(tokens[span.tokens.lowerBound - 1].lower) && !places.isEmpty
                && words.lexicon.categories(of: phrase).isDisjoint(with: [.givenName, .surname])
            let isWorldRegion = words.lexicon.categories(of: phrase).contains(.worldRegion)
            guard places.contains(where: { $0.kind == .country }) || isWorldRegion || afterPlacePreposition || isBeforeItsRegion(span)
            else { return span }
            return NameSpan(.place, span.tokens)
        }
    }

    /// "Marloes van der Heijden", "Cornelia von Hagen", "Sanne de Groot-Yıldız": a capitalized word (after a known given
    /// name, two), the lower-case particles of a Dutch or German surname and a capitalized word are a person, whatever
    /// the tagger made of the pieces (it reads "Marloes" as the Welsh village). Not where the words name a place ("Rio de
    /// Janeiro"), nor where the last names only a place ("Universiteit van Amsterdam"; "Oliveira" is a surname too), after
    /// an organisation's or a place's head word ("Raad van State", "Laan van Meerdervoort"), where an organisation holds
    /// the first word ("Hôtel de Ville"), or where the name goes on ("Juan de Fuca Strait"). "de" alone, which Romance
    /// names of bodies and places use too ("Clube de Xadrez", "Luna de Xelajú"), only before a known surname or two
    /// joined by a hyphen.
    private func personsWithSurnameParticles(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var changed = false
        func isFirstWord(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.kind == .word && token.startsUpper && !token.isAcronymLike && !words.isOrgHead(token) && !words.opensOrganizationName(token)
                && !words.isRoleOrTitle(token) && !words.isConnector(token) && !words.isCalendarWord(token) && !words.isDemonym(token)
                && !words.lexicon.categories(of: token.text).contains(.placeType)
        }
        for particle in tokens.indices.dropFirst() {
            guard let articles = Self.surnameParticles[tokens[particle].text] else { continue }
            let first = particle - 1
            let sentence = tokens[particle].sentence
            var surname = particle + 1
            if surname < tokens.count, articles.contains(tokens[surname].text) { surname += 1 }
            guard surname < tokens.count, tokens[surname].sentence == sentence, tokens[first].sentence == sentence, isFirstWord(first),
                  words.isNameWord(tokens[surname]), tokens[surname].startsUpper, !tokens[surname].isAcronymLike,
                  !words.isOrgHead(tokens[surname]), !words.isCalendarWord(tokens[surname]),
                  !words.isPlacePhrase(tokens[surname].text) || words.lexicon.isSurname(tokens[surname].text)
            else { continue }
            // (a known given name before the first word is part of the name: "Jan Willem van Houten"; another
            // capitalized word opens a longer name: "Associação Brasileira de …", "San Pedro de …")
            var start = first
            if first > 0, tokens[first - 1].sentence == sentence, tokens[first - 1].kind == .word, tokens[first - 1].startsUpper {
                guard words.isGivenName(tokens[first - 1]), isFirstWord(first - 1) else { continue }
                start = first - 1
            }
            let name = start..<(surname + 1)
            guard !words.isPlacePhrase(name.map { tokens[$0].text }.joined(separator: " ")),
                  !result.contains(where: { $0.type == .org && $0.tokens.contains(first) })
            else { continue }
            // (a capitalized word after the surname goes on with a longer name: "Juan de Fuca Strait")
            guard surname + 1 >= tokens.count || tokens[surname + 1].sentence != sentence || !words.isNameWord(tokens[surname + 1])
            else { continue }
            if tokens[particle].text == "de" && surname == particle + 1 {
                let surnameWord = tokens[surname].text
                guard words.isSurname(tokens[surname]) || words.lexicon.isSurname("de " + surnameWord) || isDoubleBarrelled(tokens[surname])
                else { continue }
            }
            if put(.person, over: name, in: &result) { changed = true }
        }
        return changed ? result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : result
    }

    /// Particles that open Dutch and German surnames, each with the articles that may follow it.
    private static let surnameParticles: [String: Set<String>] = [
        "van": ["der", "den", "de", "het", "'t"], "von": ["der", "dem", "den"], "de": [], "ter": [], "ten": [],
    ]

    /// "outside Ballyhaunis, County Mayo", "Kiltimagh, Co. Mayo": a word that names no one on the lists, followed by a
    /// comma and a county, is a place in it.
    private func isBeforeItsRegion(_ span: NameSpan) -> Bool {
        let comma = span.tokens.upperBound
        return span.tokens.count == 1 && comma + 2 < tokens.count && tokens[comma].text == "," && ["County", "Co."].contains(tokens[comma + 1].text)
            && words.isNameWord(tokens[comma + 2]) && tokens[comma + 2].sentence == tokens[comma].sentence
            && !words.isGivenName(tokens[span.tokens.lowerBound]) && !words.lexicon.isSurname(tokens[span.tokens.lowerBound].text)
    }

    /// Two ORG spans with nothing between them are one name the tagger cut: "Henry" + "Ford College",
    /// "Brisbane" + "Bula Rugby Club" (also after organisation names are completed: "Reading Hong" + "Kong
    /// Community Network"). `spans` in text order.
    func joinAdjacentOrganizations(_ spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        for span in spans {
            if let previous = result.last, previous.type == .org, span.type == .org, previous.tokens.upperBound == span.tokens.lowerBound,
               !(previous.tokens.count == 1 && tokens[previous.tokens.lowerBound].isAcronymLike) {
                result[result.count - 1].tokens = previous.tokens.lowerBound..<span.tokens.upperBound
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// A saint's title before a name: "St", "St.", "Saint"; the Syriac churches' "Mar" ("Mar Elias Church"), the Armenian
    /// "Surp" ("Surp Karapet Church"), the South Slavic "Sveti".
    private static let saintTitles: WordSet = ["st", "st.", "saint", "mar", "surp", "sveti"]

    /// Titles of royals, rulers, religious teachers and explorers that institutions are named after with them: "Princess
    /// Alice Hospital", "King Abdulaziz University", "Guru Nanak Sports Club", "Captain Cook Memorial Hospital".
    private static let namesakeTitles: WordSet = [
        "Prince", "Princess", "Queen", "King", "Emir", "Sheikh", "Shaikh", "Sultan", "Imam", "Guru", "Mahatma", "Captain",
        "Cardinal", "Pope", "Ayatollah",
    ]

    /// Whether an organisation of `spans` already holds all of `range`.
    private func organisationHolds(_ range: Range<Int>, in spans: [NameSpan]) -> Bool {
        spans.contains { $0.type == .org && $0.tokens.lowerBound <= range.lowerBound && $0.tokens.upperBound >= range.upperBound }
    }

    /// A devotional name and the rest of a church's name are one organisation: a saint's name, "the", an epithet
    /// and a head word ("St. Gregory the Illuminator Cathedral", "Saint John the Baptist Church"), or "Our Lady",
    /// "of" ("of the") and a name ending in a head word ("Our Lady of Fatima Church", "Our Lady of the Harbor Parish"),
    /// whatever the tagger made of the parts.
    func joinSaintEpithets(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        // (a saint's name is a span of its own; "Our Lady" may be a span or untagged words)
        let saints = spans.filter { $0.part == nil && Self.saintTitles.contains(tokens[$0.tokens.lowerBound].lower) }.map(\.tokens)
        let ladies = tokens.indices.dropLast(2).filter { tokens[$0].text == "Our" && tokens[$0 + 1].text == "Lady" && tokens[$0 + 2].lower == "of" }
            .map { $0..<($0 + 2) }
        for opener in saints + ladies {
            let first = opener.lowerBound
            let isOurLady = tokens[first].text == "Our"
            let link = opener.upperBound
            // ("Our Lady of the Harbor Parish": "of the")
            let restStart = isOurLady && link + 1 < tokens.count && tokens[link + 1].lower == "the" ? link + 2 : link + 1
            guard restStart + 1 < tokens.count, tokens[link].lower == (isOurLady ? "of" : "the"), let rest = result.first(where: { $0.tokens.lowerBound == restStart }),
                  rest.type == .org, rest.part == nil, tokens[rest.tokens.upperBound - 1].sentence == tokens[first].sentence,
                  rest.tokens.contains(where: { words.isOrgHead(tokens[$0]) }) else { continue }
            result.removeAll { $0.tokens.overlaps(first..<rest.tokens.upperBound) }
            result.append(NameSpan(.org, first..<rest.tokens.upperBound))
        }
        // "Chaldean Catholic Diocese of St Thomas" + "the Apostle": an organisation's name that ends in a saint's name
        // takes the saint's epithet after it.
        for (index, span) in result.enumerated() where span.type == .org && span.part == nil && span.tokens.count >= 3 {
            let link = span.tokens.upperBound
            guard Self.saintTitles.contains(tokens[link - 2].lower), link + 1 < tokens.count, tokens[link].lower == "the",
                  words.isNameWord(tokens[link + 1]), tokens[link + 1].sentence == tokens[link].sentence,
                  link + 2 == tokens.count || !words.isNameWord(tokens[link + 2]) || tokens[link + 2].sentence != tokens[link].sentence
            else { continue }
            result[index] = NameSpan(.org, span.tokens.lowerBound..<(link + 2))
            result.removeAll { $0.tokens.lowerBound > span.tokens.lowerBound && $0.tokens.lowerBound <= link + 1 && $0.tokens.upperBound <= link + 2 }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "St. Sarkis Armenian Apostolic Church", "St Luke's Hospital", "Princess Alice Hospital", "Guru Nanak Sports Club": a
    /// saint's or a namesake's title, capitalized words (a possessive among them) and an organisation's head word are one
    /// organisation, whatever the tagger made of the parts ("[St]" a place and "[Luke]" a person); so are two saints joined
    /// by "and" ("St. Abanoub and St. Demiana Coptic Church"). The name ends at the last head word of the run.
    private func institutionsNamedForSaints(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for start in tokens.indices where tokens[start].startsUpper
            && (Self.saintTitles.contains(tokens[start].lower) || Self.namesakeTitles.contains(tokens[start].text)) {
            var end = start + 1
            while end < tokens.count, end - start <= 9, tokens[end].sentence == tokens[start].sentence,
                  words.isNameWord(tokens[end]) && !words.isRoleOrTitle(tokens[end]) || tokens[end].isPossessiveS && end > start + 1
                    || tokens[end].lower == "and" && end > start + 1 && end + 1 < tokens.count && Self.saintTitles.contains(tokens[end + 1].lower) {
                end += 1
            }
            guard end > start + 2, words.isNameWord(tokens[start + 1]),
                  let head = (start + 2..<end).last(where: { words.isOrgHead(tokens[$0]) && !tokens[$0].isPossessiveS }) else { continue }
            // (an organisation the tagger ran on past the head word keeps its end: "… Church in Calgary" is cut later)
            let taggedEnd = result.filter { $0.type == .org && $0.tokens.contains(head) }.map(\.tokens.upperBound).max() ?? 0
            let name = start..<max(head + 1, taggedEnd)
            guard !organisationHolds(name, in: result) else { continue }
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(NameSpan(.org, name))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "the Bulgarian Orthodox Church of St. [Ivan] [Rilski]", "Cathedral of Saint Sava": after an organisation's head word,
    /// "of" and a saint's title, the saint's name (up to three capitalized words) belongs to the organisation, whatever
    /// the tagger made of it, unless the title and the next word name a known place ("Community of St. Petersburg").
    private func organisationsOfSaints(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for title in tokens.indices.dropFirst(2) where Self.saintTitles.contains(tokens[title].lower) && tokens[title].startsUpper
            && tokens[title - 1].lower == "of" && words.isOrgHead(tokens[title - 2]) {
            guard let owner = result.firstIndex(where: { $0.type == .org && $0.part == nil && $0.tokens.contains(title - 2) }) else { continue }
            var end = title + 1
            while end < tokens.count, end - title <= 3, tokens[end].sentence == tokens[title].sentence, words.isNameWord(tokens[end]),
                  !words.isRoleOrTitle(tokens[end]), !words.isOrgHead(tokens[end]) { end += 1 }
            // "Azerbaijani Community of St. Petersburg": a saint's name that is a known place's is the place.
            guard end > title + 1, result[owner].tokens.upperBound < end,
                  !words.isPlacePhrase(tokens[title...(title + 1)].map(\.text).joined(separator: " ")) else { continue }
            let name = NameSpan(.org, result[owner].tokens.lowerBound..<end)
            result.removeAll { $0.tokens.overlaps(name.tokens) }
            result.append(name)
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "[Jomo Kenyatta International] Airport", "[Sydney Town Hall]": a person's name that a venue's noun follows or ends
    /// is the venue, a PLACE (the guidelines make venues optional), with the noun; so is an organisation's or a place's
    /// name that the noun follows ("Tan Son Nhat International Airport").
    func venuesTakenForPeople(_ spans: [NameSpan]) -> [NameSpan] {
        var result = venuesBeforeTheirNouns(spans)
        var merged: Set<Int> = []
        for i in result.indices where result[i].part == nil && !result[i].tokens.isEmpty {
            let span = result[i].tokens
            let last = tokens[span.upperBound - 1]
            if result[i].type == .person, span.count >= 3, last.text == "Hall", ["Town", "City"].contains(tokens[span.upperBound - 2].text) {
                result[i] = NameSpan(.place, span)
                continue
            }
            let noun = span.upperBound
            guard noun < tokens.count, tokens[noun].sentence == last.sentence, Self.venueNouns.contains(tokens[noun].text),
                  !result.contains(where: { $0.tokens.contains(noun) && $0.tokens != noun..<(noun + 1) }) else { continue }
            result[i] = NameSpan(result[i].type == .person ? .place : result[i].type, span.lowerBound..<(noun + 1))
            merged.insert(noun)
        }
        // (the noun the tagger took for a name of its own went into the venue's)
        return result.filter { span in span.tokens.count != 1 || !merged.contains(span.tokens.lowerBound) }
    }

    /// Nouns of venues written after their names, capitalized.
    private static let venueNouns: WordSet = ["Airport", "Stadium", "Arena"]

    /// "King Abdulaziz International Airport", "Toronto Pearson International Airport": the capitalized words before a
    /// venue's noun (titles, people's and places' names among them) and the noun are one place, in place of the pieces
    /// the tagger found; a span of just those words stays as it is (an organisation, or a person named "Giuseppe Arena"),
    /// and a span reaching beyond them keeps them ("the Dublin Airport Authority").
    private func venuesBeforeTheirNouns(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var changed = false
        for noun in tokens.indices where Self.venueNouns.contains(tokens[noun].text) {
            var start = noun
            while start > 0, tokens[start - 1].sentence == tokens[noun].sentence, tokens[start - 1].kind == .word, tokens[start - 1].startsUpper,
                  !RoleWords.functionWords.contains(tokens[start - 1].lower), !words.isCalendarWord(tokens[start - 1]) {
                start -= 1
            }
            let venue = start..<(noun + 1)
            // (a person the tagger found over all the words bears the noun's word as a name: "Giuseppe Arena")
            guard start < noun, !result.contains(where: { $0.tokens == venue }) else { continue }
            if put(.place, over: venue, in: &result) { changed = true }
        }
        return changed ? result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : result
    }

    /// "[British Educational Research Association conference in Newcastle]": a lower-case noun after a complete name
    /// (one ending in an organisation's head word) is no part of it ("the Association conference", "Council members");
    /// the name ends there, and a known place after "in"/"at" in the rest is a place.
    private func cutAtNounAfterName(_ span: NameSpan) -> [NameSpan] {
        guard span.type == .org, span.part == nil, span.tokens.count >= 3,
              let noun = span.tokens.dropFirst(2).first(where: { index in
                  let token = tokens[index]
                  return token.kind == .word && !token.startsUpper && token.text.unicodeScalars.first.map(Token.isAlphabetic) == true
                      && !words.isConnector(token) && !RoleWords.functionWords.contains(token.lower) && !words.isCollectiveNoun(token)
                      && !words.isNameParticle(token)
              }),
              words.isOrgHead(tokens[noun - 1]) else { return [span] }
        var result = [NameSpan(.org, span.tokens.lowerBound..<noun)]
        if noun + 2 < span.tokens.upperBound, ["in", "at"].contains(tokens[noun + 1].lower),
           words.isPlacePhrase(tokens[(noun + 2)..<span.tokens.upperBound].map(\.text).joined(separator: " ")) {
            result.append(NameSpan(.place, (noun + 2)..<span.tokens.upperBound))
        }
        return result
    }

    /// "the Massachusetts Attorney General's Office", "Plymouth County District Attorney's Office", "the Mayor's Office":
    /// a title in the possessive before capitalized words ending in an organisation's head word names that office,
    /// with the capitalized words before the title (a place, the title's other words), whatever the tagger made of
    /// them. The run stops at "the", at the sentence's start and at a person's name.
    private func officesOfTitles(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for mark in tokens.indices.dropFirst() where tokens[mark].isPossessiveS && tokens[mark - 1].startsUpper && words.isRoleOrTitle(tokens[mark - 1])
            && !words.isHonorific(tokens[mark - 1]) {
            var end = mark + 1
            while end < tokens.count, end - mark <= 3, tokens[end].sentence == tokens[mark].sentence, words.isNameWord(tokens[end]) { end += 1 }
            guard end > mark + 1, words.isOrgHead(tokens[end - 1]), !words.isRoleOrTitle(tokens[end - 1]) else { continue }
            var start = mark - 1
            while start - 1 >= 0, mark - start < 5, tokens[start - 1].sentence == tokens[mark].sentence, words.isNameWord(tokens[start - 1]),
                  tokens[start - 1].lower != "the", !result.contains(where: { $0.type == .person && $0.tokens.contains(start - 1) }) { start -= 1 }
            let office = start..<end
            guard !organisationHolds(office, in: result) else { continue }
            result.removeAll { $0.tokens.overlaps(office) }
            result.append(NameSpan(.org, office))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A name, "'s", and capitalized words ending in an organisation head are one organisation:
    /// "St Brendan" + "'s College", "Uzbek Women" + "'s Council", "Texas Children" + "'s Hospital". Not after a
    /// country ("Malaysia's Department of Labour" keeps the country apart).
    private func joinPossessiveNames(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var i = 0
        while i < result.count {
            let span = result[i]
            let mark = span.tokens.upperBound
            i += 1
            let first = tokens[span.tokens.lowerBound]
            // A "person" that opens with a saint's title or with a place ("Texas Children").
            guard span.type != .person || Self.saintTitles.contains(first.lower) || words.isPlacePhrase(first.text),
                  mark + 1 < tokens.count, tokens[mark].isPossessiveS,
                  // "Scottish Parliament's Equalities Committee", "the Senate's Standing Commission": a body before the
                  // mark owns a unit; two names.
                  !(span.type == .org && words.ownsUnits(tokens[span.tokens])),
                  !words.lexicon.places(named: span.text(in: document)).contains(where: { $0.kind == .country }) else { continue }
            var end = mark + 1
            while end < tokens.count, end - mark <= 4, tokens[end].sentence == tokens[mark].sentence, words.isNameWord(tokens[end]) { end += 1 }
            guard end > mark + 1, words.isOrgHead(tokens[end - 1]) else { continue }
            let joined = span.tokens.lowerBound..<end
            result.removeAll { $0 != span && $0.tokens.overlaps(joined) && $0.tokens.lowerBound > span.tokens.lowerBound }
            if let index = result.firstIndex(of: span) { result[index] = NameSpan(.org, joined) }
            i = (result.firstIndex(of: NameSpan(.org, joined)) ?? i) + 1
        }
        return result
    }

    /// "the [Nepal–Malaysia] route", "the [Mexico–US] corridor": known places joined by dashes, whatever the tagger typed
    /// the run, are those places.
    private func splitPlacesJoinedByDashes(_ span: NameSpan) -> [NameSpan] {
        guard span.type != .place, span.part == nil, span.tokens.contains(where: { tokens[$0].kind == .dash }) else { return [span] }
        var places: [NameSpan] = []
        var start = span.tokens.lowerBound
        for index in span.tokens.lowerBound...span.tokens.upperBound where index == span.tokens.upperBound || tokens[index].kind == .dash {
            guard index > start, words.isPlacePhrase(tokens[start..<index].map(\.text).joined(separator: " ")) else { return [span] }
            places.append(NameSpan(.place, start..<index))
            start = index + 1
        }
        return places.count >= 2 ? places : [span]
    }

    /// A demonym is no word of a person's name: "St. Louis Bosnians Mark …" and "Logan Tongan Warriors"
    /// lose the demonym, and a remaining piece stays a PERSON only if it still reads as a name.
    private func splitAtDemonyms(_ span: NameSpan) -> [NameSpan] {
        guard span.type == .person, span.tokens.count >= 2, span.tokens.contains(where: { words.isDemonym(tokens[$0]) }) else { return [span] }
        var pieces: [NameSpan] = []
        var start = span.tokens.lowerBound
        for index in span.tokens where words.isDemonym(tokens[index]) || index == span.tokens.upperBound - 1 {
            let end = words.isDemonym(tokens[index]) ? index : index + 1
            if end > start, looksLikePersonName(start..<end) { pieces.append(NameSpan(.person, start..<end)) }
            start = index + 1
        }
        return pieces
    }

    /// Two complete organisation names joined by "and" are two organisations: "UNHCR and IOM",
    /// "Wayne State University and Henry Ford College", "FC Dardania and FC Ilirida" (each side an
    /// acronym or holding a head word, no two plural nouns after "of" around "and", and no head word the two sides
    /// share); a person's name after "and" is a person.
    private func splitJoinedOrganizations(_ span: NameSpan) -> [NameSpan] {
        guard span.type == .org, let and = span.tokens.dropFirst().dropLast().first(where: { tokens[$0].lower == "and" }) else { return [span] }
        let left = span.tokens.lowerBound..<and
        var right = (and + 1)..<span.tokens.upperBound
        // "Society of Cologne and of the Caspian Business Club": "and of" starts a second name; so does "and at",
        // "and in" …, whose place or body is never inside one name ("Saint Sava Cathedral and at St. George's Church").
        let afterAnd = tokens[right.lowerBound].lower
        let prepositionFollows = Self.prepositionsAfterAnd.contains(afterAnd)
        if afterAnd == "of" || prepositionFollows, right.count > 1 { right = (right.lowerBound + 1)..<right.upperBound }
        if tokens[right.lowerBound].lower == "the", right.count > 1 { right = (right.lowerBound + 1)..<right.upperBound }
        if prepositionFollows, isComplete(left) {
            return [NameSpan(.org, left)] + (words.isNameWord(tokens[right.lowerBound]) ? [NameSpan(.org, right)] : [])
        }
        func isComplete(_ part: Range<Int>) -> Bool {
            (part.count == 1 && tokens[part.lowerBound].isAcronymLike)
                || (words.isNameWord(tokens[part.lowerBound]) && part.contains { words.isOrgHead(tokens[$0]) })
        }
        // "Ministry of Foreign Affairs and Regional Integration and the Bank of Ghana": a complete name after the last "and
        // the" is a second name, whatever "and" comes before it.
        if let andThe = span.tokens.dropFirst().dropLast(3).last(where: { tokens[$0].lower == "and" && tokens[$0 + 1].lower == "the" }),
           andThe > and, case let first = span.tokens.lowerBound..<andThe, case let second = (andThe + 2)..<span.tokens.upperBound,
           isComplete(first), isComplete(second) {
            return splitJoinedOrganizations(NameSpan(.org, first)) + [NameSpan(.org, second)]
        }
        guard isComplete(left) else { return [span] }
        // "Association of Lebanese Engineers and Architects of Quebec": two plural nouns around "and" are the members
        // one name lists.
        let pluralPair = [and - 1, and + 1].allSatisfy { tokens[$0].startsUpper && !tokens[$0].isAcronymLike && tokens[$0].lower.hasSuffix("s") }
            && (left.lowerBound..<(and - 1)).contains { tokens[$0].lower == "of" }
        // "Ministry of Foreign and Diaspora Affairs", "Ministry of Health and Social Services": a word after "of" and the
        // words after "and" share the head word that ends the name (not after a place: "University of Toronto and York
        // University"; not with "the" or "of" after "and", nor before an "of" of its own: "… of Justice and Federal
        // Bureau of Investigation").
        let sharedHead = and >= 2 && tokens[and - 2].lower == "of" && !words.isOrgHead(tokens[and - 1]) && !words.isPlacePhrase(tokens[and - 1].text)
            && right.count <= 3 && right.lowerBound == and + 1 && !right.contains { tokens[$0].lower == "of" || tokens[$0].isAcronymLike }
        if isComplete(right), !pluralPair, !sharedHead { return [NameSpan(.org, left), NameSpan(.org, right)] }
        return isPersonName(right) ? [NameSpan(.org, left), NameSpan(.person, right)] : [span]
    }

    /// "University of Cologne and Zarghuna Wardak-Sultani": a name with a head word, "and" and a person's name is an
    /// organisation and a person (also where the tagger cut the person's name and the cut was joined back).
    private func splitOrganizationAndPerson(_ span: NameSpan) -> [NameSpan] {
        guard span.type == .org, let and = span.tokens.dropFirst().dropLast().last(where: { tokens[$0].lower == "and" }) else { return [span] }
        let left = span.tokens.lowerBound..<and, right = (and + 1)..<span.tokens.upperBound
        guard words.isNameWord(tokens[left.lowerBound]), left.contains(where: { words.isOrgHead(tokens[$0]) }), isPersonName(right) else { return [span] }
        return [NameSpan(.org, left), NameSpan(.person, right)]
    }

    /// Two or more name words that read as a person's name and no word of anything else ("Zarghuna Wardak-Sultani").
    func isPersonName(_ range: Range<Int>) -> Bool {
        range.count >= 2 && couldBePersonName(range) && (looksLikePersonName(range) || isDoubleBarrelled(tokens[range.upperBound - 1]))
            && range.allSatisfy({ words.isNameWord(tokens[$0]) && words.lexicon.categories(of: tokens[$0].text).isSubset(of: [.givenName, .surname]) })
    }

    /// Prepositions that after "and" open a second phrase, never the rest of one name ("… and at St. George's").
    private static let prepositionsAfterAnd: WordSet = ["at", "in", "to", "from", "with", "by", "on", "into", "through", "near"]

    /// Verbs of action whose subject is a person: "Seagal made headlines".
    private static let actionVerbs: WordSet = ["made", "became", "founded", "joined", "moved", "studied", "lives", "works", "worked", "runs"]
    /// Prepositions and articles after which a name is no person, whatever word follows ("residents of X
    /// said", "the Baltic states").
    private static let nonPersonContext: WordSet = ["in", "of", "from", "to", "at", "near", "across", "around", "outside", "inside", "via", "into", "through", "for", "the", "a", "an"]

    /// A lone word tagged PLACE that no gazetteer knows (nor any part of it: "Asia-Plus") and that stands
    /// where people stand, at this or another occurrence in the article, is a PERSON: a word of a
    /// person's name in the same article, the subject of a speech or action verb ("Sagal says"), the
    /// speaker after one ("said Dündar."), a name in apposition with a role ("Sagal, a member of …"),
    /// or a given name joined by "and" to a person ("Zarina and [PERSON Aigul Nurlanovs]").
    private func retypeUnknownPlacesStandingForPeople(_ spans: [NameSpan]) -> [NameSpan] {
        let personWords = Set(spans.filter { $0.type == .person && $0.tokens.count >= 2 }.flatMap { $0.tokens.map { tokens[$0].text } })
        let personStarts = Set(spans.filter { $0.type == .person }.map(\.tokens.lowerBound))
        func lower(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].lower : "" }
        func standsForPerson(_ index: Int) -> Bool {
            guard !(index + 1 < tokens.count && words.isNameWord(tokens[index + 1])) else { return false }
            let next = lower(index + 1)
            let isSubject = isSubjectOfVerb(index)
            let isSpeaker = SpeechVerbs.isSpeechVerb(lower(index - 1)) && [".", ","].contains(next)
            let isAppositive = next == "," && ["a", "an"].contains(lower(index + 2)) && index + 3 < tokens.count && words.isRoleOrTitle(tokens[index + 3])
            let isCoordinated = next == "and" && words.isGivenName(tokens[index]) && personStarts.contains(index + 2)
            return isSubject || isSpeaker || isAppositive || isCoordinated
        }
        return spans.map { span in
            guard span.type == .place, span.part == nil, span.tokens.count == 1 else { return span }
            let token = tokens[span.tokens.lowerBound]
            let isUnknown = { (word: Substring) in
                words.lexicon.places(named: String(word)).isEmpty
                    && words.lexicon.categories(of: String(word)).isDisjoint(with: [.place, .country, .region, .city, .demonym, .orgHead, .knownOrganization, .placeType, .commonWord])
            }
            guard !token.isAcronymLike, isUnknown(Substring(token.text)), token.text.split(separator: "-").allSatisfy(isUnknown) else { return span }
            let occurrences = tokens.indices.filter { tokens[$0].text == token.text }
            guard personWords.contains(token.text) || occurrences.contains(where: standsForPerson) else { return span }
            return NameSpan(.person, span.tokens)
        }
    }

    /// A lone known place (no country) that is the family name of a person the article names in full is that person where
    /// it is the subject of a verb ("Chaudhry Muhammad Arshad Gondal … Gondal thanked members"), and only there: "from
    /// Gondal" stays the town. Runs after the completions that put the full names together.
    private func retypeFamilyNamesTakenForPlaces(_ spans: [NameSpan]) -> [NameSpan] {
        let familyNames = Set(spans.filter { $0.type == .person && $0.tokens.count >= 2 }.map { tokens[$0.tokens.upperBound - 1].text })
        return joinFamilyNames(familyNames, in: spans).map { span in
            let index = span.tokens.lowerBound
            guard span.type == .place, span.part == nil, span.tokens.count == 1, familyNames.contains(tokens[index].text),
                  !tokens[index].isAcronymLike, !words.isDemonym(tokens[index]), index + 1 < tokens.count,
                  tokens[index + 1].sentence == tokens[index].sentence, isSubjectOfVerb(index, pastTense: true),
                  !words.lexicon.places(named: tokens[index].text).contains(where: { $0.kind == .country }) else { return span }
            return NameSpan(.person, span.tokens)
        }
    }

    /// "[Tendai] [PLACE Moyo] RN came …" where the article names "Nyasha Moyo": a one-word place or organisation right after
    /// a person's name, written as the family name of another person of the article, ends this person's name too.
    private func joinFamilyNames(_ familyNames: Set<String>, in spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        for span in spans {
            if let previous = result.last, previous.type == .person, span.type != .person, previous.part == nil, span.part == nil,
               span.tokens.count == 1, previous.tokens.upperBound == span.tokens.lowerBound, previous.tokens.count <= 2,
               familyNames.contains(tokens[span.tokens.lowerBound].text), !tokens[span.tokens.lowerBound].isAcronymLike,
               tokens[previous.tokens.lowerBound].sentence == tokens[span.tokens.lowerBound].sentence {
                result[result.count - 1] = NameSpan(.person, previous.tokens.lowerBound..<span.tokens.upperBound)
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// Whether the name at token `index` is the subject of the verb after it: a speech or action verb ("Sagal says"; with
    /// `pastTense`, any "-ed" form too: "Gondal thanked"), and no preposition or article before it ("residents of X said").
    private func isSubjectOfVerb(_ index: Int, pastTense: Bool = false) -> Bool {
        let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
        let previous = index > 0 ? tokens[index - 1].lower : ""
        let isVerb = SpeechVerbs.isSpeechVerb(next) || Self.actionVerbs.contains(next) || pastTense && next.hasSuffix("ed") && next.count > 4
        return isVerb && !Self.nonPersonContext.contains(previous)
    }

    /// "told Al Jazeera", "told the Biscayne Ledger": whom one tells is no place; a name there that no gazetteer
    /// knows as a place is the outlet or body told.
    private func retypePlaceTold(_ span: NameSpan) -> NameSpan {
        guard span.type == .place, span.part == nil, var before = Optional(span.tokens.lowerBound - 1), before >= 0 else { return span }
        if tokens[before].lower == "the", before >= 1 { before -= 1 }
        let text = span.text(in: document)
        guard tokens[before].lower == "told", tokens[before].sentence == tokens[span.tokens.lowerBound].sentence,
              !words.isPlacePhrase(text), words.lexicon.places(named: text).isEmpty else { return span }
        return NameSpan(.org, span.tokens)
    }

    /// "Nokuthula Sibanda, 34, a care worker", "Eighty-one-year-old Mere Tabuya": a name given an age is a person's.
    private func retypeNameWithAge(_ span: NameSpan) -> NameSpan {
        guard span.type != .person, span.part == nil, span.tokens.count <= 4 else { return span }
        let start = span.tokens.lowerBound, end = span.tokens.upperBound
        let agedAfter = isAgeApposition(at: end)
        let agedBefore = start > 0 && tokens[start - 1].lower.hasSuffix("-year-old") && tokens[start - 1].sentence == tokens[start].sentence
        guard agedAfter && span.tokens.count >= 2 || agedBefore, !span.tokens.contains(where: { words.isOrgHead(tokens[$0]) }) else { return span }
        return NameSpan(.person, span.tokens)
    }

    /// ", 52,", ", 52)" or ", a 52-year-old" at `index`: an age given after a name.
    private func isAgeDescription(at index: Int) -> Bool {
        isAgeApposition(at: index) || index + 2 < tokens.count && tokens[index].text == "," && ["a", "an"].contains(tokens[index + 1].lower)
            && tokens[index + 2].lower.hasSuffix("-year-old")
    }

    /// "with the support of Europol", "an Interpol red notice", "a newsreader at [Al] Jazeera": capitalized words that the
    /// lexicon knows as an organisation's name, and as no place, ordinary word or person's name, are that organisation,
    /// in place of the spans the tagger found inside them; a span that reaches beyond the words keeps them.
    private func addKnownOrganisations(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var changed = false
        var lookup = PhraseLookup(lexicon: words.lexicon)
        var index = 0
        while index < tokens.count {
            // (the lexicon's keys leave out "the"; another determiner opens a name only where the name holds it: "An
            // Garda Síochána")
            guard tokens[index].startsUpper, tokens[index].kind == .word, !words.isConnector(tokens[index]), tokens[index].lower != "the" else {
                index += 1
                continue
            }
            // (grown one token at a time: the lookup says when no name of the lexicon begins with the words so far)
            lookup.reset()
            var longest: Int?
            var end = index
            while end < min(tokens.count, index + 4), tokens[end].kind == .word, tokens[end].sentence == tokens[index].sentence,
                  tokens[end].startsUpper || words.isConnector(tokens[end]), lookup.extend(with: tokens[end].text) {
                end += 1
                if tokens[end - 1].startsUpper, lookup.categories().contains(.knownOrganization) { longest = end - index }
            }
            if longest == 1, words.lexicon.isOrdinaryWord(tokens[index].text) || words.isGivenName(tokens[index]) || words.isSurname(tokens[index]) {
                longest = nil
            }
            if let length = longest, words.isPlacePhrase((index..<(index + length)).map { tokens[$0].text }.joined(separator: " ")) {
                longest = nil
            }
            let name = index..<(index + (longest ?? 0))
            guard longest != nil, put(.org, over: name, in: &result) else {
                index += 1
                continue
            }
            changed = true
            index = name.upperBound
        }
        return changed ? result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : result
    }

    /// "CargoDost", "NurseBridge", "LinkedIn" (``WordClasses/isBrandName(_:)``): a company's, an app's or a platform's
    /// name, an organisation where no span holds it or the tagger read it as a person; not a hashtag or a handle
    /// ("#BooksNotBoxes"), nor a place the gazetteer knows.
    private func brandNames(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        let covered = coverage(of: spans)
        var added = false
        for index in tokens.indices where tokens[index].startsUpper && WordClasses.isBrandName(tokens[index]) {
            guard index == 0 || !["#", "@"].contains(tokens[index - 1].text) || tokens[index - 1].range.upperBound < tokens[index].range.lowerBound,
                  !words.isPlacePhrase(tokens[index].text) else { continue }
            if !covered[index] {
                result.append(NameSpan(.org, index..<(index + 1)))
                added = true
            } else if let person = result.firstIndex(where: { $0.type == .person && $0.tokens == index..<(index + 1) }) {
                result[person] = NameSpan(.org, result[person].tokens)
            }
        }
        return added ? result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : result
    }

    /// "the 3rd Separate Assault Brigade", "101st Airborne Division", "1st Battalion The Royal Gurkha Rifles", "Royal Wessex
    /// Fusiliers": capitalized words that end in a military unit's word, after an ordinal or two words or more, name the
    /// unit, an organisation, whatever spans the tagger found inside them; a span reaching beyond the words stays.
    private func militaryUnits(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var changed = false
        var start = 0
        while start < tokens.count {
            let ordinal = tokens[start].kind == .number && Self.isOrdinal(tokens[start].text)
            guard ordinal || tokens[start].kind == .word && tokens[start].startsUpper && tokens[start].lower != "the" else {
                start += 1
                continue
            }
            var end = start + 1
            var unitEnd: Int?
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence, tokens[end].kind == .word,
                  tokens[end].startsUpper || tokens[end].text == "'s" {
                if ordinal ? Self.unitWords.contains(tokens[end].text) : Self.regimentalWords.contains(tokens[end].text) { unitEnd = end + 1 }
                end += 1
            }
            guard let unitEnd, ordinal || unitEnd - start >= 2 else {
                start = end
                continue
            }
            if put(.org, over: start..<unitEnd, in: &result) { changed = true }
            start = end
        }
        return changed ? result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : result
    }

    /// "the Mercer House Tenants' Association", "Harris Park Traders' Association", "Tulse Vale Tenants' and Residents'
    /// Association": a group's plural possessive between capitalized words and one to three more that end in an
    /// organisation's head word names that organisation, whatever spans the tagger found inside; a span reaching beyond the
    /// words stays. The possessor is no person's name ("Nicholas' Group" is left alone); a heading's words are left alone,
    /// and so is a name the article writes longer as an organisation elsewhere, which propagation finds whole.
    private func groupPossessiveNames(_ spans: [NameSpan]) -> [NameSpan] {
        let marks = tokens.indices.dropFirst().filter { tokens.isPluralPossessiveMark(at: $0) }
        guard !marks.isEmpty else { return spans }
        var result = spans
        var changed = false
        let headings = headingParagraphs()
        let organisationForms = spans.filter { $0.type == .org }.map { $0.tokens.map { tokens[$0].text } }
        func isInnerWord(_ index: Int, _ sentence: Int) -> Bool {
            let token = tokens[index]
            return token.sentence == sentence && words.isNameWord(token) && token.lower != "the" && !words.isRoleOrTitle(token)
                && !words.isDescribingCompound(token)
        }
        for mark in marks where !headings.contains(where: { $0.contains(mark) }) {
            let possessor = tokens[mark - 1]
            guard possessor.startsUpper, !possessor.isAllCaps, !words.isGivenName(possessor), !words.isSurname(possessor), mark + 1 < tokens.count
            else { continue }
            let sentence = possessor.sentence
            // (a second group joined by "and": "Tenants' and Residents' Association")
            var nameStart = mark + 1
            if nameStart + 2 < tokens.count, tokens[nameStart].lower == "and", isInnerWord(nameStart + 1, sentence),
               tokens.isPluralPossessiveMark(at: nameStart + 2) {
                nameStart += 3
            }
            var end = nameStart
            var headEnd: Int?
            while end < tokens.count, end - nameStart < 3, isInnerWord(end, sentence) {
                if words.isOrgHead(tokens[end]) { headEnd = end + 1 }
                end += 1
            }
            guard let headEnd else { continue }
            var start = mark - 1
            while start > 0, mark - start < 4, isInnerWord(start - 1, sentence), !words.isConnector(tokens[start - 1]) { start -= 1 }
            let name = start..<headEnd
            let form = name.map { tokens[$0].text }
            guard !organisationForms.contains(where: { $0.count > form.count && $0.starts(with: form) }) else { continue }
            if put(.org, over: name, in: &result) { changed = true }
        }
        return changed ? result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : result
    }

    /// Puts a name of `type` over `name` in place of the spans that start inside it, unless a span reaches beyond the words
    /// or the name is there already; whether it did.
    private func put(_ type: EntityType, over name: Range<Int>, in result: inout [NameSpan]) -> Bool {
        guard !result.contains(where: { $0.spills(outOf: name) || $0.type == type && $0.tokens == name }) else { return false }
        result.removeAll { name.contains($0.tokens.lowerBound) }
        result.append(NameSpan(type, name))
        return true
    }

    /// "Lake Beleu", "River Don", "Mount Khvamli", "Kings River", "the Central Marshes", "Lower Prut Biosphere Reserve": a
    /// feature's word before one or two capitalized words or after one to three (no role or organisation head word among
    /// them) names a place, whatever spans the tagger found inside; a span reaching beyond the words stays ("Mount Sinai
    /// Hospital").
    private func naturalFeatures(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var changed = false
        func isNameWord(_ index: Int, sentence: Int) -> Bool {
            let token = tokens[index]
            return token.sentence == sentence && token.kind == .word && token.startsUpper && token.lower != "the" && !words.isRoleOrTitle(token)
                && !words.isOrgHead(token) && !Self.featureAfter.contains(token.text)
                && !(index + 1 < tokens.count && Self.twoWordFeatures.contains([token.text, tokens[index + 1].text]))
        }
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].startsUpper {
            let sentence = tokens[index].sentence
            // "Lake Beleu": the feature's word first.
            func featureFirst() -> Range<Int>? {
                guard Self.featureBefore.contains(tokens[index].text) else { return nil }
                // (after a name word the feature's word is inside a longer name: "Salt Lake City")
                guard index == 0 || !isNameWord(index - 1, sentence: sentence) else { return nil }
                // (a title opens after a quotation mark: "\"The River Remembers\", a documentary")
                var before = index - 1
                if before >= 0, tokens[before].lower == "the" { before -= 1 }
                guard before < 0 || tokens[before].kind != .quote else { return nil }
                var end = index + 1
                while end < tokens.count, end - index <= 2, isNameWord(end, sentence: sentence), !Self.featureBefore.contains(tokens[end].text) { end += 1 }
                return end > index + 1 ? index..<end : nil
            }
            // "Kings River", "Pic Macaya National Park": the feature's word last.
            func featureLast() -> Range<Int>? {
                let end: Int
                if Self.featureAfter.contains(tokens[index].text) {
                    end = index + 1
                } else if index + 1 < tokens.count, Self.twoWordFeatures.contains([tokens[index].text, tokens[index + 1].text]) {
                    end = index + 2
                } else {
                    return nil
                }
                var start = index
                while start > 0, index - start < 3, isNameWord(start - 1, sentence: sentence) { start -= 1 }
                // (a sentence's first word may be no name: "Along Kings River …")
                if start < index, start == 0 || tokens[start - 1].sentence != sentence,
                   words.lexicon.isOrdinaryWord(tokens[start].lower) {
                    start += 1
                }
                // ("Helena Marsh", a given name and a feature's word the tagger read as a person, is one)
                guard start < index, !(index - start == 1 && words.isGivenName(tokens[start])
                                         && result.contains(where: { $0.type == .person && $0.tokens == start..<end })) else { return nil }
                return start..<end
            }
            let feature = featureFirst() ?? featureLast()
            // (a span that runs into the feature from ordinary words before it is the tagger's: "[Along Kings] River")
            func runsIn(_ span: NameSpan, to feature: Range<Int>) -> Bool {
                span.type != .place && span.tokens.lowerBound < feature.lowerBound && span.tokens.upperBound > feature.lowerBound
                    && span.tokens.upperBound <= feature.upperBound
                    && (span.tokens.lowerBound..<feature.lowerBound).allSatisfy { words.lexicon.isOrdinaryWord(tokens[$0].lower) }
            }
            // (a name that goes on after the feature is another's: "Green Gorge Alliance", "Mount Druitt Tongan Warriors")
            guard let feature, feature.upperBound == tokens.count || tokens[feature.upperBound].sentence != sentence
                    || !(tokens[feature.upperBound].kind == .word && tokens[feature.upperBound].startsUpper),
                  !result.contains(where: { $0.type == .place && $0.tokens == feature }),
                  !result.contains(where: { $0.spills(outOf: feature) && !runsIn($0, to: feature) })
            else { continue }
            result.removeAll { feature.contains($0.tokens.lowerBound) || runsIn($0, to: feature) }
            result.append(NameSpan(.place, feature))
            changed = true
        }
        return changed ? result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : result
    }

    /// Words of natural features written before their names: "Lake Beleu", "River Don", "Mount Khvamli".
    private static let featureBefore: WordSet = ["Lake", "River", "Mount", "Mt", "Mt."]
    /// Words of natural features written after their names: "Kings River", "Mesopotamian Marshes".
    private static let featureAfter: WordSet = [
        "River", "Mountains", "Marsh", "Marshes", "Wetlands", "Glacier", "Gorge", "Canyon", "Falls", "Peninsula", "Plateau", "Steppe",
    ]
    /// Natural features in two words written after their names: "Pic Macaya National Park", "Lower Prut Biosphere Reserve".
    private static let twoWordFeatures: Set<[String]> = [
        ["National", "Park"], ["Natural", "Park"], ["Nature", "Reserve"], ["Biosphere", "Reserve"], ["Game", "Reserve"], ["Marine", "Park"],
        ["Regional", "Park"], ["Forest", "Reserve"],
    ]

    /// "3rd", "101st", "24th".
    private static func isOrdinal(_ text: String) -> Bool {
        let suffix = text.drop { $0.isASCII && $0.isNumber }
        return suffix.count < text.count && ["st", "nd", "rd", "th"].contains(String(suffix))
    }

    /// Words that end a military unit's name after an ordinal ("24th Mechanized Brigade", "101st Airborne Division").
    private static let unitWords: WordSet = regimentalWords.union([
        "Division", "Corps", "Fleet", "Army", "Guards", "Artillery", "Infantry", "Battery", "Company", "Wing", "Commando", "Detachment", "Group",
    ])

    /// Words that end a military unit's name of two words or more with no ordinal ("Royal Wessex Fusiliers", "Aragvi Volunteer
    /// Battalion", "Queen's Gurkha Signals").
    private static let regimentalWords: WordSet = [
        "Brigade", "Brigades", "Battalion", "Regiment", "Rifles", "Fusiliers", "Signals", "Squadron", "Legion", "Dragoons", "Hussars", "Lancers", "Grenadiers",
    ]

    /// "Europol", "Interpol", "Amnesty International", "UN": a name the lexicon knows as an organisation's, and as no
    /// place's, is an organisation, whatever the tagger typed it. An acronym in capitals is the organisation's even where
    /// a place is spelled with its letters (the town of Ūn is no "UN").
    private func retypeKnownOrganisation(_ span: NameSpan) -> NameSpan {
        guard span.type != .org, span.part == nil, span.tokens.count <= 4 else { return span }
        let text = span.text(in: document)
        let acronym = span.tokens.count == 1 && tokens[span.tokens.lowerBound].isAcronymLike && tokens[span.tokens.lowerBound].isAllCaps
        guard words.lexicon.categories(of: text).contains(.knownOrganization), acronym || !words.isPlacePhrase(text) else { return span }
        return NameSpan(.org, span.tokens)
    }

    /// "the [Komitas] Memorial", "the [Sürgün] [Memorial] Stone": a person's name before a monument's noun names the
    /// monument, a place (with the name right before a "person" made of monument nouns only).
    private func monumentsNamedAfterPeople(_ spans: [NameSpan]) -> [NameSpan] {
        let starts = Set(spans.map(\.tokens.lowerBound))
        var result: [NameSpan] = []
        for span in spans {
            guard span.type == .person, span.part == nil, span.tokens.count <= 4 else {
                result.append(span)
                continue
            }
            var start = span.tokens.lowerBound, end = span.tokens.upperBound
            while end < tokens.count, end - span.tokens.upperBound < 2, !starts.contains(end), tokens[end].sentence == tokens[start].sentence,
                  Self.monumentNouns.contains(tokens[end].text) {
                end += 1
            }
            if span.tokens.allSatisfy({ Self.monumentNouns.contains(tokens[$0].text) }) {
                guard let previous = result.last, previous.part == nil, previous.tokens.upperBound == start, previous.type != .person else { continue }
                start = previous.tokens.lowerBound
                result.removeLast()
            }
            let hasNoun = (start + 1..<end).contains { Self.monumentNouns.contains(tokens[$0].text) }
            result.append(hasNoun ? NameSpan(.place, start..<end) : span)
        }
        return result
    }

    /// Capitalized nouns of monuments after the name they carry.
    private static let monumentNouns: WordSet = ["Memorial", "Monument", "Statue", "Mausoleum", "Stone", "Complex", "Cenotaph"]

    /// "his wife, Rūta", "their son Arun", "his sons, Arben and Pjetër", "their children Chris and Katerina": capitalized
    /// words right after a kin word in lower case, alone or listed with commas and "and", are people, whatever the tagger
    /// made of them (one to three words each; a title, calendar word, acronym, demonym or "I" ends the list). A person the tagger found
    /// there stays as it is, and so does a name of another type that runs past the words.
    private func addNamesAfterKinWords(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for kin in tokens.indices.dropLast() where Self.kinWords.contains(tokens[kin].text) {
            var cursor = tokens[kin + 1].text == "," ? kin + 2 : kin + 1
            while cursor < tokens.count, tokens[cursor].sentence == tokens[kin].sentence {
                var end = cursor
                while end < tokens.count, end - cursor < 3, tokens[end].sentence == tokens[kin].sentence, tokens[end].startsUpper,
                      words.isNameWord(tokens[end]), !words.isRoleOrTitle(tokens[end]), !words.isCalendarWord(tokens[end]), !tokens[end].isAcronymLike,
                      !words.isDemonym(tokens[end]), tokens[end].text != "I" {
                    end += 1
                }
                guard end > cursor else { break }
                let name = cursor..<end
                if !result.contains(where: { $0.tokens.overlaps(name) && ($0.type == .person || !name.contains($0.tokens)) }) {
                    result.removeAll { name.contains($0.tokens) }
                    result.append(NameSpan(.person, name))
                }
                guard end + 1 < tokens.count, tokens[end].text == "," || tokens[end].lower == "and" else { break }
                cursor = tokens[end].text == "," && tokens[end + 1].lower == "and" ? end + 2 : end + 1
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Counsellor Lim Chanthy", "First Secretary Souksavanh Inthavong", "The Venerable Ouk Sovann": two to four
    /// capitalized words right after a capitalized title or form of address, none an ordinary word and together a person's
    /// name as ``couldBePersonName(_:taggedFirst:)`` tells, are that person, whatever the tagger made of them (names of
    /// languages the name lists hold little of). A name of another type over the words stays; a person inside them grows to
    /// them all.
    private func addNamesAfterTitles(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        // (the cheap tests first: this looks at every capitalized word)
        for title in tokens.indices.dropLast() where tokens[title].startsUpper && tokens[title + 1].startsUpper && tokens[title + 1].kind == .word
            && tokens[title + 1].sentence == tokens[title].sentence && words.isAnyRoleWord(tokens[title]) {
            let start = title + 1
            guard !words.isAnyRoleWord(tokens[start]) else { continue }
            var end = start
            while end < tokens.count, end - start < 4, tokens[end].sentence == tokens[title].sentence, tokens[end].startsUpper,
                  words.isNameWord(tokens[end]), !words.lexicon.isOrdinaryWord(tokens[end].lower), !words.isCalendarWord(tokens[end]) {
                end += 1
            }
            let name = start..<end
            guard name.count >= 2, end == tokens.count || !tokens[end].startsUpper || tokens[end].kind != .word, couldBePersonName(name, taggedFirst: true),
                  !result.contains(where: { $0.tokens.overlaps(name) && ($0.type != .person || !name.contains($0.tokens)) }) else { continue }
            result.removeAll { name.contains($0.tokens) }
            result.append(NameSpan(.person, name))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Kin words, in lower case, before the given names of a family: "his wife, Rūta", "their children Chris and Katerina".
    private static let kinWords: WordSet = kinNouns.union([
        "sons", "daughters", "brothers", "sisters", "children", "grandchildren", "grandsons", "granddaughters", "parents",
        "widower", "partner", "fiancé", "fiancée", "stepson", "stepdaughter",
    ])

    /// "Sohrab Amiri, 19, a co-founder of …": two or three capitalized words the tagger left out, right before an age set
    /// off by commas, are a person's name (no word of them a place, a calendar word or an ordinary word that names no one,
    /// and none a role, head word or demonym, as ``couldBePersonName(_:taggedFirst:)`` tells).
    private func addNamesGivenAges(_ spans: [NameSpan]) -> [NameSpan] {
        var coverageOfSpans: [Bool]?  // computed at the first age
        var added: [NameSpan] = []
        for comma in tokens.indices where tokens[comma].text == "," && isAgeApposition(at: comma) {
            let covered = coverageOfSpans ?? coverage(of: spans)
            coverageOfSpans = covered
            let start = (max(0, comma - 3)..<comma).first { candidate in
                (candidate..<comma).allSatisfy { index in
                    !covered[index] && tokens[index].sentence == tokens[comma].sentence && tokens[index].startsUpper
                        && words.isNameWord(tokens[index]) && !words.isCalendarWord(tokens[index]) && !tokens[index].isAcronymLike
                        && !words.isPlacePhrase(tokens[index].text)
                        && (!words.lexicon.isOrdinaryWord(tokens[index].text) || words.isGivenName(tokens[index]) || words.isSurname(tokens[index]))
                }
            }
            guard let start, comma - start >= 2, couldBePersonName(start..<comma) else { continue }
            added.append(NameSpan(.person, start..<comma))
        }
        return added.isEmpty ? spans : (spans + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// For each token, whether a span covers it.
    private func coverage(of spans: [NameSpan]) -> [Bool] {
        NameSpan.coverage(of: spans, tokenCount: tokens.count)
    }

    /// ", 52," or ", 52)" at `index`: an age set off after a name.
    private func isAgeApposition(at index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index].text == "," && [",", ")"].contains(tokens[index + 2].text)
            && tokens[index + 1].kind == .number && Int(tokens[index + 1].text).map { (1...110).contains($0) } == true
    }

    /// "[Uladzimir] [Dubovik], 52, a lawyer": names the tagger found side by side, given an age together, are one
    /// person's name, whatever their types.
    /// "[Suman] Shrestha, 26, a former kitchen hand": capitalized words the tagger left out after a name, before its
    /// age, belong to it.
    private func joinNamesWithAge(_ spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        for (i, var span) in spans.enumerated() {
            let nextStart = i + 1 < spans.count ? spans[i + 1].tokens.lowerBound : tokens.count
            var end = span.tokens.upperBound
            while end < min(nextStart, span.tokens.upperBound + 2), tokens[end].sentence == tokens[span.tokens.lowerBound].sentence,
                  tokens[end].startsUpper, words.isNameWord(tokens[end]), !words.isRoleOrTitle(tokens[end]), !words.isOrgHead(tokens[end]) {
                end += 1
            }
            if end > span.tokens.upperBound, span.part == nil, end - span.tokens.lowerBound <= 4, isAgeApposition(at: end),
               !span.tokens.contains(where: { words.isOrgHead(tokens[$0]) || words.isRoleOrTitle(tokens[$0]) }) {
                span = NameSpan(.person, span.tokens.lowerBound..<end)
            }
            if let previous = result.last, previous.tokens.upperBound == span.tokens.lowerBound, previous.part == nil, span.part == nil,
               previous.tokens.count + span.tokens.count <= 4, tokens[previous.tokens.lowerBound].sentence == tokens[span.tokens.lowerBound].sentence,
               isAgeApposition(at: span.tokens.upperBound),
               !(previous.tokens.lowerBound..<span.tokens.upperBound).contains(where: { words.isOrgHead(tokens[$0]) || words.isRoleOrTitle(tokens[$0]) }) {
                result[result.count - 1] = NameSpan(.person, previous.tokens.lowerBound..<span.tokens.upperBound)
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// "Ward 6", "Wards 9 and 10", "Precinct 4": an electoral ward numbered in the text is a place, whatever the tagger
    /// made of the word; spans inside the phrase give way. A hospital's ward is not ("Ward 7C", "a nurse on Ward 9").
    private func addNumberedWards(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for index in tokens.indices.dropLast() where Self.wardWords.contains(tokens[index].text) && tokens[index + 1].kind == .number
            && tokens[index + 1].text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } && tokens[index + 1].sentence == tokens[index].sentence
            && (index == 0 || tokens[index - 1].lower != "on") {
            var end = index + 2
            if end + 1 < tokens.count, tokens[end].lower == "and", tokens[end + 1].kind == .number, tokens[end + 1].sentence == tokens[index].sentence { end += 2 }
            let ward = index..<end
            guard !result.contains(where: { $0.tokens.overlaps(ward) && !ward.contains($0.tokens) }) else { continue }
            result.removeAll { ward.contains($0.tokens) }
            result.append(NameSpan(.place, ward))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private static let wardWords: WordSet = ["Ward", "Wards", "Precinct"]

    /// "[London] Borough of Newham", "Royal Borough of Greenwich", "Regional Municipality of Peel": a place or a word of
    /// rank before a municipal word opens the name with it; returns the start of the name (`index` when none stands there).
    private func localGovernmentModifiers(before index: Int, in spans: [NameSpan]) -> Int {
        guard Self.municipalWords.contains(tokens[index].lower), index > 0, tokens[index - 1].sentence == tokens[index].sentence else { return index }
        if Self.localGovernmentRanks.contains(tokens[index - 1].lower), tokens[index - 1].startsUpper { return index - 1 }
        // (a place the tagger typed otherwise counts when the gazetteer knows it: "[ORG London] Borough of Newham")
        if let place = spans.first(where: { span in
            span.tokens.upperBound == index && span.tokens.count <= 2
                && (span.type == .place || words.isPlacePhrase(span.tokens.map { tokens[$0].text }.joined(separator: " ")))
        }) { return place.tokens.lowerBound }
        return index
    }

    private static let localGovernmentRanks: WordSet = ["royal", "metropolitan", "regional", "county", "rural", "urban"]

    /// "support from the City of North Vancouver", "ask the Province of Nova Scotia", "the Municipality of
    /// Thessaloniki was represented": a city, district or province named as "X of PLACE" outside a locative
    /// preposition is its local government acting, an organisation ("in the Province of Buenos Aires" stays a place).
    private func retypeLocalGovernment(_ span: NameSpan) -> NameSpan {
        guard span.type == .place, span.part == nil, span.tokens.count >= 3,
              let start = span.tokens.prefix(3).first(where: { Self.localGovernmentWords.contains(tokens[$0].lower) }),
              start + 1 < span.tokens.upperBound, tokens[start + 1].lower == "of" else { return span }
        var before = span.tokens.lowerBound - 1
        if before >= 0, tokens[before].lower == "the" { before -= 1 }
        // "of" is locative before a province or district ("farmers of the Province of Buenos Aires"), not before a
        // municipality, which is named as a body ("the integration prize of the City of Bielefeld").
        let locatives = Self.municipalWords.contains(tokens[start].lower) ? Self.locativePrepositions : Self.locativePrepositions.union(["of"])
        // ("at the London Borough of Newham's full council meeting": an owner is the body, whatever stands before it)
        let owns = span.tokens.upperBound < tokens.count && tokens[span.tokens.upperBound].isPossessiveS
        if !owns, before >= 0, tokens[before].sentence == tokens[start].sentence, locatives.contains(tokens[before].lower) { return span }
        return NameSpan(.org, span.tokens)
    }

    private static let localGovernmentWords: WordSet = municipalWords.union(["district", "province", "county"])
    private static let municipalWords: WordSet = ["city", "town", "municipality", "borough", "shire", "township", "village"]
    private static let locativePrepositions: WordSet = ["in", "at", "near", "across", "throughout", "around", "within", "outside", "inside", "into"]

    /// "the MCCK", "IZBSA": an acronym of three letters or more taken for a place that no gazetteer knows as a
    /// place (nor as a region's abbreviation: "NSW") names an organisation.
    private func retypeUnknownAcronymPlace(_ span: NameSpan) -> NameSpan {
        guard span.type == .place, span.part == nil, span.tokens.count == 1, case let token = tokens[span.tokens.lowerBound],
              token.isAcronymLike, !token.text.containsLiterally("."), token.text.unicodeScalars.count >= 3, !words.isPlacePhrase(token.text),
              words.lexicon.places(named: token.text).isEmpty, words.lexicon.region(abbreviated: token.text) == nil else { return span }
        return NameSpan(.org, span.tokens)
    }

    /// An ORG of two or three capitalized words with nothing of an organisation in them (no head word, legal form,
    /// connector, acronym, known place, demonym or ordinary word that is no name, no known organisation, and no acronym
    /// in brackets after it) is a person wherever the article writes it when a
    /// person's cue stands around one of its mentions: "its lead actor, Dhanush Raghavendran", "Chief (Mrs) Ebele
    /// Nwankwo-Obi", "Faduma Warsame died in 2018" (and so "the Faduma Warsame fund" of the headline names her).
    func retypeOrganisationsReadAsPersons(_ spans: [NameSpan]) -> [NameSpan] {
        let personStarts = Set(spans.filter { $0.type == .person }.map(\.tokens.lowerBound))
        let personShaped = spans.filter { span in
            span.type == .org && span.part == nil && (2...3).contains(span.tokens.count)
                && span.tokens.allSatisfy({ index in
                    let token = tokens[index]
                    return token.kind == .word && token.startsUpper && !token.isAcronymLike && !words.isOrgHead(token) && !words.isConnector(token)
                        && !words.isPlacePhrase(token.text) && !words.isDemonym(token) && OrganizationNames.legalForm(token) == nil
                        && !words.opensOrganizationName(token) && !WordClasses.legislatureWords.contains(token.lower) && !Self.unitWords.contains(token.text)
                        && (!words.lexicon.isOrdinaryWord(token.text) || words.isGivenName(token) || words.isSurname(token))
                })
                && !words.lexicon.categories(of: span.text(in: document)).contains(.knownOrganization)
                && !(span.tokens.upperBound + 2 < tokens.count && tokens[span.tokens.upperBound].text == "("
                     && tokens[span.tokens.upperBound + 1].isAcronymLike)
        }
        // (a name after a preposition is an organisation's place: "a director of Norka Roots, who flew in")
        let persons = Set(personShaped.filter { span in
            !(span.tokens.lowerBound > 0 && ["of", "at", "for", "with", "by", "from", "in"].contains(tokens[span.tokens.lowerBound - 1].lower))
                && hasPersonCue(around: span.tokens, personStarts: personStarts)
        }.map { NameKey.make($0.text(in: document)) })
        guard !persons.isEmpty else { return spans }
        return spans.map { span in
            span.type == .org && personShaped.contains(span) && persons.contains(NameKey.make(span.text(in: document))) ? NameSpan(.person, span.tokens) : span
        }
    }

    /// One string, one type in an article (the non-local consistency of Ratinov & Roth 2009): when the
    /// tagger gave the same words different types, the type most of its occurrences have wins.
    private func unifyTypes(_ spans: [NameSpan]) -> [NameSpan] {
        var votes: [String: [EntityType: Int]] = [:]
        for span in spans { votes[NameKey.make(span.text(in: document)), default: [:]][span.type, default: 0] += 1 }
        return spans.map { span in
            guard let counts = votes[NameKey.make(span.text(in: document))], counts.count > 1,
                  // (a tie goes to the first type in `EntityType` order, whatever the dictionary's order)
                  let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value > counts[span.type, default: 0] else { return span }
            return NameSpan(best.key, span.tokens)
        }
    }

    /// An ORG that is only a head word ("the Ministry", "the Union") is a back-reference, not a name, unless it
    /// names a country's chamber ("the Senate", ``WordClasses/chamberNames``); one
    /// that is a country's name ("Republic of Indonesia") is the country; one ending in a demonym
    /// ("Kosovo Albanians") is a group of people, of which only a leading place is kept.
    func retypeGenericOrganization(_ span: NameSpan) -> NameSpan? {
        guard span.type == .org else { return span }
        // (also before a possessive: "The Embassy's counsellor")
        let wordCount = span.tokens.count == 2 && tokens[span.tokens.upperBound - 1].isPossessiveS ? 1 : span.tokens.count
        if wordCount == 1, words.isOrgHead(tokens[span.tokens.lowerBound]), !tokens[span.tokens.lowerBound].isAcronymLike,
           !WordClasses.chamberNames.contains(tokens[span.tokens.lowerBound].lower),
           !continuesName(before: span.tokens.lowerBound), !isBareProperName(span.tokens.lowerBound) { return nil }
        let phrase = span.tokens.map { tokens[$0].text }.joined(separator: " ")
        if words.lexicon.places(named: phrase).contains(where: { $0.kind == .country }) { return NameSpan(.place, span.tokens) }
        // "Union of World Azerbaijanis", "Congress of Ukrainians", "Standing Commission on Czechs": a head word and "of",
        // "for" or "on" before a people keep the name.
        let links: Set<String> = ["of", "for", "on"]
        let namesAPeople = span.tokens.count >= 3 && links.contains(tokens[span.tokens.upperBound - 2].lower)
            || span.tokens.count >= 4 && links.contains(tokens[span.tokens.upperBound - 3].lower)
        if span.tokens.count >= 2, words.isDemonym(tokens[span.tokens.upperBound - 1]),
           !(namesAPeople && span.tokens.dropLast().contains { words.isOrgHead(tokens[$0]) }) {
            let lead = span.tokens.lowerBound..<(span.tokens.upperBound - 1)
            return words.isPlacePhrase(lead.map { tokens[$0].text }.joined(separator: " ")) ? NameSpan(.place, lead) : nil
        }
        return span
    }

    /// "lobby Congress", "members of Congress": a capitalized head word written inside a sentence with no
    /// determiner before it and no role after it is used as a proper name, not as a back-reference ("the
    /// Association", "Club captain X").
    private func isBareProperName(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index - 1].sentence == tokens[index].sentence,
              tokens[index - 1].kind == .word, !tokens[index - 1].startsUpper, !Self.determiners.contains(tokens[index - 1].lower),
              !words.isNameParticle(tokens[index - 1]),
              !["whose", "which", "each", "every", "any", "no", "another"].contains(tokens[index - 1].lower) else { return false }
        let next = tokens[index + 1]
        guard !next.isPossessiveS, !["and", "of", "for", "&", "-"].contains(next.lower) else { return false }
        return !(next.kind == .word && (next.startsUpper || words.isRoleOrTitle(next)))
    }

    /// A head word right after a capitalized word of its sentence ends that name: "Buenos Aires City" + "Legislature".
    private func continuesName(before index: Int) -> Bool {
        index > 0 && tokens[index - 1].sentence == tokens[index].sentence && words.isNameWord(tokens[index - 1])
            && !Self.determiners.contains(tokens[index - 1].lower)
    }

    private static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "your"]

    /// A name ending in an organisation head word is an organisation: "Westmead Hospital", "Bradford
    /// Royal Infirmary" taken for a place or a person, and a head word alone after a name taken for a person
    /// ("Buenos Aires City [Legislature]").
    private func retypeByOrganizationHead(_ span: NameSpan) -> NameSpan {
        let head = tokens[span.tokens.upperBound - 1]
        if span.type == .person, span.tokens.count == 1, words.isOrgHead(head), !words.isGivenName(head), !words.isSurname(head),
           continuesName(before: span.tokens.lowerBound) {
            return NameSpan(.org, span.tokens)
        }
        // "Wat Khemara Buddhikaram", "Masjid Al-Noor", "Radio Kimpa Vita": a head word that opens names.
        let opensName = words.opensOrganizationName(tokens[span.tokens.lowerBound])
        guard span.type != .org, span.tokens.count >= 2, words.isOrgHead(head) && !words.isStateHead(head) || opensName,
              !words.isPlacePhrase(span.tokens.map { tokens[$0].text }.joined(separator: " ")) else { return span }
        return NameSpan(.org, span.tokens)
    }

    /// A PLACE the tagger cut short of a name the gazetteer knows ("Lower" of "Lower Saxony", "North" of
    /// "North Rhine-Westphalia", "Hawke" of "Hawke's Bay") takes the longest known place name that starts with it;
    /// spans inside go.
    private func extendToKnownPlaces(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        // A span emptied by an earlier place's growth (down to the end of the text, perhaps) is skipped.
        for i in result.indices where result[i].type == .place && !result[i].tokens.isEmpty {
            let start = result[i].tokens.lowerBound
            let sentence = tokens[start].sentence
            var longest: Int?
            var end = result[i].tokens.upperBound
            while end < tokens.count, end - start < words.lexicon.maxPhraseTokens + 2, tokens[end].sentence == sentence,
                  words.isNameWord(tokens[end]) || words.isPlaceParticle(tokens[end]) || tokens[end].isPossessiveS {
                end += 1
                if words.isNameWord(tokens[end - 1]), words.isPlacePhrase(NameSpan(.place, start..<end).text(in: document)) { longest = end }
            }
            guard let longest else { continue }
            let grown = start..<longest
            // A person's name may not be cut in two.
            if result.contains(where: { $0.type == .person && $0.tokens.overlaps(grown) && $0.tokens.upperBound > longest }) { continue }
            for j in result.indices where j != i && grown.overlaps(result[j].tokens) {
                // What is left of a span the place took words from starts after it, cleaned as a span is
                // ("Herzegovina's Central Election Commission" → "Central Election Commission").
                let rest = NameSpan(result[j].type, result[j].tokens.upperBound > longest ? longest..<result[j].tokens.upperBound : longest..<longest)
                result[j].tokens = rest.tokens.isEmpty ? rest.tokens : trim(rest)?.tokens ?? longest..<longest
            }
            result[i].tokens = grown
        }
        return result.filter { !$0.tokens.isEmpty }
    }

    /// "Žďár nad Sázavou", "Kráľová pri Senci", "Neustadt an der Weinstraße": a place, a particle that in Central European
    /// languages stands only inside place names ("nad", "pod", "pri", "am", "an der" …) and capitalized words are one
    /// place, whatever the tagger made of the words after the particle.
    private func joinPlacesAcrossParticles(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .place && !result[i].tokens.isEmpty {
            var end = result[i].tokens.upperBound
            guard end < tokens.count, tokens[end].sentence == tokens[end - 1].sentence,
                  let particle = Self.placeNameParticles.first(where: { particle in
                      particle.indices.allSatisfy { end + $0 < tokens.count && tokens[end + $0].text == particle[$0] }
                  }) else { continue }
            end += particle.count
            let named = end
            while end < tokens.count, end - named < 2, tokens[end].sentence == tokens[named].sentence, tokens[end].kind == .word,
                  tokens[end].startsUpper, !words.isRoleOrTitle(tokens[end]) {
                end += 1
            }
            guard end > named else { continue }
            let grown = result[i].tokens.lowerBound..<end
            for j in result.indices where j != i && result[j].tokens.overlaps(grown) {
                result[j].tokens = result[j].tokens.upperBound > end ? end..<result[j].tokens.upperBound : end..<end
            }
            result[i].tokens = grown
        }
        return result.filter { !$0.tokens.isEmpty }
    }

    /// Particles of place names ("Žďár nad Sázavou", "Frankfurt am Main"), as tokens.
    private static let placeNameParticles: [[String]] = [["nad"], ["pod"], ["pri"], ["při"], ["ob", "der"], ["an", "der"], ["am"], ["im"], ["bei"]]

    /// An organisation the tagger ended inside the place of its name ("Cedars Youth Network of New" +
    /// "South Wales", "University of Southern" + "California") runs to the end of the longest known place,
    /// with or without a compass word before it, that starts after its last "of" or "in".
    private func extendOrganizationsOverCutPlaces(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .org && result[i].tokens.count >= 3 {
            let span = result[i].tokens
            guard let connector = span.dropLast().last(where: { ["of", "in"].contains(tokens[$0].lower) }) else { continue }
            var start = connector + 1
            if tokens[start].lower == "the" { start += 1 }
            var end = span.upperBound
            var longest: Int?
            while end < tokens.count, end - start < words.lexicon.maxPhraseTokens, tokens[end].sentence == tokens[start].sentence,
                  words.isNameWord(tokens[end]) {
                end += 1
                let place = Self.compassWords.contains(tokens[start].lower) && end - start >= 2 ? start + 1 : start
                if words.isPlacePhrase((place..<end).map { tokens[$0].text }.joined(separator: " ")) { longest = end }
            }
            guard let longest else { continue }
            for j in result.indices where j != i && (span.upperBound..<longest).overlaps(result[j].tokens) {
                result[j].tokens = result[j].tokens.upperBound > longest ? longest..<result[j].tokens.upperBound : longest..<longest
            }
            result[i].tokens = span.lowerBound..<longest
        }
        return result.filter { !$0.tokens.isEmpty }
    }

    /// "Ng" + "[PERSON Wai-man]": a given name written after the family name takes the short capitalized word
    /// before it when the two read as a name written family name first.
    private func completeFamilyNamesFirst(_ spans: [NameSpan]) -> [NameSpan] {
        spans.map { span in
            let start = span.tokens.lowerBound
            guard span.type == .person, span.part == nil, span.tokens.count == 1, start > 0,
                  tokens[start - 1].sentence == tokens[start].sentence, tokens[start - 1].kind == .word,
                  !words.isRoleOrTitle(tokens[start - 1]), !Self.determiners.contains(tokens[start - 1].lower),
                  !spans.contains(where: { $0.tokens.contains(start - 1) }),
                  PersonNames.writesFamilyNameFirst([tokens[start - 1].text, tokens[start].text]) else { return span }
            return NameSpan(.person, (start - 1)..<span.tokens.upperBound)
        }
    }

    /// "G.Ganbold", "Sh.Narantsetseg": an initial written against the name without a space, as Mongolian and
    /// some Central Asian agencies write names, opens a PERSON of both (whatever the tagger made of either).
    private func joinAttachedInitials(_ spans: [NameSpan]) -> [NameSpan] {
        var found: [Range<Int>] = []
        var index = 0
        while index + 1 < tokens.count {
            let initial = tokens[index]
            guard initial.kind == .word, initial.range.count <= 3, initial.startsUpper else {
                index += 1
                continue
            }
            let letters = initial.text.hasSuffix(".") ? initial.text.dropLast() : Substring(initial.text)
            var name = index + 1
            if !initial.text.hasSuffix("."), tokens[name].text == ".", tokens[name].range.lowerBound == initial.range.upperBound { name += 1 }
            let isInitial = initial.kind == .word && (1...2).contains(letters.count) && letters.first!.isUppercase
                && letters.dropFirst().allSatisfy(\.isLowercase) && (initial.text.hasSuffix(".") || name > index + 1)
            if isInitial, name < tokens.count, tokens[name].range.lowerBound == tokens[name - 1].range.upperBound, tokens[name].kind == .word,
               tokens[name].startsUpper, tokens[name].text.unicodeScalars.count >= 3, !words.isPlacePhrase(tokens[name].text) {
                found.append(index..<(name + 1))
                index = name + 1
            } else {
                index += 1
            }
        }
        guard !found.isEmpty else { return spans }
        let kept = spans.filter { span in !found.contains { $0.overlaps(span.tokens) } }
        return (kept + found.map { NameSpan(.person, $0) }).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "K.V. Nazeer Ahmed", "C.S. Gnanasekaran", "W.E.B. Du Bois": a token of two or three initials ("K.V.") before
    /// a person, or before capitalized words that no organisation or known place holds, opens that person's name,
    /// whatever the tagger made of it. Initials inside an organisation, or that a gazetteer knows as a country ("U.S.") before
    /// a person or as any place before other words, are not a person's.
    private func joinLeadingInitials(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for index in tokens.indices.dropLast() where isInitialsToken(tokens[index]) && tokens[index + 1].sentence == tokens[index].sentence
            && !words.isRoleOrTitle(tokens[index]) && !words.isHonorific(tokens[index]) {
            guard !result.contains(where: { $0.type == .org && $0.tokens.contains(index) }) else { continue }
            let places = words.lexicon.places(named: tokens[index].text)
            var end: Int
            if let person = result.first(where: { $0.type == .person && $0.tokens.lowerBound == index + 1 }) {
                // Before a person, only a country's initials stay a place ("U.S. John Smith" is rare, "C.R. Menon" is not).
                guard !places.contains(where: { $0.kind == .country }) else { continue }
                end = person.tokens.upperBound
            } else {
                guard places.isEmpty, !words.isPlacePhrase(tokens[index].text) else { continue }
                end = index + 1
                while end < tokens.count, end < index + 4, tokens[end].sentence == tokens[index].sentence, words.isNameWord(tokens[end]),
                      !words.isOrgHead(tokens[end]), !words.isRoleOrTitle(tokens[end]), !isInitialsToken(tokens[end]),
                      !result.contains(where: { $0.tokens.contains(end) && $0.type != .person && !isUnknownPlace($0) }) { end += 1 }
                guard end > index + 1, !words.isPlacePhrase(tokens[(index + 1)..<end].map(\.text).joined(separator: " ")) else { continue }
            }
            let person = NameSpan(.person, index..<end)
            result.removeAll { $0.tokens.overlaps(person.tokens) }
            result.append(person)
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A PLACE span no gazetteer knows by its words ("[Nazeer] Ahmed", "Du Bois" after initials).
    private func isUnknownPlace(_ span: NameSpan) -> Bool {
        span.type == .place && span.part == nil && !words.isPlacePhrase(span.text(in: document)) && words.lexicon.places(named: span.text(in: document)).isEmpty
    }

    /// "K.V.", "W.E.B.": two or three capital letters, each followed by a dot, in one token.
    private func isInitialsToken(_ token: Token) -> Bool {
        var count = 0
        for scalar in token.text.unicodeScalars {
            guard count < 6, count % 2 == 0 ? Token.isUppercase(scalar) : scalar == "." else { return false }
            count += 1
        }
        return count >= 4 && count % 2 == 0
    }

    /// "by cinematographer [ORG Luc] Ostrowski-Vien": a lone word the tagger typed an organisation that the lexicon
    /// knows as a given name and as nothing but a surname or a town, right before a word that may go on a person's name and lies in no span, opens a
    /// person's name (which `completePersonNames` then completes). A letter alone is no surname ("Ford T").
    private func retypeGivenNamesReadAsOrganisations(_ spans: [NameSpan]) -> [NameSpan] {
        let starts = Set(spans.map(\.tokens.lowerBound))
        return spans.map { span in
            let first = span.tokens.lowerBound, next = span.tokens.upperBound
            guard span.type == .org, span.tokens.count == 1, next < tokens.count, tokens[next].sentence == tokens[first].sentence,
                  !starts.contains(next), words.isGivenName(tokens[first]), !tokens[first].isAcronymLike,
                  words.lexicon.categories(of: tokens[first].text).isSubset(of: [.givenName, .surname, .place, .city]),
                  words.isNameWord(tokens[next]), tokens[next].text.count > 1, !tokens[next].isAcronymLike, canCompleteName(at: next) else { return span }
            // (not when the capitalized words go on to a head word, a possessive or a connector before more of them: "Divine
            // Shepherd Catholic Church", "Amal Women's Benevolent Society", "London Borough of Newham")
            var end = next
            while end < tokens.count, tokens[end].sentence == tokens[first].sentence, words.isNameWord(tokens[end]) {
                if words.isOrgHead(tokens[end]) || words.lexicon.categories(of: tokens[end].text).contains(.placeType) { return span }
                end += 1
            }
            if end + 1 < tokens.count, tokens[end].sentence == tokens[first].sentence, words.isNameWord(tokens[end + 1]),
               words.isConnector(tokens[end]) || ["'s", "’s", "'", "’"].contains(tokens[end].lower) || tokens[end - 1].text.hasSuffix("'s") || tokens[end - 1].text.hasSuffix("’s") {
                return span
            }
            return NameSpan(.person, span.tokens)
        }
    }

    /// A PERSON the tagger ended before the rest of the name takes it: a surname after a given name
    /// ("Ruksana" + "Begum", "Diana" + "Rojas" taken for a place), name particles and what follows them
    /// ("Mariana" + "de la Rosa Khoury", "Saleh" + "al-Qubati"), or a PERSON span right after it
    /// ("Kojo" + "Asante-Darko"). A span that began inside the name gives the words up.
    private func completePersonNames(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var added: [NameSpan] = []  // organisations named after a person, from words of no span
        for i in result.indices where result[i].type == .person && !result[i].tokens.isEmpty && result[i].tokens.count <= 4 {
            let start = result[i].tokens.lowerBound
            var end = result[i].tokens.upperBound
            var afterParticle = false
            while end < tokens.count, end - start < 7, tokens[end].sentence == tokens[start].sentence {
                let token = tokens[end]
                if let next = result.first(where: { $0.tokens.lowerBound == end && $0.type == .person }), !afterParticle,
                   !next.tokens.allSatisfy({ WordClasses.isPostNominal(tokens[$0]) }) {
                    end = next.tokens.upperBound  // two PERSON spans with nothing between them
                    continue
                }
                // (Catalan "Ferrer i Puig"; the Scandinavian "i" before a place is "in": "Kulturföreningen i Malmö".)
                if words.isNameParticle(token), end + 1 < tokens.count, words.isNameWord(tokens[end + 1]) || words.isNameParticle(tokens[end + 1]),
                   token.lower != "i" || !words.isPlacePhrase(tokens[end + 1].text) {
                    afterParticle = true
                    end += 1
                    continue
                }
                guard words.isNameWord(token), !token.isAcronymLike, !words.isCalendarWord(token), !WordClasses.isPostNominal(token),
                      afterParticle || canCompleteName(at: end) || isTownEndingName(at: end, nameStart: start)
                        || isCommonSurnameEndingName(at: end, nameStart: start) else { break }
                afterParticle = false
                end += 1
            }
            while end > result[i].tokens.upperBound, words.isNameParticle(tokens[end - 1]) { end -= 1 }
            // "Bakyt Zhoomart uulu", "Aigerim Sadyr kyzy": a patronymic word closes the name, or comes before the
            // surname ("Dilnoza Akmal qizi Yusupova", "Tural Ilham oglu Hasanov").
            if end < tokens.count, tokens[end].sentence == tokens[start].sentence, PersonNames.patronymicWords.contains(tokens[end].lower) {
                end += 1
                if end < tokens.count, tokens[end].sentence == tokens[start].sentence, words.isNameWord(tokens[end]),
                   words.isSurname(tokens[end]) || PersonNames.hasSurnameMorphology(tokens[end].text) {
                    end += 1
                }
            }
            let grown = start..<end
            guard end > result[i].tokens.upperBound, couldBePersonName(grown, taggedFirst: true) else { continue }
            // "the [Guru] [ORG Nanak Seniors' Society]", "[Ali Hassan] Seniors' Club": words that go on to a possessive
            // mark or a head word name an organisation after the person, which the person's name opens.
            if end + 1 < tokens.count, tokens[end].sentence == tokens[start].sentence, opensOrganisationTail(at: end) {
                let organisation = result.indices.first { j in
                    j != i && result[j].type == .org && result[j].tokens.lowerBound > start && result[j].tokens.contains(end)
                }
                let named = organisation.map { start..<result[$0].tokens.upperBound }
                    ?? (!words.isOrgHead(tokens[end]) && words.isOrgHead(tokens[end + 1]) ? start..<(end + 2) : nil)
                if let named {
                    if let j = organisation { result[j].tokens = named } else { added.append(NameSpan(.org, named)) }
                    result[i].tokens = start..<start
                    continue
                }
            }
            for j in result.indices where j != i && grown.overlaps(result[j].tokens) {
                var rest = max(end, result[j].tokens.lowerBound)..<max(end, result[j].tokens.upperBound)
                while !rest.isEmpty, words.isConnector(tokens[rest.lowerBound]) || tokens[rest.lowerBound].lower == "the" {
                    rest = (rest.lowerBound + 1)..<rest.upperBound
                }
                result[j].tokens = result[j].tokens.lowerBound < start ? result[j].tokens : rest
            }
            result[i].tokens = grown
        }
        guard !added.isEmpty else { return result.filter { !$0.tokens.isEmpty } }
        return (result + added).filter { !$0.tokens.isEmpty }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A plural possessive mark before a capitalized word ("Seniors[']" Club), or an organisation's head word, right
    /// after capitalized words: what follows goes on with an organisation's name.
    private func opensOrganisationTail(at index: Int) -> Bool {
        words.isOrgHead(tokens[index]) || tokens.isPluralPossessiveMark(at: index) && tokens[index + 1].startsUpper
    }

    /// "King [Sejong] the Great", "[Lucas Cranach] the Elder", "[Thutmose] III", "[Mojmír] I (ruled …)": a regnal number
    /// and an epithet after a person's name belong to it (this pass takes "I" only before punctuation, "Mojmír I (…"). Not
    /// before a capitalized word that goes on with a longer name ("St. Gregory the Illuminator Cathedral").
    private func joinRegnalEpithets(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .person && result[i].part == nil && !result[i].tokens.isEmpty {
            let sentence = tokens[result[i].tokens.lowerBound].sentence
            let inSentence = { (index: Int) in index < self.tokens.count && self.tokens[index].sentence == sentence }
            var end = result[i].tokens.upperBound
            if inSentence(end), Self.regnalNumerals.contains(tokens[end].text),
               tokens[end].text != "I" || !inSentence(end + 1) || tokens[end + 1].kind != .word {
                end += 1
            }
            if inSentence(end + 1), tokens[end].lower == "the", tokens[end + 1].startsUpper, Self.epithets.contains(tokens[end + 1].lower),
               !inSentence(end + 2) || !tokens[end + 2].startsUpper {
                end += 2
            }
            guard end > result[i].tokens.upperBound else { continue }
            let added = result[i].tokens.upperBound..<end
            guard !result.contains(where: { $0.type == .org && $0.tokens.overlaps(added) && $0.tokens.upperBound > end }) else { continue }
            result[i].tokens = result[i].tokens.lowerBound..<end
            for j in result.indices where j != i && result[j].tokens.overlaps(added) { result[j].tokens = result[j].tokens.lowerBound..<result[j].tokens.lowerBound }
        }
        return result.filter { !$0.tokens.isEmpty }
    }

    private static let regnalNumerals: WordSet = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"]
    private static let epithets: WordSet = ["great", "elder", "younger", "wise", "conqueror", "magnificent", "bold", "terrible",
                                                "pious", "confessor", "illuminator", "builder", "navigator", "lawgiver", "liberator"]

    /// "the Rev. [Thawng] Hu Cin", "the Venerable [Thich] Minh Hanh", "The principal, [Amat] Al-Razzaq Humaid":
    /// the first word of a person's name the tagger left out or took for a one-word name of its own, when no
    /// list knows it as anything but a name or a small town and a form of address, a role, or "the NOUN,"
    /// stands right before it, or it is a known given name in no span ("in Brussels [Mohamed] Amine Benkirane"), or a
    /// foreign word (`isForeignWord`: "[Namgyal] Dorjee Bhutia"), or a city's name before a lone surname ("[Uladzimir]
    /// Savitski noted"). At a sentence's start the tagger must have tagged the word ("[LOC Ramniklal] Haridas Mistry"),
    /// unless it is a foreign word.
    private func completePersonNamesLeftward(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .person && result[i].part == nil && (1...3).contains(result[i].tokens.count) {
            let word = result[i].tokens.lowerBound - 1
            guard word >= 0, tokens[word].sentence == tokens[word + 1].sentence else { continue }
            let own = result.firstIndex { $0.tokens.contains(word) }
            if let own, result[own].tokens.count != 1 || result[own].part != nil { continue }
            // "[Uladzimir] Savitski noted": a city's name (Vladimir's in Belarusian) before a lone surname of a strong
            // ending, where no preposition makes it the place.
            let cityBeforeSurname = own.map { result[$0].type == .place } == true && result[i].tokens.count == 1
                && PersonNames.hasSurnameMorphology(tokens[word + 1].text, strongOnly: true) && !words.lexicon.isOrdinaryWord(tokens[word].text)
                && words.lexicon.places(named: tokens[word].text).allSatisfy { $0.kind == .city }
                && (word == 0 || !Self.placePrepositions.contains(tokens[word - 1].lower))
            guard canOpenName(at: word) || cityBeforeSurname else { continue }
            // "[Namgyal] Dorjee Bhutia, the High Commissioner", "[Ivaylo] Panchev and …": a word in no span and no
            // list but the names', no ordinary English word and not shaped like an agent noun ("Supervisor",
            // "Trustee"), before a name that does not open with a known given name ("Councilmember Marisol …").
            let foreign = isForeignWord(word)
            let foreignWord = own == nil && foreign && !words.isGivenName(tokens[word + 1])
            guard result[i].tokens.count > 1 || foreign && (own != nil || foreignWord) || cityBeforeSurname else { continue }
            let before = word - 1
            let sentenceStart = before < 0 || tokens[before].sentence != tokens[word].sentence
            let afterAddress = !sentenceStart && (words.isFormOfAddress(tokens[before]) || words.isRoleOrTitle(tokens[before]))
            // "… in Brussels [Mohamed] Amine Benkirane": a known given name inside a sentence opens the name.
            let givenName = !sentenceStart && own == nil && words.isGivenName(tokens[word])
            // "The principal, NAME", "Assistant secretary: NAME" (a line of an officer list).
            let afterApposition = !sentenceStart && before >= 2 && (tokens[before].text == "," || tokens[before].text == ":")
                && (words.isRoleOrTitle(tokens[before - 1])
                    || tokens[before - 1].text.first?.isLowercase == true && Self.determiners.contains(tokens[before - 2].lower))
            guard afterAddress || afterApposition || givenName || foreignWord || cityBeforeSurname || (sentenceStart && own != nil) else { continue }
            result[i].tokens = word..<result[i].tokens.upperBound
            if let own { result[own].tokens = word..<word }
        }
        return result.filter { !$0.tokens.isEmpty }
    }

    /// A capitalized word that no list knows but the names' (or as a small town's name) and that is no ordinary English
    /// word nor shaped like an English agent noun ("Namgyal", "Bambang"; not "Student", "Supervisor", "Trustee"): likely
    /// part of a name.
    private func isForeignWord(_ index: Int) -> Bool {
        canOpenName(at: index) && !words.lexicon.isOrdinaryWord(tokens[index].text)
            && !Self.agentNounEndings.contains(where: tokens[index].lower.hasSuffix)
    }

    /// Prepositions that make the name after them a place rather than a person's given name: "in Vladimir", "from Minsk".
    private static let placePrepositions: WordSet = locativePrepositions.union(["from", "to", "of"])

    /// Endings of English agent nouns and titles ("Administrator", "Trustee", "Undersecretary", "Counsellor").
    private static let agentNounEndings = ["or", "er", "ee", "ary", "ist", "ant", "ent", "ive"]

    /// A capitalized word that can open a person's name the lists do not know: no role, head word, demonym,
    /// common word or acronym, and no place but a small town.
    private func canOpenName(at index: Int) -> Bool {
        let token = tokens[index]
        guard words.isNameWord(token), token.startsUpper, !token.isAcronymLike, !token.isAllCaps, !words.isRoleOrTitle(token),
              !words.isOrgHead(token), !words.isDemonym(token), !words.isCalendarWord(token), !words.isConnector(token) else { return false }
        // "Ten-year-old": a compound with a lower-case part is a description.
        guard !token.text.split(separator: "-").contains(where: { $0.first?.isLowercase == true && $0.count > 2 }) else { return false }
        let categories = words.lexicon.categories(of: token.text)
        guard categories.isSubset(of: [.givenName, .surname, .place, .city]) else { return false }
        let places = words.lexicon.places(named: token.text)
        return places.isEmpty || Self.areSmallTowns(places)
    }

    /// Only towns of fewer than 100,000 people have this name ("Purna", 36,000): it may as well be a person's.
    private func isSmallTown(_ token: Token) -> Bool {
        let places = words.lexicon.places(named: token.text)
        return !places.isEmpty && Self.areSmallTowns(places)
    }

    private static func areSmallTowns(_ places: [GeoPlace]) -> Bool {
        places.allSatisfy { $0.kind == .city && $0.population < 100_000 }
    }

    /// A word the lexicon knows as a name and nothing else, a surname that is also a town or region
    /// ("Rojas"), or a word no list knows ("Asante-Darko", "Mockutė").
    private func canCompleteName(at index: Int) -> Bool {
        let categories = words.lexicon.categories(of: tokens[index].text)
        return categories.isSubset(of: [.givenName, .surname])
            || (categories.contains(.surname) && categories.isSubset(of: [.surname, .givenName, .place, .city, .region]))
    }

    /// A town's name that ends a name of two words or more before punctuation or a verb of speech: "Ana Cristina"
    /// + "Figueira,". News does not write a place right after a person's name.
    private func isTownEndingName(at index: Int, nameStart: Int) -> Bool {
        let categories = words.lexicon.categories(of: tokens[index].text)
        guard index - nameStart >= 2, !tokens[index].isAllCaps, categories.isSubset(of: [.givenName, .surname, .place, .city]) else { return false }
        return closesClause(after: index)
    }

    /// Punctuation, a verb of speech or the sentence's end after token `index`, not a noun it modifies ("Kemal Yilmaz
    /// Istanbul office"): a word there may end a person's name.
    private func closesClause(after index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].sentence == tokens[index].sentence else { return true }
        return tokens[index + 1].kind == .punctuation || SpeechVerbs.isSpeechVerb(tokens[index + 1].lower)
    }

    /// A surname that is also a common word, capitalized after a name of two words or more and before punctuation or a
    /// verb of speech: "Aminata Diagne" + "Fall,", "Maria" + "Rose". Mid-sentence, only a name writes it so.
    private func isCommonSurnameEndingName(at index: Int, nameStart: Int) -> Bool {
        guard index - nameStart >= 2, !tokens[index].isAllCaps, words.isSurname(tokens[index]), !words.isRoleOrTitle(tokens[index]),
              !words.isOrgHead(tokens[index]), !words.isDemonym(tokens[index]) else { return false }
        return closesClause(after: index)
    }

    /// "Republic" + "of" + "Azerbaijan", "Province" + "of" + "Buenos Aires": adjacent spans joined by
    /// "of" become one PLACE when the whole phrase is a known place name or the first is a place-type word.
    private func joinPlacesAroundOf(_ spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        for span in spans {
            if let previous = result.last, previous.type != .person, span.type == .place,
               previous.tokens.upperBound + 1 == span.tokens.lowerBound, tokens[previous.tokens.upperBound].lower == "of" {
                let joined = previous.tokens.lowerBound..<span.tokens.upperBound
                let isPlaceType = previous.tokens.allSatisfy { isPlaceTypeWord(tokens[$0]) }
                if isPlaceType || words.isPlacePhrase(joined.map { tokens[$0].text }.joined(separator: " ")) {
                    result[result.count - 1] = NameSpan(.place, joined)
                    continue
                }
            }
            result.append(span)
        }
        return result
    }

    /// "the Emir of Kano", "the Paramount Chief of Nongowa Chiefdom", "the Ooni of Ife": a title (after words of no name
    /// and no head word, "Paramount"), "of" and a place name a ruler or an office, no organisation nor person; the
    /// place is a place of its own (places inside titles count). The place is known, ends in a word for a kind of place,
    /// or follows a form of address ("Ooni"). Not a head word before "of" ("Council of Europe").
    func placeOfTitle(_ span: NameSpan) -> NameSpan {
        guard span.type != .place, let of = span.tokens.dropFirst().first(where: { tokens[$0].lower == "of" }),
              words.isRoleOrTitle(tokens[of - 1]), !words.isOrgHead(tokens[of - 1]),
              (span.tokens.lowerBound..<(of - 1)).allSatisfy({ index in
                  !words.isOrgHead(tokens[index]) && (words.isRoleOrTitle(tokens[index]) || !words.isGivenName(tokens[index]) && !words.isSurname(tokens[index]))
              }), of + 1 < span.tokens.upperBound else { return span }
        let first = tokens[of + 1].lower == "the" ? of + 2 : of + 1
        let place = first..<span.tokens.upperBound
        guard !place.isEmpty, place.allSatisfy({ words.isNameWord(tokens[$0]) }),
              words.isPlacePhrase(place.map { tokens[$0].text }.joined(separator: " ")) || isPlaceTypeWord(tokens[place.upperBound - 1])
                || (span.tokens.lowerBound..<of).allSatisfy({ words.isFormOfAddress(tokens[$0]) }) else { return span }
        return NameSpan(.place, place)
    }

    /// "[ORG Gunma Prefecture]": a known place and the word for its kind of administrative area is that place, whatever the
    /// tagger typed it.
    func placeOfAdministrativeArea(_ span: NameSpan) -> NameSpan {
        guard span.type == .org, span.tokens.count >= 2, let last = span.tokens.last,
              Self.administrativeAreaWords.contains(tokens[last].lower), tokens[last].startsUpper,
              words.isPlacePhrase(span.tokens.dropLast().map { tokens[$0].text }.joined(separator: " ")) else { return span }
        return NameSpan(.place, span.tokens)
    }

    /// "[PERSON Ayşe Kemal Square]", "[PERSON Green Lanes]", "[ORG Church Avenue]": capitalized words that end in a street's
    /// word, with no connector among them, name a street, a place, whatever the tagger typed them ("Uniting Church in Golden
    /// Square" stays an organisation); "Way" only after two words or more.
    func placeOfStreet(_ span: NameSpan) -> NameSpan {
        guard span.type != .place, span.tokens.count >= 2, let last = span.tokens.last, tokens[last].startsUpper,
              Self.streetWords.contains(tokens[last].text) || tokens[last].text == "Way" && span.tokens.count >= 3,
              span.tokens.allSatisfy({ tokens[$0].kind == .word && tokens[$0].startsUpper }) else { return span }
        return NameSpan(.place, span.tokens)
    }

    /// Words that end a street's name.
    private static let streetWords: WordSet = [
        "Street", "Road", "Avenue", "Lane", "Lanes", "Square", "Boulevard", "Drive", "Terrace", "Straße", "Strasse",
    ]

    /// Words for administrative areas, which name no institution after a place ("Municipality", "State" and "City" may).
    private static let administrativeAreaWords: WordSet = [
        "prefecture", "province", "region", "oblast", "krai", "county", "district", "governorate", "chiefdom", "voivodeship",
        "canton", "rayon",
    ]

    /// "Region", "Province", "District": a capitalized word naming a kind of place.
    private func isPlaceTypeWord(_ token: Token) -> Bool {
        token.startsUpper && words.lexicon.categories(of: token.text).contains(.placeType)
    }

    /// A PLACE followed by capitalized place-type words takes them: "Pavlodar" + "Region", "Ha'apai" +
    /// "Islands".
    private func extendOverPlaceTypes(_ spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        var covered = 0  // tokens before this index belong to a grown place
        for span in spans {
            guard span.tokens.lowerBound >= covered else { continue }
            guard span.type == .place, span.part == nil else { result.append(span); continue }
            var end = span.tokens.upperBound
            while end < tokens.count, tokens[end].sentence == tokens[span.tokens.lowerBound].sentence, isPlaceTypeWord(tokens[end]),
                  !spans.contains(where: { $0.type != .place && $0.tokens.contains(end) }) {
                end += 1
            }
            result.append(NameSpan(.place, span.tokens.lowerBound..<end))
            covered = end
        }
        return result
    }

    /// A known given name, or a known surname or one of a surname's endings ("-ov", "-zoda") last, none of the words an
    /// organisation or place word.
    func looksLikePersonName(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, couldBePersonName(range) else { return false }
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound - 1]
        return words.isGivenName(first) || (words.isSurname(last) && !words.isPlacePhrase(last.text))
            || (PersonNames.hasSurnameMorphology(last.text, strongOnly: true) && !words.isPlacePhrase(last.text))
    }

    /// No word of `range` rules out a person's name: no organisation head, role, demonym, acronym, no "Holy" first ("the
    /// Church of the Holy Cross"), and the words are not a known place.
    ///
    /// - Parameter taggedFirst: the first word is a PERSON the tagger found, so it may also be a place
    ///   ("Kojo"); a word after a name particle may also be an organisation word ("de la Court").
    func couldBePersonName(_ range: Range<Int>, taggedFirst: Bool = false) -> Bool {
        let first = tokens[range.lowerBound]
        if first.text == "Holy" { return false }
        let afterParticle = { (index: Int) in taggedFirst && index > range.lowerBound && words.isNameParticle(tokens[index - 1]) }
        if range.contains(where: { (words.isOrgHead(tokens[$0]) && !afterParticle($0)) || words.isRoleOrTitle(tokens[$0]) }) { return false }
        let phrase = range.map { tokens[$0].text }.joined(separator: " ")
        if words.isPlacePhrase(phrase) { return false }
        if range.contains(where: { words.isDemonym(tokens[$0]) || tokens[$0].isAcronymLike }) { return false }
        return taggedFirst || !(words.isPlacePhrase(first.text) && !words.isGivenName(first))
    }

    /// "Abroad", "Overseas" alone, which end diaspora bodies' names ("State Agency for Bulgarians Abroad") but name nothing
    /// of their own (organisation-name completion takes them into the name before them), and "CCTV", "GDP" alone.
    private func isCommonWordAlone(_ span: NameSpan) -> Bool {
        span.tokens.count == 1 && (Self.adverbsOfPlace.contains(tokens[span.tokens.lowerBound].lower)
                                   || Self.acronymsOfThings.contains(tokens[span.tokens.lowerBound].text))
    }

    /// Acronyms that English uses as common nouns, naming no one: "CCTV footage", "GDP", "an NGO", "a SIM card".
    private static let acronymsOfThings: WordSet = [
        "CCTV", "GDP", "GNP", "DNA", "GPS", "ATM", "ATMs", "SMS", "HIV", "AIDS", "PIN", "SUV", "ICU", "MRI", "VAT", "NGO", "NGOs",
        "PDF", "USB", "LED", "IVF", "COVID", "SIM", "VPN", "ECG", "LGBT", "LGBTQ", "LGBTI", "LGBTQI",
    ]

    /// Adverbs that end names of bodies ("… Abroad", "… Worldwide") and name nothing alone.
    private static let adverbsOfPlace: WordSet = ["abroad", "overseas", "worldwide", "nationwide"]

    /// A lone demonym, or one that also names a place ("Thai") used as an adjective: before a lowercase word
    /// ("Thai government", "Thai birth certificates"); a compound of demonyms ("Azerbaijani-Israeli") whatever its type;
    /// a demonym taken for a person before a noun it modifies, unless it is a surname ("Kenyan remittance startup").
    private func isDemonymAlone(_ span: NameSpan) -> Bool {
        guard span.tokens.count == 1 else { return false }
        let token = tokens[span.tokens.lowerBound]
        // No one is called "Azerbaijani-Israeli": a compound of demonyms is never a person's name either.
        // Before a capitalized word it may open an organisation's name ("Belgian-Moroccan Women's Business Network").
        if token.text.containsLiterally("-"), case let parts = token.text.split(separator: "-"), parts.count >= 2,
           parts.allSatisfy({ !words.lexicon.demonymCountries(String($0)).isEmpty }) {
            let next = span.tokens.upperBound
            return next >= tokens.count || tokens[next].sentence != token.sentence || !tokens[next].startsUpper
        }
        guard words.isDemonym(token) else { return false }
        let next = span.tokens.upperBound
        // "Kenyan remittance startup Pesa Daraja …": a demonym before a noun it modifies is no one's name; "English" and
        // "French" are listed surnames too (a surname's ending alone, "Kenyan" like "Sargsyan", says nothing here).
        if span.type == .person {
            return !words.lexicon.isSurname(token.text) && next < tokens.count && tokens[next].sentence == token.sentence && isModifiedNoun(next)
        }
        return !words.isPlacePhrase(token.text)
            || (next < tokens.count && tokens[next].sentence == token.sentence && isModifiedNoun(next))
    }
}
