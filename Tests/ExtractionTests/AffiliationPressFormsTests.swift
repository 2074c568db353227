import Testing
import Lexicon
@testable import Extraction

/// Affiliation phrasings of wire services, local papers and releases: references by a kind noun, coordinated
/// verbs of office, seats "on" a body, units after a modified name, lists with "all", legislators and their
/// parties, roles held under another office holder. Small articles written for these tests; mentions placed
/// by hand.
@Suite("Affiliation sieves, press forms")
struct AffiliationPressFormsTests {
    // MARK: - References by a kind noun

    @Test func kindNounPassesOverAnOrganisationOfAnotherKind() {
        let found = Fixture.affiliations("""
        The fair is run by the [ORG Lebanese Community of Adelaide], with a grant from [ORG Salisbury City Council].

        [PER Rania Khoury], who chairs the association's youth committee, said the stalls sold out by noon.
        """)
        #expect(found == ["Rania Khoury | Lebanese Community of Adelaide | chair"])
    }

    /// "Deputy State Minister X" with the "Office of the State Minister …" named: the office named after the title.
    @Test func anOfficeNamedAfterTheTitleIsTheHolders() {
        let found = Fixture.affiliations("""
        The [ORG Office of the State Minister of [LOC Georgia] for Diaspora Issues] organised the meeting in [LOC Athens].

        It was attended by Deputy State Minister [PER Ketevan Gogoladze] and teachers of the school.
        """)
        #expect(found == ["Ketevan Gogoladze | Office of the State Minister of Georgia for Diaspora Issues | Deputy State Minister"])
    }

    @Test func unnamedSchoolIsNoOrganisation() {
        let found = Fixture.affiliations("""
        Inspectors from the [ORG Regional Education Authority] visited in May. [PER Tariq Mansour], who runs the school, said he had hired two teachers.
        """)
        #expect(found.isEmpty)
    }

    @Test func embassyReferenceBeforeTheOnlyEmbassyIsNamed() {
        let found = Fixture.affiliations("""
        [PER Oleh Marchenko], head of the embassy's visa section, said the [ORG Embassy of [LOC Ukraine] in [LOC Portugal]] would open on Saturdays.
        """)
        #expect(found == ["Oleh Marchenko | Embassy of Ukraine in Portugal | head"])
    }

    @Test func itsAfterAnUnnamedTeamIsNoOrganisation() {
        let found = Fixture.affiliations("""
        The [ORG Steppe Horse Foundation] paid for the prizes. The final was won by the team from the Aral district. [PER Erlan Dosov], its captain, thanked the fans.
        """)
        #expect(found.isEmpty)
    }

    // MARK: - Verbs of office

    @Test func secondVerbOfOfficeInARelativeClause() {
        let found = Fixture.affiliations("""
        "We need more desks," said [PER Tariq Mansour], who manages the bakery and chairs the [ORG Nubian Parents' Union], a group of 40 families.
        """)
        #expect(found == ["Tariq Mansour | Nubian Parents' Union | chair"])
    }

    @Test func teachingWithALongerSubjectBeforeTheOrganisation() {
        let found = Fixture.affiliations("""
        [PER Mirela Dobre], who teaches Romanian literature courses at the [ORG University of Turin], helped with the translations.
        """)
        #expect(found == ["Mirela Dobre | University of Turin | teacher"])
    }

    @Test func coVerbsAndAUnitAsTheObject() {
        let found = Fixture.affiliations("""
        [PER Ana Ruiz], who co-chairs the [ORG Latin Alliance], spoke first. [PER Luis Vega], who heads the Berlin office of the [ORG Andes Trust], spoke next.
        """)
        #expect(found == ["Ana Ruiz | Latin Alliance | co-chair", "Luis Vega | Andes Trust | head"])
    }

    @Test func verbOfOfficeOverItsUnit() {
        let found = Fixture.affiliations("""
        The [ORG Latin Alliance] held its spring fair. [PER Ana Ruiz], who leads its youth wing, sold books.
        """)
        #expect(found == ["Ana Ruiz | Latin Alliance | leader"])
    }

    // MARK: - Frames

    @Test func oneOfAnOrganisationsFounders() {
        let found = Fixture.affiliations("""
        [PER Ana Ruiz], one of the [ORG Latin Alliance]'s founders, said the hall was too small.
        """)
        #expect(found == ["Ana Ruiz | Latin Alliance | founder"])
    }

    @Test func tookOverAsAndSeatOnAPossessiveBody() {
        let found = Fixture.affiliations("""
        [PER Ana Ruiz], who took over as president of the [ORG Latin Alliance] last year, spoke first. [PER Luis Vega], who sits on the [ORG Andes Trust]'s advisory board, spoke next.
        """)
        #expect(found == ["Ana Ruiz | Latin Alliance | president", "Luis Vega | Andes Trust | board member"])
    }

    @Test func seatOnACouncil() {
        let found = Fixture.affiliations("""
        [PER Tomasz Wrona], a Green councillor on [ORG Ealing Borough Council] whose ward includes the church, said the hall would stay open.
        """)
        #expect(found == ["Tomasz Wrona | Ealing Borough Council | councillor"])
    }

    @Test func organisationBeforeTheRoleOfAnotherOrganisation() {
        let found = Fixture.affiliations("""
        [PER Hamid Rostami], a [ORG BBC] correspondent at the [ORG United Nations], said the vote was close.
        """)
        #expect(found == ["Hamid Rostami | BBC | correspondent", "Hamid Rostami | United Nations | correspondent"])
    }

    @Test func onlySeatRolesTakeOn() {
        let found = Fixture.affiliations("""
        [PER Tomasz Wrona], a commentator on [ORG Radio Kraków], said the hall would stay open.
        """)
        #expect(found.isEmpty)
    }

    @Test func roleInAUnitAfterAModifiedName() {
        let found = Fixture.affiliations("""
        [PER Suresh Pillai], captain of the victorious [ORG Cochin Arts Society] team, thanked the rowers.
        """)
        #expect(found == ["Suresh Pillai | Cochin Arts Society | captain of the team"])
    }

    @Test func listOfNamesWithAllMembersOf() {
        let found = Fixture.affiliations("""
        The stage was built by [PER Ana Lima], [PER Rui Costa] and [PER Inês Faria], all members of the [ORG Lusitano Club of Leeds].
        """)
        #expect(found == ["Ana Lima | Lusitano Club of Leeds | member", "Rui Costa | Lusitano Club of Leeds | member",
                          "Inês Faria | Lusitano Club of Leeds | member"])
    }

    @Test func legislatorOfAChamberFromAPartyBeforeTheName() {
        let found = Fixture.affiliations("""
        Member of the [ORG Riksdag] from the [ORG Centre Party] ([ORG C]) [PER Annika Berglund], who opened the fair, praised the volunteers.
        """)
        #expect(found == ["Annika Berglund | Riksdag | Member", "Annika Berglund | Centre Party | Member"])
    }

    // MARK: - Role words and links

    @Test func parishPriestCaseworkerAndContributor() {
        let found = Fixture.affiliations("""
        Father [PER Tomás Reyes], the parish priest of [ORG Holy Cross Church], blessed the bench.

        [PER Ruth Amsel], 41, a former teacher who is now a caseworker for the advocacy charity [ORG Open Door Trust], says the forms are the worst part.

        [PER Lina Saroyan] is a freelance writer based in [LOC Fresno]. She is a regular contributor to the [ORG Fresno Herald].
        """)
        #expect(found == ["Tomás Reyes | Holy Cross Church | parish priest", "Ruth Amsel | Open Door Trust | caseworker",
                          "Lina Saroyan | Fresno Herald | regular contributor"])
    }

    @Test func roleLinkedToItsOrganisationByAParticiple() {
        let found = Fixture.affiliations("""
        [PER Mira Janssen], a nurse employed by [ORG Zorgkring], said she had applied at once. [PER Omar Haddad], a social worker based at [ORG Hope House], agreed.
        """)
        #expect(found == ["Mira Janssen | Zorgkring | nurse", "Omar Haddad | Hope House | social worker"])
    }

    @Test func bracketedRemarkBetweenRoleAndOrganisation() {
        let found = Fixture.affiliations("""
        Guests included [PER Rahul Menon], Consul (Community Affairs) at the [ORG Consulate General of India in Doha], who spoke briefly.
        """)
        #expect(found == ["Rahul Menon | Consulate General of India in Doha | Consul"])
    }

    @Test func byWithoutALinkIsNoRole() {
        let found = Fixture.affiliations("""
        The hall, once owned by [PER Ana Ruiz], was bought by [ORG Hope House] in 2019.
        """)
        #expect(found.isEmpty)
    }

    // MARK: - Press releases

    @Test func contactLineUnderAHeaderWithAnyTitle() {
        let found = Fixture.affiliations("""
        The [ORG University of Leeds] opened the archive on Monday.

        Media contact:
        [PER Hannah Price], Media Relations, [ORG University of Leeds]
        media@example.org
        """)
        #expect(found == ["Hannah Price | University of Leeds | Media Relations"])
    }

    @Test func anyTitleOnlyWithTheOrganisationNamed() {
        let found = Fixture.affiliations("""
        The [ORG University of Leeds] opened the archive on Monday.

        Media contact:
        [PER Hannah Price], Media Relations
        """)
        #expect(found.isEmpty)
    }

    /// A signature of two or three lines: the name alone, then the title with the organisation after a comma (and
    /// maybe its town), or the title with the organisation alone on the next line; one line "NAME, ROLE, ORG, TOWN" too.
    @Test func signaturesGiveTheTitleAndTheOrganisation() {
        let found = Fixture.affiliations("""
        The circle met on Sunday.

        With warm wishes,
        [PER Kandiah Sivapalan]
        Chair, [ORG Scarborough Tamil Seniors' Circle], [LOC Toronto]

        [PER Kwame Mensah]
        Treasurer
        [ORG Ghana Union of Leeds]

        [PER Oksana Melnyk-Nowak], Chair, [ORG Council of Ukrainian Organisations], [LOC Wrocław]
        """)
        #expect(found == ["Kandiah Sivapalan | Scarborough Tamil Seniors' Circle | Chair",
                          "Kwame Mensah | Ghana Union of Leeds | Treasurer",
                          "Oksana Melnyk-Nowak | Council of Ukrainian Organisations | Chair"])
    }

    @Test func aNameLineWithoutATitleLineIsNoSignature() {
        let found = Fixture.affiliations("""
        The circle met on Sunday.

        [PER Kandiah Sivapalan]
        [ORG Scarborough Tamil Seniors' Circle]
        """)
        #expect(found.isEmpty)
    }

    /// Names "as" roles after a verb of election, in the article's organisation; the agency in the dateline's
    /// brackets is not the organisation the article is about, however often it is named.
    @Test func electedAsRolesListsOfficersOfTheArticlesOrganisation() {
        let found = Fixture.affiliations("""
        BISHKEK, March 3 ([ORG Kabar]) - The [ORG Association of Kyrgyz Compatriots] met on Saturday. Delegates also elected the rest of the board: [PER Aigerim Sadyr kyzy] as deputy chairwoman, [PER Talant Moldokulov] as secretary and [PER Emil Kadyrbekov] as head of the youth wing. [ORG Kabar] reported it.
        """)
        #expect(found == ["Aigerim Sadyr kyzy | Association of Kyrgyz Compatriots | deputy chairwoman",
                          "Talant Moldokulov | Association of Kyrgyz Compatriots | secretary",
                          "Emil Kadyrbekov | Association of Kyrgyz Compatriots | head"])
    }

    /// One name "as" a role is enough where the organisation is the verb's subject; business titles take their field
    /// before the head ("Country Manager", "Sales Director").
    @Test func anOrganisationNamingOnePersonAsARole() {
        let found = Fixture.affiliations("""
        [ORG Atlântida Airlines] named [PER Daniel Medeiros] as Country Manager. [PER Lena Berg], Sales Director of [ORG Nordic Aid Fund], spoke. Officials named [PER Tom Berg] as the suspect.
        """)
        #expect(found == ["Daniel Medeiros | Atlântida Airlines | Country Manager", "Lena Berg | Nordic Aid Fund | Sales Director"])
    }

    /// Agency forms of diplomats' titles: the rank after "Ambassador", and "Consul of the Embassy NAME" run on into
    /// the name, of the embassy the article names.
    @Test func diplomatsTitlesRunOnIntoTheirNames() {
        let found = Fixture.affiliations("""
        The [ORG Embassy of [LOC Mongolia] in the [LOC Republic of Korea]] held a festival. Ambassador Extraordinary and Plenipotentiary of [LOC Mongolia] to the [LOC Republic of Korea] [PER G.Ganbold] opened it. Consul of the Embassy [PER Sh.Narantsetseg] spoke.
        """)
        #expect(found == ["G.Ganbold | Embassy of Mongolia in the Republic of Korea | Ambassador Extraordinary and Plenipotentiary",
                          "Sh.Narantsetseg | Embassy of Mongolia in the Republic of Korea | Consul"])
    }

    /// A form of address between the role and the name is no part of the role, the unit a role is held in is
    /// ("women's convenor"); "our ROLE is NAME" in the
    /// organisation's own words names an officer of the article's organisation.
    @Test func formsOfAddressAndOurRoleIsName() {
        let found = Fixture.affiliations("""
        The [ORG Fijian Association of Auckland] held Fiji Day. [ORG FAAI] president Ratu [PER Josefa Naivalu] opened it. He was joined by the association's women's convenor, [PER Litia Qalovaki-Reid].

        A: Our vice-president is [PER Kyaw Lay Htoo], and our secretary is [PER Paw Say Wah].
        """)
        #expect(found == ["Josefa Naivalu | FAAI | president", "Litia Qalovaki-Reid | Fijian Association of Auckland | women's convenor",
                          "Kyaw Lay Htoo | Fijian Association of Auckland | vice-president",
                          "Paw Say Wah | Fijian Association of Auckland | secretary"])
    }

    /// An officer's title alone at the start of a sentence is an office in the article's organisation; a public
    /// title is not.
    @Test func anOfficersTitleOpeningASentence() {
        let found = Fixture.affiliations("""
        The [ORG Uganda Children's Education Trust] published its report. Treasurer [PER Samuel Ssemakula-Jones] said costs were held. Senator [PER Ann Lee] welcomed it.
        """)
        #expect(found == ["Samuel Ssemakula-Jones | Uganda Children's Education Trust | Treasurer"])
    }

    /// A role in brackets after a name: in the organisation named before it, else the article's; never a public office.
    @Test func rolesInBracketsAfterNames() {
        let found = Fixture.affiliations("""
        The [ORG Uganda Children's Education Trust] published its report. It lists the trustees as Dr [PER Grace Okello] (chair), Mr [PER Samuel Jones] (treasurer) and [PER Ann Lee] (mayor).
        """)
        #expect(found == ["Grace Okello | Uganda Children's Education Trust | chair", "Samuel Jones | Uganda Children's Education Trust | treasurer"])
    }

    /// Agency style: a capitalized title run on into the organisation and the name, with no "of".
    @Test func aTitleRunOnIntoTheOrganisationAndTheName() {
        let found = Fixture.affiliations("""
        The delegation, led by President [ORG British Pakistani Business Forum Manchester] ([ORG BPBFM]) [PER Raja Mehmood], called on her.
        """)
        #expect(found == ["Raja Mehmood | British Pakistani Business Forum Manchester | President"])
    }

    /// "its" in a sentence whose subject is "It" is what "It" is, named before; lower-case field words before a
    /// role belong to it.
    @Test func itsAfterItAndFieldWordsBeforeARole() {
        let found = Fixture.affiliations("""
        The [ORG Zimbabwe Women's Network] was set up in 2019. It now meets at the [ORG Low Hill Community Centre], said its secretary, [PER Sithembiso Ncube-Baker].

        [ORG Lutheran Family Services] resettled 300 families. Its refugee program director, [PER Kristin Aamodt-Reyes], said so.
        """)
        #expect(found == ["Sithembiso Ncube-Baker | Zimbabwe Women's Network | secretary",
                          "Kristin Aamodt-Reyes | Lutheran Family Services | refugee program director"])
    }

    /// A letter's signature: officers one a line, then a line naming the organisation they sign for.
    @Test func signatureLinesAreOfficersOfTheOrganisationInTheFooter() {
        let found = Fixture.affiliations("""
        The [ORG Halifax Central Library] hosts our meeting.

        [PER Rima al-Khatib], chair
        [PER Bassel Haddad-Mansour], secretary
        Board of Directors, [ORG Syrian Association of Nova Scotia], [LOC Halifax]

        Editor's note: the department did not answer.
        """)
        #expect(found == ["Rima al-Khatib | Syrian Association of Nova Scotia | chair",
                          "Bassel Haddad-Mansour | Syrian Association of Nova Scotia | secretary"])
    }

    @Test func seatInAChamberForAParty() {
        let found = Fixture.affiliations("""
        [PER Jonas Lindqvist], a member of the [ORG Riksdag] for the [ORG Liberal Party], opened the fair. [PER Eva Holm], a director of the [ORG Nordic Bank] for [LOC Sweden], spoke next.
        """)
        #expect(found == ["Jonas Lindqvist | Riksdag | member", "Jonas Lindqvist | Liberal Party | member", "Eva Holm | Nordic Bank | director"])
    }

    // MARK: - Roles under an office holder

    @Test func deputyOfAnAffiliatedPerson() {
        let found = Fixture.affiliations("""
        [PER Dario Vukić], who chairs the [ORG Croatian Club of Perth], will step down in May. [PER Vukić|Dario Vukić]'s deputy, [PER Lana Perić], said the club would elect a successor.
        """)
        #expect(found == ["Dario Vukić | Croatian Club of Perth | chair", "Lana Perić | Croatian Club of Perth | deputy"])
    }

    @Test func deputyOfAnUnaffiliatedPersonLinksNothing() {
        let found = Fixture.affiliations("""
        [PER Dario Vukić] spoke first. [PER Vukić|Dario Vukić]'s deputy, [PER Lana Perić], said the [ORG Croatian Club of Perth] would elect a successor.
        """)
        #expect(found.isEmpty)
    }

    // MARK: - Agency forms of elections

    @Test func roleOfOneOrganisationAndOfAnother() {
        let found = Fixture.affiliations("""
        [PER Anar Aliyev], chairman of the [ORG Cultural Society of Cologne] and of the [ORG Caspian Business Club], spoke on Monday.
        """)
        #expect(found == ["Anar Aliyev | Cultural Society of Cologne | chairman", "Anar Aliyev | Caspian Business Club | chairman"])
    }

    @Test func electedAcrossAppositionsThatOpenWithARole() {
        let found = Fixture.affiliations("""
        [PER Anar Aliyev], chairman of the [ORG Cultural Society of Cologne], coordinator of the [ORG Youth Network], was elected chairman of the [ORG CCAOG] for three years.
        """)
        #expect(found.contains("Anar Aliyev | CCAOG | chairman"))
        #expect(found.contains("Anar Aliyev | Youth Network | coordinator"))
    }

    /// An office taken in the election an article reports, with no organisation after the role, is held in the
    /// organisation the article is about; a public office is not.
    @Test func electedToAnOfficeOfTheArticlesOrganisation() {
        let found = Fixture.affiliations("""
        The [ORG Lithuanian Community in Ireland] held its congress, and the [ORG Lithuanian Community in Ireland] elected a board.

        [PER Ruta Jankauskiene], a pharmacist who heads a branch, was elected chairwoman. [PER Jonas Kazlauskas] became secretary, while [PER Ona Kairys] was elected mayor.
        """)
        #expect(found == ["Ruta Jankauskiene | Lithuanian Community in Ireland | chairwoman",
                          "Jonas Kazlauskas | Lithuanian Community in Ireland | secretary"])
    }

    /// "A was elected senior vice president, B general secretary and C finance secretary": the offices listed with the
    /// verb left out are taken in the same election; a public office among them is not.
    @Test func officesListedWithTheVerbLeftOutAreOfTheSameElection() {
        let found = Fixture.affiliations("""
        The [ORG Pakistan Community Forum] held its congress, and the [ORG Pakistan Community Forum] elected a board.

        [PER Raja Akhtar] was elected senior vice president, [PER Nusrat Bukhari] general secretary and [PER Zahid Awan] finance secretary. [PER Ona Kairys] was elected treasurer, [PER Jonas Kazlauskas] mayor.
        """)
        #expect(found == ["Raja Akhtar | Pakistan Community Forum | senior vice president",
                          "Nusrat Bukhari | Pakistan Community Forum | general secretary",
                          "Zahid Awan | Pakistan Community Forum | finance secretary",
                          "Ona Kairys | Pakistan Community Forum | treasurer"])
    }

    /// "The president of ORG at the UNIVERSITY, NAME": a society hosted by a university; the office is the society's.
    @Test func anOfficeInASocietyAtAUniversityIsTheSocietys() {
        let found = Fixture.affiliations("""
        The president of the [ORG Kuwaiti Student Society] at the [ORG Colorado School of Mines], [PER Abdullah al-Mutairi], said the society had grown.
        """)
        #expect(found == ["Abdullah al-Mutairi | Kuwaiti Student Society | president"])
    }

    /// "Deputy Chairman of ORG under the ORG2 NAME": a body named with the body it answers to; the office is the first's.
    @Test func anOfficeInABodyUnderAnotherIsTheFirstBodys() {
        let found = Fixture.affiliations("""
        The meeting was attended by Deputy Chairman of the [ORG Committee on Friendly Ties with Foreign Countries] under the [ORG Cabinet of Ministers] [PER Bakhodir Ergashev] and by [PER Alisher Mirzayev].
        """)
        #expect(found == ["Bakhodir Ergashev | Committee on Friendly Ties with Foreign Countries | Deputy Chairman"])
    }

    @Test func electedToAnOfficeNamedWithItsOrganisationIsNoImplicitOffice() {
        let found = Fixture.affiliations("""
        The [ORG Lithuanian Community in Ireland] met twice, and the [ORG Lithuanian Community in Ireland] voted. [PER Jonas Kazlauskas] was elected secretary of the [ORG Baltic Choir].
        """)
        #expect(found == ["Jonas Kazlauskas | Baltic Choir | secretary"])
    }

    /// "A, the imam of ORG, and the founder of ORG2 B": the first role is A's apposition, the second B's title.
    @Test func anAppositionEndsWhereATitleOfTheNextNameBegins() {
        let found = Fixture.affiliations("""
        Certificates went to activists, among them [PER Rafiq Aslanov], the imam of the [ORG Batumi Central Mosque], and the founder of the [ORG Khelvachauri Women's Society] [PER Gulnara Safarli].
        """)
        #expect(found == ["Rafiq Aslanov | Batumi Central Mosque | imam", "Gulnara Safarli | Khelvachauri Women's Society | founder"])
    }

    /// "A, a founder of ORG, treasurer B": an indefinite apposition, or one before a name with its own title,
    /// describes the name before it.
    @Test func anIndefiniteAppositionDescribesTheNameBeforeIt() {
        let found = Fixture.affiliations("""
        The guests were [PER Yaw Darko-Mensah], a founder of the [ORG Ghana Community Association of Almere], treasurer [PER Abena Owusu-Sekyere] and [PER Kofi Boateng].
        """)
        #expect(found == ["Yaw Darko-Mensah | Ghana Community Association of Almere | founder"])
    }

    /// "Other officers elected were ROLE A, ROLE B and ROLE C": officers of the organisation the article is about.
    @Test func officersElectedAreOfTheArticlesOrganisation() {
        let found = Fixture.affiliations("""
        The [ORG Federation of Ghanaian Associations] held its congress. The [ORG Federation of Ghanaian Associations] elected a new executive.

        Other officers elected were general secretary [PER Yaw Darko-Mensah], treasurer [PER Abena Owusu-Sekyere] and organiser [PER Kofi Boateng].
        """)
        #expect(found == ["Yaw Darko-Mensah | Federation of Ghanaian Associations | general secretary",
                          "Abena Owusu-Sekyere | Federation of Ghanaian Associations | treasurer",
                          "Kofi Boateng | Federation of Ghanaian Associations | organiser"])
        #expect(Fixture.affiliations("""
        The [ORG Federation of Ghanaian Associations] met. Other guests were treasurer [PER Abena Owusu-Sekyere] and [PER Kofi Boateng].
        """).isEmpty)
        #expect(Fixture.affiliations("""
        The [ORG Non-Resident Nepali Association] met. The [ORG Non-Resident Nepali Association] voted. Also elected were vice-president [PER Pasang Sherpa] and treasurer [PER Hari Magar].
        """) == ["Pasang Sherpa | Non-Resident Nepali Association | vice-president", "Hari Magar | Non-Resident Nepali Association | treasurer"])
    }

    /// "the Eritrean association's chairman": the kind noun's adjective picks the organisation whose name has both.
    @Test func anAdjectiveBeforeAKindNounPicksTheOrganisation() {
        let found = Fixture.affiliations("""
        The [ORG Eritrean Community Association] and the [ORG Sylhet Welfare Association] met. [PER Yonas Tekle], the Eritrean association's chairman, spoke.
        """)
        #expect(found == ["Yonas Tekle | Eritrean Community Association | chairman"])
    }

    /// "the union's general secretary": of two organisations whose names hold the noun, the one named more often so far,
    /// not the one named last.
    @Test func aKindNounPicksTheOrganisationNamedMoreOften() {
        let found = Fixture.affiliations("""
        Members of the [ORG Building Trades Workers' Union] met. The [ORG Building Trades Workers' Union] grew. She came after Poland joined the [ORG European Union]. The union's general secretary, [PER Denise Howarth], spoke.
        """)
        #expect(found == ["Denise Howarth | Building Trades Workers' Union | general secretary"])
    }

    /// "… included ORG, a network of …, which …. Its chairman, NAME": "its" is the organisation the apposition described.
    @Test func itsAfterADescribedOrganisationIsThatOrganisation() {
        let found = Fixture.affiliations("""
        [ORG PayRoute]'s early backers included [ORG Cedar Circle], a network of angel investors in [LOC London], which put in money in 2021. Its chairman, [PER Georges Abi Nader], said members were pleased.
        """)
        #expect(found == ["Georges Abi Nader | Cedar Circle | chairman"])
    }

    /// "the association's chairwoman" after "the cultural association Most": a name written after a kind noun is of that kind.
    @Test func aNameWrittenAfterAKindNounIsOfThatKind() {
        let found = Fixture.affiliations("""
        The cultural association [ORG Most] met at the [ORG Växjö Islamic Centre]. The association's chairwoman, [PER Emina Hadžić], spoke.
        """)
        #expect(found == ["Emina Hadžić | Most | chairwoman"])
    }

    /// "Our treasurer, Mrs A, reports …": in an organisation's own newsletter, its office holder.
    @Test func ourRoleIsOfTheArticlesOrganisation() {
        let found = Fixture.affiliations("""
        The [ORG Chinese Benevolent Association] thanks its volunteers. The [ORG Chinese Benevolent Association] gala was full.

        Our treasurer, Mrs [PER Lily Chan-Whitworth], reports that the gala raised £18,450.
        """)
        #expect(found == ["Lily Chan-Whitworth | Chinese Benevolent Association | treasurer"])
    }

    /// "A, Labour Welfare Officer of ORG": capitalized field words belong to a capitalized title; a demonym does not
    /// ("The Indonesian Ambassador to Egypt, A").
    @Test func capitalizedFieldWordsBelongToTheTitle() {
        let found = Fixture.affiliations("""
        Mr. [PER Mohamed Rizwan], Labour Welfare Officer of the [ORG Sri Lanka Bureau of Foreign Employment], will attend.
        """)
        #expect(found == ["Mohamed Rizwan | Sri Lanka Bureau of Foreign Employment | Labour Welfare Officer"])
    }

    /// "ORG, which on Saturday elected a new president, A": the organisation that elects gives the office; a
    /// person elected by others ("A was elected") is left to the other sieves.
    @Test func anOrganisationThatElectsGivesTheOffice() {
        let found = Fixture.affiliations("""
        The march was organized by the [ORG Haitian-American Civic League], which on Saturday elected a new president, [PER Marie Desir], a nurse.
        """)
        #expect(found == ["Marie Desir | Haitian-American Civic League | president"])
    }

    /// "A, settlement coordinator at ORG": lower-case field words before the role in an apposition to a person.
    @Test func fieldWordsBeforeARoleInAnApposition() {
        let found = Fixture.affiliations("""
        [PER Lesia Wozniak], settlement coordinator at the [ORG Ukrainian Social Services of Manitoba], said the caseworkers were busy.
        """)
        #expect(found == ["Lesia Wozniak | Ukrainian Social Services of Manitoba | settlement coordinator"])
    }

    /// "A, the station manager of ORG", "A, the Filipino chaplain of ORG": field words and demonyms after "the" opening an
    /// apposition to a person.
    @Test func fieldWordsAfterTheInAnApposition() {
        let found = Fixture.affiliations("""
        [PER Abdi Jama], the station manager of [ORG Codka Bristol], said the award ended years of waiting. \
        Father [PER Emil Santos], the Filipino chaplain of the [ORG Catholic Diocese of Hong Kong], blessed the boxes.
        """)
        #expect(found == ["Abdi Jama | Codka Bristol | station manager", "Emil Santos | Catholic Diocese of Hong Kong | Filipino chaplain"])
    }

    /// "ORG, a Fresno nonprofit whose board chair, A,": "whose" after an apposition describing the organisation.
    @Test func whoseAfterAnAppositionDescribingTheOrganisation() {
        let found = Fixture.affiliations("""
        The fair is backed by the [ORG Lao Heritage Foundation], a [LOC Fresno] nonprofit whose board chair, [PER Bounmy Keomanivong], fled in 1979.
        """)
        #expect(found == ["Bounmy Keomanivong | Lao Heritage Foundation | board chair"])
        // A person described so is no organisation.
        let person = Fixture.affiliations("""
        [PER Ana Ruiz], a [LOC Fresno] teacher whose brother [PER Luis Ruiz] chairs nothing, spoke.
        """)
        #expect(person.isEmpty)
    }

    /// "ORG, headed by businessman A,": an occupation between "by" and the name is no office.
    @Test func headedByAnOccupationAndAName() {
        let found = Fixture.affiliations("""
        The [ORG Azerbaijan-Netherlands Business Council], headed by businessman [PER Ruslan Aghayev], issued a statement.
        """)
        #expect(found == ["Ruslan Aghayev | Azerbaijan-Netherlands Business Council | head"])
    }

    /// "ORG, led by Trinidad-born designer A,", "chaired by Mrs. B", "a delegation of ORG headed by Deputy Minister C":
    /// an occupation with its modifiers and a form of address stand between "by" and the name; without a comma
    /// only a capitalized title names the office.
    @Test func passivesOfOfficeAcrossOccupationsAddressesAndTitles() {
        let found = Fixture.affiliations("""
        [ORG Kings County Masqueraders Inc.], led by Trinidad-born designer [PER Nigel Brathwaite], won. The [ORG Salerno Sinhala School \
        Committee], chaired by Mrs. [PER Chamari Ekanayake], joined. A delegation of the [ORG Ministry of Labour] headed by Deputy Minister \
        [PER Bakyt Osmonaliev] came.
        """)
        #expect(found.sorted() == ["Bakyt Osmonaliev | Ministry of Labour | Deputy Minister", "Chamari Ekanayake | Salerno Sinhala School Committee | chair",
                                   "Nigel Brathwaite | Kings County Masqueraders Inc. | leader"])
        // With no comma and no title, the name may lead something else than the organisation before the verb.
        let march = Fixture.affiliations("""
        Protesters marched to the [ORG Embassy of Georgia] led by activist [PER Ana Beridze] on Monday.
        """)
        #expect(march.isEmpty)
    }

    /// "A, vice president for Canada of ORG", "B, Member for Oakleigh of ORG": the country or seat a role covers stands
    /// between the role and its organisation; the role is the title alone.
    @Test func aRoleForAPlaceOfAnOrganisation() {
        let found = Fixture.affiliations("""
        The list includes [PER Larysa Fedoriv], vice president for [LOC Canada] of the [ORG World Congress of Ukrainians], and \
        [PER Georgia Papadakis], Member for [LOC Oakleigh] of the [ORG Parliament of Victoria].
        """)
        #expect(found.sorted() == ["Georgia Papadakis | Parliament of Victoria | Member", "Larysa Fedoriv | World Congress of Ukrainians | vice president"])
    }

    /// "The chairman of A, who is also the head of B, NAME, said": both offices.
    @Test func aRelativeClauseBetweenTheRoleAndTheName() {
        let found = Fixture.affiliations("""
        The chairman of [ORG CACENA], who is also the head of the [ORG Society of Friends of Culture], [PER Ramin Alakbarli], said the council was ready.
        """)
        #expect(found.sorted() == ["Ramin Alakbarli | CACENA | chairman", "Ramin Alakbarli | Society of Friends of Culture | head"])
    }

    /// Titles with "high" and professions such as "medic": "led by deputy high commissioner A", "a former combat medic of ORG".
    @Test func highCommissionersAndMedics() {
        let led = Fixture.affiliations("""
        A delegation of the [ORG Office of the High Commissioner for Diaspora Affairs], led by deputy high commissioner [PER Anahit Ter-Grigoryan], came.
        """)
        #expect(led == ["Anahit Ter-Grigoryan | Office of the High Commissioner for Diaspora Affairs | deputy high commissioner"])
        let medic = Fixture.affiliations("""
        [PER Yaroslav Dovhan], a former combat medic of the [ORG Armed Forces of [LOC Ukraine]], spoke.
        """)
        #expect(medic == ["Yaroslav Dovhan | Armed Forces of Ukraine | former combat medic"])
    }

    /// "Pastor A, of the Apostolic Faith Mission, said": a person set off with "of ORG" belongs to it, with the title
    /// before the name; a place after "of" gives nothing.
    @Test func aPersonSetOffWithOfAnOrganisation() {
        let found = Fixture.affiliations("""
        Pastor [PER Farai Dube], of the [ORG Apostolic Faith Mission], said churches carried the burden. [PER John Smith], of [LOC Bilston], agreed.
        """)
        #expect(found == ["Farai Dube | Apostolic Faith Mission | Pastor"])
    }

    /// A legislator's title with no chamber stated: the article's only chamber of that kind, written in one word too
    /// ("the Senate"); "Sen." is a senator's title, "MP" a member's of a parliament or the House of Commons.
    @Test func legislatorsTitlesPointToTheChamberTheArticleNames() {
        let senate = Fixture.affiliations("""
        The [ORG Senate] heard the case on Tuesday. Sen. [PER Marjorie Falkner] opened the hearing.
        """)
        #expect(senate == ["Marjorie Falkner | Senate | Sen."])
        let commons = Fixture.affiliations("""
        The motion reached the [ORG House of Commons] on Monday. It was tabled by MP [PER Darren Holtby].
        """)
        #expect(commons == ["Darren Holtby | House of Commons | MP"])
        let council = Fixture.affiliations("""
        The [ORG Council of Churches] met on Monday. Senator [PER Clay Whitlock] spoke.
        """)
        #expect(council.isEmpty)
    }

    /// A judge's title points to the article's only court, whose word may stand anywhere in its name; where several
    /// courts are named, the only one whose name ends in it.
    @Test func judgesTitlesPointToTheCourtTheArticleNames() {
        let strasbourg = Fixture.affiliations("""
        The [ORG European Court of Human Rights] ruled on Tuesday. Judge [PER Ioana Petrescu] wrote a dissent.
        """)
        #expect(strasbourg == ["Ioana Petrescu | European Court of Human Rights | Judge"])
        let twoCourts = Fixture.affiliations("""
        The [ORG Court of Appeal] will hear the case in May. At the [ORG High Court] on Friday, Justice [PER Niamh Corcoran] refused bail.
        """)
        #expect(twoCourts == ["Niamh Corcoran | High Court | Justice"])
    }

    /// "NAME, a NOUN in PLACE who chairs ORG": a place in the description before the relative clause.
    @Test func descriptionWithItsPlaceBeforeARelativeClause() {
        let found = Fixture.affiliations("""
        The party nominated [PER Andrés Mosquera], a nurse in [LOC Alicante] who chairs the [ORG Colombian Health Workers' Association].
        """)
        #expect(found == ["Andrés Mosquera | Colombian Health Workers' Association | chair"])
    }

    /// "The new president, X, said": an association's office after "the", opening the sentence and set off by a comma,
    /// is held in the organisation the article is about; a public office is not.
    @Test func anOfficeAfterTheOpeningTheSentenceIsTheMainOrganisations() {
        let found = Fixture.affiliations("""
        The [ORG Bebnine Community Association] held its election on Sunday in [LOC Punchbowl]. The [ORG Bebnine Community Association] has 900 members.

        The new president, [PER Walid Darwish], said the hall would open on weekdays.
        """)
        #expect(found == ["Walid Darwish | Bebnine Community Association | president"])
        let publicOffice = Fixture.affiliations("""
        The [ORG Bebnine Community Association] held its election on Sunday in [LOC Punchbowl].

        The mayor, [PER Karen Hollis], congratulated the winners.
        """)
        #expect(publicOffice.isEmpty)
    }

    /// A clergy or school role with no organisation stated, before the name or after it in an apposition: the article's
    /// only place of worship or school; none where it names two.
    @Test func clergyAndSchoolRolesPointToTheArticlesOnlyInstitutionOfTheirKind() {
        let church = Fixture.affiliations("""
        [ORG St. Brigid's Anglican Church] has lent its hall to a refugee choir. [PER Daniel Okoro-Mills], the parish priest, said the room was free on Sundays.
        """)
        #expect(church == ["Daniel Okoro-Mills | St. Brigid's Anglican Church | parish priest"])
        let school = Fixture.affiliations("""
        The [ORG Rhein Japanese Saturday School] turned thirty. The principal, [PER Morita Kenji], thanked the parents.
        """)
        #expect(school == ["Morita Kenji | Rhein Japanese Saturday School | principal"])
        let twoChurches = Fixture.affiliations("""
        The [ORG Nelson Chin Baptist Church] and the [ORG Nelson Methodist Church] held a joint service. [PER Ngun Tha Sui], the pastor, preached.
        """)
        #expect(twoChurches.isEmpty)
    }

    /// "Club chairman X": a club named by its letters ("SV", "FK", "IF") is the club the head word stands for.
    @Test func clubHeadWordStandsForAClubNamedByItsLetters() {
        let found = Fixture.affiliations("""
        [ORG SV Yeşilyurt Duisburg 1974] won promotion on Sunday. Club chairman [PER Hüseyin Karaböcek] thanked the fathers who built it.
        """)
        #expect(found == ["Hüseyin Karaböcek | SV Yeşilyurt Duisburg 1974 | chairman"])
    }

    /// "the fund's chairman, Col. (ret.) NAME": a retired officer's mark between the title and the name links as the title alone.
    @Test func aRetirementMarkBetweenTitleAndName() {
        let found = Fixture.affiliations("""
        The [ORG Ukrainian American Veterans Relief Fund] paid out $2 million. "Those envelopes built this pool," said the fund's chairman, Col. (ret.) [PER Roman Sawchuk], a veteran.
        """)
        #expect(found == ["Roman Sawchuk | Ukrainian American Veterans Relief Fund | chairman"])
    }

    /// "the treasurer is NAME": an association's office after "the" and before "is" is one of the organisation the article is
    /// about; a public office is not.
    @Test func theOfficeIsName() {
        let found = Fixture.affiliations("""
        The [ORG Union of Azerbaijani Women in Germany] elected a new board in [LOC Berlin]. The [ORG Union of Azerbaijani Women in Germany] has 300 members.

        The new deputy chairwoman is [PER Gunel Rahimova]; the treasurer is [PER Sabina Talibova-Weiss].
        """)
        #expect(found == ["Gunel Rahimova | Union of Azerbaijani Women in Germany | deputy chairwoman",
                          "Sabina Talibova-Weiss | Union of Azerbaijani Women in Germany | treasurer"])
        let mayor = Fixture.affiliations("""
        The [ORG Union of Azerbaijani Women in Germany] met in [LOC Berlin]. The mayor is [PER Kai Wegner].
        """)
        #expect(mayor.isEmpty)
    }
}
