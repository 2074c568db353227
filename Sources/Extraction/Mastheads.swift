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
    static let titleWords: Set<String> = [
        "advertiser", "argus", "beacon", "bee", "bulletin", "chronicle", "citizen", "courier", "daily", "democrat", "digest",
        "dispatch", "echo", "enquirer", "examiner", "express", "gazette", "gleaner", "globe", "guardian", "herald",
        "independent", "inquirer", "insider", "insight", "journal", "lantern", "leader", "ledger", "local", "mail", "mercury", "messenger",
        "mirror", "monitor", "news", "observer", "post", "press", "record", "recorder", "register", "reporter", "review",
        "sentinel", "standard", "star", "sun", "telegraph", "times", "tribune", "voice", "weekly", "world",
    ]

    /// Words of a web page's section kickers ("LOCAL NEWS", "World", "Society"), written for newsdex.
    static let sectionWords: Set<String> = [
        "arts", "books", "breaking", "business", "city", "community", "culture", "education", "entertainment", "europe",
        "faith", "features", "food", "health", "home", "international", "latest", "life", "lifestyle", "local", "metro",
        "music", "national", "obituaries", "opinion", "politics", "region", "regional", "religion", "society", "sport",
        "sports", "top", "travel", "world",
    ]

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
            if isRunningText(start..<end, tokens) || tokens[start].lower == "by" { break }
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
