import Testing
import Lexicon
@testable import Extraction

/// Speaker forms of wire services, features and releases: a pronoun after "X's deputy, Y", "according to a
/// statement from ORG", a message read out from an organisation, the organisers of an event "run by" one, and
/// the passage after a long attribution sentence. Small articles written for these tests; mentions placed by
/// hand.
@Suite("Quote speakers, press forms")
struct QuotePressFormsTests {
    @Test func pronounPassesOverANameInThePossessive() {
        let found = Fixture.quotes("""
        The [ORG Somon Club] will close. [PER Rustam Aliev]'s deputy, [PER Zarina Karimova], said the website would stay. "We cannot pay the rent, but we can still answer letters," she wrote.
        """)
        #expect(found == ["Zarina Karimova: We cannot pay the rent, but we can still answer letters,"])
    }

    @Test func accordingToAStatementFromAnOrganisation() {
        let found = Fixture.quotes("""
        Applications rose, according to a statement from the [ORG Ministry of Migration], which described the centre as "a welcome addition to public services in the city".
        """)
        #expect(found == ["Ministry of Migration: a welcome addition to public services in the city"])
    }

    @Test func accordingToAfterTheQuote() {
        let found = Fixture.quotes("""
        [PER Luis Vega] arrived late. "We will not accept any cut to the language classes," according to [PER Ana Ruiz].

        [PER Luis Vega] left early. "The classes will run until the end of June at least," according to a statement from the [ORG Latin Alliance].
        """)
        #expect(found == ["Ana Ruiz: We will not accept any cut to the language classes,",
                          "Latin Alliance: The classes will run until the end of June at least,"])
    }

    @Test func quotedAsSaying() {
        let found = Fixture.quotes("""
        [PER Luis Vega] arrived late. "We will not accept any cut to the language classes," [PER Ana Ruiz] was quoted as saying by [ORG Reuters].

        [PER Luis Vega] left early. [ORG Reuters] quoted [PER Marta Gil] as saying: "The classes will run until the end of June at least."
        """)
        #expect(found == ["Ana Ruiz: We will not accept any cut to the language classes,",
                          "Marta Gil: The classes will run until the end of June at least."])
    }

    @Test func messageReadOutFromAnOrganisationByAnotherOrganisationsOfficer() {
        let found = Fixture.quotes("""
        The [ORG Embassy of [LOC Georgia]] hosted the evening. The embassy's counsellor [PER Levan Beridze] read out a warm message from the [ORG Office of the State Minister on Diaspora].

        "The Office values the work of every community school abroad," the message reads.
        """)
        #expect(found == ["Office of the State Minister on Diaspora: The Office values the work of every community school abroad,"])
    }

    /// A message from a person, read out by another ("a message from Ambassador A"), or sent by its subject
    /// ("Senator A, who heads …, sent a message"), is that person's.
    @Test func messageFromAPersonIsThatPersons() {
        let readOut = Fixture.quotes("""
        The counsellor of the [ORG Embassy of [LOC Azerbaijan]], [PER Javid Aliyev], read out a message from Ambassador [PER Fikret Ahmadzada], who is on a working trip.

        "Dear compatriots, I wish peace and prosperity to every family," the message said.
        """)
        #expect(readOut == ["Fikret Ahmadzada: Dear compatriots, I wish peace and prosperity to every family,"])
        let sent = Fixture.quotes("""
        Senator [PER Jean-Marc Tessier], who heads the friendship group, sent a message that was read out by [ORG Friendship Circle] secretary [PER Hélène Moreau].

        "Remembering the victims means refusing a selective memory," the message said.
        """)
        #expect(sent == ["Jean-Marc Tessier: Remembering the victims means refusing a selective memory,"])
    }

    @Test func postOfTheOrganisersOfAnEventRunByAnOrganisation() {
        let found = Fixture.quotes("""
        The festival is run by the [ORG Khmer Community of Victoria]. Earlier in the week, the organisers wrote on social media that it would go ahead. "Rain or shine, bring your lanterns and your friends," the post said.
        """)
        #expect(found == ["Khmer Community of Victoria: Rain or shine, bring your lanterns and your friends,"])
    }

    @Test func passageAfterALongAttributionSentence() {
        let found = Fixture.quotes("""
        "Some of our families have moved three times in two years," said [PER Olena Bondar], a volunteer with the [ORG Welsh Ukrainian Club], who came to the city from Lviv with her neighbour [PER Ivan Petrenko]. "Children cannot keep starting again in a new school."
        """)
        #expect(found == ["Olena Bondar: Some of our families have moved three times in two years,",
                          "Olena Bondar: Children cannot keep starting again in a new school."])
    }

    @Test func passageAfterALongNarrativeSentenceIsNotContinued() {
        let found = Fixture.quotes("""
        "Some of our families have moved three times in two years," said [PER Olena Bondar]. Later that week the club moved its classes to a larger hall near the station, where [PER Ivan Petrenko] also teaches. "Children cannot keep starting again in a new school."
        """)
        #expect(found.last == ": Children cannot keep starting again in a new school.")
    }

    @Test func attributionSentenceMustEndRightBeforeTheNextPassage() {
        let found = Fixture.quotes("""
        "We used to fit in one room," said [PER Rosa Lim], who has volunteered since 2009. The [ORG Korean Seniors Club]'s president, [PER Mina Lim], said the two are not related, "although after sixteen years of sharing a name we might as well be."
        """)
        #expect(found == ["Rosa Lim: We used to fit in one room,",
                          "Mina Lim: although after sixteen years of sharing a name we might as well be."])
    }

    @Test func nameAsTheAppositionOfALeadingSubject() {
        let found = Fixture.quotes("""
        [PER Rosa Lim] brought the food. The [ORG Korean Seniors Club]'s president, [PER Mina Lim], said the two are not related, "although after sixteen years of sharing a name we might as well be."
        """)
        #expect(found == ["Mina Lim: although after sixteen years of sharing a name we might as well be."])
    }

    @Test func organisationWithItsAcronymAfterTheQuote() {
        let found = Fixture.quotes("""
        Parents' groups asked for more classes. "Half the children speak Polish at home, and the schools should count that as a strength," the [ORG Federation of Polish Parents' Associations] ([ORG FPPA|Federation of Polish Parents' Associations]) said in a statement.
        """)
        #expect(found == ["Federation of Polish Parents' Associations: Half the children speak Polish at home, and the schools should count that as a strength,"])
    }

    @Test func pronounAfterAnUnnamedSpeakerHasNoSpeaker() {
        let found = Fixture.quotes("""
        [PER Farid Haddad] opened the market at nine. One long-time vendor said the fees had doubled. "We sell more, but we keep less," she said.

        [PER Lea Moreau] runs the bakery. A 58-year-old cleaner from [LOC Lyon], who did not want to be named, said she worked two jobs. "Here I have friends for one day," she said.
        """)
        #expect(found == [": We sell more, but we keep less,", ": Here I have friends for one day,"])
    }

    @Test func unnamedSpeakerBeforeOrAfterTheQuote() {
        let found = Fixture.quotes("""
        [PER Ana Ruiz] opened the market. One long-time vendor said: "We sell more, but we keep less every single year."

        [PER Ana Ruiz] cut the ribbon. "The rent went up again in March, and nobody asked us," said a vendor from [LOC Lyon] who asked not to be named.

        [PER Ana Ruiz] gave a speech. "Nobody here can afford a second stall any more," a vendor said.
        """)
        #expect(found == [": We sell more, but we keep less every single year.",
                          ": The rent went up again in March, and nobody asked us,",
                          ": Nobody here can afford a second stall any more,"])
    }

    @Test func namedSpeakerAfterAnIndefiniteDescription() {
        let found = Fixture.quotes("""
        [PER Ana Ruiz] opened the market. "We sell more, but we keep less every single year," said one of the founders, [PER Marc Petit].
        """)
        #expect(found == ["Marc Petit: We sell more, but we keep less every single year,"])
    }

    @Test func timePhraseIsNoUnnamedSpeaker() {
        let found = Fixture.quotes("""
        [PER Farid Haddad] opened the market at nine. A week later he said the fees had doubled. "We sell more, but we keep less," he said.
        """)
        #expect(found == ["Farid Haddad: We sell more, but we keep less,"])
    }

    /// A document the article mentions without its issuer speaks for the organisation the article is about, and
    /// `"…," it adds` goes on with the same speaker.
    @Test func aDocumentWithoutItsIssuerAndItAdds() {
        let found = Fixture.quotes("""
        The [ORG Union of Azerbaijanis of France] met twice. The [ORG Union of Azerbaijanis of France] elected a board.

        The assembly adopted an address to the [ORG State Committee]. "We ask the committee to double the places for our teachers," the address reads.

        "Our schools now have more pupils than teachers in every city," it adds.
        """)
        #expect(found == ["Union of Azerbaijanis of France: We ask the committee to double the places for our teachers,",
                          "Union of Azerbaijanis of France: Our schools now have more pupils than teachers in every city,"])
    }

    /// A one-word reply framed by a speech verb is speech, not a title, and so is the short passage going on after
    /// its attribution; a short title-case phrase with no frame is not.
    @Test func shortRepliesAfterTheirAttribution() {
        let found = Fixture.quotes("""
        Asked whether she would run the community differently, [PER Ruta Jankauskiene] smiled. "No," she said. "Louder, maybe."

        The choir sang "Green Valley" at the end.
        """)
        #expect(found == ["Ruta Jankauskiene: No,", "Ruta Jankauskiene: Louder, maybe."])
    }

    /// "Councillor A of ORG, whose ward …, said": the person the organisation describes is the speaker.
    @Test func aPersonDescribedByHerOrganisationSpeaks() {
        let found = Fixture.quotes("""
        Councillor [PER Helen O'Rourke-Lam] of [ORG Manchester City Council], whose ward covers Chinatown, said the community "has given this city its most loved street."
        """)
        #expect(found == ["Helen O'Rourke-Lam: has given this city its most loved street."])
    }

    /// "A council spokesperson said": the organisation the noun refers to speaks.
    @Test func anUnnamedSpokespersonSpeaksForTheOrganisation() {
        let found = Fixture.quotes("""
        The festival was run with [ORG Leicester City Council]. A council spokesperson said the authority was "grateful to the federation and its volunteers."
        """)
        #expect(found == ["Leicester City Council: grateful to the federation and its volunteers."])
        // "A Home Office spokesperson said": the organisation named before the noun.
        let named = Fixture.quotes("""
        The [ORG Home Office] declined. A [ORG Home Office] spokesperson said: "We do not comment on individual cases."
        """)
        #expect(named == ["Home Office: We do not comment on individual cases."])
    }

    /// "A Heidelberg University spokesperson said … "…," the spokesperson said": the spokesperson introduced without a
    /// name still speaks for that organisation; not when the introduction names them.
    @Test func theSpokespersonIntroducedWithoutANameSpeaksForTheOrganisationLater() {
        let found = Fixture.quotes("""
        A [ORG Heidelberg University] spokesperson said the university followed the assessment of the office.

        "Where certificates cannot be verified, we offer applicants an examination," the spokesperson said.

        A spokesperson for the [ORG Nigerians in Diaspora Commission] said the commission welcomed it. "We want a surgeon in Manchester to book a list in Kano," the spokesperson said.
        """)
        #expect(found == ["Heidelberg University: Where certificates cannot be verified, we offer applicants an examination,",
                          "Nigerians in Diaspora Commission: We want a surgeon in Manchester to book a list in Kano,"])
        let named = Fixture.quotes("""
        A spokeswoman for the [ORG Home Office], [PER Jana Petersen], said it would reply. "We will answer in May," the spokeswoman said.
        """)
        #expect(named == ["Jana Petersen: We will answer in May,"])
    }

    /// "the CFO chief said", "the NiDCOM boss noted": whoever leads that organisation, by whatever title.
    @Test func theChiefOfAnOrganisationIsItsLeader() {
        let found = Fixture.quotes("""
        The forum was opened by [ORG CFO] Chairperson [PER Leonora Castillo-Ibanez] and [ORG SPMI] member [PER Ramon Villanueva].

        "We want every Filipino in Milan to have a plan for the day they come home," the [ORG CFO] chief said.

        "Our members save together every month," the [ORG SPMI] boss said.
        """)
        #expect(found == ["Leonora Castillo-Ibanez: We want every Filipino in Milan to have a plan for the day they come home,",
                          ": Our members save together every month,"])
    }

    /// "the central bank said": the organisation named before whose name holds the modifier and the noun.
    @Test func theModifiedNounOfAnOrganisationSpeaksForIt() {
        let found = Fixture.quotes("""
        The [ORG Central Bank of Nigeria] cut its fees in May.

        "Formal channels are now faster and cheaper than the parallel market," the central bank said.
        """)
        #expect(found == ["Central Bank of Nigeria: Formal channels are now faster and cheaper than the parallel market,"])
    }

    /// "the consul general's message said": the person introduced with that title.
    @Test func aTitledPersonsMessageSpeaksForThePerson() {
        let found = Fixture.quotes("""
        The Consul General of [LOC Greece], [PER Anastasia Loukaki-Brown], sent a message. "The brotherhood has kept the songs alive," the consul general's message said.
        """)
        #expect(found == ["Anastasia Loukaki-Brown: The brotherhood has kept the songs alive,"])
    }

    /// "the Consul General said" after "Consul General of the Kyrgyz Republic in [Novosibirsk] NAME": the title reaches the
    /// name across capitalized words in no mention, and "general" after the role word is no head of its own.
    @Test func aTitleBeforeAnUntaggedCountryNamesThePerson() {
        let found = Fixture.quotes("""
        Among them were Consul General of the Kyrgyz Republic in [LOC Novosibirsk] [PER Nurbek Abdykadyrov] and member of the [ORG Jogorku Kenesh] [PER Kanykei Asanova].

        "The door of the consulate is open," the Consul General said.
        """)
        #expect(found == ["Nurbek Abdykadyrov: The door of the consulate is open,"])
    }

    /// "the High Commissioner said": the person introduced with the whole title ("High Commissioner for Diaspora Affairs of
    /// the Republic of Armenia NAME"), not a later "Deputy High Commissioner", whose role has the same key.
    @Test func theWholeTitleWinsOverTheSameRolesDeputy() {
        let found = Fixture.quotes("""
        On May 19, High Commissioner for Diaspora Affairs of the [LOC Republic of Armenia] [PER Hovik Melkonyan] received the delegation.

        From the Armenian side, Deputy High Commissioner [PER Lilit Harutyunyan] took part in the meeting.

        "Sixty years ago a small country gave a big lesson to the world," the High Commissioner said.
        """)
        #expect(found == ["Hovik Melkonyan: Sixty years ago a small country gave a big lesson to the world,"])
    }
}
