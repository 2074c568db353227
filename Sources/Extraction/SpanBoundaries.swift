import ArticleText
import Lexicon

/// General boundary repairs after the tagger (EXTRACTION-NOTES: most remaining errors are boundaries).
///
/// - Titles and roles are not part of a name: "President Ilham Aliyev" → PERSON "Ilham Aliyev".
/// - An organisation name run on into a role and a person ("… in the UK Savash Marandli", "… ORG chairman
///   NAME") is cut into the ORG and the PERSON.
/// - Spans do not start with "the" or end with adverbs or lower-case words ("Nasirov also").
/// - A lone demonym ("Azerbaijani") is not a place or an organisation.
/// - A span inside a title-case heading line (no sentence punctuation, most words capitalized) is kept only
///   when it is longer than one word.
struct SpanBoundaries {
    let document: TextDocument
    let words: WordClasses

    func apply(to spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        for span in spans {
            for piece in splitRunOnOrganization(span) {
                for part in splitLeadingPlace(piece) {
                    if let trimmed = trim(part), !isDemonymAlone(trimmed) {
                        result.append(trimmed)
                    }
                }
            }
        }
        result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        result = result.map(retypePersonLikePlace).map(retypeByOrganizationHead).compactMap(retypeImplausiblePerson)
        result = retypeCountriesTakenForPeople(result)
        result = extendToKnownPlaces(result)
        result = extendOrganizationsOverCutPlaces(result)
        result = completeGivenNameOnlyPersons(result)
        result = detachPersonsAcrossSpans(result)
        result = completeSurnameOnlyPersons(result)
        return joinPlacesAroundOf(result)
    }

    private var tokens: [Token] { document.tokens }

    /// Drops leading determiners, titles and roles, and trailing words that cannot end a name.
    func trim(_ span: NameSpan) -> NameSpan? {
        var lower = span.tokens.lowerBound
        var upper = span.tokens.upperBound
        // "Lyon-based Union …": a "PLACE-based" word describes the name, it is not part of it.
        while upper - lower >= 2, tokens[lower].lower.hasSuffix("-based") { lower += 1 }
        // "Co-founder of the Network of …": a role and "of" before an organisation are not its name.
        if span.type == .org, upper - lower >= 3, words.isRoleOrTitle(tokens[lower]), tokens[lower + 1].lower == "of" {
            lower += 2
        }
        while lower < upper {
            let token = tokens[lower]
            let isThe = token.lower == "the"
            let isTitle = span.type == .person && (words.isRoleOrTitle(token) || token.kind == .punctuation)
            guard isThe || isTitle || token.kind == .punctuation || token.kind == .quote || token.kind == .dash else { break }
            lower += 1
        }
        while upper > lower {
            let token = tokens[upper - 1]
            let endsBadly = token.kind == .punctuation && token.text != ")"
                || token.kind == .quote || token.kind == .dash
                || (token.kind == .word && !token.startsUpper && !(span.type == .org && words.isCollectiveNoun(token)))
                || words.isConnector(token) || token.text == "'s" || token.text == "’s"
            guard endsBadly else { break }
            upper -= 1
        }
        guard lower < upper else { return nil }
        return NameSpan(span.type, lower..<upper)
    }

    /// Cuts "ORG [role] Given Surname" into the ORG and a PERSON, at a role word or at a trailing person name.
    private func splitRunOnOrganization(_ span: NameSpan) -> [NameSpan] {
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
        // A person's name glued to the end: "… in the UK Savash Marandli".
        for nameLength in [3, 2] where span.tokens.count > nameLength + 1 {
            let rest = (span.tokens.upperBound - nameLength)..<span.tokens.upperBound
            let before = tokens[rest.lowerBound - 1]
            guard rest.allSatisfy({ words.isNameWord(tokens[$0]) }), looksLikePersonName(rest),
                  !words.isConnector(before), !words.isOrgHead(tokens[rest.upperBound - 1]) else { continue }
            return [NameSpan(.org, span.tokens.lowerBound..<rest.lowerBound), NameSpan(.person, rest)]
        }
        return [span]
    }

    /// Cuts a country or place the tagger ran into a person's name: "… of Azerbaijan Ilham Aliyev" → PLACE
    /// "Azerbaijan", PERSON "Ilham Aliyev".
    private func splitLeadingPlace(_ span: NameSpan) -> [NameSpan] {
        guard span.type == .person, span.tokens.count >= 3 else { return [span] }
        for length in stride(from: min(words.lexicon.maxPhraseTokens, span.tokens.count - 2), through: 1, by: -1) {
            let place = span.tokens.lowerBound..<(span.tokens.lowerBound + length)
            let rest = place.upperBound..<span.tokens.upperBound
            let phrase = place.map { tokens[$0].text }.joined(separator: " ")
            guard words.isPlacePhrase(phrase), !(length == 1 && words.isGivenName(tokens[place.lowerBound])) else { continue }
            if looksLikePersonName(rest) { return [NameSpan(.place, place), NameSpan(.person, rest)] }
        }
        return [span]
    }

    /// An organisation run on into a person whose name the tagger split across spans: "… in Edmonton
    /// Farhad" + "Eyyubov", or "… in Quebec Kamala" + an untagged "Aliyeva". The given name leaves the
    /// organisation and joins the capitalized words after it into a PERSON; spans inside that name go.
    private func detachPersonsAcrossSpans(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        var index = 0
        while index < result.count {
            let span = result[index]
            index += 1
            guard span.type == .org, span.tokens.count >= 3 else { continue }
            let last = span.tokens.upperBound - 1
            let given = tokens[last]
            guard words.isGivenName(given), !words.isOrgHead(given),
                  !words.isConnector(tokens[last - 1]) else { continue }
            var end = span.tokens.upperBound
            while end < tokens.count, end - last < 3, tokens[end].sentence == given.sentence, words.isNameWord(tokens[end]),
                  !words.isRoleOrTitle(tokens[end]) {
                end += 1
            }
            let name = last..<end
            guard end > span.tokens.upperBound, looksLikePersonName(name) else { continue }
            result[index - 1] = NameSpan(.org, span.tokens.lowerBound..<last)
            result.removeAll { $0.tokens.lowerBound >= span.tokens.upperBound && $0.tokens.lowerBound < end }
            result.insert(NameSpan(.person, name), at: index)
        }
        return result
    }

    /// A lone surname the tagger found without the capitalized word before it: "in the UK Savash
    /// Marandli" with only "Marandli" tagged. The word joins when it is in no span, not the first of its
    /// sentence, and not a known place, role, organisation word, demonym or common word.
    private func completeSurnameOnlyPersons(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .person && result[i].tokens.count == 1 {
            let start = result[i].tokens.lowerBound
            guard start >= 2, words.isSurname(tokens[start]) else { continue }
            let before = tokens[start - 1]
            let isFirstOfSentence = tokens[start - 2].sentence != before.sentence
            let inSpan = result.contains { $0.tokens.contains(start - 1) }
            guard !inSpan, !isFirstOfSentence, before.sentence == tokens[start].sentence, words.isNameWord(before),
                  words.lexicon.categories(of: before.text).isDisjoint(with: [.place, .country, .region, .city, .demonym, .orgHead, .role, .title, .commonWord, .placeType, .knownOrganization]),
                  !before.isAcronymLike else { continue }
            result[i].tokens = (start - 1)..<result[i].tokens.upperBound
        }
        return result
    }

    /// A PLACE or ORG that no gazetteer knows but that reads as a given name and a surname ("Costas
    /// Vrettos", "Elmar Huseynli"), or a single unknown place or organisation shaped like a surname
    /// ("Muradov", "Huseynli"), is a PERSON.
    private func retypePersonLikePlace(_ span: NameSpan) -> NameSpan {
        // A single unknown "place" shaped like a surname ("Muradov", "Melnychuk") is a person.
        if span.type != .person, span.tokens.count == 1, PersonNames.hasSurnameMorphology(tokens[span.tokens.lowerBound].text),
           words.lexicon.categories(of: tokens[span.tokens.lowerBound].text).isDisjoint(with: [.place, .country, .region, .city, .knownOrganization, .orgHead]),
           !words.isDemonym(tokens[span.tokens.lowerBound]), !tokens[span.tokens.lowerBound].isAcronymLike {
            return NameSpan(.person, span.tokens)
        }
        guard span.type == .place || span.type == .org, span.tokens.count >= 2, span.tokens.count <= 3,
              words.isGivenName(tokens[span.tokens.lowerBound]), looksLikePersonName(span.tokens),
              !span.tokens.contains(where: { words.isConnector(tokens[$0]) }),
              !words.lexicon.categories(of: span.tokens.map { tokens[$0].text }.joined(separator: " ")).contains(.knownOrganization)
        else { return span }
        return NameSpan(.person, span.tokens)
    }

    /// A PERSON ending in a place-type word is a place ("Little Village"); a lone place-type word or a
    /// run holding a collective noun ("Region", "Humanitarian Affairs") is no person at all.
    private func retypeImplausiblePerson(_ span: NameSpan) -> NameSpan? {
        guard span.type == .person else { return span }
        if span.tokens.contains(where: { words.isCollectiveNoun(tokens[$0]) }) { return nil }
        guard words.lexicon.categories(of: tokens[span.tokens.upperBound - 1].text).contains(.placeType) else { return span }
        return span.tokens.count == 1 ? nil : NameSpan(.place, span.tokens)
    }

    /// A PERSON that is a country's name is the country ("Britain", "South Korea"), unless the article
    /// also uses the word inside a longer person's name ("Michael Jordan" … "Jordan said").
    private func retypeCountriesTakenForPeople(_ spans: [NameSpan]) -> [NameSpan] {
        let personWords = Set(spans.filter { $0.type == .person && $0.tokens.count >= 2 }.flatMap { $0.tokens.map { tokens[$0].lower } })
        return spans.map { span in
            guard span.type == .person, !span.tokens.contains(where: { personWords.contains(tokens[$0].lower) }) || span.tokens.count > 1,
                  words.lexicon.places(named: span.tokens.map { tokens[$0].text }.joined(separator: " ")).contains(where: { $0.kind == .country })
            else { return span }
            return NameSpan(.place, span.tokens)
        }
    }

    /// Head words of states as well as of organisations: "Soviet Union", "Czech Republic".
    private static let stateHeads: Set<String> = ["union", "republic", "federation", "kingdom", "states", "emirates", "commonwealth", "confederation"]

    /// A name ending in an organisation head word is an organisation: "Westmead Hospital", "Bradford
    /// Royal Infirmary" taken for a place or a person.
    private func retypeByOrganizationHead(_ span: NameSpan) -> NameSpan {
        let head = tokens[span.tokens.upperBound - 1]
        guard span.type != .org, span.tokens.count >= 2, words.isOrgHead(head), !Self.stateHeads.contains(head.lower),
              !words.isPlacePhrase(span.tokens.map { tokens[$0].text }.joined(separator: " ")) else { return span }
        return NameSpan(.org, span.tokens)
    }

    /// A PLACE the tagger cut short of a name the gazetteer knows ("Lower" of "Lower Saxony", "North" of
    /// "North Rhine-Westphalia") takes the longest known place name that starts with it; spans inside go.
    private func extendToKnownPlaces(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .place {
            let start = result[i].tokens.lowerBound
            let sentence = tokens[start].sentence
            var longest: Int?
            var end = result[i].tokens.upperBound
            while end < tokens.count, end - start < words.lexicon.maxPhraseTokens, tokens[end].sentence == sentence,
                  words.isNameWord(tokens[end]), !result.contains(where: { $0.type == .person && $0.tokens.contains(end) }) {
                end += 1
                if words.isPlacePhrase((start..<end).map { tokens[$0].text }.joined(separator: " ")) { longest = end }
            }
            guard let longest else { continue }
            let grown = start..<longest
            for j in result.indices where j != i && grown.overlaps(result[j].tokens) {
                result[j].tokens = result[j].tokens.upperBound > longest ? longest..<result[j].tokens.upperBound : longest..<longest
            }
            result[i].tokens = grown
        }
        return result.filter { !$0.tokens.isEmpty }
    }

    /// An organisation the tagger ended inside the place of its name ("Cedars Youth Network of New" +
    /// "South Wales") runs to the end of the longest known place that starts after its last "of" or "in".
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
                if words.isPlacePhrase((start..<end).map { tokens[$0].text }.joined(separator: " ")) { longest = end }
            }
            guard let longest else { continue }
            for j in result.indices where j != i && (span.upperBound..<longest).overlaps(result[j].tokens) {
                result[j].tokens = result[j].tokens.upperBound > longest ? longest..<result[j].tokens.upperBound : longest..<longest
            }
            result[i].tokens = span.lowerBound..<longest
        }
        return result.filter { !$0.tokens.isEmpty }
    }

    /// A PERSON of one or two words that the tagger ended before the surname ("Ruksana" of "Ruksana
    /// Begum", "Diana" of "Diana Rojas" with "Rojas" taken for a place) takes the surname-like word after
    /// it; a span that began with that word gives it up.
    private func completeGivenNameOnlyPersons(_ spans: [NameSpan]) -> [NameSpan] {
        var result = spans
        for i in result.indices where result[i].type == .person && result[i].tokens.count <= 2 {
            let given = result[i].tokens.lowerBound
            let next = result[i].tokens.upperBound
            // The tagger's PERSON is the evidence; the next word only has to be a name word the lexicon
            // knows as nothing else, or a surname that is also a town or region ("Rojas").
            let categories = next < tokens.count ? words.lexicon.categories(of: tokens[next].text) : []
            guard next < tokens.count,
                  categories.isSubset(of: [.givenName, .surname])
                    || (categories.contains(.surname) && categories.isSubset(of: [.surname, .givenName, .place, .city, .region])),
                  tokens[next].sentence == tokens[given].sentence,
                  words.isNameWord(tokens[next]), !tokens[next].isAcronymLike, !words.isCalendarWord(tokens[next]),
                  couldBePersonName(given..<(next + 1)) else { continue }
            if let j = result.firstIndex(where: { $0.tokens.lowerBound == next }) {
                var rest = (next + 1)..<result[j].tokens.upperBound
                while !rest.isEmpty, words.isConnector(tokens[rest.lowerBound]) || tokens[rest.lowerBound].lower == "the" {
                    rest = (rest.lowerBound + 1)..<rest.upperBound
                }
                guard result[j].type != .person else { continue }
                result[j].tokens = rest
            } else if result.contains(where: { $0.tokens.contains(next) }) {
                continue
            }
            result[i].tokens = given..<(next + 1)
        }
        return result.filter { !$0.tokens.isEmpty }
    }

    /// "Republic" + "of" + "Azerbaijan": adjacent spans joined by "of" become one PLACE when the whole
    /// phrase is a known place name.
    private func joinPlacesAroundOf(_ spans: [NameSpan]) -> [NameSpan] {
        var result: [NameSpan] = []
        for span in spans {
            if let previous = result.last, previous.type != .person, span.type == .place,
               previous.tokens.upperBound + 1 == span.tokens.lowerBound, tokens[previous.tokens.upperBound].lower == "of" {
                let joined = previous.tokens.lowerBound..<span.tokens.upperBound
                if words.isPlacePhrase(joined.map { tokens[$0].text }.joined(separator: " ")) {
                    result[result.count - 1] = NameSpan(.place, joined)
                    continue
                }
            }
            result.append(span)
        }
        return result
    }

    /// Given name then surname-like words, none of them an organisation or place word.
    func looksLikePersonName(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, couldBePersonName(range) else { return false }
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound - 1]
        return words.isGivenName(first) || (words.isSurname(last) && !words.isPlacePhrase(last.text))
    }

    /// No word of `range` rules out a person's name: no organisation head, role, demonym, acronym, and
    /// the words are not a known place.
    func couldBePersonName(_ range: Range<Int>) -> Bool {
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound - 1]
        if range.contains(where: { words.isOrgHead(tokens[$0]) || words.isRoleOrTitle(tokens[$0]) }) { return false }
        let phrase = range.map { tokens[$0].text }.joined(separator: " ")
        if words.isPlacePhrase(phrase) { return false }
        if words.isDemonym(first) || words.isDemonym(last) || range.contains(where: { tokens[$0].isAcronymLike }) { return false }
        return !(words.isPlacePhrase(first.text) && !words.isGivenName(first))
    }

    private func isDemonymAlone(_ span: NameSpan) -> Bool {
        guard span.type != .person, span.tokens.count == 1 else { return false }
        let token = tokens[span.tokens.lowerBound]
        return words.isDemonym(token) && !words.isPlacePhrase(token.text)
    }
}
