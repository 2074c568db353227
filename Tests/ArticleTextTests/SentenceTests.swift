import Testing
import ArticleText

/// The sentence texts of `text`.
func sentenceTexts(_ text: String) -> [String] {
    let document = TextDocument(text)
    return document.sentences.map { document.string($0.range) }
}

@Suite("Sentences and paragraphs")
struct SentenceTests {
    @Test func fixtureArticleSplitsIntoItsSentences() {
        let source = ArticleSource.parse(Fixtures.article)
        #expect(source.date?.iso == "2023-11-20")
        let document = TextDocument(source.body)
        #expect(document.sentences.map { document.string($0.range) } == Fixtures.sentences)
        #expect(document.paragraphs.count == 8)
        #expect(document.sentences.map(\.paragraph) == [0, 0, 1, 2, 2, 2, 3, 4, 4, 5, 5, 6, 7])
    }

    @Test func sentencesPartitionTheTokens() {
        let document = TextDocument(ArticleSource.parse(Fixtures.article).body)
        var next = 0
        for (index, sentence) in document.sentences.enumerated() {
            #expect(sentence.tokens.lowerBound == next)
            next = sentence.tokens.upperBound
            for token in document.tokens(of: sentence) {
                #expect(token.sentence == index)
                #expect(token.paragraph == sentence.paragraph)
                #expect(sentence.range.contains(token.range.lowerBound))
            }
        }
        #expect(next == document.tokens.count)
    }

    @Test func quoteEndingInCommaContinuesWithTheSpeaker() {
        #expect(sentenceTexts("\"We are ready. We will win,\" he said. Then he left.") ==
            ["\"We are ready.", "We will win,\" he said.", "Then he left."])
    }

    @Test func terminalInsideQuoteBeforeLowerCaseDoesNotSplit() {
        // Before a lower-case word the quote continues the sentence; before a capital it ends one.
        #expect(sentenceTexts("“We are proud of you, Mr. President!” he emphasized. “Thank you!” Aliyev replied.") ==
            ["“We are proud of you, Mr. President!” he emphasized.", "“Thank you!”", "Aliyev replied."])
    }

    @Test func closingQuotesAndBracketsStayWithTheirSentence() {
        #expect(sentenceTexts("He spoke (briefly.) Then «Enough.» She left.") ==
            ["He spoke (briefly.)", "Then «Enough.»", "She left."])
    }

    @Test func sentenceMayStartWithADigitOrAQuote() {
        #expect(sentenceTexts("It ended in 2019. 2020 was calmer. \"Good,\" she said.") ==
            ["It ended in 2019.", "2020 was calmer.", "\"Good,\" she said."])
    }

    /// A retired officer's mark inside a title ends no sentence.
    @Test func retirementMarkInsideATitleDoesNotSplit() {
        #expect(sentenceTexts("The chairman, Col. (ret.) Roman Sawchuk, spoke.") == ["The chairman, Col. (ret.) Roman Sawchuk, spoke."])
        #expect(sentenceTexts("He thanked Capt. Dil Thapa (retd). The hall was full.") == ["He thanked Capt. Dil Thapa (retd).", "The hall was full."])
    }

    @Test func lowerCaseAfterPeriodDoesNotSplit() {
        #expect(sentenceTexts("The meeting at 5 p.m. on Sunday ended.") == ["The meeting at 5 p.m. on Sunday ended."])
    }

    @Test func paragraphsSplitAtBlankLinesOnly() {
        let text = "  First paragraph,\ncontinued here.\n \t\nSecond paragraph.\n\n\n\nThird"
        let document = TextDocument(text)
        #expect(document.paragraphs.map(document.string) == ["First paragraph,\ncontinued here.", "Second paragraph.", "Third"])
        #expect(document.sentences.count == 3)
    }

    @Test func paragraphBreakEndsASentenceWithoutPunctuation() {
        #expect(sentenceTexts("Diaspora leaders meet in Berlin\n\nThe meeting opened on Friday.") ==
            ["Diaspora leaders meet in Berlin", "The meeting opened on Friday."])
    }

    @Test func headlineLineIsItsOwnSentence() {
        #expect(sentenceTexts("Azerbaijani diaspora backs joint festival\nBAKU, March 3. The festival opens today.") ==
            ["Azerbaijani diaspora backs joint festival", "BAKU, March 3.", "The festival opens today."])
    }

    @Test func wrappedLineEndingMidPhraseIsNotAHeadline() {
        #expect(sentenceTexts("The festival was organised by the\nAssociation of Azerbaijanis in Quebec.") ==
            ["The festival was organised by the\nAssociation of Azerbaijanis in Quebec."])
    }

    @Test func datelineIsItsOwnSentence() {
        #expect(sentenceTexts("ANKARA, Nov 12 (Anadolu) – Turkish groups met. They agreed.") ==
            ["ANKARA, Nov 12 (Anadolu) –", "Turkish groups met.", "They agreed."])
    }
}

@Suite("Dateline")
struct DatelineTests {
    /// The dateline of `text` as strings: whole, places, agency.
    func dateline(_ text: String) -> (whole: String, places: [String], agency: String?)? {
        let document = TextDocument(text)
        guard let dateline = document.dateline else { return nil }
        return (document.string(dateline.range), dateline.placeRanges.map(document.string), dateline.agencyRange.map(document.string))
    }

    @Test func placeCountryAndDate() throws {
        let found = try #require(dateline("BAKU, Azerbaijan, January 31. Azerbaijanis residing in the US said."))
        #expect(found.whole == "BAKU, Azerbaijan, January 31.")
        #expect(found.places == ["BAKU", "Azerbaijan"])
        #expect(found.agency == nil)
    }

    @Test func aWeekdayBeforeTheDateIsNoPlace() throws {
        let found = try #require(dateline("SANTIAGO, Friday, May 16, 2025 (WAFA) - The community marched."))
        #expect(found.whole == "SANTIAGO, Friday, May 16, 2025 (WAFA) -")
        #expect(found.places == ["SANTIAGO"])
        #expect(found.agency == "WAFA")
    }

    @Test func agencyInParentheses() throws {
        let found = try #require(dateline("ANKARA, Nov 12 (Anadolu) – The Turkish diaspora met."))
        #expect(found.whole == "ANKARA, Nov 12 (Anadolu) –")
        #expect(found.places == ["ANKARA"])
        #expect(found.agency == "Anadolu")
    }

    /// After a headline (one short paragraph with no final stop) the dateline opens the second paragraph; after a
    /// paragraph that ends a sentence it does not.
    @Test func aDatelineAfterAHeadline() throws {
        let found = try #require(dateline("Diaspora turnout passes 200,000 in run-off\n\nChisinau, 3 November /MOLDPRES/. More than 200,000 voted."))
        #expect(found.whole == "Chisinau, 3 November /MOLDPRES/.")
        #expect(found.agency == "MOLDPRES")
        #expect(try #require(dateline("Turnout tops first round\n\nEssen (dpa) - Turnout among Turkish citizens rose.")).agency == "dpa")
        #expect(dateline("Voters queued for hours.\n\nEssen (dpa) - Turnout rose.") == nil)
        #expect(dateline("School celebrates anniversary\n\nAgenda.ge, 3 Jun 2025 - 14:20, Tbilisi,Georgia\n\nThe school met.")?.places.contains("Agenda.ge") != true)
        #expect(try #require(dateline("WASHINGTON, D.C., May 3 – The group met.")).places == ["WASHINGTON", "D.C."])
    }

    @Test func agencyInSlashesAfterThePeriod() throws {
        let found = try #require(dateline("YEREVAN, March 3. /ARMENPRESS/. The Armenian community gathered."))
        #expect(found.whole == "YEREVAN, March 3. /ARMENPRESS/.")
        #expect(found.agency == "ARMENPRESS")
    }

    /// Newswire datelines: the wire in brackets right after the places, or between dashes with its date.
    @Test func newswireAgencies() throws {
        let afterPlaces = try #require(dateline("NAIROBI, Kenya, (BUSINESS WIRE) -- The fund announced a close."))
        #expect(afterPlaces.places == ["NAIROBI", "Kenya"])
        #expect(afterPlaces.agency == "BUSINESS WIRE")
        let betweenDashes = try #require(dateline("DALLAS--(BUSINESS WIRE)--October 8, 2024--Orbitel Wireless introduced a plan."))
        #expect(betweenDashes.whole == "DALLAS--(BUSINESS WIRE)--October 8, 2024--")
        #expect(betweenDashes.agency == "BUSINESS WIRE")
    }

    @Test func dayMonthYearWithDash() throws {
        let found = try #require(dateline("Kyiv, 12 May 2021 – Representatives met."))
        #expect(found.whole == "Kyiv, 12 May 2021 –")
        #expect(found.places == ["Kyiv"])
    }

    @Test func placeAndDashOnly() throws {
        let found = try #require(dateline("LONDON — British Azerbaijanis met."))
        #expect(found.whole == "LONDON —")
        #expect(found.places == ["LONDON"])
    }

    @Test func abbreviatedMonthAndDoubleHyphen() throws {
        let found = try #require(dateline("TORONTO, Sept. 18 (Yonhap) -- Korean community leaders met."))
        #expect(found.whole == "TORONTO, Sept. 18 (Yonhap) --")
        #expect(found.agency == "Yonhap")
        let beirut = try #require(dateline("BEIRUT, March 3 (Xinhua) -- Lebanese groups met."))
        #expect(beirut.places == ["BEIRUT"])
        #expect(beirut.agency == "Xinhua")
    }

    @Test func otherGenreForms() throws {
        #expect(try #require(dateline("THE HAGUE (AA) – Turkish groups met.")).places == ["THE HAGUE"])
        #expect(try #require(dateline("LOS ANGELES, July 8, ARKA. More than 600 met.")).agency == "ARKA")
        #expect(try #require(dateline("BISHKEK, 28.11.2021. Kyrgyz citizens voted.")).whole == "BISHKEK, 28.11.2021.")
        #expect(try #require(dateline("Berlin, 2023-10-25 – Germans met.")).whole == "Berlin, 2023-10-25 –")
        #expect(try #require(dateline("Ottawa, September 1, 2024 — Voters came.")).whole == "Ottawa, September 1, 2024 —")
        #expect(try #require(dateline("VANCOUVER, British Columbia, May 21. An association met.")).places == ["VANCOUVER", "British Columbia"])
        #expect(try #require(dateline("ASTANA, 22 March /Kazinform/ – Kazakhs met.")).agency == "Kazinform")
        #expect(try #require(dateline("London, 20th March 2023 – A network met.")).whole == "London, 20th March 2023 –")
    }

    @Test func offsetsAreScalarOffsets() throws {
        let document = TextDocument("ŞƏKİ, Azərbaycan, 5 May 2023 (Trend) – Text.")
        let dateline = try #require(document.dateline)
        #expect(dateline.placeRanges == [0..<4, 6..<16])
        #expect(dateline.agencyRange == 30..<35)
        #expect(dateline.range == 0..<38)
    }

    @Test(arguments: [
        "By Elchin Mehdiyev\n\nBAKU, Jan 5 – Text.",
        "By Elchin Mehdiyev, Trend, January 5 – Text.",
        "The meeting was held in Baku on March 3.",
        "Azerbaijan, Turkey and Georgia signed a deal.",
        "Professor Ragimov (York University) said it.",
        "Ilham Aliyev – the president – spoke.",
        "March 3 – the day of the vote.",
        "",
    ])
    func noDateline(text: String) {
        #expect(TextDocument(text).dateline == nil)
    }

    /// A line break between two tokens, inside a paragraph or between paragraphs; none between words of one line.
    @Test func lineBreaksBetweenTokens() {
        let document = TextDocument("Gurpreet Kaur\nBBC News\n\nThe text.")
        let breaks = document.tokens.indices.dropFirst().filter(document.lineBreak(before:)).map { document.tokens[$0].text }
        #expect(breaks == ["BBC", "The"])
    }
}
