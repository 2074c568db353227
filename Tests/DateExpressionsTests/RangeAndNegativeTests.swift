import Testing
import ArticleText
import DateExpressions

@Suite("Date ranges")
struct DateRangeTests {
    @Test func monthDayRangeYearGivesBothEndsSharingTheRange() throws {
        let document = TextDocument("The congress met on Nov. 9-10, 2001 in Baku.")
        let found = DateExtractor.extract(from: document, anchor: nil)
        #expect(found.map(\.value.iso) == ["2001-11-09", "2001-11-10"])
        #expect(found.map(\.text) == ["Nov. 9-10, 2001", "Nov. 9-10, 2001"])
        #expect(found[0].range == found[1].range)
        #expect(document.string(found[0].range) == "Nov. 9-10, 2001")
    }

    @Test func dayRangeBeforeMonth() {
        #expect(values("The forum will take place on 9-10 November.", anchor: "2024-10-01") == ["2024-11-09", "2024-11-10"])
        #expect(values("On the night of 25–26 February 1992, civilians were killed.") == ["1992-02-25", "1992-02-26"])
    }

    @Test func dayAndDayMonth() {
        #expect(values("Voting took place on 15 and 16 May 2023.") == ["2023-05-15", "2023-05-16"])
    }

    @Test func fromDayToDayMonth() {
        let found = mentions("The festival runs from 3 to 5 March 2024 in Tbilisi.")
        #expect(found.map(\.text) == ["3 to 5 March 2024", "3 to 5 March 2024"])
        #expect(found.map(\.iso) == ["2024-03-03", "2024-03-05"])
    }

    @Test func monthDayRangeWithoutYearIsAnchored() {
        #expect(values("The fair will be held March 3-5.", anchor: "2024-01-31") == ["2024-03-03", "2024-03-05"])
        #expect(values("The week of action runs December 9 to 12.", anchor: "2021-10-02") == ["2021-12-09", "2021-12-12"])
    }

    @Test func rangeEndsStayInOneYear() {
        // A past range around the anchor: the end must not jump a year because it is after the anchor.
        #expect(values("The forum was held on Nov 9-10.", anchor: "2024-11-09") == ["2024-11-09", "2024-11-10"])
    }

    @Test func startWithoutYearBorrowsTheYearOfTheEnd() {
        #expect(values("Exhibitions from 30 April to 2 May 2024 in Baku.", anchor: nil) == ["2024-04-30", "2024-05-02"])
        #expect(values("The camp runs from 28 December to 3 January 2025.", anchor: nil) == ["2024-12-28", "2025-01-03"])
    }
}

@Suite("Not dates")
struct NotDateTests {
    @Test(arguments: [
        "More than 2,000 people and 300 children attended.",
        "The team won 2-1 on Sunday.",
        "Tickets cost $1,500 or 2024 manats.",
        "Call +994 12 498 20 21 for details.",
        "The office is at 15 Main Street.",
        "The office is at 28 May Street in Baku.",
        "It may rain, and they may march.",
        "The meeting is on Monday at 10:30 today.",
        "They met last week and for years before.",
        "The club has 1990 members.",
        "A total of 2000 attended.",
        "Nearly 2019 votes were counted.",
        "Some 12 delegates from 20 countries arrived.",
        "He is 31 years old, and she turned 12 in Baku.",
    ])
    func noDate(text: String) {
        #expect(mentions(text, anchor: "2024-01-31").isEmpty, "\(mentions(text, anchor: "2024-01-31"))")
    }

    @Test func quantityAfterMonthDayIsNotADay() {
        #expect(values("Since then, March 15 members have joined.", anchor: "2024-01-31") == [])
        #expect(values("The hall reopens on March 15 after repairs.", anchor: "2024-01-31") == ["2024-03-15"])
    }

    @Test func lowerCaseMonthWordsAreNotMonths() {
        #expect(values("they may 5 times march 3 miles", anchor: "2024-01-31") == [])
    }
}

@Suite("Robustness of date extraction")
struct DateRobustnessTests {
    @Test func randomDateLikeTextGivesConsistentMentions() throws {
        let pieces = ["Nov.", "9-10", ", ", "2001", "May", "March", "15", " and ", " to ", "–", "in", "31", "29",
                      "February", "the", "27th", "of", "was", "will", "12/25/2020", "31.12.1999", "2024-02-30",
                      "mid", "-", "2020", "Sunday", "2-1", "people", ". ", "\n\n", "Ş", "👍🏽", " "]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let anchor = try #require(ArticleDate(iso: "2024-02-29"))
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<next(30) { text += pieces[next(pieces.count)] + (next(2) == 0 ? " " : "") }
            let document = TextDocument(text)
            let found = DateExtractor.extract(from: document, anchor: anchor)
            for mention in found {
                #expect(mention.range.upperBound <= document.scalars.count)
                #expect(document.string(mention.range) == mention.text)
                #expect(CalendarValue(year: mention.value.year, month: mention.value.month, day: mention.value.day) == mention.value)
            }
            #expect(found.map(\.range.lowerBound) == found.map(\.range.lowerBound).sorted())
        }
    }

    /// Two years before 1900 joined as a range after "between" are both dates; numbers before a count's noun are none.
    @Test func earlyYearsBetweenAndAreARange() {
        #expect(values("Families crossed to Yucatán between 1880 and 1930.") == ["1880", "1930"])
        #expect(values("Between 1845 and 1852, some 1.3 million people landed.") == ["1845", "1852"])
        #expect(values("It happened during 1847 in Cork.") == ["1847"])
        #expect(values("The hall seats between 1500 and 1800 people.").isEmpty)
        #expect(values("He spent between 1200 and 1500 euros.").isEmpty)
    }

    @Test func aMonthAfterACapitalisedWordNamesAnEvent() {
        #expect(values("The film about \"Black January\" was shown.").isEmpty)
        #expect(values("Veterans of the Red October rally met in Kyiv.").isEmpty)
        #expect(values("Last January, the school opened.", anchor: "2024-06-01") == ["2024-01"])
        #expect(values("The Georgians met in January.", anchor: "2024-06-01") == ["2024-01"])
    }
}
