import Testing
import Lexicon
@testable import Extraction

/// One small article per way news states an affiliation; mentions placed by hand (see `Fixture`).
@Suite("Affiliation sieves")
struct AffiliationFinderTests {
    @Test func professorOfOrganisation() {
        let found = Fixture.affiliations("""
        [LOC VIENNA], May 4. Professor [PER Lale Demirci] of [ORG Ankara Institute of Folklore] opened an exhibition of Anatolian textiles at the city hall.
        """)
        #expect(found == ["Lale Demirci | Ankara Institute of Folklore | Professor"])
    }

    @Test func roleOfOrganisationBeforeTheName() {
        let found = Fixture.affiliations("""
        The Chairman of the [ORG Kyrgyz Cultural Union in [LOC Lyon]] [PER Almaz Toktogulov] welcomed about 200 guests to the spring festival.
        """)
        #expect(found == ["Almaz Toktogulov | Kyrgyz Cultural Union in Lyon | Chairman"])
    }

    @Test func organisationPossessiveRole() {
        let found = Fixture.affiliations("""
        The [ORG KCU]'s secretary [PER Aida Bekova] read the annual report to the members.
        """)
        #expect(found == ["Aida Bekova | KCU | secretary"])
    }

    @Test func centersSecretaryIsTheOrganisationNamedJustBefore() {
        let found = Fixture.affiliations("""
        In a letter to the mayor, the [ORG Anatolian Friendship Society of Graz] asked for a larger hall. The letter was signed by the center's secretary [PER Emre Kaya].
        """)
        #expect(found == ["Emre Kaya | Anatolian Friendship Society of Graz | secretary"])
    }

    @Test func councilsSecretaryPrefersTheOrganisationOfThatName() {
        // The most recent organisation is the school; "the council's" names the council.
        let found = Fixture.affiliations("""
        The [ORG Coordinating Council of Tatar Societies] met at the [ORG Kazan Sunday School] on Friday. The council's treasurer [PER Rustem Galiev] presented the budget.
        """)
        #expect(found == ["Rustem Galiev | Coordinating Council of Tatar Societies | treasurer"])
    }

    @Test func headOfOrganisationInApposition() {
        let found = Fixture.affiliations("""
        [PER Dilnoza Karimova], head of the [ORG Uzbek Women's Forum of Hamburg], said the courses would start in June.
        """)
        #expect(found == ["Dilnoza Karimova | Uzbek Women's Forum of Hamburg | head"])
    }

    @Test func founderOfOrganisationBeforeTheName() {
        let found = Fixture.affiliations("""
        The founder of the [ORG Georgian Choir of Brussels] [PER Levan Beridze] recalled the first rehearsals in a church basement.
        """)
        #expect(found == ["Levan Beridze | Georgian Choir of Brussels | founder"])
    }

    @Test func activeMemberInApposition() {
        let found = Fixture.affiliations("""
        [PER Marta Kowalczyk], an active member of the [ORG Polish Scouting Association in Ireland], organised the collection.
        """)
        #expect(found == ["Marta Kowalczyk | Polish Scouting Association in Ireland | active member"])
    }

    @Test func organisationThenRoleThenName() {
        let found = Fixture.affiliations("""
        [ORG ATCS] chairman [PER Farid Rahimov] and [ORG Turkic Diaspora] Congress President [PER Selin Aydin] signed the agreement.
        """)
        #expect(found == ["Farid Rahimov | ATCS | chairman", "Selin Aydin | Turkic Diaspora | Congress President"])
    }

    @Test func relativeClauses() {
        let found = Fixture.affiliations("""
        [PER Goran Petrovic], who chairs the [ORG Serbian Community Council of Sydney], said the vote was peaceful. [PER Ana Jovic], who is also a trustee of the [ORG Saint Sava School], agreed.
        """)
        #expect(found == ["Goran Petrovic | Serbian Community Council of Sydney | chair", "Ana Jovic | Saint Sava School | trustee"])
    }

    @Test func listOfNamesOfOneOrganisation() {
        let found = Fixture.affiliations("""
        Councillors [PER Naveen Rao], [PER Priya Menon] and [PER Arun Pillai] of [ORG Leicester City Council] attended the ceremony.
        """)
        #expect(found == [
            "Naveen Rao | Leicester City Council | Councillor",
            "Priya Menon | Leicester City Council | Councillor",
            "Arun Pillai | Leicester City Council | Councillor",
        ])
    }

    @Test func rolesInSeveralOrganisationsAtOnce() {
        let found = Fixture.affiliations("""
        The Chairman of the [ORG Armenian Cultural Union in [LOC Cyprus]] and the [ORG Society of Armenian-Cypriot Friendship], the coordinator of the [ORG Council of Armenian Communities in the Middle East] in [LOC Cyprus] [PER Aram Sargsyan] also addressed the meeting.
        """)
        #expect(found == [
            "Aram Sargsyan | Armenian Cultural Union in Cyprus | Chairman",
            "Aram Sargsyan | Society of Armenian-Cypriot Friendship | Chairman",
            "Aram Sargsyan | Council of Armenian Communities in the Middle East | coordinator",
        ])
    }

    @Test func chainAfterTheName() {
        let found = Fixture.affiliations("""
        [PER Tomas Varga], chairman of the [ORG Hungarian Students' Union] and a doctoral student at the [ORG University of Vienna], said the union had 300 members.
        """)
        #expect(found == ["Tomas Varga | Hungarian Students' Union | chairman", "Tomas Varga | University of Vienna | doctoral student"])
    }

    @Test func candidateNominatedByParty() {
        let found = Fixture.affiliations("""
        The commission registered [PER Nodira Yusupova], nominated by the ruling [ORG Democratic Party of Progress], as a candidate.
        """)
        #expect(found == ["Nodira Yusupova | Democratic Party of Progress | candidate"])
    }

    @Test func ambassadorToAPlaceWithoutANamedMissionGetsNothing() {
        let found = Fixture.affiliations("""
        [LOC Kazakhstan]'s Ambassador to [LOC Germany] [PER Nurlan Sadykov] thanked the [ORG Kazakh Society of Berlin] for its work.
        """)
        #expect(found.isEmpty)
    }

    @Test func consulOfPlacesLinksToTheNamedMission() {
        let found = Fixture.affiliations("""
        The [ORG Consulate General of [LOC Moldova] in [LOC Milan]] opened a polling station. Consul General of [LOC Moldova] in [LOC Milan] [PER Ion Rusu] said 4,000 voters came.
        """)
        #expect(found == ["Ion Rusu | Consulate General of Moldova in Milan | Consul General"])
    }

    @Test func bareConsulTitleLinksToTheOnlyConsulate() {
        let found = Fixture.affiliations("""
        Voting took place at the [ORG Consulate General of [LOC Moldova] in [LOC Milan]] on Sunday. Consul General [PER Ion Rusu] said the turnout was high.
        """)
        #expect(found == ["Ion Rusu | Consulate General of Moldova in Milan | Consul General"])
    }

    @Test func bareAmbassadorTitleWithoutAnyEmbassyGetsNothing() {
        let found = Fixture.affiliations("""
        Voting took place at the [ORG Consulate General of [LOC Moldova] in [LOC Milan]] on Sunday. Ambassador [PER Ion Rusu] said the turnout was high.
        """)
        #expect(found.isEmpty)
    }

    @Test func embassysCounsellorResolvesToTheEmbassy() {
        let found = Fixture.affiliations("""
        The event was held with the [ORG Embassy of [LOC Georgia] in [LOC Poland]] and the [ORG Warsaw Georgian Club]. The embassy's counsellor [PER Nino Abashidze] conveyed greetings.
        """)
        #expect(found == ["Nino Abashidze | Embassy of Georgia in Poland | counsellor"])
    }

    @Test func coOccurrenceAloneGivesNothing() {
        let found = Fixture.affiliations("""
        [PER Oleg Marchenko] met representatives of the [ORG Ukrainian Youth League] in [LOC Toronto]. [PER Iryna Bondar] thanked the [ORG Canadian Red Cross] for its help.
        """)
        #expect(found.isEmpty)
    }

    @Test func itsPresidentIsTheSubjectOrganisation() {
        let found = Fixture.affiliations("""
        The [ORG Alliance of Oaxacan Clubs in [LOC California]] has opened registration tables at parishes in [LOC Fresno], its president [PER Rosa Mendez] said.
        """)
        #expect(found == ["Rosa Mendez | Alliance of Oaxacan Clubs in California | president"])
    }

    @Test func electedPresidentOf() {
        let found = Fixture.affiliations("""
        Lawyer [PER Olena Savchenko] has been elected president of the [ORG Ukrainian Council of Winnipeg], an umbrella body of 25 groups.
        """)
        #expect(found == ["Olena Savchenko | Ukrainian Council of Winnipeg | president"])
    }

    @Test func officeVerbsWithOrganisationReference() {
        let found = Fixture.affiliations("""
        The [ORG Consulate General of [LOC Kazakhstan] in [LOC Frankfurt]] hosted the evening. [PER Bolat Ermekov], who heads the consulate, said the library would grow. [PER Aliya Nurova] founded the [ORG Kazakh Dance Studio] in 2015.
        """)
        #expect(found == [
            "Bolat Ermekov | Consulate General of Kazakhstan in Frankfurt | head",
            "Aliya Nurova | Kazakh Dance Studio | founder",
        ])
    }

    @Test func foundedByChoreographer() {
        let found = Fixture.affiliations("""
        The evening closed with [ORG Lazuri], a Paris-based dance ensemble founded in 2011 by choreographer [PER Gela Kobakhidze].
        """)
        #expect(found == ["Gela Kobakhidze | Lazuri | founder"])
    }

    @Test func electedToTheBoard() {
        let found = Fixture.affiliations("""
        Delegates also elected [PER Jonas Petraitis] and [PER Ruta Kazlauskaite] to the [ORG LCN] executive board.
        """)
        #expect(found == ["Jonas Petraitis | LCN | executive board member", "Ruta Kazlauskaite | LCN | executive board member"])
    }

    @Test func coordinatorsInPlacesThenNames() {
        let found = Fixture.affiliations("""
        The [ORG Association of Peruvians in [LOC Spain]] runs food banks. The association's coordinators in [LOC Seville] and [LOC Bilbao], [PER Rosa Quispe] and [PER Juan Mamani], said demand had doubled.
        """)
        #expect(found == ["Rosa Quispe | Association of Peruvians in Spain | coordinator", "Juan Mamani | Association of Peruvians in Spain | coordinator"])
    }

    @Test func roleKeyIsNormalizedAndSentenceIsTheStatingOne() {
        let built = Fixture.build("""
        The forum opened on Monday. Chairwoman of the [ORG Latvian Society of Ireland] [PER Ilze Ozola] welcomed the guests.
        """)
        let found = AffiliationFinder.find(in: built.analysis, lexicon: .shared)
        #expect(found.count == 1)
        #expect(found.first?.role == "Chairwoman")
        #expect(found.first?.roleKey == "chairman")
        #expect(found.first?.sentence == 1)
    }

    @Test func officialOfOrganisationThenTitledName() {
        let found = Fixture.affiliations("""
        An [ORG MEA] official, Joint Secretary [PER Kavita Rao], told the delegation that counters would open on weekends.
        """)
        #expect(found == ["Kavita Rao | MEA | official"])
    }
}

/// Phrasings beyond the common ones: coordinated roles, bodies, parenthesised organisations, participles.
@Suite("Affiliation sieves, further phrasings")
struct AffiliationFurtherPhrasingTests {
    @Test func coordinatedRolesBeforeOf() {
        let found = Fixture.affiliations("""
        [PER Kamran Aliyev], the founder and president of the [ORG Azerbaijani-Dutch Friendship Society], opened the evening.
        """)
        #expect(found == ["Kamran Aliyev | Azerbaijani-Dutch Friendship Society | founder and president"])
    }

    @Test func chairmanOfTheBoardOfOrganisation() {
        let found = Fixture.affiliations("""
        [PER Elvin Huseynov], chairman of the board of the [ORG Caspian Heritage Foundation], said the grants would double.
        """)
        #expect(found == ["Elvin Huseynov | Caspian Heritage Foundation | chairman of the board"])
    }

    @Test func organisationInParenthesesAfterTheName() {
        let found = Fixture.affiliations("""
        The panel included Dr. [PER Ayten Mammadova] ([ORG Baku State University]) and two students.
        """)
        #expect(found == ["Ayten Mammadova | Baku State University | Dr."])
    }

    @Test func participleAndBracketedOrganisationRole() {
        let found = Fixture.affiliations("""
        [PER Orkhan Safarov], representing the [ORG Azerbaijani Youth Union of Kyiv], laid flowers. [PER Nigar Jafarova], [ORG AYU] secretary, said 40 people came.
        """)
        #expect(found == ["Orkhan Safarov | Azerbaijani Youth Union of Kyiv | representative", "Nigar Jafarova | AYU | secretary"])
    }

    @Test func whoseChairman() {
        let found = Fixture.affiliations("""
        The event was organised by the [ORG Turkmen Cultural Centre in [LOC Istanbul]], whose chairman [PER Merdan Ataev] thanked the guests.
        """)
        #expect(found == ["Merdan Ataev | Turkmen Cultural Centre in Istanbul | chairman"])
    }

    @Test func acronymInParenthesesThenRole() {
        let found = Fixture.affiliations("""
        [ORG Union of Kazakh Students] ([ORG UKS|Union of Kazakh Students]) president [PER Aruzhan Serikova] said the union had grown.
        """)
        #expect(found == ["Aruzhan Serikova | Union of Kazakh Students | president"])
    }

    @Test func andIsNotALinkBetweenAPersonAndARoleFrame() {
        let found = Fixture.affiliations("""
        The minister met [PER Rauf Mammadov] and members of the [ORG Azerbaijani Community of Georgia] on Friday.
        """)
        #expect(found.isEmpty)
    }

    @Test func verbsOfMeetingAreNotRoles() {
        let found = Fixture.affiliations("""
        The [ORG Georgian Cultural Centre] welcomed guests including Ambassador [PER Levan Dolidze] and Professor [PER Nana Gogua].
        """)
        #expect(found.isEmpty)
    }
}

@Suite("Affiliation roles")
struct AffiliationRoleTests {
    @Test func titleBeforeTheNameRefinesAVerbRole() {
        let found = Fixture.affiliations("""
        The [ORG Consulate General of [LOC Tajikistan] in [LOC Kazan]] opened a desk. Consul General [PER Rustam Nazarov], who heads the consulate, said it would open on Saturdays.
        """)
        #expect(found == ["Rustam Nazarov | Consulate General of Tajikistan in Kazan | Consul General"])
    }

    @Test func roleInABodyOfTheOrganisation() {
        let found = Fixture.affiliations("""
        [PER Dilfuza Karimova], a member of the [ORG AUCK] board, and [PER Jasur Aliev], head of the [ORG AUCK] youth committee, spoke.
        """)
        #expect(found == ["Dilfuza Karimova | AUCK | board member", "Jasur Aliev | AUCK | head of the youth committee"])
    }
}
