import Testing
import ArticleText

@Suite("ArticleSource.parse")
struct ArticleSourceTests {
    @Test func headerOnTheSameLineAsTheDateline() {
        let source = ArticleSource.parse(" date 2024-01-31 BAKU, Azerbaijan, January 31. Text.")
        #expect(source.date?.iso == "2024-01-31")
        #expect(source.body == "BAKU, Azerbaijan, January 31. Text.")
        #expect(source.headerProblem == nil)
    }

    @Test func headerOnItsOwnLineWithoutSurroundingSpaces() {
        let source = ArticleSource.parse("date 2023-03-03\n\nBERLIN, March 3. Text.")
        #expect(source.date == ArticleDate(year: 2023, month: 3, day: 3))
        #expect(source.body == "BERLIN, March 3. Text.")
    }

    @Test func plainTextWithoutHeader() {
        let text = "The meeting was held in Baku.\n\nIt ended late."
        let source = ArticleSource.parse(text)
        #expect(source.date == nil)
        #expect(source.headerProblem == nil)
        #expect(source.body == text)
    }

    @Test func proseStartingWithTheWordDateIsNotAHeader() {
        let source = ArticleSource.parse("date night at the community centre drew 40 families.")
        #expect(source.date == nil)
        #expect(source.headerProblem == nil)
        #expect(source.body == "date night at the community centre drew 40 families.")
    }

    @Test func malformedDateIsReportedAndRemovedFromTheBody() {
        let source = ArticleSource.parse(" date 2024-13-45 BAKU, Jan 5. Text.")
        #expect(source.date == nil)
        #expect(source.headerProblem == "malformed date header ' date 2024-13-45 '")
        #expect(source.body == "BAKU, Jan 5. Text.")
    }

    @Test func impossibleDayAndWrongShapeAreMalformed() {
        #expect(ArticleSource.parse(" date 2023-02-29 X").headerProblem == "malformed date header ' date 2023-02-29 '")
        #expect(ArticleSource.parse(" date 2024-1-5 X").date == nil)
        #expect(ArticleSource.parse(" date 2024-1-5 X").headerProblem != nil)
        #expect(ArticleSource.parse(" date 2024-01-31X Y").headerProblem == "malformed date header ' date 2024-01-31X '")
        #expect(ArticleSource.parse(" date \nText").headerProblem == "malformed date header ' date '")
    }

    @Test func byteOrderMarkIsStripped() {
        let withHeader = ArticleSource.parse("\u{FEFF} date 2024-01-31 BAKU. Text.")
        #expect(withHeader.date?.iso == "2024-01-31")
        #expect(withHeader.body == "BAKU. Text.")
        let plain = ArticleSource.parse("\u{FEFF}Plain text.")
        #expect(plain.body == "Plain text.")
        #expect(plain.body.unicodeScalars.first == "P")
    }

    @Test func crlfAndCRBecomeLF() {
        let source = ArticleSource.parse(" date 2024-01-31 \r\nFirst line.\r\n\r\nSecond.\rThird.")
        #expect(source.date?.iso == "2024-01-31")
        #expect(source.body == "First line.\n\nSecond.\nThird.")
        #expect(!source.body.unicodeScalars.contains("\r"))
        #expect(ArticleSource.parse("a\r\nb").body == "a\nb")
    }

    @Test func bodyOffsetsReferToTheBodyNotTheFile() {
        let source = ArticleSource.parse(" date 2023-11-20 ISTANBUL, Nov 20 – Text.")
        let document = TextDocument(source.body)
        #expect(document.tokens.first?.range == 0..<8)
        #expect(document.tokens.first?.text == "ISTANBUL")
    }
}

@Suite("ArticleDate")
struct ArticleDateTests {
    @Test func parsesAndFormatsISO() throws {
        let date = try #require(ArticleDate(iso: "2024-02-29"))
        #expect(date.year == 2024 && date.month == 2 && date.day == 29)
        #expect(date.iso == "2024-02-29")
        #expect(ArticleDate(year: 987, month: 1, day: 2)?.iso == "0987-01-02")
    }

    @Test func rejectsInvalidText() {
        for text in ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024/01/31", "24-01-31", "2024-01-3",
                     " 2024-01-31", "2024-01-31 ", "２０２４-01-31", ""] {
            #expect(ArticleDate(iso: text) == nil, "\(text)")
        }
    }

    @Test func ordersChronologically() throws {
        let dates = try ["2024-01-31", "2023-12-19", "2024-01-05", "2023-12-20"].map { try #require(ArticleDate(iso: $0)) }
        #expect(dates.sorted().map(\.iso) == ["2023-12-19", "2023-12-20", "2024-01-05", "2024-01-31"])
    }
}
