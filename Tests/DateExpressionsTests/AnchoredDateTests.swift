import Testing
import ArticleText
import DateExpressions

@Suite("Dates without a year, anchored to the article date")
struct AnchoredDateTests {
    @Test func datelineDateIsTheArticleDate() {
        let found = mentions("BAKU, Azerbaijan, January 31. Azerbaijanis abroad met.", anchor: "2024-01-31")
        #expect(found.map(\.text) == ["January 31"])
        #expect(found.map(\.iso) == ["2024-01-31"])
    }

    @Test func abbreviatedMonthWithPeriod() {
        #expect(values("THESSALONIKI, Dec. 5. The assembly opened.", anchor: "2015-12-05") == ["2015-12-05"])
        #expect(values("TORONTO, Sept. 18 (Yonhap) -- Leaders met.", anchor: "2023-09-18") == ["2023-09-18"])
        #expect(values("NEW YORK, Aug 31 (Kabar) – Groups met.", anchor: "2023-08-31") == ["2023-08-31"])
    }

    @Test func pastVerbKeepsTheDateBeforeTheAnchor() {
        #expect(values("The commission on December 19 approved the candidacy.", anchor: "2024-01-31") == ["2023-12-19"])
        // Nearest would be 2024-05-20; the past tense moves it a year back.
        #expect(values("The forum was held on May 20 in Baku.", anchor: "2024-03-01") == ["2023-05-20"])
        #expect(values("The forum on May 20 in Baku.", anchor: "2024-03-01") == ["2024-05-20"])
        #expect(values("The group had met on August 30.", anchor: "2024-03-01") == ["2023-08-30"])
        #expect(values("The first festival took place on 2 June last year.", anchor: "2024-03-01") == ["2023-06-02"])
        #expect(values("The decree was signed on 15 April.", anchor: "2024-03-01") == ["2023-04-15"])
    }

    /// A weekday written before a date without a year picks the neighbouring year in which the day falls on it.
    @Test func aWeekdayBeforeTheDatePicksTheYear() {
        // 19 February 2026 is a Thursday, 19 February 2025 a Wednesday; the past participle alone would read 2025.
        #expect(values("PCPM will premiere a film about families forced from their homes, on Thursday, February 19, at 8 p.m.",
                       anchor: "2026-02-05") == ["2026-02-19"])
        // The weekday outweighs the tense (20 May 2024 is a Monday, 20 May 2023 a Saturday); a weekday of no
        // neighbouring year (a Sunday) leaves the tense's year.
        #expect(values("The forum was held on Monday, May 20, in Baku.", anchor: "2024-03-01") == ["2024-05-20"])
        #expect(values("The forum was held on Sunday, May 20, in Baku.", anchor: "2024-03-01") == ["2023-05-20"])
    }

    /// After a date that opens its sentence, a reporting verb is the clause's own verb: it dates the date.
    @Test func aReportingVerbAfterADateOpeningTheSentenceDatesIt() {
        #expect(values("In January the trust asked for it to be changed.", anchor: "2025-03-14") == ["2025-01"])
        // Inside the sentence a reporting verb still dates the report only.
        #expect(values("The trust said the plaque will be unveiled in April.", anchor: "2025-03-14") == ["2025-04"])
    }

    /// A deadline after "until" or "by" set in the past may lie ahead: the past tense does not move it back, the nearest
    /// date is read ("ran until 15 March" stays the nearest, before the article).
    @Test func aDeadlineIsReadAsTheNearestDate() {
        #expect(values("The ministry had given community schools until March 31 to submit documents.", anchor: "2025-01-27") == ["2025-03-31"])
        #expect(values("In March, the ministry extended the permits until 31 December.", anchor: "2025-07-14") == ["2025-03", "2025-12-31"])
        #expect(values("The seat goes to whichever body collected more signatures by 15 December.", anchor: "2025-11-27") == ["2025-12-15"])
        #expect(values("The exhibition ran until 15 March.", anchor: "2025-06-10") == ["2025-03-15"])
    }

    /// A time of day may stand between the deadline word and its date.
    @Test func aDeadlineWithATimeOfDay() {
        #expect(values("Postal ballots have begun to arrive, and voters have until 4pm on September 22 to return them.",
                       anchor: "2022-09-08") == ["2022-09-22"])
        #expect(values("The office had accepted forms until midnight on 2 March.", anchor: "2025-03-10") == ["2025-03-02"])
    }

    /// Years of finance: "fiscal 2024", "bonds due 2031", a financial year with a slash; years of other calendars'
    /// eras are none; "the end of May" is May.
    @Test func fiscalYearsMaturitiesErasAndPartsOfMonths() {
        #expect(values("It reported revenue of $96.4 million for fiscal 2024 and sold bonds due 2031.", anchor: "2024-09-23")
                == ["2024", "2031"])
        #expect(values("Inflows reached Rs 1,532 billion in the fiscal year 2024/25 (2081/82 BS), up 14 percent.", anchor: "2025-07-20")
                == ["2024", "2025"])
        #expect(values("Remittances reached $6.4 billion in the fiscal year 2016 E.C., which ended in July 2024.", anchor: "2025-03-01")
                == ["2024-07"])
        #expect(values("Water began flowing at the end of May and the clinic opened at the beginning of March.", anchor: "2025-06-20")
                == ["2025-05", "2025-03"])
        // "of May" after no part of a time stays out: "the Queen of May".
        #expect(values("She was crowned the Queen of May at the fair.", anchor: "2025-06-20") == [])
    }

    /// A period around the article date is this year's; the start of a period, a date something is set for and a date
    /// after "since" are read from the anchor, not from the past tense; days listed before their month are each dates.
    @Test func periodsTargetsSinceAndListsOfDays() {
        #expect(values("Spain's own plan runs from 15 June to 15 September.", anchor: "2025-08-04") == ["2025-06-15", "2025-09-15"])
        #expect(values("The operator has suspended all trains from 2 to 5 March.", anchor: "2025-02-27") == ["2025-03-02", "2025-03-05"])
        #expect(values("The complaints were referred to the court, which has set the first hearing for 17 August.", anchor: "2025-07-09") == ["2025-08-17"])
        #expect(values("The case was adjourned to 19 June.", anchor: "2025-06-05") == ["2025-06-19"])
        #expect(values("Kidnapping on the highways has risen since January.", anchor: "2025-10-24") == ["2025-01"])
        #expect(values("Officers visited them on 4, 11 and 18 September 2025.", anchor: "2025-10-10") == ["2025-09-04", "2025-09-11", "2025-09-18"])
        // (a period the article date is not in keeps its reading: the festival ran from 2 to 5 March)
        #expect(values("The festival ran from 2 to 5 March.", anchor: "2025-08-04") == ["2025-03-02", "2025-03-05"])
    }

    /// The end of a range follows its start, whatever its own clause says.
    @Test func theEndOfARangeFollowsItsStart() {
        #expect(values("Voters cast their ballots after a pre-enrolment held between 20 March and 7 May.", anchor: "2025-04-14")
                == ["2025-03-20", "2025-05-07"])
        #expect(values("The registry was open from November 20 to January 5.", anchor: "2025-01-20") == ["2024-11-20", "2025-01-05"])
    }

    /// A present-tense event verb with a time after it is a schedule; a participle coordinated with a present
    /// passive is one too; a past act's purpose ("registered to vote") is no plan.
    @Test func presentSchedulesCoordinatedParticiplesAndPurposes() {
        #expect(values("The campaign opened on 27 October and ends at midnight on 15 November.", anchor: "2024-11-10")
                == ["2024-10-27", "2024-11-15"])
        #expect(values("The envelopes are then flown to Rome and counted after the polls close on September 25.", anchor: "2022-09-08")
                == ["2022-09-25"])
        #expect(values("The envelopes were flown to Rome and counted on September 25.", anchor: "2022-10-08") == ["2022-09-25"])
        #expect(values("He said 611,000 voters had registered to vote abroad, up from 458,000 before the first round on 18 May.",
                       anchor: "2025-06-01") == ["2025-05-18"])
        #expect(values("The association will gather to celebrate Novruz on March 20.", anchor: "2025-03-02") == ["2025-03-20"])
        // "in" puts a time to the present too, and an agreement's expiry is an event: "signed in 2015" is the past of
        // another verb.
        #expect(values("The school year begins in September.", anchor: "2024-02-06") == ["2024-09"])
        #expect(values("The use agreement, signed in 2015, expires on Dec. 31.", anchor: "2025-10-02") == ["2015", "2025-12-31"])
    }

    /// "its last meeting" is the final one, not a past one.
    @Test func lastAfterADeterminerIsNoPast() {
        #expect(values("The society will hold its last annual general meeting on 26 April.", anchor: "2025-03-06") == ["2025-04-26"])
        #expect(values("The society held its last meeting on 26 April.", anchor: "2025-03-06") == ["2024-04-26"])
    }

    /// A list of names inside the clause does not end it; a comma after a date inside the sentence does;
    /// a modal before an event verb looks ahead.
    @Test func clauseLimitsOfTheTenseScan() {
        #expect(values("The council would open schools in Hanover and Stuttgart before September.", anchor: "2025-03-03")
                == ["2025-09"])
        #expect(values("The fair was held in Hanover and the council meets in June.", anchor: "2025-03-03") == ["2025-06"])
        // Commas around an inserted list do not use up the words the scan may look back over.
        #expect(values("He said the council would open two new Sunday schools, in Hanover and Stuttgart, before September.",
                       anchor: "2025-03-03") == ["2025-09"])
        #expect(values("The festival, which runs until May 25, was organized by the union.", anchor: "2025-05-19")
                == ["2025-05-25"])
        #expect(values("On May 25, the festival was organized by the union.", anchor: "2025-05-19") == ["2024-05-25"])
        #expect(values("Workers whose relatives were injured could apply for aid until August 31.", anchor: "2025-07-30")
                == ["2025-08-31"])
        #expect(values("Workers could not apply after August 31.", anchor: "2025-07-30") == ["2024-08-31"])
    }

    /// "last February" said in February is the February before; "next March" in March, the one after.
    @Test func lastAndNextMonthNeverNameTheAnchorsOwnMonth() {
        #expect(values("The scheme opened last February.", anchor: "2025-02-18") == ["2024-02"])
        #expect(values("The scheme opened last January.", anchor: "2025-02-18") == ["2025-01"])
        #expect(values("The vote will be held next September.", anchor: "2025-09-02") == ["2026-09"])
    }

    /// A day that recurs every year names no calendar date.
    @Test func recurringDaysAreNoDates() {
        #expect(values("It has been celebrated on December 31 every year since 1991.", anchor: "2024-12-30") == ["1991"])
        #expect(values("Each year on May 9 they march, and annually on 15 June they sing.", anchor: "2024-12-30") == [])
        #expect(values("They marched on May 9 this year.", anchor: "2024-12-30") == ["2024-05-09"])
    }

    @Test func futureCueKeepsTheDateAfterTheAnchor() {
        #expect(values("The council will meet on January 5.", anchor: "2023-12-20") == ["2024-01-05"])
        // Nearest would be 2024-02-10.
        #expect(values("The next congress will be held on February 10.", anchor: "2024-05-01") == ["2025-02-10"])
        #expect(values("The association is to hold a concert on 10 February.", anchor: "2024-05-01") == ["2025-02-10"])
        #expect(values("A gala is scheduled for February 10.", anchor: "2024-05-01") == ["2025-02-10"])
        #expect(values("Ahead of the upcoming vote on February 10 the groups met.", anchor: "2024-05-01") == ["2025-02-10"])
        #expect(values("The union plans to open a school on 10 February.", anchor: "2024-05-01") == ["2025-02-10"])
        // A passive after "be", a reporting verb included, looks ahead: "are expected to be announced on September 2".
        #expect(values("Results are expected to be announced on September 2.", anchor: "2024-09-01") == ["2024-09-02"])
    }

    /// An adverb between the auxiliary and the participle leaves the tense to the auxiliary: "is officially
    /// celebrated" is present, "was officially opened" past.
    @Test func anAdverbBeforeTheParticipleLeavesTheTenseToTheAuxiliary() {
        #expect(values("Novruz is officially celebrated on March 20.", anchor: "2025-03-19") == ["2025-03-20"])
        #expect(values("The school was officially opened on March 20.", anchor: "2025-03-19") == ["2024-03-20"])
    }

    @Test func announcingAndAppealingVerbsDateTheReportNotTheEvent() {
        #expect(values("The councillors announced a charity tournament on Sept. 20 in the town.", anchor: "2022-09-05") == ["2022-09-20"])
        #expect(values("Groups called on voters to register for the October 15 elections.", anchor: "2023-10-02") == ["2023-10-15"])
        // A past event verb still decides.
        #expect(values("The groups voted on October 15 for a new board.", anchor: "2023-10-02") == ["2022-10-15"])
    }

    @Test func ordinalDayRangesAndDaysAlone() {
        #expect(values("The outreach was held on the 12th and 13th of July in Hamburg.", anchor: "2025-09-04") == ["2025-07-12", "2025-07-13"])
        #expect(values("The events will culminate on the 24th, when the march starts.", anchor: "2026-04-13") == ["2026-04-24"])
        #expect(values("The club won the 41st Youth Cup and marked the 24th anniversary.", anchor: "2026-04-13") == [])
        #expect(values("The vote was held on the 28th.", anchor: "2026-04-13") == ["2026-03-28"])
    }

    @Test func coordinatedMonthsShareOneYear() {
        #expect(values("Salaries for November and December will be paid by March 15.", anchor: "2026-03-02") == ["2025-11", "2025-12", "2026-03-15"])
    }

    @Test func twoMonthsShareTheYearAfterTheSecond() {
        #expect(values("The survey ran between May and September 2019 in five countries.", anchor: "2019-11-12") == ["2019-05", "2019-09"])
        #expect(values("From March to June 2021 the school was closed.", anchor: "2022-01-10") == ["2021-03", "2021-06"])
    }

    @Test func aYearComparedWithIsAYear() {
        #expect(values("Registrations almost doubled compared with 2018.", anchor: "2019-03-01") == ["2018"])
        #expect(values("It grew compared to 2015 figures.", anchor: "2019-03-01") == ["2015"])
        #expect(values("The hall seats 2018 people.", anchor: "2019-03-01") == [])
    }

    @Test func andJoiningNounsDoesNotCutTheTenseScan() {
        #expect(values("The embassy held open houses and consular camps on January 10.", anchor: "2022-11-12") == ["2022-01-10"])
        // "and" before a new subject does.
        #expect(values("The embassy held a camp and the council meets on January 10.", anchor: "2022-11-12") == ["2023-01-10"])
    }

    @Test func withoutCueTheNearestDateWins() {
        #expect(values("Independence Day falls on May 28.", anchor: "2024-01-31") == ["2024-05-28"])
        #expect(values("Independence Day falls on May 28.", anchor: "2024-09-20") == ["2024-05-28"])
        #expect(values("Independence Day falls on May 28.", anchor: "2024-12-20") == ["2025-05-28"])
        #expect(values("Independence Day falls on January 3.", anchor: "2024-12-20") == ["2025-01-03"])
    }

    @Test func reportingVerbRightBeforeTheDateDatesIt() {
        #expect(values("The ministry said on Jan. 8 that it would coordinate with the commission.", anchor: "2024-01-09") == ["2024-01-08"])
    }

    @Test func cueInASubordinateClauseDoesNotGovernTheDate() {
        #expect(values("Officials announced that, from February 3rd, the office will open on Saturdays.", anchor: "2024-01-19")
            == ["2024-02-03"])
    }

    @Test func participleAfterANounIsNotTheVerbOfTheDate() {
        #expect(values("Members are preparing for a December homecoming tour aimed at investors.", anchor: "2023-07-27")
            == ["2023-12"])
    }

    /// An attributive participle before its noun is no verb: "on temporary protected status", "would hold extended
    /// passport hours"; a past verb before its object still is ("raised funds on May 3").
    @Test func attributiveParticipleIsNotTheVerbOfTheDate() {
        #expect(values("The league will hold a town hall on temporary protected status on June 7.", anchor: "2025-05-19") == ["2025-06-07"])
        #expect(values("The consul said the consulate would hold extended passport hours in June.", anchor: "2025-05-19") == ["2025-06"])
        #expect(values("Volunteers raised funds on May 3.", anchor: "2025-05-19") == ["2025-05-03"])
        #expect(values("Volunteers raised funds on June 3.", anchor: "2025-05-19") == ["2024-06-03"])
    }

    @Test func noAnchorDropsDatesWithoutAYear() {
        #expect(values("The commission on December 19 approved it, and the vote is on February 7, 2024.", anchor: nil)
            == ["2024-02-07"])
        #expect(values("They met in September.", anchor: nil) == [])
    }

    @Test func leapDayOnlyInALeapYear() {
        #expect(values("The seminar will be held on Thursday, 29 February.", anchor: "2024-02-23") == ["2024-02-29"])
        #expect(values("A seminar was held on 29 February.", anchor: "2023-03-10") == [])
    }

    @Test func monthAloneIsAnchoredAtMonthPrecision() {
        #expect(values("In September, the association received 2,000 textbooks.", anchor: "2022-10-22") == ["2022-09"])
        #expect(values("The chapters will publish a joint report in January.", anchor: "2023-12-03") == ["2024-01"])
        #expect(values("Students volunteered during November.", anchor: "2023-12-03") == ["2023-11"])
        #expect(values("They have reported cases since early January.", anchor: "2024-02-23") == ["2024-01"])
        #expect(values("A camp in Uruguay next January.", anchor: "2018-07-03") == ["2019-01"])
    }

    @Test func mayAndMarchAloneAreMonthsOnlyAfterATimePreposition() {
        #expect(values("The library will open in May.", anchor: "2024-01-31") == ["2024-05"])
        #expect(values("The March for Peace was held in Baku.", anchor: "2024-01-31") == [])
        #expect(values("It will open on 5 May and close in March 2025.", anchor: "2024-01-31") == ["2024-05-05", "2025-03"])
    }

    @Test func monthNameBeforeANameIsAPerson() {
        #expect(values("Singer June Carter performed.", anchor: "2024-01-31") == [])
        #expect(values("They met in June Carter's house.", anchor: "2024-01-31") == ["2023-06"])
    }

    /// "this year" after a date gives the article's year, whatever the tense around it.
    @Test func thisYearAfterADateIsTheArticlesYear() {
        #expect(values("Refugee Week, which runs from June 15 to 21 this year, was marked early.", anchor: "2025-06-04")
                == ["2025-06-15", "2025-06-21"])
        #expect(values("The fund was set up in March of this year.", anchor: "2025-02-10") == ["2025-03"])
        #expect(values("The fund was set up in March.", anchor: "2025-02-10") == ["2024-03"])
        // "This year" earlier in the sentence: past the window of tense cues.
        #expect(values("This year the associations will open two more weekend classes and send 30 young people to the summer camp in July.",
                       anchor: "2025-01-26") == ["2025-07"])
        #expect(values("The associations opened two more weekend classes and sent 30 young people to the summer camp in July.",
                       anchor: "2025-01-26") == ["2024-07"])
    }

    /// An infinitive after a verb of intention names a later act, even after a past tense.
    @Test func anIntentionLooksAhead() {
        #expect(values("He said he had offered to chair a mediation meeting in November.", anchor: "2025-10-16") == ["2025-11"])
        #expect(values("The judge said she hoped to rule before 30 September.", anchor: "2025-08-14") == ["2025-09-30"])
        #expect(values("He said he had chaired a mediation meeting in November.", anchor: "2025-10-16") == ["2024-11"])
    }

    /// "are due on", a planned change "to raise … from January", and "planned for May." at a clause's end look ahead;
    /// "May" after "for" before more words is no month.
    @Test func dueDatesAndPlannedChangesLookAhead() {
        #expect(values("The new books, ordered from a publisher in Hanoi, are due on Nov. 4.", anchor: "2025-10-27") == ["2025-11-04"])
        #expect(values("The board voted last month to raise the fee to $60 from January.", anchor: "2025-10-27") == ["2026-01"])
        #expect(values("The next liaison meeting is planned for May.", anchor: "2025-02-18") == ["2025-05"])
        #expect(values("They asked for May Chen's help.", anchor: "2025-02-18") == [])
    }

    /// "planning" as a noun ("reintegration planning") is no plan for a date; "is planning to" and "plans for" are.
    @Test func planningAsANounLooksNowhere() {
        #expect(values("The CFO conducted a forum on reintegration planning in Milan on November 16-17.", anchor: "2024-11-21")
                == ["2024-11-16", "2024-11-17"])
        #expect(values("The council is planning to hold a forum on November 26.", anchor: "2024-11-21") == ["2024-11-26"])
        #expect(values("He presented the association's plans for a festival in October.", anchor: "2024-07-05") == ["2024-10"])
    }
}
