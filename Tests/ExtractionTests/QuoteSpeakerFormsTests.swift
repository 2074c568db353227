import Testing
import Lexicon
@testable import Extraction

/// Speaker forms seen across outlets' styles: pronoun chains, titles given only as a role, verbs of manner,
/// a speaker after an organisation's role phrase, and a description quoted after "called". Small articles
/// written for these tests; mentions placed by hand.
@Suite("Quote speakers, article forms")
struct QuoteSpeakerFormsTests {
    @Test func pronounSentenceSpeaksOfTheEarlierSubject() {
        let found = Fixture.quotes("""
        [PER Lina Haddad], 47, runs a bakery in the old town. She succeeds [PER Omar Saleh], who chaired the council for six years.

        "We will open the books to every member and publish the accounts each spring," she said.
        """)
        #expect(found == ["Lina Haddad: We will open the books to every member and publish the accounts each spring,"])
    }

    /// A colon before the quote hands it to the person who opens the clause, whatever the verb, before any
    /// attribution in the sentence after.
    @Test func aClauseEndingInAColonGivesTheQuoteToItsSubject() {
        let found = Fixture.quotes("""
        21:45 – [PER Michał Górecki-Lis], the candidate of the [ORG Civic Pact], thanked voters abroad on social media: „You stood in the rain in London. Thank you.” His rival, [PER Jan Zawadzki], said at his headquarters that the count was not over.
        """)
        #expect(found == ["Michał Górecki-Lis: You stood in the rain in London. Thank you."])
    }

    /// A name that opens the subject with prepositional phrases after it is the speaker; "described" attributes; a
    /// second predicate after "and" has the first one's subject.
    @Test func headsOfLongSubjectsAndSecondPredicates() {
        let found = Fixture.quotes("""
        The [ORG Permanent Mission of Pakistan] to the [ORG United Nations Office] at [LOC Geneva] said in a statement that "terrorist groups and their foreign sponsors" were to blame.

        The official newspaper [ORG Granma] described him on Tuesday as "a mercenary paid from Miami" and said the video had been "staged to deceive international opinion."
        """)
        #expect(found == ["Permanent Mission of Pakistan: terrorist groups and their foreign sponsors",
                          "Granma: a mercenary paid from Miami", "Granma: staged to deceive international opinion."])
    }

    @Test func itIsTheOrganisationOpeningTheSentenceOrTheOneBefore() {
        let found = Fixture.quotes("""
        The [ORG Embassy of Georgia] in [LOC Dublin] said it maintained "equal relations with every community body in the country" and would not take sides.

        The [ORG Embassy of Eritrea] did not respond on Saturday. In a statement posted last month, it described the levy as "a voluntary contribution of citizens who love their country".

        The levy was introduced in 1994 by a decree that [ORG Amnesty International] criticised. It says that "every citizen abroad owes two percent of income".
        """)
        #expect(found == ["Embassy of Georgia: equal relations with every community body in the country",
                          "Embassy of Eritrea: a voluntary contribution of citizens who love their country",
                          ": every citizen abroad owes two percent of income"])
    }

    @Test func anUnnamedSpokespersonForANamedOrganisation() {
        let found = Fixture.quotes("""
        An official at the [ORG Ministry of Foreign Affairs] said the office would "answer every family within a week".

        A spokeswoman for the [ORG Senate Department], [PER Jana Petersen], said the funding would continue "for the children, whoever wins in court".
        """)
        #expect(found == ["Ministry of Foreign Affairs: answer every family within a week",
                          "Jana Petersen: for the children, whoever wins in court"])
    }

    @Test func otherPronounSentenceKeepsItsObject() {
        let found = Fixture.quotes("""
        [PER Lina Haddad] runs a bakery in the old town. She succeeds [PER Omar Saleh], who chaired the council for six years.

        "Six years is long enough for anyone to hold the same chair," he said.
        """)
        #expect(found == ["Omar Saleh: Six years is long enough for anyone to hold the same chair,"])
    }

    @Test func verbsOfManner() {
        let found = Fixture.quotes("""
        Chairman [PER Batbayar Dorj] said 2,000 people came.

        "Here we cannot stop the city, but we can stop one street," he joked.

        [PER Saule Nurova] arrived in June. She says the forms were the hardest part.

        "At home we spoke three languages and nobody minded," she laughs.
        """)
        #expect(found == ["Batbayar Dorj: Here we cannot stop the city, but we can stop one street,",
                          "Saule Nurova: At home we spoke three languages and nobody minded,"])
    }

    @Test func speakerAfterAnOrganisationsRolePhrase() {
        let found = Fixture.quotes("""
        "Every month that passes costs a generation of nurses," said [ORG KWEN]'s founder and director, [PER Shirin Rahmani].
        """)
        #expect(found == ["Shirin Rahmani: Every month that passes costs a generation of nurses,"])
    }

    @Test func descriptionQuotedAfterCalled() {
        let found = Fixture.quotes("""
        State Sen. [PER Maria Lopez] congratulated the board and called the chamber "the backbone of small business in the valley."
        """)
        #expect(found == ["Maria Lopez: the backbone of small business in the valley."])
    }

    /// "called it "…"": the subject before the verb, with another person in the paragraph.
    @Test func descriptionQuotedAfterCalledIt() {
        let found = Fixture.quotes("""
        [PER Hong Lan] will read from the memoir on Sunday. The circle's president, [PER Tran Quoc Bao], called it "the book our parents could not write."
        """)
        #expect(found == ["Tran Quoc Bao: the book our parents could not write."])
    }

    @Test func shortNameAfterCalledStaysAName() {
        let found = Fixture.quotes("""
        [PER Maria Lopez] opened a shop called "Bread and Salt of the Valley" on Monday.
        """)
        #expect(found.isEmpty)
    }

    @Test func theSpeakerGivenByAge() {
        let found = Fixture.quotes("""
        [PER Goran Kovač], 52, drove from [LOC Graz]. [PER Ana Perić], a 29-year-old nurse, came by train.

        "I come every year, and every year there are fewer of us," the 52-year-old said.
        """)
        #expect(found == ["Goran Kovač: I come every year, and every year there are fewer of us,"])
    }

    @Test func theAmbassadorIntroducedWithAMissionlessTitle() {
        let found = Fixture.quotes("""
        The Ambassador of [LOC Ireland] to [LOC Chile], Mr [PER Cathal Byrne], presented the trophy.

        "Very few people at home know that this game is played here at all," the ambassador said.
        """)
        #expect(found == ["Cathal Byrne: Very few people at home know that this game is played here at all,"])
    }

    @Test func aPersonNounSpeaksForTheOnlyPersonJustNamed() {
        let found = Fixture.quotes("""
        [PER Arman Petrosyan], a nine-year-old pupil, carried a flag.

        "My grandfather walked this road in 1915 and I walk it for him," the boy said.
        """)
        #expect(found == ["Arman Petrosyan: My grandfather walked this road in 1915 and I walk it for him,"])
    }

    @Test func theMPIsTheMemberOfTheNamedLegislature() {
        let found = Fixture.quotes("""
        [PER Giorgi Beridze], a member of the [ORG Parliament of Georgia], visited the school. [PER Eteri Kapanadze] showed him the classes.

        "We will ask the ministry for new books before the end of the year," the MP stressed.
        """)
        #expect(found == ["Giorgi Beridze: We will ask the ministry for new books before the end of the year,"])
    }

    @Test func aDocumentReadOnBehalfOfAnOrganisation() {
        let found = Fixture.quotes("""
        Speaking on behalf of the [ORG Union of Crimean Tatars], its chairman [PER Refat Ablayev] read out a message.

        "Our grandparents did not choose exile and we ask only for the right to remember," the message said.
        """)
        #expect(found == ["Union of Crimean Tatars: Our grandparents did not choose exile and we ask only for the right to remember,"])
    }
}
