import Testing
import Lexicon
@testable import Extraction

/// Phrasings of affiliations found across outlets' styles: short references to an organisation the article
/// names (a head word, the last word of its name), officer lists, boards, diplomats and their missions,
/// ministers and their ministries. Small articles written for these tests; mentions placed by hand.
@Suite("Affiliation sieves, article forms")
struct AffiliationArticleFormsTests {
    // MARK: - Head words and short names

    @Test func headWordRoleAndNameAfterTheOrganisation() {
        let found = Fixture.affiliations("""
        The [ORG Tbilisi Chess Club of Lyon] held its spring open on Sunday. Club president [PER Nodar Gelashvili] handed out the trophies.
        """)
        #expect(found == ["Nodar Gelashvili | Tbilisi Chess Club of Lyon | president"])
    }

    @Test func headWordRoleAndNameBeforeTheOrganisationIsNamed() {
        let found = Fixture.affiliations("""
        Society chairwoman [PER Rasa Petraitytė] told reporters that her organisation, the [ORG Lithuanian Heritage Society of Leeds], had collected 900 books.
        """)
        #expect(found == ["Rasa Petraitytė | Lithuanian Heritage Society of Leeds | chairwoman"])
    }

    @Test func lowerCaseHeadWordPrefersTheOrganisationTheArticleIsAbout() {
        // Two clubs; the one named more often is the article's, and the captain is its captain.
        let found = Fixture.affiliations("""
        The [ORG Cork Rovers Hurling Club] beat the [ORG Kerry Harps Club] on Saturday. The [ORG Cork Rovers Hurling Club] now leads the table.

        "We trained in the rain all winter," said club captain [PER Eoin Mac Cárthaigh].
        """)
        #expect(found == ["Eoin Mac Cárthaigh | Cork Rovers Hurling Club | captain"])
    }

    @Test func headWordWithNoOrganisationOfThatKindLinksNothing() {
        let found = Fixture.affiliations("""
        The [ORG Kazakh Cultural Centre of Prague] opened a library. Foundation chairman [PER Yerlan Abenov] sent a message.
        """)
        #expect(found.isEmpty)
    }

    @Test func headWordInsideALongerNounIsNoReference() {
        let found = Fixture.affiliations("""
        The [ORG European Union] funds the programme. Trade union leader [PER Marek Nowak] criticised the delays.
        """)
        #expect(found.isEmpty)
    }

    @Test func lastWordOfAClubNameTaggedAsAPlace() {
        let found = Fixture.affiliations("""
        The youth team of [ORG Club Deportivo Armenio Masis] won the cup. [LOC Masis] striker [PER Aram Kevorkian] scored twice.
        """)
        #expect(found == ["Aram Kevorkian | Club Deportivo Armenio Masis | striker"])
    }

    @Test func placeInsideAnOrganisationNameAfterOfIsNoReference() {
        let found = Fixture.affiliations("""
        The shipment left the [ORG Ports of [LOC Napier]] on Friday. [LOC Napier] councillor [PER Mere Tāwhai] welcomed it.
        """)
        #expect(found.isEmpty)
    }

    @Test func partyAndStateTagIsNoOrganisation() {
        let found = Fixture.affiliations("""
        Rep. [PER Laura Brennan] ([ORG D-OH]) sent a letter to the [ORG Slovenian Home of Cleveland].
        """)
        #expect(found.isEmpty)
    }

    // MARK: - Officer lists

    @Test func officerListUnderAHeaderLine() {
        let found = Fixture.affiliations("""
        The [ORG Estonian Choir of Adelaide] met on Sunday.

        The new committee is:
        - [PER Mari Tamm], Chair
        - [PER Jaan Kask] and [PER Liis Org], Committee Members
        """)
        #expect(found == ["Mari Tamm | Estonian Choir of Adelaide | Chair", "Jaan Kask | Estonian Choir of Adelaide | Committee Member",
                          "Liis Org | Estonian Choir of Adelaide | Committee Member"])
    }

    @Test func officerListNamingItsOrganisationAndRoleFirstLines() {
        let found = Fixture.affiliations("""
        The [ORG Armenian Students' Union of Lyon] and the [ORG Lyon Chess Circle] met in June.

        Officers of the [ORG Lyon Chess Circle] for 2025:
        President: [PER Garen Movsisyan]
        Treasurer – [PER Alice Dufour]
        """)
        #expect(found == ["Garen Movsisyan | Lyon Chess Circle | President", "Alice Dufour | Lyon Chess Circle | Treasurer"])
    }

    /// "ROLE: NAME, AGE, description" lines, two or more in a row, are a list of the organisation the article is about,
    /// under any header; semicolons part the entries of one line.
    @Test func roleColonNameLinesWithDescriptionsAreAList() {
        let found = Fixture.affiliations("""
        The [ORG Belarusian Cultural Community of Vilnius] elected a new board. The community met at the [ORG House of Communities].

        Below is the full list of the new board, as published by the community on Sunday.

        Chair: [PER Ales Kasciuk], 39, historian, who moved from [LOC Minsk] in 2021.

        Treasurer: [PER Volha Siamionava], 58, accountant, re-elected for a third term.

        Board members: [PER Mikita Laurynovic], 24, a student; [PER Alaksandra Bahdanovic], 41, a nurse; and Father [PER Jan Symanski], parish priest.
        """)
        #expect(found == ["Ales Kasciuk | Belarusian Cultural Community of Vilnius | Chair",
                          "Volha Siamionava | Belarusian Cultural Community of Vilnius | Treasurer",
                          "Mikita Laurynovic | Belarusian Cultural Community of Vilnius | Board member",
                          "Alaksandra Bahdanovic | Belarusian Cultural Community of Vilnius | Board member",
                          "Jan Symanski | Belarusian Cultural Community of Vilnius | Board member"])
        let alone = Fixture.affiliations("""
        The [ORG Belarusian Cultural Community of Vilnius] elected a new board.

        Chair: [PER Ales Kasciuk], 39, historian, who moved from [LOC Minsk] in 2021.
        """)
        #expect(alone.isEmpty)
    }

    @Test func namesOnLinesWithoutAHeaderAreNoList() {
        let found = Fixture.affiliations("""
        The [ORG Estonian Choir of Adelaide] met on Sunday.
        [PER Mari Tamm], Chair
        """)
        #expect(found.isEmpty)
    }

    @Test func pressContactLine() {
        let found = Fixture.affiliations("""
        The [ORG Somali Youth Network] opened a homework club. The [ORG Somali Youth Network] runs four such clubs.

        Press contact: [PER Hodan Warsame], Communications Officer
        """)
        #expect(found == ["Hodan Warsame | Somali Youth Network | Communications Officer"])
    }

    @Test func contactLineWithOrganisationAndTelephone() {
        let found = Fixture.affiliations("""
        The [ORG Somali Youth Network] and the [ORG Bristol Refugee Forum] opened a homework club.

        Media contact: [PER Hodan Warsame], press officer, [ORG Bristol Refugee Forum], +44 117 496 0000
        """)
        #expect(found == ["Hodan Warsame | Bristol Refugee Forum | press officer"])
    }

    @Test func headWordRoleTitleAndName() {
        let found = Fixture.affiliations("""
        The [ORG Vietnamese Doctors' Association of Sydney] held its gala on Saturday. Association president Dr. [PER Minh Tran] thanked the sponsors.
        """)
        #expect(found == ["Minh Tran | Vietnamese Doctors' Association of Sydney | president"])
    }

    @Test func boardIncludesRolesAndNames() {
        let found = Fixture.affiliations("""
        The [ORG Syrian-Chilean Chamber of Trade] installed its new president on Monday. The chamber has 400 members.

        The new board also includes vice president [PER Jorge Haddad] and treasurer [PER Nadia Saba], while Professor [PER Ana Ruiz] of the [ORG University of Santiago] advises it.
        """)
        #expect(found.contains("Jorge Haddad | Syrian-Chilean Chamber of Trade | vice president"))
        #expect(found.contains("Nadia Saba | Syrian-Chilean Chamber of Trade | treasurer"))
        #expect(!found.contains { $0.hasPrefix("Ana Ruiz | Syrian") })
    }

    // MARK: - Frames

    @Test func swornInAsPresident() {
        let found = Fixture.affiliations("""
        [PER Lucía Abdo] was sworn in as president of the [ORG Lebanese Club of Mendoza] on Friday.
        """)
        #expect(found == ["Lucía Abdo | Lebanese Club of Mendoza | president"])
    }

    @Test func twoRolesJoinedByAnd() {
        let found = Fixture.affiliations("""
        "We start with ten students," said [ORG KWEN]'s founder and director, [PER Shirin Rahmani].
        """)
        #expect(found == ["Shirin Rahmani | KWEN | founder and director"])
    }

    @Test func shortNameInQuotationMarksAfterTheOrganisation() {
        let found = Fixture.affiliations("""
        The President of the [ORG Association of Romanians in [LOC Cork]] "Izvor", Mr. [PER Ion Popa], thanked the embassy.
        """)
        #expect(found == ["Ion Popa | Association of Romanians in Cork | President"])
    }

    @Test func knownByItsAcronymBetweenRoleAndName() {
        let found = Fixture.affiliations("""
        The event was run by the [ORG Malaysian Students' Association in [LOC Jordan]]. The head of the association, known by its Malay acronym [ORG PPMJ|Malaysian Students' Association in Jordan], [PER Amir Hakim], said 300 came.
        """)
        #expect(found.contains("Amir Hakim | Malaysian Students' Association in Jordan | head"))
    }

    @Test func groupsDirectorAcrossAQuote() {
        let found = Fixture.affiliations("""
        [ORG Casa Boliviana en Chile], one of the largest migrant groups, said it had helped 800 people.

        "People lose their jobs. They lose their homes. They lose their papers," said [PER Rosa Quispe], the group's director.
        """)
        #expect(found == ["Rosa Quispe | Casa Boliviana en Chile | director"])
    }

    @Test func officeVerbsWithBasedAdjectivePlaceAndBody() {
        let found = Fixture.affiliations("""
        The [ORG Somali Traders' Chamber of Ohio] elected a new president. He replaces [PER Amina Farah], who had led the Columbus-based chamber since 2015.

        The appeal was launched by the [ORG Samoan Methodist Church of Ōtara]. Reverend [PER Tavita Leota], who leads the [LOC Ōtara] congregation, said it was a start.

        The [ORG Greek Business Council of Toronto] met on Monday. Lawyer [PER Eleni Pappas] will direct the council's cultural committee.
        """)
        #expect(found.contains("Amina Farah | Somali Traders' Chamber of Ohio | leader"))
        #expect(found.contains("Tavita Leota | Samoan Methodist Church of Ōtara | Reverend"))
        #expect(found.contains("Eleni Pappas | Greek Business Council of Toronto | director"))
    }

    @Test func writersInPlaces() {
        let found = Fixture.affiliations("""
        [ORG Associated Press] writers [PER Anna Lee] in [LOC Seoul] and [PER Kenji Mori] in [LOC Tokyo] contributed to this report.
        """)
        #expect(found == ["Anna Lee | Associated Press | writer", "Kenji Mori | Associated Press | writer"])
    }

    @Test func electedByDelegatesOfAnOrganisation() {
        let found = Fixture.affiliations("""
        [PER Awa Diop], 51, was elected on Sunday by delegates of the [ORG Association of Malians in [LOC Lyon]].
        """)
        #expect(found == ["Awa Diop | Association of Malians in Lyon | -"])
    }

    // MARK: - Diplomats

    @Test func consulOfAnEmbassyWithNoConsulate() {
        let found = Fixture.affiliations("""
        The [ORG Embassy of [LOC Montenegro] in [LOC Vienna]] extended its opening hours. Consul [PER Vesna Radović] said the queue was long.
        """)
        #expect(found == ["Vesna Radović | Embassy of Montenegro in Vienna | Consul"])
    }

    @Test func consulOfAnUnnamedConsulateIsNotTheEmbassys() {
        let found = Fixture.affiliations("""
        The [ORG Embassy of [LOC Montenegro] in [LOC Vienna]] extended its opening hours. In [LOC Graz], where the consulate serves the south, Consul [PER Vesna Radović] said the queue was long.
        """)
        #expect(found.isEmpty)
    }

    @Test func organisationNamedInsideAQuoteIsNoAntecedent() {
        let found = Fixture.affiliations("""
        "Moldova is close to the [ORG European Union]. We cannot ask people to come to us. We must go to them," the minister said.

        The centre's coordinator [PER Lilia Munteanu] said the classes were full.
        """)
        #expect(found.isEmpty)
    }

    @Test func diplomatsTitleModifierTaggedAsOrganisation() {
        let found = Fixture.affiliations("""
        The [ORG Sri Lanka High Commission in [LOC Singapore]] sent two officials. [ORG Trade] Counsellor [PER Nimal Perera] met the workers.
        """)
        #expect(found == ["Nimal Perera | Sri Lanka High Commission in Singapore | Counsellor"])
    }

    @Test func embassysDeputyHeadOfMission() {
        let found = Fixture.affiliations("""
        The forum had the support of the [ORG Embassy of [LOC Tunisia] in [LOC Belgium]]. The embassy's deputy head of mission, [PER Sami Ben Ali], opened it.
        """)
        #expect(found == ["Sami Ben Ali | Embassy of Tunisia in Belgium | deputy head"])
    }

    /// Affiliations ("person | org") of a marked article whose places get the country codes given.
    private func withCountries(_ text: String, _ codes: [String: (PlaceKind, String)]) -> [String] {
        var analysis = Fixture.build(text).analysis
        for (index, entity) in analysis.entities.enumerated() where entity.type == .place {
            guard let (kind, code) = codes[entity.name] else { continue }
            analysis.entities[index].place = PlaceDetail(geonamesID: 1, kind: kind, countryCode: code, latitude: nil, longitude: nil, population: nil)
        }
        return AffiliationFinder.find(in: analysis, lexicon: .shared).map {
            "\(analysis.entities[$0.person].name) | \(analysis.entities[$0.org].name)"
        }
    }

    @Test func ambassadorOfACountryToAnother() {
        let found = withCountries("""
        The [ORG Embassy of [LOC Ghana] in [LOC Paris]] hosted the meeting. The Ambassador of [LOC Ghana] to [LOC France], H.E. [PER Kwame Mensah], spoke first.
        """, ["Ghana": (.country, "GH"), "Paris": (.city, "FR"), "France": (.country, "FR")])
        #expect(found == ["Kwame Mensah | Embassy of Ghana in Paris"])
    }

    @Test func ambassadorToAnotherCountryThanTheMissionsGetsNone() {
        let found = withCountries("""
        The [ORG Embassy of [LOC Ghana] in [LOC Paris]] hosted the meeting. The Ambassador of [LOC Ghana] to [LOC Belgium], H.E. [PER Kwame Mensah], spoke first.
        """, ["Ghana": (.country, "GH"), "Paris": (.city, "FR"), "Belgium": (.country, "BE")])
        #expect(found.isEmpty)
    }

    @Test func ambassadorByDemonymToTheCountryOfTheMission() {
        let found = withCountries("""
        The [ORG Embassy of the Republic of [LOC Indonesia] in [LOC Cairo]] held a ceremony. The Indonesian Ambassador to [LOC Egypt], [PER Budi Santoso], led it. The Malaysian Ambassador to [LOC Egypt], [PER Azman Ismail], attended.
        """, ["Indonesia": (.country, "ID"), "Cairo": (.city, "EG"), "Egypt": (.country, "EG")])
        #expect(found == ["Budi Santoso | Embassy of the Republic of Indonesia in Cairo"])
    }

    /// "Poland's ambassador in Vilnius": the city of service lies in the country the mission is named after; a city
    /// of the sending country does not.
    @Test func ambassadorInACityOfTheMissionsCountry() {
        let found = withCountries("""
        [LOC Poland]'s ambassador in [LOC Vilnius], [PER Agnieszka Borowska], laid a wreath for the [ORG Embassy of the Republic of [LOC Poland] in [LOC Lithuania]].
        """, ["Poland": (.country, "PL"), "Vilnius": (.city, "LT"), "Lithuania": (.country, "LT")])
        #expect(found == ["Agnieszka Borowska | Embassy of the Republic of Poland in Lithuania"])
        let none = withCountries("""
        [LOC Poland]'s consul in [LOC Krakow], [PER Adam Nowak], spoke. The [ORG Embassy of the Republic of [LOC Poland] in [LOC Lithuania]] sent flowers.
        """, ["Poland": (.country, "PL"), "Krakow": (.city, "PL"), "Lithuania": (.country, "LT")])
        #expect(none.isEmpty)
    }

    /// "Consul General of the Republic of Azerbaijan in Los Angeles A": the title writes the country as the state's
    /// full name, the mission as its short one.
    @Test func consulOfAStateWrittenInFullAndAMissionNamedShort() {
        let found = withCountries("""
        The [ORG Consulate General of [LOC Azerbaijan] in [LOC Los Angeles]] hosted it. Consul General of the [LOC Republic of Azerbaijan] in [LOC Los Angeles] [PER Tamerlan Huseynli] spoke.
        """, ["Azerbaijan": (.country, "AZ"), "Los Angeles": (.city, "US")])
        #expect(found == ["Tamerlan Huseynli | Consulate General of Azerbaijan in Los Angeles"])
    }

    /// "RA Ambassador to Argentina": a sending state only abbreviated is no match for another state's mission there.
    @Test func ambassadorOfAnAbbreviatedStateGetsNoOtherStatesMission() {
        let found = Fixture.affiliations("""
        The [ORG Embassy of [LOC Türkiye] in [LOC Argentina]] sent flowers. RA Ambassador to [LOC Argentina] [PER Hovhannes Sargsyan] spoke.
        """)
        #expect(found.isEmpty)
    }

    @Test func ambassadorToACountryWithNoNamedMissionGetsNone() {
        let found = Fixture.affiliations("""
        [LOC Latvia]'s ambassador to [LOC Canada], [PER Ivars Ozols], spoke at the [ORG Latvian House of Toronto].
        """)
        #expect(found.isEmpty)
    }

    // MARK: - Ministers

    @Test func ministerOfStateAtADepartment() {
        let found = Fixture.affiliations("""
        She held talks with the Minister of State at the [ORG Department of Foreign Affairs of [LOC Ireland]], Ms. [PER Aoife Nic Giolla], at noon.
        """)
        #expect(found == ["Aoife Nic Giolla | Department of Foreign Affairs of Ireland | Minister of State"])
    }

    @Test func ministerTitleMatchesTheMinistryOfItsField() {
        let found = Fixture.affiliations("""
        The agreement was signed with the [ORG Ministry of Interior] and the [ORG Uzbek Ministry of Foreign Affairs].

        Deputy Foreign Minister [PER Dilshod Karimov] said the consulates would hire more staff.
        """)
        #expect(found == ["Dilshod Karimov | Uzbek Ministry of Foreign Affairs | Deputy Foreign Minister"])
    }

    @Test func ministerOfAnotherCountryIsNotLinked() {
        let found = Fixture.affiliations("""
        The agreement was signed with the [ORG Uzbek Ministry of Foreign Affairs]. Russian Foreign Minister [PER Pavel Orlov] welcomed it.
        """)
        #expect(found.isEmpty)
    }
}
