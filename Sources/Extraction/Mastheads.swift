import ArticleText

/// The newspaper's own name on a line of its own at the top of the article, its masthead:
///
/// ```
/// Temple's Saturday School Keeps Vietnamese Alive        headline
/// The Sabine Gulf Sentinel | Oct. 27, 2025                masthead, then the date
/// By Marcus Thibodeaux                                    byline
/// ```
///
/// A line among the opening ones, before the first paragraph of running text, is a masthead when its name (up
/// to a "|", a dash or a comma; without a leading "The") is one to seven capitalized words or connectors and
/// either ends with a word papers are called by ("Herald", "Gazette", "Voice", "Local") or, after the headline,
/// is set off from what follows by the line's one "|" or dash ("Bielefelder Stadtanzeiger – English edition"), or
/// stands alone right above the byline or a line opening with the date, as one word or ending in an organisation's
/// head word ("Belsat" over "Vilnius, 12 October 2025 – …").
/// Lines from the byline on, a block of lines, and a person's name or a role are none. The name is an ORG, whatever the tagger made of it:
/// heading lines keep no spans of their own.
enum Mastheads {
    /// Words a newspaper's name ends with, written for newsdex.
    static let titleWords: WordSet = [
        "advertiser", "argus", "beacon", "bee", "bulletin", "chronicle", "citizen", "courier", "daily", "democrat", "digest",
        "dispatch", "echo", "enquirer", "examiner", "express", "gazette", "gleaner", "globe", "guardian", "herald",
        "independent", "inquirer", "insider", "insight", "journal", "lantern", "leader", "ledger", "local", "magazine", "mail", "mercury",
        "messenger", "mirror", "monitor", "monthly", "news", "observer", "post", "press", "quarterly", "record", "recorder", "register",
        "reporter", "review",
        "sentinel", "standard", "star", "sun", "telegraph", "times", "today", "tribune", "voice", "weekly", "world",
    ]

    /// Words of a web page's section kickers ("LOCAL NEWS", "World", "Society"), written for newsdex.
    static let sectionWords: WordSet = [
        "arts", "books", "breaking", "business", "city", "community", "craft", "culture", "design", "education", "entertainment",
        "environment", "europe", "faith", "features", "food", "health", "home", "international", "latest", "life", "lifestyle",
        "local", "metro", "money", "music", "national", "obituaries", "opinion", "people", "politics", "region", "regional",
        "religion", "science", "society", "sport", "sports", "stories", "style", "technology", "top", "travel", "weekend", "world",
    ]

    /// Words that may stand before the "by" of a byline ("Words by", "Story by", "Photographs and text by"), written for newsdex.
    static let bylineWords: WordSet = [
        "words", "story", "text", "reportage", "report", "reporting", "photographs", "photography", "photos", "pictures",
        "interview", "interviews", "essay", "written", "edited", "compiled", "illustrations", "video", "and", "review", "reviewed",
        "reported", "filed",
    ]

    /// Whether a byline opens at `start`: "By NAME", "Words by NAME", "Photographs and text by NAME" (up to three byline
    /// words before "by", which a capitalized word follows).
    static func opensByline(at start: Int, before limit: Int, _ tokens: [Token]) -> Bool {
        var index = start
        while index < limit, index - start < 3, bylineWords.contains(tokens[index].lower), tokens[index].lower != "and" || index > start { index += 1 }
        return index + 1 < limit && tokens[index].lower == "by" && tokens[index + 1].startsUpper
    }

    /// Whether the paragraph `range` holds a byline: at its start or in one of its parts set off by "|".
    static func holdsByline(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        opensByline(at: range.lowerBound, before: range.upperBound, tokens)
            || range.contains { tokens[$0].text == "|" && opensByline(at: $0 + 1, before: range.upperBound, tokens) }
    }

    /// Opening lines looked at, at most.
    private static let openingLines = 5

    static func add(to spans: [NameSpan], document: TextDocument, words: WordClasses) -> [NameSpan] {
        let tokens = document.tokens
        var result = spans
        var start = 0
        var line = 0
        while start < tokens.count, line < openingLines {
            var end = start
            while end < tokens.count, tokens[end].paragraph == tokens[start].paragraph { end += 1 }
            // The masthead stands above the byline and the text, on a line of its own: a block of lines
            // ("Gurpreet Kaur Dhillon" / "BBC News, Leicester") is a byline or a signature.
            if isRunningText(start..<end, tokens) || holdsByline(start..<end, tokens) { break }
            let beforeDateOrByline = end < tokens.count && opensWithDateOrByline(at: end, tokens)
            if !(start + 1..<end).contains(where: document.lineBreak(before:)) {
                let names = line > 0 ? paperAmongSections(start..<end, tokens: tokens, words: words) : []
                let found = names.isEmpty ? name(in: start..<end, line: line, beforeDateOrByline: beforeDateOrByline, tokens: tokens, words: words).map { [$0] } ?? [] : names
                for name in found
                where !spans.contains(where: { $0.type == .person && $0.tokens.overlaps(name) }) {
                    result.removeAll { $0.tokens.overlaps(name) }
                    result.append(NameSpan(.org, name))
                }
            }
            start = end
            line += 1
        }
        // "Story by NAME | Wayfarer Quarterly, Autumn Journeys": a byline among the opening paragraphs, after the
        // headline and its standfirst too, names the paper among its parts.
        start = 0
        line = 0
        while start < tokens.count, line < openingLines {
            var end = start
            while end < tokens.count, tokens[end].paragraph == tokens[start].paragraph { end += 1 }
            if !isRunningText(start..<end, tokens), holdsByline(start..<end, tokens) {
                if let paper = paperInByline(start..<end, tokens: tokens, words: words) {
                    result.removeAll { $0.tokens.overlaps(paper) }
                    result.append(NameSpan(.org, paper))
                }
                break
            }
            start = end
            line += 1
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A paragraph of the article's text: more than twelve words ending a sentence.
    private static func isRunningText(_ paragraph: Range<Int>, _ tokens: [Token]) -> Bool {
        let last = tokens[paragraph.upperBound - 1].text
        return paragraph.filter({ tokens[$0].kind == .word }).count > 12 && [".", "!", "?", "\"", "”"].contains(last)
    }

    /// The paragraph at `start` opens with a byline ("by Irina Mocanu | …") or a date among its first words
    /// ("16.01.2025 18:30", "Vilnius, 12 October 2025 –").
    private static func opensWithDateOrByline(at start: Int, _ tokens: [Token]) -> Bool {
        if tokens[start].lower == "by" { return true }
        let paragraph = tokens[start].paragraph
        return tokens[start..<min(start + 6, tokens.count)].prefix { $0.paragraph == paragraph && $0.text != "." }.contains { $0.kind == .number }
    }

    /// "ARTS | The Yarra Courier", "Codka Columbus (The Columbus Voice) | Community | Issue 412": in a line of parts set
    /// off by "|" or dashes, the part that names a paper by its title word, with the translation in brackets after it;
    /// a part made only of section and title words ("News", "ARTS & LIFE") is a section's kicker. Empty when no part
    /// names a paper.
    private static func paperAmongSections(_ paragraph: Range<Int>, tokens: [Token], words: WordClasses) -> [Range<Int>] {
        let separators = paragraph.filter { tokens[$0].kind == .dash || tokens[$0].text == "|" }
        guard !separators.isEmpty else { return [] }
        let bounds = [paragraph.lowerBound] + separators.map { $0 + 1 }
        let ends = separators + [paragraph.upperBound]
        for (lower, upper) in zip(bounds, ends) where lower < upper {
            let open = (lower..<upper).first { tokens[$0].text == "(" }
            let translation = open.flatMap { open in
                tokens[upper - 1].text == ")" && open + 1 < upper - 1 ? withoutArticle((open + 1)..<(upper - 1), tokens) : nil
            }
            let main = withoutArticle(lower..<(open ?? upper), tokens)
            guard !main.isEmpty, isNameOfWords(main, tokens: tokens, words: words), !isMadeOfSectionWords(main, tokens) else { continue }
            let names = [main] + (translation.map { isNameOfWords($0, tokens: tokens, words: words) ? [$0] : [] } ?? [])
            if names.contains(where: { titleWords.contains(tokens[$0.upperBound - 1].lower) }) { return names }
        }
        return []
    }

    /// The paper a byline line names among its parts set off by "|" (each up to its first comma): the part that ends in a
    /// paper's title word, else the one that opens with "The", else the only one left that is a name of words, not a
    /// section's ("Culture & Community") or a place's, with no number and no byline ("Treasure Valley Living | Culture &
    /// Community | June 20, 2025 | Story by NAME"). The paper is one whatever the tagger made of it.
    private static func paperInByline(_ paragraph: Range<Int>, tokens: [Token], words: WordClasses) -> Range<Int>? {
        let separators = paragraph.filter { tokens[$0].text == "|" }
        let bounds = [paragraph.lowerBound] + separators.map { $0 + 1 }
        let ends = separators + [paragraph.upperBound]
        var candidates: [(name: Range<Int>, opensWithThe: Bool)] = []
        for (lower, upper) in zip(bounds, ends) where lower < upper {
            let comma = (lower..<upper).first { tokens[$0].text == "," } ?? upper
            let name = withoutArticle(lower..<comma, tokens)
            guard !name.isEmpty, !opensByline(at: lower, before: upper, tokens), isNameOfWords(name, tokens: tokens, words: words),
                  !isMadeOfSectionWords(name, tokens), !words.isPlacePhrase(name.map { tokens[$0].text }.joined(separator: " "))
            else { continue }
            candidates.append((name, name.lowerBound > lower))
        }
        if let titled = candidates.first(where: { titleWords.contains(tokens[$0.name.upperBound - 1].lower) }) { return titled.name }
        if let the = candidates.first(where: \.opensWithThe) { return the.name }
        return candidates.count == 1 ? candidates[0].name : nil
    }

    /// Whether every word of `range` is a section word or a title word ("News", "ARTS & LIFE", "World News").
    private static func isMadeOfSectionWords(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        range.allSatisfy { titleWords.contains(tokens[$0].lower) || sectionWords.contains(tokens[$0].lower) || tokens[$0].text == "&" }
    }

    /// `range` without a leading "The".
    private static func withoutArticle(_ range: Range<Int>, _ tokens: [Token]) -> Range<Int> {
        !range.isEmpty && tokens[range.lowerBound].lower == "the" ? (range.lowerBound + 1)..<range.upperBound : range
    }

    /// One to seven capitalized words or connectors, none a role, a calendar word or "by": what a paper's name is made of.
    private static func isNameOfWords(_ name: Range<Int>, tokens: [Token], words: WordClasses) -> Bool {
        (1...7).contains(name.count) && tokens[name.lowerBound].lower != "by"
            && tokens[name.lowerBound].isCapitalized && tokens[name.upperBound - 1].isCapitalized
            && name.allSatisfy({ index in
                let token = tokens[index]
                // "Staff Reporter | 14 August 2025" is a byline.
                return token.kind == .word && (token.isCapitalized || words.isConnector(token) || token.lower == "the") && !words.isCalendarWord(token)
                    && !words.isRoleOrTitle(token) && token.lower != "staff"
                    || token.text == "&"
            })
    }

    private static func name(in paragraph: Range<Int>, line: Int, beforeDateOrByline: Bool, tokens: [Token], words: WordClasses) -> Range<Int>? {
        var start = paragraph.lowerBound
        if tokens[start].lower == "the" { start += 1 }
        var end = start
        while end < paragraph.upperBound, tokens[end].kind != .dash, tokens[end].kind != .number, ![",", "|"].contains(tokens[end].text) {
            end += 1
        }
        let name = start..<end
        guard isNameOfWords(name, tokens: tokens, words: words) else { return nil }
        // "LOCAL NEWS", "World News", "News": a section's kicker, a section word and title words or one of them alone, names
        // no paper ("The Daily Star", "The Local" do).
        guard start > paragraph.lowerBound || !(name.count == 1 || name.contains(where: { sectionWords.contains(tokens[$0].lower) }))
                || !isMadeOfSectionWords(name, tokens) else { return nil }
        // "Sun 13 Oct 2024" is a date.
        let endsWithTitleWord = titleWords.contains(tokens[name.upperBound - 1].lower) && !(end < paragraph.upperBound && tokens[end].kind == .number)
        // One "|" or dash: a breadcrumb of sections has more ("Club Rugby | Match Report | Logan City").
        let separators = paragraph.filter { tokens[$0].kind == .dash || tokens[$0].text == "|" }
        let setOff = end < paragraph.upperBound && separators.first == end && separators.count == 1 && !words.isGivenName(tokens[name.lowerBound])
        // "Belsat", "Polish Radio Foreign Service": one word, or a name ending in an organisation's head word, alone on
        // its line right above the byline or the dated first line; not a place ("Vilnius"), a heading ("FEATURE") or a
        // person's name.
        let last = tokens[name.upperBound - 1]
        let standsAlone = end == paragraph.upperBound && beforeDateOrByline
            && (name.count == 1 && !(last.isAllCaps && last.text.count > 4) || name.count <= 4 && words.isOrgHead(last))
            && !words.isPlacePhrase(name.map { tokens[$0].text }.joined(separator: " ")) && !words.isGivenName(tokens[name.lowerBound])
        // The headline itself is no masthead unless it is nothing but a paper's name.
        if line == 0 { return endsWithTitleWord && end == paragraph.upperBound && name.count <= 5 ? name : nil }
        return endsWithTitleWord || setOff || standsAlone ? name : nil
    }
}
