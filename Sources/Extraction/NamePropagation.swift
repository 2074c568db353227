import ArticleText

/// Entity propagation (Ratinov & Roth 2009): a name the article uses once is tagged wherever else it appears.
///
/// Full names, acronyms and the surnames of named people (the first word of a name written family name first:
/// "Park" of "Park Soon-ja") are looked up at every token the tagger left
/// untagged (an organisation's name also over the places the tagger found inside it: "Association of
/// Azerbaijanis in [Hungary]"); a form that was given two types in the article is left alone. The given name of a
/// person named in full is a mention of that person beside a verb of speech ("Thilaga said").
struct NamePropagation {
    let document: TextDocument
    let words: WordClasses

    private var tokens: [Token] { document.tokens }

    func propagate(_ spans: [NameSpan]) -> [NameSpan] {
        let spans = detachPeopleNamedElsewhere(spans)
        var forms: [[String]: EntityType] = [:]
        var ambiguous: Set<[String]> = []
        func register(_ form: [String], _ type: EntityType) {
            if let known = forms[form], known != type { ambiguous.insert(form) }
            forms[form] = type
        }
        for span in spans {
            let form = span.tokens.map { tokens[$0].text }
            register(form, span.type)
            if span.type == .person, span.tokens.count >= 3, let last = form.last, PersonNames.patronymicWords.contains(last) {
                // "Aibek Toktogul uulu" … "Toktogul uulu told Kabar": the father's name and the patronymic word go together.
                register(Array(form.suffix(2)), .person)
            } else if span.type == .person, span.tokens.count >= 2, let last = form.last, last.count > 2 {
                register([last], .person)
            }
            if span.type == .person, PersonNames.writesFamilyNameFirst(form) { register([form[0]], .person) }
        }
        for form in ambiguous { forms[form] = nil }
        // Given names of people named in full, for "Thilaga said" after "Thilaga Arumugam": only beside a verb of speech.
        let givenNames = Set(spans.filter { $0.type == .person && $0.tokens.count >= 2 && $0.part == nil }
            .map { tokens[$0.tokens.lowerBound].text }.filter { $0.count > 2 && forms[[$0]] == nil })
        // the longest form beginning with each first word: other tokens begin no form
        var longestFrom: [String: Int] = [:]
        for form in forms.keys {
            guard let first = form.first else { continue }
            longestFrom[first] = max(longestFrom[first] ?? 0, form.count)
        }
        let covered = NameSpan.coverage(of: spans, tokenCount: tokens.count)
        // Places the tagger found inside a repeated organisation name ("… in [Hungary]") stay, nested in it.
        var placeAt: [Int: Range<Int>] = [:]
        for span in spans where span.type == .place { for i in span.tokens { placeAt[i] = span.tokens } }
        func onlyPlacesInside(_ range: Range<Int>) -> Bool {
            range.allSatisfy { !covered[$0] || placeAt[$0].map { range.contains($0.lowerBound) && range.contains($0.upperBound - 1) } == true }
        }

        let spanStarts = Set(spans.map(\.tokens.lowerBound)), spanEnds = Set(spans.map(\.tokens.upperBound))
        var result = spans
        var index = 0
        while index < tokens.count {
            guard !covered[index], let longest = longestFrom[tokens[index].text],
                  words.isNameWord(tokens[index]) || tokens[index].isAcronymLike else { index += 1; continue }
            var matched = false
            for length in stride(from: min(longest, tokens.count - index), through: 1, by: -1) {
                let range = index..<(index + length)
                let free = !range.contains(where: { covered[$0] })
                guard free || length >= 3 && onlyPlacesInside(range) else { continue }
                if let type = forms[range.map { tokens[$0].text }], free || type == .org, extendsNoName(range, spanStarts: spanStarts, spanEnds: spanEnds) {
                    result.append(NameSpan(type, range))
                    index += length
                    matched = true
                    break
                }
            }
            if !matched, givenNames.contains(tokens[index].text), isSpeaker(at: index), extendsNoName(index..<(index + 1), spanStarts: spanStarts, spanEnds: spanEnds) {
                result.append(NameSpan(.person, index..<(index + 1)))
            }
            if !matched { index += 1 }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// An organisation whose last words are the full name of a person the article names on their own elsewhere ends
    /// before them: "the Plenipotentiary Representative for Religious and [Nationalities Affairs Uladzimir Savitski]" …
    /// "[Uladzimir Savitski] noted": the title chain ran on into the person. A person the tagger wrote as an
    /// organisation that reads as a person counts ("[Hamidulla Karimi], who had led the Association").
    private func detachPeopleNamedElsewhere(_ spans: [NameSpan]) -> [NameSpan] {
        guard spans.contains(where: { $0.type == .org && $0.part == nil && $0.tokens.count >= 3 }) else { return spans }
        // People whose first word is a given name or no ordinary English word ("Youth Forward" is no one's name).
        let boundaries = SpanBoundaries(document: document, words: words)
        let people = Set(boundaries.retypeOrganisationsReadAsPersons(spans).filter { $0.type == .person && $0.part == nil && (2...4).contains($0.tokens.count) }
            .filter { words.isGivenName(tokens[$0.tokens.lowerBound]) || !words.lexicon.isOrdinaryWord(tokens[$0.tokens.lowerBound].text) }
            .map { $0.tokens.map { tokens[$0].text } })
        guard !people.isEmpty else { return spans }
        var result: [NameSpan] = []
        for span in spans {
            guard span.type == .org, span.part == nil, span.tokens.count >= 3,
                  let length = (2...min(4, span.tokens.count - 1)).reversed().first(where: { length in
                      people.contains(span.tokens.suffix(length).map { tokens[$0].text })
                  }) else {
                result.append(span)
                continue
            }
            let cut = span.tokens.upperBound - length
            // What is left is a name only when it ends on a name word ("[Poetry of] Magtymguly Pyragy" leaves none) and
            // is more than a back-reference ("the [Association] Hamidulla Karimi").
            if words.isNameWord(tokens[cut - 1]), !words.isConnector(tokens[cut - 1]),
               let rest = boundaries.retypeGenericOrganization(NameSpan(.org, span.tokens.lowerBound..<cut)) {
                result.append(rest)
            }
            result.append(NameSpan(.person, cut..<span.tokens.upperBound))
        }
        return result
    }

    /// A verb of speech right after the word or right before it: "Thilaga said", "said Thilaga".
    private func isSpeaker(at index: Int) -> Bool {
        let after = index + 1 < tokens.count && tokens[index + 1].sentence == tokens[index].sentence && SpeechVerbs.isSpeechVerb(tokens[index + 1].lower)
        let before = index >= 1 && tokens[index - 1].sentence == tokens[index].sentence && SpeechVerbs.isSpeechVerb(tokens[index - 1].lower)
        return after || before
    }

    /// The match is not part of a longer capitalized run ("Victoria" inside "Victoria Street"). A name found right
    /// before or after it is a name of its own, not more of the run ("to the Czech Republic [Vasyl Marchenko-Tkach]").
    private func extendsNoName(_ range: Range<Int>, spanStarts: Set<Int>, spanEnds: Set<Int>) -> Bool {
        let before = range.lowerBound - 1
        let after = range.upperBound
        let beforeIsName = before >= 0 && words.isNameWord(tokens[before]) && tokens[before].sentence == tokens[range.lowerBound].sentence
            && !(before == 0 || tokens[before - 1].sentence != tokens[before].sentence) && !words.isRoleOrTitle(tokens[before])
            && !spanEnds.contains(range.lowerBound)
        let afterIsName = after < tokens.count && words.isNameWord(tokens[after]) && !spanStarts.contains(after)
        return !beforeIsName && !afterIsName
    }
}
