import Testing
import ArticleText
import DateExpressions

@Suite("Explicit dates")
struct ExplicitDateTests {
    /// "September 8/2025": the day and the year after a slash, as some agencies write their datelines.
    @Test func monthDaySlashYear() {
        #expect(values("Addis Ababa, September 8/2025 (ENA) – The service awarded 25 members.") == ["2025-09-08"])
        #expect(values("The vote was 8/2025 short.") == [])
    }

    @Test func monthDayCommaYear() {
        let found = mentions("The election is scheduled for February 7, 2024, Trend reports.")
        #expect(found.map(\.text) == ["February 7, 2024"])
        #expect(found.map(\.iso) == ["2024-02-07"])
    }

    @Test func dayMonthYear() {
        #expect(values("Kazakhstan gained independence on 16 December 1991.") == ["1991-12-16"])
        #expect(values("ABUJA, Nigeria, 11 Nov. 2022 (NAN) – Text.") == ["2022-11-11"])
        #expect(values("London, 20th March 2023 – Text.") == ["2023-03-20"])
        #expect(values("the Constitution of 3 May 1791 was marked") == ["1791-05-03"])
    }

    @Test func ordinalOfMonth() {
        #expect(mentions("It was founded on the 23rd of April, 1920.", anchor: nil).map(\.text) == ["23rd of April, 1920"])
        #expect(values("It was founded on the 23rd of April, 1920.", anchor: nil) == ["1920-04-23"])
        #expect(values("on the eighth of November 2020") == ["2020-11-08"])
    }

    @Test func isoNumericDate() {
        #expect(values("Berlin, 2023-10-25 – Germans met.") == ["2023-10-25"])
    }

    @Test func dayFirstNumericDates() {
        #expect(values("BISHKEK, 28.11.2021. Citizens voted.") == ["2021-11-28"])
        #expect(values("MELBOURNE, 14/07/2021. A union asked.") == ["2021-07-14"])
        #expect(values("signed on 05.04.2021 in Baku") == ["2021-04-05"])
    }

    @Test func monthFirstWhenDayFirstIsImpossible() {
        #expect(values("filed on 12/25/2020 in New York") == ["2020-12-25"])
        #expect(values("a code 31.31.2020 and 2020-02-30") == [])
    }

    @Test func monthYear() {
        let found = mentions("The community was deported in November 1944 and returned in July of 1989.")
        #expect(found.map(\.text) == ["November 1944", "July of 1989"])
        #expect(found.map(\.iso) == ["1944-11", "1989-07"])
    }

    @Test(arguments: [
        ("The club was founded in 2009.", "2009"),
        ("Victory Day has been marked since 2020, when the city was freed.", "2020"),
        ("The programme runs until 2025.", "2025"),
        ("All schools will be connected by 2030.", "2030"),
        ("Families came from Galicia in 1896.", "1896"),
        ("The project is planned for mid-2026.", "2026"),
        ("The archive dates from early 1990.", "1990"),
        ("It was the year 2004 that changed everything.", "2004"),
        ("Grants for 2024 were announced.", "2024"),
        ("It was held in the spring of 2022.", "2022"),
    ])
    func yearInAYearContext(text: String, year: String) {
        #expect(values(text) == [year])
    }

    @Test func yearOpeningAPastSentence() {
        #expect(values("1994, the year the society was founded, is remembered.") == ["1994"])
        #expect(values("1994, a number, is just a number.") == [])
    }

    @Test func yearRangeGivesBothYears() {
        #expect(values("She worked there from 1990 to 2000.") == ["1990", "2000"])
        #expect(values("The strategy for 2022-2025 was adopted.") == ["2022", "2025"])
        // A financial year by its second year's last two digits; two years that do not run on are no range.
        #expect(values("Its annual report for 2024-25 was published.") == ["2024", "2025"])
        #expect(values("The claim for 2024-27 was late.") == [])
    }

    @Test func weekdayIsNotPartOfTheDate() {
        let found = mentions("The celebrations will end on Sunday, September 3rd, with a concert.", anchor: "2023-08-31")
        #expect(found.map(\.text) == ["September 3rd"])
        #expect(found.map(\.iso) == ["2023-09-03"])
    }

    @Test func mentionRangesAreScalarOffsets() throws {
        let text = "Şəki’s 👨‍👩‍👧 festival, e\u{301}tait held on 5 May 2023."
        let document = TextDocument(text)
        let found = try #require(DateExtractor.extract(from: document, anchor: nil).first)
        #expect(found.text == "5 May 2023")
        #expect(document.string(found.range) == "5 May 2023")
        let prefix = Array("Şəki’s 👨‍👩‍👧 festival, e\u{301}tait held on ".unicodeScalars).count
        #expect(found.range == prefix..<prefix + 10)
    }

    @Test func explicitDatesNeedNoAnchorAndMentionsAreSorted() {
        let found = mentions("On December 7, 2023, a decree set the vote for February 7, 2024; in 2020 it was different.", anchor: nil)
        #expect(found.map(\.iso) == ["2023-12-07", "2024-02-07", "2020"])
    }
}

@Suite("CalendarValue")
struct CalendarValueTests {
    @Test func isoAtEachPrecision() {
        #expect(CalendarValue(year: 2024, month: 2, day: 7)?.iso == "2024-02-07")
        #expect(CalendarValue(year: 2020, month: 7)?.iso == "2020-07")
        #expect(CalendarValue(year: 2020)?.iso == "2020")
        #expect(CalendarValue(year: 987, month: 1, day: 2)?.iso == "0987-01-02")
    }

    @Test func rejectsImpossibleValues() {
        #expect(CalendarValue(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarValue(year: 2024, month: 13) == nil)
        #expect(CalendarValue(year: 2024, month: nil, day: 5) == nil)
        #expect(CalendarValue(year: 0) == nil)
    }

    @Test func ordersByFirstDay() throws {
        let values = try [(2024, 1, 31), (2023, 12, 19), (2024, 1, 5)].map { try #require(CalendarValue(year: $0.0, month: $0.1, day: $0.2)) }
        #expect(values.sorted().map(\.iso) == ["2023-12-19", "2024-01-05", "2024-01-31"])
        #expect(try #require(CalendarValue(year: 2024)) < #require(CalendarValue(year: 2024, month: 1)))
    }

    @Test func fromArticleDate() throws {
        #expect(CalendarValue(try #require(ArticleDate(iso: "2024-01-31"))).iso == "2024-01-31")
    }
}

@Suite("Years before 1900")
struct EarlyYearTests {
    @Test func needAPrepositionAndNoPluralNoun() {
        #expect(values("Families came from Galicia in 1897 and settled.") == ["1897"])
        #expect(values("Schools opened in 1850 villages.") == [])
        #expect(values("The party did well in 2019 elections.") == ["2019"])
        #expect(values("Around 1850 the town grew.") == [])
    }

    /// A year between a determiner and a noun it modifies is a year; a count of a noun is not.
    @Test func yearsModifyingANounAreYears() {
        #expect(values("The 1898 declaration and the 2026 general elections were discussed, and its 2024 budget.") == ["1898", "2026", "2024"])
        #expect(values("The 2024 election was discussed.") == ["2024"])
        #expect(values("The 1500 villages and the 2000 people of the valley.") == [])
        #expect(values("Victims of the 1992 events, a 1964 agreement and the 2021 census.") == ["1992", "1964", "2021"])
        #expect(values("The 2024 elections and the 1500 events.") == ["2024"])
    }

    @Test func medievalYearsAfterAPreposition() {
        #expect(values("The treatise was written in 1499 in Herat.") == ["1499"])
        #expect(values("Some 1499 signatures came in 1200 envelopes.") == [])
    }
}

@Suite("May and March alone")
struct PlainMonthTests {
    @Test func afterATimePrepositionTheyAreMonths() {
        #expect(values("They will meet again in March.", anchor: "2025-10-02") == ["2026-03"])
        #expect(values("The report will be ready by May, and the vote took place before March.", anchor: "2025-10-02")
                == ["2026-05", "2025-03"])
        #expect(values("They joined the March for Peace and may march in March Street.", anchor: "2025-10-02") == [])
        #expect(values("The vote is in Sept and the fair in Jan.", anchor: "2025-10-02") == [])
    }
}
