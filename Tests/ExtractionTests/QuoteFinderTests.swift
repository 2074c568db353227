import Testing
import Lexicon
@testable import Extraction

/// Quote layouts and speaker sieves: one small article each, mentions placed by hand.
@Suite("Quote detection")
struct QuoteDetectionTests {
    @Test func straightQuotesWithTrailingNameVerb() {
        let found = Fixture.quotes("""
        [PER Bekzod Tursunov] thanked the volunteers.

        "Our buses left at six in the morning and came back after midnight," [PER Tursunov|Bekzod Tursunov] said.
        """)
        #expect(found == ["Bekzod Tursunov: Our buses left at six in the morning and came back after midnight,"])
    }

    @Test func curlyQuotesWithVerbThenName() {
        let found = Fixture.quotes("""
        “Every vote cast abroad tells the country that we have not forgotten it,” said [PER Mariam Khoury], a teacher from [LOC Sydney].
        """)
        #expect(found == ["Mariam Khoury: Every vote cast abroad tells the country that we have not forgotten it,"])
    }

    @Test func guillemetsAndTheAppealReads() {
        let found = Fixture.quotes("""
        The appeal was adopted by the [ORG Council of Armenian Associations of Nice] on Monday.

        «We ask only that the rules already written be applied on time,» the appeal reads.
        """)
        #expect(found == ["Council of Armenian Associations of Nice: We ask only that the rules already written be applied on time,"])
    }

    @Test func lowNineQuotesWithPronoun() {
        let found = Fixture.quotes("""
        [PER Katarzyna Lis] of the [ORG Polish Club of Essen] spoke about the elections with [PER Jan Nowak].

        „People stood in line for three hours in Cologne last time,“ she said.
        """)
        #expect(found == ["Katarzyna Lis: People stood in line for three hours in Cologne last time,"])
    }

    @Test func quoteOverTwoParagraphsIsOnePassage() {
        let built = Fixture.build("""
        [PER Olha Marchuk] thanked the volunteers.

        "Over the past year our community has welcomed thousands of families. Many arrived with one suitcase.

        "Our task now is to find them work and schools," [PER Marchuk|Olha Marchuk] said.
        """)
        let quotes = QuoteFinder.find(in: built.analysis, lexicon: .shared)
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "Over the past year our community has welcomed thousands of families. Many arrived with one suitcase.\n\nOur task now is to find them work and schools,")
        #expect(quotes.first?.speakers == [built.entity("Olha Marchuk")])
        // The range holds the quoted words without the outer marks.
        let range = quotes.first!.range
        #expect(built.analysis.document.string(range).hasPrefix("Over the past year"))
        #expect(built.analysis.document.string(range).hasSuffix("schools,"))
    }

    @Test func interruptedQuoteIsTwoPassagesWithOneSpeaker() {
        let found = Fixture.quotes("""
        [PER Tamuna Gelashvili] of the [ORG Georgian Studies Circle] presented the survey.

        "Ten years ago a Georgian evening gathered twenty people. Last winter," she said, "we had to turn people away from a hall with 400 seats."
        """)
        #expect(found == [
            "Tamuna Gelashvili: Ten years ago a Georgian evening gathered twenty people. Last winter,",
            "Tamuna Gelashvili: we had to turn people away from a hall with 400 seats.",
        ])
    }

    @Test func nestedQuotesStayInsideTheOuterQuote() {
        let found = Fixture.quotes("""
        “Under the slogan ‘One Nation, One Voice’ we collected signatures in every district of the city,” [PER Rodel Cruz] noted.

        «Our campaign is called "Every Vote Counts" and it reaches people in twenty towns,» [PER Cruz|Rodel Cruz] added.
        """)
        #expect(found == [
            "Rodel Cruz: Under the slogan ‘One Nation, One Voice’ we collected signatures in every district of the city,",
            "Rodel Cruz: Our campaign is called \"Every Vote Counts\" and it reaches people in twenty towns,",
        ])
    }

    @Test func slogansAndTitlesAreNotQuotes() {
        let found = Fixture.quotes("""
        The festival ran under the slogan "Spring Unites Us". Protesters chanted "Free the families of Kashgar" near the square. A campaign called "One Brick from Every Family" raised 40,000 euros, and the film "The Road Home From The Mountains" was shown.
        """)
        #expect(found.isEmpty)
    }

    /// Short replies are quotes where a speech verb frames them; short phrases in quotation marks elsewhere,
    /// and short slogans, are not.
    @Test func shortRepliesFramedBySpeechVerbsAreQuotes() {
        let found = Fixture.quotes("""
        "It was moving," said [PER Nina Petrosyan], a teacher.

        [PER Vahan Kazarian] led a prayer. "We stand together," he said.

        Asked about the vote, [PER Arman Sarkisian] said: "Never again."

        The mayor called the plan "a good start" and the crowd shouted "Long live Armenia!" before dispersing.
        """)
        #expect(found == ["Nina Petrosyan: It was moving,", "Vahan Kazarian: We stand together,", "Arman Sarkisian: Never again."])
    }

    @Test func titleCasePhraseInsideASentenceIsATitle() {
        let found = Fixture.quotes("""
        Students staged "The Long Way Back To Our Village" at the school hall, [PER Aysel Mammadova] said.
        """)
        #expect(found.isEmpty)
    }
}

@Suite("Quote speakers")
struct QuoteSpeakerTests {
    @Test func nameVerbColonBeforeTheQuote() {
        let found = Fixture.quotes("""
        [PER Anil Varghese] told the delegation: "A worker whose passport expires cannot renew his residence permit."
        """)
        #expect(found == ["Anil Varghese: A worker whose passport expires cannot renew his residence permit."])
    }

    @Test func nameSaidThatWithPartialQuote() {
        let found = Fixture.quotes("""
        [PER Ruta Kazlauskaite] said that the new textbooks were "the best gift our children have received in years".
        """)
        #expect(found == ["Ruta Kazlauskaite: the best gift our children have received in years"])
    }

    @Test func theProfessorIsThePersonIntroducedAsProfessor() {
        let found = Fixture.quotes("""
        Professor [PER Halyna Savchuk] of [ORG McMaster University] said support for [PER Taras Kovalyk] had grown among young voters.

        "Turnout among students doubled compared with the last election," the professor emphasized.
        """)
        #expect(found == ["Halyna Savchuk: Turnout among students doubled compared with the last election,"])
    }

    @Test func theDiplomatIsThePersonOfTheMission() {
        let found = Fixture.quotes("""
        The [ORG Embassy of [LOC Armenia] in [LOC France]] supports the plan, the embassy's first secretary [PER Tigran Avagyan] told the meeting, which [PER Lusine Morel] chaired.

        «Our staff now travel to Marseille once a month,» the diplomat added.
        """)
        #expect(found == ["Tigran Avagyan: Our staff now travel to Marseille once a month,"])
    }

    /// A title before the name with the mission between: "Chargé d'Affaires of the Embassy A".
    @Test func theDiplomatIsTheChargeDAffairesOfTheEmbassy() {
        let found = Fixture.quotes("""
        Chargé d'Affaires of the Embassy [PER Tural Hasanli] recalled the night of January 20. The guests listened.

        "The martyrs did not die in vain," the diplomat stressed.
        """)
        #expect(found == ["Tural Hasanli: The martyrs did not die in vain,"])
    }

    /// "the doctor" is the person introduced as a physician; not one introduced as a teacher.
    @Test func theDoctorIsThePersonIntroducedAsAPhysician() {
        let found = Fixture.quotes("""
        Its founder, physician [PER Tofig Aliyarov], recalled the refugees. Teacher [PER Sona Aliyeva] spoke next.

        "I still remember a girl of six who asked me for her mother," the doctor said.
        """)
        #expect(found == ["Tofig Aliyarov: I still remember a girl of six who asked me for her mother,"])
        let none = Fixture.quotes("""
        Teacher [PER Sona Aliyeva] spoke first.

        "I still remember a girl of six who asked me for her mother," the doctor said.
        """)
        #expect(none == [": I still remember a girl of six who asked me for her mother,"])
    }

    /// "The president of ORG, A, said …" and "A, the first deputy … in ORG, elected for ORG in 2023, recalled …":
    /// the person, not the organisation of the apposition.
    @Test func thePersonOfTheSubjectNotTheOrganisationOfItsApposition() {
        let president = Fixture.quotes("""
        The president of the [ORG Palestinian Federation of Chile], [PER Nicolás Awad Kattan], said the Nakba was "not a memory of the past, but a wound."
        """)
        #expect(president == ["Nicolás Awad Kattan: not a memory of the past, but a wound."])
        let deputy = Fixture.quotes("""
        [PER Carla Weber], the first deputy of Portuguese origin in the [ORG Chamber of Deputies], elected for the [ORG Democratic Party] in 2023, recalled that her parents came with "two suitcases and a contract at the steelworks."
        """)
        #expect(deputy == ["Carla Weber: two suitcases and a contract at the steelworks."])
    }

    @Test func theStatementIsTheIssuingOrganisation() {
        let found = Fixture.quotes("""
        In a written statement, the [ORG Federation of Indian Workers' Associations] said it would ask for help desks at airports. [PER Meera Nair] welcomed the idea.

        "Those who return after losing their jobs need a single window," the statement said.
        """)
        #expect(found == ["Federation of Indian Workers' Associations: Those who return after losing their jobs need a single window,"])
        // A document filed in court or issued by an authority speaks for its author too.
        let affidavit = Fixture.quotes("""
        In an affidavit filed last month, the [ORG Punjab State Commission for NRIs] said it had received 3,870 complaints. "The Commission has no power to decide title," the affidavit said.
        """)
        #expect(affidavit == ["Punjab State Commission for NRIs: The Commission has no power to decide title,"])
    }

    @Test func theLetterOfAnOrganisationReferredToByItsHeadNoun() {
        let found = Fixture.quotes("""
        The money was collected by the [ORG Union of Ethiopian Associations in [LOC Washington]]. In a letter to the [ORG National Disaster Commission], the union asked for direct aid.

        "We ask that the funds reach the mothers and children directly," the letter says.
        """)
        #expect(found == ["Union of Ethiopian Associations in Washington: We ask that the funds reach the mothers and children directly,"])
    }

    @Test func theActivistsAreEveryoneIntroducedAsActivist() {
        let found = Fixture.quotes("""
        Activists of the diaspora in [LOC Toronto] [PER Ilgar Mamedov] and [PER Leyla Huseynova] underlined the support of the community for [PER Ilham Aliyev].

        "We are confident that you will further strengthen the country and its people," the activists noted.
        """)
        #expect(found == ["Ilgar Mamedov + Leyla Huseynova: We are confident that you will further strengthen the country and its people,"])
    }

    @Test func theOrganisersAreTheOrganisationsThatOrganised() {
        let found = Fixture.quotes("""
        The rally was organised by the [ORG Uyghur Cultural Foundation] and the [ORG European Uyghur Youth Alliance].

        "We call on the government to raise every one of these cases," the organisers noted.
        """)
        #expect(found == ["Uyghur Cultural Foundation + European Uyghur Youth Alliance: We call on the government to raise every one of these cases,"])
    }

    @Test func theCoupleIsThePairNamedBefore() {
        let found = Fixture.quotes("""
        [PER Serik Nurlanov] and [PER Aigul Nurlanova] teach 60 pupils every weekend.

        "The children ask why they should learn a language nobody around them speaks," the couple said.
        """)
        #expect(found == ["Serik Nurlanov + Aigul Nurlanova: The children ask why they should learn a language nobody around them speaks,"])
    }

    @Test func onlyPersonInTheParagraph() {
        let found = Fixture.quotes("""
        [PER Lorna Dimaculangan] was among the first in line at the embassy: "I have voted here every time since 2013 and I bring my friends."
        """)
        #expect(found == ["Lorna Dimaculangan: I have voted here every time since 2013 and I bring my friends."])
    }

    @Test func quoteOnlyParagraphAfterAParagraphWithOnePerson() {
        let found = Fixture.quotes("""
        [PER Marek Dudziak] described how young families learn about voting abroad.

        "Many of them think they have to travel back to Poland to vote."
        """)
        #expect(found == ["Marek Dudziak: Many of them think they have to travel back to Poland to vote."])
    }

    @Test func noSpeakerWhenNoSieveFires() {
        let found = Fixture.quotes("""
        [PER Marek Dudziak] and [PER Ewa Sobczak] described how young families learn about voting abroad.

        "Many of them think they have to travel back to Poland to vote."
        """)
        #expect(found == [": Many of them think they have to travel back to Poland to vote."])
    }

    @Test func pronounGoesToTheSubjectOfThePreviousSentence() {
        let found = Fixture.quotes("""
        The founder of the [ORG Azeri Cultural Society] [PER Farhad Eyyubov] said compatriots stand behind [PER Ilham Aliyev].

        "We feel a special pride and honor to be next to you," he emphasized.
        """)
        #expect(found == ["Farhad Eyyubov: We feel a special pride and honor to be next to you,"])
    }

    @Test func organisationAsSpeakerAndNameWithApposition() {
        let found = Fixture.quotes("""
        "The next forum will be held in Almaty in the autumn of next year," the [ORG KTFCS] said. "Our grandparents crossed the mountains with nothing but their songs," [PER Yusuf Alimbay], the foundation's president, recalled.
        """)
        #expect(found == [
            "KTFCS: The next forum will be held in Almaty in the autumn of next year,",
            "Yusuf Alimbay: Our grandparents crossed the mountains with nothing but their songs,",
        ])
    }
}

@Suite("Quote speakers, further layouts")
struct QuoteSpeakerFurtherTests {
    @Test func passiveAttributionInTheNextSentence() {
        let found = Fixture.quotes("""
        The conference gathered 120 delegates. "Our diaspora is the voice of the country in every capital of Europe." This was stated by the chairman of the [ORG Azerbaijani Society of Austria] [PER Ramin Aliyev] at the opening.
        """)
        #expect(found == ["Ramin Aliyev: Our diaspora is the voice of the country in every capital of Europe."])
    }

    @Test func theChairmanOfOrganisationIsThePersonWithThatRole() {
        let found = Fixture.quotes("""
        Chairman of the [ORG Polish Club of Lille] [PER Piotr Zielinski] met [PER Anna Wojcik] on Monday.

        "We will open a second school in the north next year," the chairman of the [ORG Polish Club of Lille|Polish Club of Lille] said.
        """)
        #expect(found == ["Piotr Zielinski: We will open a second school in the north next year,"])
    }

    @Test func possessiveMessageReads() {
        let found = Fixture.quotes("""
        [PER Aynur Karimova]'s message reads: "Every child of our community deserves a school in its own language."
        """)
        #expect(found == ["Aynur Karimova: Every child of our community deserves a school in its own language."])
    }

    @Test func attributionClosingThePreviousParagraph() {
        let found = Fixture.quotes("""
        Addressing the participants, [PER Leyla Abdullayeva] and the consul spoke first. [PER Leyla Abdullayeva] said:

        "The community has grown threefold in ten years, and the school must grow with it."
        """)
        #expect(found == ["Leyla Abdullayeva: The community has grown threefold in ten years, and the school must grow with it."])
    }
}

@Suite("Quote speakers, organisations")
struct QuoteSpeakerOrganisationTests {
    @Test func organisationNamedBeforeTheDocumentNoun() {
        let found = Fixture.quotes("""
        The [ORG World Council of Hellenes Abroad] called on all member organisations to join the effort.

        “Solidarity with the people of the islands is not a question of politics,” the [ORG SAE|World Council of Hellenes Abroad] appeal says.
        """)
        #expect(found == ["World Council of Hellenes Abroad: Solidarity with the people of the islands is not a question of politics,"])
    }

    @Test func theDepartmentIsTheOrganisationOfThatName() {
        let found = Fixture.quotes("""
        The [ORG Department for Romanians Everywhere] said it would fund a campaign. [PER Ana Popescu] welcomed the decision.

        "Every Romanian abroad who has not yet applied should do so now," the department said in a statement.
        """)
        #expect(found == ["Department for Romanians Everywhere: Every Romanian abroad who has not yet applied should do so now,"])
    }

    /// "the same ministry told us", and a subject set off by a relative clause before "has already warned".
    @Test func theSameMinistryAndASubjectBeforeARelativeClause() {
        let found = Fixture.quotes("""
        The [ORG Ministry of Education and Research] cut the grants. The same ministry told us in 2022 that “every child is a citizen of the future.”

        The [ORG Integration Foundation], which distributes the grants, has already warned the schools that they will be judged “on the number of pupils, not on the distance travelled.”
        """)
        #expect(found == ["Ministry of Education and Research: every child is a citizen of the future.",
                          "Integration Foundation: on the number of pupils, not on the distance travelled."])
    }

    /// "Father NAME" is the one "the priest" refers to.
    @Test func thePriestIsThePersonAddressedAsFather() {
        let found = Fixture.quotes("""
        Father [PER Tadeusz Wilk], rector of the [ORG Polish Chaplaincy], said 600 people had come. [PER Ewa Nowak] agreed.

        „The church will give you a room,” the priest told the committee.
        """)
        #expect(found == ["Tadeusz Wilk: The church will give you a room,"])
    }

    @Test func issuerInsideARelativeClauseIsNotARecipient() {
        let found = Fixture.quotes("""
        The [ORG Federation of Moldovan Associations] met in Turin. The congress adopted an appeal to the municipalities where the federation's members live.

        "We ask local authorities to regard our associations as partners," the appeal says.
        """)
        #expect(found == ["Federation of Moldovan Associations: We ask local authorities to regard our associations as partners,"])
    }

    @Test func recipientOfTheStatementIsNotItsIssuer() {
        let found = Fixture.quotes("""
        At the end of the rally, a statement addressed to members of the [ORG Parliament of Canada] was read out.

        "We call on parliamentarians to support a peaceful settlement of the conflict," the statement reads.
        """)
        #expect(found == [": We call on parliamentarians to support a peaceful settlement of the conflict,"])
    }
}
