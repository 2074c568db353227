import Testing
import Lexicon
@testable import Extraction

/// General phrasings of affiliations in news text: roles with the field they cover, appositions after an age,
/// "an ORG volunteer who …", relative clauses after a description, passives of office verbs, copulas, roles
/// written in the singular after a list of names, and titles that point to the article's only chamber or
/// mission. Small articles written for these tests; mentions placed by hand.
@Suite("Affiliation sieves, phrasings")
struct AffiliationPhrasingTests {
    // MARK: - Roles with a field

    @Test func roleWithItsFieldBeforeAt() {
        let found = Fixture.affiliations("""
        Dr. [PER Ifrah Noor], a lecturer in public health at the [ORG University of Westbridge], has studied the centre's work.
        [PER Mirela Ionescu], head of the [LOC Central Asia] desk at the [ORG Lyon Chamber of Commerce], said exports had doubled.
        """)
        #expect(found.contains("Ifrah Noor | University of Westbridge | lecturer in public health"))
        #expect(found.contains("Mirela Ionescu | Lyon Chamber of Commerce | head of the Central Asia desk"))
    }

    @Test func rankPrefixMakesARoleNoun() {
        let found = Fixture.affiliations("""
        The exchange was confirmed by [PER Gulnara Tulegenova], vice-provost for academic affairs at [ORG Steppe University].
        """)
        #expect(found == ["Gulnara Tulegenova | Steppe University | vice-provost for academic affairs"])
    }

    /// "the company's ROLE": where the article names companies (with a legal form), the company is one of them.
    @Test func theCompanyIsACompany() {
        let found = Fixture.affiliations("""
        [ORG Khoury Frères Distribution SA] sells across the [ORG West African Economic and Monetary Union]. [PER Karim Khoury], the company's chief executive, will stay.
        """)
        #expect(found == ["Karim Khoury | Khoury Frères Distribution SA | chief executive"])
    }

    /// "a partner at the Rotterdam firm ORG": a place may stand before the descriptor; "a pharmacist in Houston and
    /// treasurer of ORG": a second apposition after "and"; a name before "and" lists another person.
    @Test func placesBeforeDescriptorsAndSecondAppositions() {
        let found = Fixture.affiliations("""
        [PER Akosua Frimpong-de Vries], a partner at the [LOC Rotterdam] firm [ORG Kuiper & Frimpong Tax Advisers], is the new vice president.
        [PER Folake Adebayo-Keller], a pharmacist in [LOC Houston] and treasurer of the [ORG Nigerian-American Professionals Investment Club], said she would buy.
        Present were Professor [PER Aliaksei Dubrouski] and representatives of the [ORG Belarusian Orthodox Church].
        """)
        #expect(found == ["Akosua Frimpong-de Vries | Kuiper & Frimpong Tax Advisers | partner",
                          "Folake Adebayo-Keller | Nigerian-American Professionals Investment Club | treasurer"])
    }

    /// "NAME, no relation [to OTHER], ROLE of ORG": the aside is skipped back over to the name before it.
    @Test func anAsideOfNoRelationIsSkipped() {
        let found = Fixture.affiliations("""
        [PER Rashida Begum] spoke first. [PER Sultana Begum], no relation to [PER Rashida], a caseworker with the [ORG Lakeside Refugee Resource Center], said her agency had helped.
        [PER Volha Kavalenka], no relation, director of [ORG Dapamoha], a legal aid group, said the office was full.
        """)
        #expect(found == ["Sultana Begum | Lakeside Refugee Resource Center | caseworker", "Volha Kavalenka | Dapamoha | director"])
    }

    /// "who advises ORG" states an adviser's office.
    @Test func advisingIsAnOffice() {
        let found = Fixture.affiliations("""
        [PER Chan Ka-ming], a solicitor who advises the [ORG Hongkongers Civic Association], spoke.
        """)
        #expect(found == ["Chan Ka-ming | Hongkongers Civic Association | adviser"])
    }

    @Test func itsAfterAnOpeningPhraseAndTheNoun() {
        let found = Fixture.affiliations("""
        The [ORG Lesya Ukrainka Chamber Choir] toured [LOC Portugal]. The final concert was attended by the ambassador and staff of the [ORG Embassy of Ukraine].

        Since February 2022, the choir has given 120 charity concerts. Its chairwoman, [PER Khrystyna Boiko], said so.
        """)
        #expect(found == ["Khrystyna Boiko | Lesya Ukrainka Chamber Choir | chairwoman"])
    }

    @Test func headOfStateIsNoFieldOfWork() {
        let found = Fixture.affiliations("""
        [PER Ilgar Mammadli], the head of state at the [ORG Caspian Energy Forum], spoke first.
        """)
        #expect(found.isEmpty)
    }

    // MARK: - Appositions

    @Test func appositionAfterAnAgeWithANounNamingTheField() {
        let found = Fixture.affiliations("""
        The youth programme was organised by [PER Baran Şêxo], 24, a law student at [ORG Stockholm University], with 60 volunteers.
        """)
        #expect(found == ["Baran Şêxo | Stockholm University | law student"])
    }

    @Test func organisationRoleAppositionWithAnArticleBeforeARelativeClause() {
        let found = Fixture.affiliations("""
        [PER Kaveh Rostami], an [ORG ICCC-BC] volunteer who has set up the table for eleven years, said it draws questions.
        [PER Jamal Uddin], 34, a [ORG BECN] volunteer who helps at the café, said he got involved in 2022.
        """)
        #expect(found.contains("Kaveh Rostami | ICCC-BC | volunteer"))
        #expect(found.contains("Jamal Uddin | BECN | volunteer"))
    }

    @Test func memberOfAChamberFromAParty() {
        let found = Fixture.affiliations("""
        [PER Cem Aydınlı], a [ORG Landtag] member from the [ORG Green Party] who received the petition, said the decision should not wait.
        """)
        #expect(found.contains("Cem Aydınlı | Landtag | member"))
        #expect(found.contains { $0.hasPrefix("Cem Aydınlı | Green Party") })
    }

    @Test func newlyElectedIsNoPartOfTheRole() {
        let found = Fixture.affiliations("""
        [ORG FNA-UAE]'s newly elected president, [PER Maricel Santos], said the association would help new arrivals.
        """)
        #expect(found == ["Maricel Santos | FNA-UAE | president"])
    }

    @Test func organisationOfAPlaceNamedWithAPossessive() {
        let found = Fixture.affiliations("""
        [PER Claudia Hensel], a spokeswoman for the state's [ORG Ministry of Schools and Education], said the ministry would examine it.
        """)
        #expect(found == ["Claudia Hensel | Ministry of Schools and Education | spokeswoman"])
    }

    // MARK: - One holder for a role in the singular

    @Test func singularRoleGoesToTheNearestOfTwoNames() {
        let found = Fixture.affiliations("""
        [ORG ACAL] director [PER Farid Mammadov] and [PER Aizhan Nurmagambetova], chairwoman of the [ORG Kazakh Society UK], will select the speakers.
        """)
        #expect(Set(found) == ["Farid Mammadov | ACAL | director", "Aizhan Nurmagambetova | Kazakh Society UK | chairwoman"])
    }

    @Test func coordinatedRolesGoToEveryName() {
        let found = Fixture.affiliations("""
        [PER Merdan Ovezov] and [PER Ogulgerek Annayeva], secretary and treasurer of the [ORG Turkmen Students' Association], opened the exhibition.
        """)
        #expect(found.count == 2)
    }

    // MARK: - Relative clauses and verbs

    @Test func relativeClauseAfterADescription() {
        let found = Fixture.affiliations("""
        Dr. [PER Elias Harb], a [LOC Bankstown] GP who founded [ORG Cedar Medical Relief] in 2006, said the charity had started small.
        [PER Rami Aboud], who volunteers with [ORG Cedar Medical Relief], spoke next.
        """)
        #expect(found.contains("Elias Harb | Cedar Medical Relief | founder"))
        #expect(found.contains("Rami Aboud | Cedar Medical Relief | volunteer"))
    }

    @Test func passiveOfAnOfficeVerbWithABodyOfTheOrganisation() {
        let found = Fixture.affiliations("""
        The festival was organised by the [ORG Kurdish Cultural Association in [LOC Stockholm]].
        The association's youth wing is headed by [PER Baran Şêxo], who organised this year's programme.
        """)
        #expect(found == ["Baran Şêxo | Kurdish Cultural Association in Stockholm | head"])
    }

    @Test func passiveWithASubjectThatIsNoOrganisationLinksNothing() {
        let found = Fixture.affiliations("""
        The news agency [ORG Interpressnews] covered the celebration. The service was led by Archbishop [PER Ioseb Tsiklauri].
        """)
        #expect(found.isEmpty)
    }

    @Test func bodyOfAnOrganisationAfterAPossessiveAndModifiers() {
        let found = Fixture.affiliations("""
        [PER Marat Zhunusov] was elected chairman of the [ORG Kazakh National-Cultural Autonomy of the Omsk Region] on Saturday.
        [PER Ainur Beisenova], who coordinates the autonomy's women's council, said the festival would be held in March.
        """)
        #expect(found.contains("Ainur Beisenova | Kazakh National-Cultural Autonomy of the Omsk Region | coordinator"))
    }

    // MARK: - References to the organisation

    @Test func possessivePronounAfterASubjectNoun() {
        let found = Fixture.affiliations("""
        The [ORG Union of Turkish-German Parents' Associations] wants Turkish taught in schools.
        The union, which says it represents 74 associations, handed a petition to the [ORG Landtag] on Tuesday. Its chairwoman, [PER Elif Karakaya], said demand was high.
        """)
        #expect(found == ["Elif Karakaya | Union of Turkish-German Parents' Associations | chairwoman"])
    }

    @Test func possessivePronounAfterABodyOfAnotherOrganisation() {
        let found = Fixture.affiliations("""
        The [ORG Union of Vietnamese Associations] met in Prague.
        The union's youth branch, the [ORG Vietnamese Student Club], has started a camp. Its leader, [PER Tran Minh Quan], said 70 young people took part.
        """)
        #expect(found == ["Tran Minh Quan | Vietnamese Student Club | leader"])
    }

    @Test func charityNounAndCopulaWithRolesInBrackets() {
        let found = Fixture.affiliations("""
        The café is run by the [ORG Bangladeshi Elders' Care Network]. One of the charity's trustees, Dr. [PER Fahmida Haque], is a consultant psychiatrist at the [ORG Royal London Hospital].

        The [ORG Caspian Heritage Foundation] was founded in 2016. Its trustees are Dr. [PER Nigar Huseynova] (chair) and [PER Emil Jafarov] (treasurer).
        """)
        #expect(found.contains("Fahmida Haque | Bangladeshi Elders' Care Network | trustee"))
        #expect(found.contains("Fahmida Haque | Royal London Hospital | consultant psychiatrist"))
        #expect(found.contains("Nigar Huseynova | Caspian Heritage Foundation | trustee"))
        #expect(found.contains("Emil Jafarov | Caspian Heritage Foundation | trustee"))
    }

    @Test func councilPossessiveBeforeARoleWithAField() {
        let found = Fixture.affiliations("""
        The project is funded by [ORG Tower Hamlets Council]. Councillor [PER Abdul Talukdar], the council's cabinet member for adult social care, said it would be evaluated.
        """)
        #expect(found == ["Abdul Talukdar | Tower Hamlets Council | cabinet member"])
    }

    @Test func mediaEnquiriesLine() {
        let found = Fixture.affiliations("""
        The [ORG Caspian Heritage Foundation] announced an oral history project.

        Media enquiries: [PER Zarina Tokayeva], Communications Officer, press@caspianheritage.org.uk
        """)
        #expect(found == ["Zarina Tokayeva | Caspian Heritage Foundation | Communications Officer"])
    }

    @Test func boardMemberWithAnOfficeAndAnEmployer() {
        let found = Fixture.affiliations("""
        The [ORG Filipino Nurses Association] elected a new board on Friday.

        The new board also includes vice-president [PER Rhea Bautista] of [ORG Mediclinic City Hospital].
        """)
        #expect(Set(found) == ["Rhea Bautista | Filipino Nurses Association | vice-president",
                               "Rhea Bautista | Mediclinic City Hospital | vice-president"])
    }

    @Test func choirsLeadSopranoAfterAnAge() {
        let found = Fixture.affiliations("""
        The [ORG Nairi Youth Choir of Montreal] turns twenty. For [PER Sevan Der Ghazarian], 17, the choir's lead soprano, rehearsals are a refuge.
        """)
        #expect(found == ["Sevan Der Ghazarian | Nairi Youth Choir of Montreal | lead soprano"])
    }

    // MARK: - Titles alone

    @Test func sendingCountrysAmbassadorAndItsOnlyMission() {
        let found = Fixture.affiliations("""
        [LOC Armenia]'s ambassador, [PER Tigran Hakobyan], cut the ribbon. The [ORG Embassy of the Republic of [LOC Armenia] in Abu Dhabi] sent textbooks, and the [ORG Embassy of [LOC Georgia]] sent flowers.
        """)
        #expect(found == ["Tigran Hakobyan | Embassy of the Republic of Armenia in Abu Dhabi | ambassador"])
    }

    @Test func ambassadorOfACountryWithNoNamedMissionLinksNothing() {
        let found = Fixture.affiliations("""
        [LOC France]'s ambassador, [PER Luc Martin], cut the ribbon. The [ORG Embassy of [LOC Georgia]] sent flowers.
        """)
        #expect(found.isEmpty)
    }

    @Test func ambassadorToACountryAndAMissionNamedBySendingCountryAlone() {
        let built = Fixture.build("""
        The meeting took place at the [ORG Embassy of [LOC Georgia]] and was attended by the Ambassador of [LOC Georgia] to [LOC Greece], [PER Konstantine Dvali].
        """)
        var analysis = built.analysis
        for (index, code) in [(built.entity("Georgia"), "GE"), (built.entity("Greece"), "GR")] {
            analysis.entities[index].place = PlaceDetail(geonamesID: nil, kind: .country, countryCode: code, latitude: nil, longitude: nil, population: nil)
        }
        let found = AffiliationFinder.find(in: analysis, lexicon: .shared).map { "\(built.name($0.person)) | \(built.name($0.org))" }
        #expect(found == ["Konstantine Dvali | Embassy of Georgia"])
    }

    @Test func legislatorsTitlePointsToTheOnlyChamberOfItsKind() {
        let found = Fixture.affiliations("""
        The [ORG Chamber of Deputies] held a solemn session. It was requested by federal deputy [PER Tereza Kowalczuk], from Paraná.
        District councillor [PER Femke de Groot] welcomed the [ORG Ghanaian Council of Churches].
        """)
        #expect(found == ["Tereza Kowalczuk | Chamber of Deputies | federal deputy"])
    }

    @Test func ministerTitleWithItsCountry() {
        let found = Fixture.affiliations("""
        Deputy Minister of Foreign Affairs of [LOC Georgia] [PER Tamar Lomidze] met the community. She thanked the [ORG Ministry of Foreign Affairs of [LOC Georgia]] and will visit the [ORG Greek Ministry of Foreign Affairs].
        """)
        #expect(found == ["Tamar Lomidze | Ministry of Foreign Affairs of Georgia | Deputy Minister"])
    }

    // MARK: - Speaking for an organisation

    /// "speaks for ORG", "spoke on behalf of both A and B", "speaking for ORG": a person who speaks for a named
    /// organisation is affiliated with it, with no role; "spoke at ORG" says where, not for whom.
    /// Candidates, nominees and observers hold a role in the body they run or watch for.
    @Test func candidatesAndObservers() {
        let found = Fixture.affiliations("""
        The run-off pits [PER Lidia Căpraru], the candidate of the [ORG Party of Reform and Solidarity], against a prosecutor.
        [ORG DEWG] observer [PER Manana Gelashvili] described the queue in Athens.
        His challenger is [PER Lucia Bertolini-Nguyen], a lawyer who heads the list of the [ORG Movement of Italians for Work].
        [PER Omar Diop] heads the list in Paris.
        """)
        #expect(found.sorted() == [
            "Lidia Căpraru | Party of Reform and Solidarity | candidate",
            "Lucia Bertolini-Nguyen | Movement of Italians for Work | head",
            "Manana Gelashvili | DEWG | observer",
        ])
    }

    @Test func speakingForAnOrganisation() {
        let found = Fixture.affiliations("""
        [PER Meseret Tadesse], who speaks for the [ORG Ethiopian Community Association of Bellville], said members had left.
        [PER Jean-Pierre Mulumba], who spoke on behalf of both the [ORG Kinshasa House of Culture] and the [ORG Memory Network], asked for time.
        [PER Faisal Qadri] speaks for the [ORG Yemeni Students Association in Jordan] and teaches.
        [PER Lina Haddad], speaking for the [ORG Lebanese Women's League], welcomed the vote.
        [PER Omar Saleh], who spoke at the [ORG Arab Cultural Centre] on Monday, praised the volunteers.
        """)
        #expect(found.sorted() == [
            "Faisal Qadri | Yemeni Students Association in Jordan | -",
            "Jean-Pierre Mulumba | Kinshasa House of Culture | -",
            "Jean-Pierre Mulumba | Memory Network | -",
            "Lina Haddad | Lebanese Women's League | -",
            "Meseret Tadesse | Ethiopian Community Association of Bellville | -",
        ])
    }

    /// A capitalized noun of a public body or institution at the head of a phrase, before a role and a name, stands for the
    /// one the article names ("City spokesperson X", "Clinic director X", after "a" only a spokesperson: "A ministry
    /// spokeswoman, X"); an age may stand between a name and "of ORG";
    /// "volunteers as an interpreter for ORG" names its role after "as".
    @Test func institutionNounsAgesAndRolesAfterAs() {
        let found = Fixture.affiliations("""
        The [ORG Al-Nour Legal Aid Clinic] opened in May. Clinic director [PER Rasha Obeidat] reminded members that consultations are free.
        The [ORG City of Hamtramck] was sued. City spokesperson [PER Marek Zielinski] said the city would not comment.
        [PER Aline Mukendi], 24, of the [ORG Bana Matonge] collective, said the fund was too small.
        [PER Nguyen Thi Hoa], who heads the interns' network and also volunteers as an interpreter for the [ORG Shizuoka Prefectural Police], said so.
        [PER Omar Saleh] works as a driver in the city.
        The [ORG Ministry of Migration and Asylum] denied it. A ministry spokeswoman, [PER Eleni Papadaki], said the backlog was temporary.
        The [ORG Carpenters Union] marched. A union leader [PER Tom Hale] joined them.
        """)
        #expect(found.sorted() == [
            "Aline Mukendi | Bana Matonge | -",
            "Eleni Papadaki | Ministry of Migration and Asylum | spokeswoman",
            "Marek Zielinski | City of Hamtramck | spokesperson",
            "Nguyen Thi Hoa | Shizuoka Prefectural Police | interpreter",
            "Rasha Obeidat | Al-Nour Legal Aid Clinic | director",
        ])
    }
}
