import Testing
import ArticleText

/// The token texts of `text`.
func tokenTexts(_ text: String) -> [String] {
    TextDocument(text).tokens.map(\.text)
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test func hyphenatedWordsStayWhole() {
        #expect(tokenTexts("the Egyptian-Azerbaijani Friendship") == ["the", "Egyptian-Azerbaijani", "Friendship"])
        #expect(tokenTexts("Supreme Commander-in-Chief.") == ["Supreme", "Commander-in-Chief", "."])
        #expect(tokenTexts("Almaty-based COVID-19 Su-27") == ["Almaty-based", "COVID-19", "Su-27"])
    }

    @Test func arabicParticlesAndPatronymics() {
        #expect(tokenTexts("Ahmed al-Rashid and Omar ibn Khattab, Ali bin Talal") ==
            ["Ahmed", "al-Rashid", "and", "Omar", "ibn", "Khattab", ",", "Ali", "bin", "Talal"])
        let ibn = TextDocument("Omar ibn Khattab").tokens[1]
        #expect(ibn.kind == .word)
        #expect(!ibn.isCapitalized)
    }

    @Test func internalApostrophesStayInTheWord() {
        #expect(tokenTexts("O'Brien and O’Neill don't") == ["O'Brien", "and", "O’Neill", "don't"])
    }

    @Test func possessiveIsItsOwnToken() {
        #expect(tokenTexts("Aliyev's candidacy") == ["Aliyev", "'s", "candidacy"])
        #expect(tokenTexts("Aliyev’s candidacy") == ["Aliyev", "’s", "candidacy"])
        #expect(tokenTexts("the Women's Union of Germany's capital.") ==
            ["the", "Women", "'s", "Union", "of", "Germany", "'s", "capital", "."])
        #expect(tokenTexts("the members' hall") == ["the", "members", "'", "hall"])
        let possessive = TextDocument("Aliyev's").tokens[1]
        #expect(possessive.kind == .word)
        #expect(possessive.range == 6..<8)
    }

    @Test(arguments: ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.",
                      "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.",
                      "Co.", "Inc.", "Ltd.", "Jr.", "Sr.", "vs.", "etc.", "Md."])
    func abbreviationKeepsItsPeriodAndDoesNotEndTheSentence(abbreviation: String) {
        let document = TextDocument("They met \(abbreviation) 5 Karimov there. Then they left.")
        #expect(document.tokens.map(\.text).contains(abbreviation))
        #expect(document.sentences.count == 2, "\(abbreviation)")
        #expect(document.string(document.sentences[0].range) == "They met \(abbreviation) 5 Karimov there.")
    }

    @Test(arguments: ["e.g.", "i.e.", "U.S.", "U.K.", "U.N.", "E.U."])
    func initialismIsOneTokenWithItsPeriods(initialism: String) {
        let document = TextDocument("Programmes of the \(initialism) Council grew. Later more.")
        #expect(document.tokens.map(\.text) == ["Programmes", "of", "the", initialism, "Council", "grew", ".", "Later", "more", "."])
        #expect(document.sentences.count == 2)
    }

    /// "RFE/RL": two acronyms joined by a slash are one token; words and numbers around a slash are not joined.
    @Test func twoAcronymsJoinedByASlashAreOneToken() {
        #expect(TextDocument("He told RFE/RL's service.").tokens.map(\.text) == ["He", "told", "RFE/RL", "'s", "service", "."])
        #expect(TextDocument("The and/or case, the A/B test and RFE/RLx.").tokens.map(\.text)
                == ["The", "and", "/", "or", "case", ",", "the", "A", "/", "B", "test", "and", "RFE", "/", "RLx", "."])
    }

    @Test func singleCapitalInitialsKeepTheirPeriod() {
        let document = TextDocument("J. R. Smith and Md. Rafiqul Islam spoke. A. Karimova agreed.")
        #expect(document.tokens.map(\.text).prefix(4) == ["J.", "R.", "Smith", "and"])
        #expect(document.tokens.map(\.text).contains("Md."))
        #expect(document.sentences.map { document.string($0.range) } ==
            ["J. R. Smith and Md. Rafiqul Islam spoke.", "A. Karimova agreed."])
    }

    @Test func weakAbbreviationEndsASentenceBeforeASentenceStarter() {
        let document = TextDocument("The deal was signed with Azersun Holding Ltd. The company said more. It was Co. Ltd. work.")
        #expect(document.sentences.map { document.string($0.range) } ==
            ["The deal was signed with Azersun Holding Ltd.", "The company said more.", "It was Co. Ltd. work."])
    }

    @Test func titlesNeverEndASentence() {
        let document = TextDocument("We thank you, Mr. President. The Dr. The Hon. Member spoke.")
        #expect(document.sentences.map { document.string($0.range) } ==
            ["We thank you, Mr. President.", "The Dr. The Hon. Member spoke."])
    }

    /// "Engr.", "Atty.", "Det. Sgt.", "Assoc. Prof.": the titles the press of many countries abbreviates before a
    /// name keep their period and end no sentence.
    @Test(arguments: ["Engr.", "Atty.", "Amb.", "Ing.", "Lic.", "Msgr.", "Coun.", "Ald.", "Det. Sgt.", "Assoc. Prof.",
                      "Usec.", "Adv.", "Smt.", "Bro.", "Pr."])
    func abbreviatedTitleBeforeANameEndsNoSentence(title: String) {
        let document = TextDocument("The president of the federation, \(title) Necati Bozkurt, spoke. Then they left.")
        #expect(document.sentences.map { document.string($0.range) } ==
            ["The president of the federation, \(title) Necati Bozkurt, spoke.", "Then they left."])
    }

    @Test func numbers() {
        let document = TextDocument("In 2024, 9-10 May, on 12.05.2021, 1,200 people, 3.5 percent, 14/07/2021, 10:30, the 3rd and 1990s")
        let numbers = document.tokens.filter { $0.kind == .number }.map(\.text)
        #expect(numbers == ["2024", "9-10", "12.05.2021", "1,200", "3.5", "14/07/2021", "10:30", "3rd", "1990s"])
    }

    @Test func numberRangeWithEnDashSplitsAroundTheDash() {
        let document = TextDocument("on 25–26 February")
        #expect(document.tokens.map(\.text) == ["on", "25", "–", "26", "February"])
        #expect(document.tokens.map(\.kind) == [.word, .number, .dash, .number, .word])
    }

    @Test func yearPrefixesLeaveTheDateApart() {
        #expect(tokenTexts("in mid-2020 and mid-October") == ["in", "mid", "-", "2020", "and", "mid", "-", "October"])
        #expect(tokenTexts("a 30-year-old") == ["a", "30-year-old"])
    }

    @Test func quotesOfEveryStyleAreTheirOwnTokens() {
        let document = TextDocument("\"A\" “B” ‘C’ «D» „E“ 'F'")
        #expect(document.tokens.map(\.text) == ["\"", "A", "\"", "“", "B", "”", "‘", "C", "’", "«", "D", "»", "„", "E", "“", "'", "F", "'"])
        #expect(document.tokens.filter { $0.kind == .quote }.count == 12)
    }

    @Test func slogansInSingleQuotesKeepTheQuotesApart() {
        #expect(tokenTexts("the slogan 'Victorious Leader of Victorious People,' believe") ==
            ["the", "slogan", "'", "Victorious", "Leader", "of", "Victorious", "People", ",", "'", "believe"])
    }

    @Test func dashes() {
        let document = TextDocument("ANKARA (AA) – Text — more -- and - so")
        let dashes = document.tokens.filter { $0.kind == .dash }.map(\.text)
        #expect(dashes == ["–", "—", "--", "-"])
    }

    @Test func punctuationAndSymbols() {
        let document = TextDocument("Costs: $5 (about 10%)... Wait?! Yes & no.")
        let kinds = Dictionary(document.tokens.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds[":"] == .punctuation)
        #expect(kinds["$"] == .symbol)
        #expect(kinds["%"] == .symbol)
        #expect(kinds["..."] == .punctuation)
        #expect(kinds["?!"] == .punctuation)
        #expect(kinds["&"] == .symbol)
        #expect(kinds["("] == .punctuation)
    }

    @Test func urlsAndEmailsDoNotCrashAndStayWhole() {
        let document = TextDocument("See https://www.trend.az/news/123?x=1, write to press@iacc.org.tr. Or www.apa.az.")
        let texts = document.tokens.map(\.text)
        #expect(texts.contains("https://www.trend.az/news/123?x=1"))
        #expect(texts.contains("press@iacc.org.tr"))
        #expect(texts.contains("www.apa.az"))
        #expect(document.sentences.count == 2)
    }

    @Test func domainLikeAgencyNamesStayWhole() {
        #expect(tokenTexts("Report.az informs.") == ["Report.az", "informs", "."])
        // Written with a capital: "Day.Az", "Caliber.Az"; a sentence run on with no space is not one.
        #expect(tokenTexts("He told Caliber.Az. Day.Az reports.") == ["He", "told", "Caliber.Az", ".", "Day.Az", "reports", "."])
        #expect(tokenTexts("It ended in Baku.Then") == ["It", "ended", "in", "Baku", ".", "Then"])
    }

    @Test func caseHelpers() {
        let tokens = TextDocument("BAKU Baku baku U.S. Ölkə 2024").tokens
        #expect(tokens.map(\.isAllCaps) == [true, false, false, true, false, false])
        #expect(tokens.map(\.isCapitalized) == [true, true, false, true, true, false])
        #expect(tokens.map(\.lowercased) == ["baku", "baku", "baku", "u.s.", "ölkə", "2024"])
    }

    @Test func exactScalarOffsetsForMultilingualText() {
        let text = "Zürich’s café — Ǆemal (Şəki) 👨‍👩‍👧 e\u{301}cole 東京 «bonjour» „hallo“ 12.05.2021 🇦🇿 Nguyễn’s 👍🏽! Ağdam"
        let document = TextDocument(text)
        let scalars = Array(text.unicodeScalars)
        #expect(document.scalars == scalars)
        var previousEnd = 0
        for token in document.tokens {
            #expect(document.string(token.range) == token.text)
            #expect(Array(scalars[token.range]) == Array(token.text.unicodeScalars))
            #expect(token.range.lowerBound >= previousEnd)
            previousEnd = token.range.upperBound
        }
        // Offsets count scalars: the combining acute and the ZWJ sequence each count their scalars.
        func offset(of word: String) -> Int? {
            document.tokens.first { $0.text == word }?.range.lowerBound
        }
        #expect(offset(of: "e\u{301}cole") == Array("Zürich’s café — Ǆemal (Şəki) 👨‍👩‍👧 ".unicodeScalars).count)
        #expect(offset(of: "Ağdam") == scalars.count - 5)
        #expect(document.tokens.map(\.text).contains("👨‍👩‍👧"))
        #expect(document.tokens.map(\.text).contains("🇦🇿"))
        #expect(document.tokens.map(\.text).contains("👍🏽"))
        #expect(document.tokens.map(\.text).prefix(3) == ["Zürich", "’s", "café"])
        #expect(document.tokens.map(\.text).contains("Nguyễn"))
    }

    @Test func emptyAndWhitespaceTexts() {
        #expect(TextDocument("").tokens.isEmpty)
        #expect(TextDocument("  \n\n \t").sentences.isEmpty)
        #expect(TextDocument("  \n\n \t").paragraphs.isEmpty)
    }
}
