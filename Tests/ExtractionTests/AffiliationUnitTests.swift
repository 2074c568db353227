import Testing
import Lexicon
@testable import Extraction

/// Roles held in a unit of an organisation ("the regional branch of ORG", "the union's council", "the centre's
/// choir, led by …"), descriptions between a name and its role, "elected X … as ROLE", a role stated with "He"
/// or "She" in the next sentence, and compound role nouns. Small articles written for these tests; mentions
/// placed by hand.
@Suite("Affiliation sieves, units and clause forms")
struct AffiliationUnitTests {
    // MARK: - Units of an organisation

    @Test func roleInALowerCaseUnitOfANamedOrganisation() {
        let found = Fixture.affiliations("""
        [PER Marat Dzhumabayev], deputy chairman of the regional branch of the [ORG Union of Kyrgyz in [LOC Siberia]], welcomed the guests.
        [PER Oksana Lytvyn], director of the department for youth affairs at the [ORG Ukrainian Society of Lisbon], spoke next.
        """)
        #expect(found.contains("Marat Dzhumabayev | Union of Kyrgyz in Siberia | deputy chairman"))
        #expect(found.contains("Oksana Lytvyn | Ukrainian Society of Lisbon | director"))
        #expect(found.count == 2)
    }

    @Test func roleInANamedUnitGoesToItsOrganisation() {
        let found = Fixture.affiliations("""
        [PER Ayla Demir], head of the [ORG Department of Turkic Studies] at [ORG Ankara University], spoke first.
        """)
        #expect(found == ["Ayla Demir | Ankara University | head"])
    }

    /// A unit named with the field it covers, in capitals or not and untagged, is its organisation's: "Dean of the
    /// Faculty of Oriental Studies of ORG", "the faculty of law of ORG", "the Chair of … of the university".
    @Test func roleInAUnitNamedWithItsFieldGoesToItsOrganisation() {
        let found = Fixture.affiliations("""
        Dean of the Faculty of Oriental Studies of [ORG Baku State University], Associate Professor [PER Tural Huseynov], presented a scheme.
        The dean of the faculty of law of [ORG Khazar University], Professor [PER Elmar Huseynov], spoke next.
        The [ORG Tajik State Pedagogical University] hosted the course.
        Associate Professor of the Chair of Methods of Teaching the Tajik Language of the university, [PER Mavluda Saidova], led the sessions.
        """)
        #expect(found.contains("Tural Huseynov | Baku State University | Dean"))
        #expect(found.contains("Elmar Huseynov | Khazar University | dean"))
        #expect(found.contains("Mavluda Saidova | Tajik State Pedagogical University | Associate Professor"))
        #expect(found.count == 3)
    }

    /// The letters of a degree or an honour after a name ("NAME, PhD, a researcher at ORG") stand between the name and
    /// its apposition without cutting them apart.
    @Test func postNominalLettersDoNotCutAnApposition() {
        let found = Fixture.affiliations("""
        Dr. [PER Hamida Noori], PhD, who lectured in Kabul until 2021 and now works as a researcher at the [ORG Karlsruhe Institute of Technology], said so.
        Her opponent, Dr. [PER Luwam Berhane], PhD, an associate professor at the [ORG University of Oslo], praised the thesis.
        [PER Amina Yusuf] OBE, chair of the [ORG Somali Education Trust], spoke last.
        """)
        #expect(found.contains("Hamida Noori | Karlsruhe Institute of Technology | researcher"))
        #expect(found.contains("Luwam Berhane | University of Oslo | associate professor"))
        #expect(found.contains("Amina Yusuf | Somali Education Trust | chair"))
    }

    /// A noun of the media stands for the article's outlet of that kind: a broadcaster's noun for an organisation named
    /// as a broadcaster, a noun of the press for a paper; "the station" is no outlet where the article writes of polling
    /// stations.
    @Test func aNounOfTheMediaStandsForTheOutletOfThatKind() {
        let found = Fixture.affiliations("""
        Journalists of [ORG Daricheh TV] in [LOC London] have been threatened. The channel's news editor, [PER Kourosh Jafari], lost his car.
        [ORG Prairie Multicultural Radio] turns 30. Station manager [PER Gordon Whitebird] said the lines jam.
        The council ruled on an article of the Chinese-language newspaper [ORG Huaxia Zhoubao]. The publication's editor-in-chief, [PER Lin Xiaohong], replied.
        """)
        #expect(found.contains("Kourosh Jafari | Daricheh TV | news editor"))
        #expect(found.contains("Gordon Whitebird | Prairie Multicultural Radio | manager"))
        #expect(found.contains("Lin Xiaohong | Huaxia Zhoubao | editor-in-chief"))
        #expect(found.count == 3)
        let polling = Fixture.affiliations("""
        [ORG Radio Nowa Fala] reported that polling stations opened at 07:00. [PER Karolina Hart], who chairs the station's electoral committee, said so.
        """)
        #expect(polling.isEmpty)
    }

    /// The media's own roles ("founding publisher", "photographer"); an apposition after the object of a verb describes
    /// the object, not the sentence's subject ("X … sued ORG, the publisher of ORG2").
    @Test func theMediasRolesAndAnAppositionAfterAnObject() {
        let found = Fixture.affiliations("""
        [PER Efua Mensah-Dadzie], the founding publisher of [ORG Akwaaba News], told the court that the paper had relied on two members.
        [PER Kwabena Asante-Boateng], 58, who owns a chain of shops, sued [ORG Sankofa Press Ltd], the publisher of the monthly [ORG Akwaaba News], over a report.
        """)
        #expect(found == ["Efua Mensah-Dadzie | Akwaaba News | founding publisher"])
    }

    /// A verb of office over a body of the organisation: "who chairs the board of ORG".
    @Test func aVerbOfOfficeOverABodyOfTheOrganisation() {
        let found = Fixture.affiliations("""
        [PER Faadumo Ismail Nur], who chairs the board of [ORG Kaah Community Media], said the station would train volunteers.
        [PER Gülay Şahin] heads the executive committee of [ORG Stichting Köprü].
        """)
        #expect(found == ["Faadumo Ismail Nur | Kaah Community Media | chair", "Gülay Şahin | Stichting Köprü | head"])
    }

    /// A capitalized title with the capitalized field it covers, before "of ORG" or "at ORG".
    @Test func titleWithACapitalizedField() {
        let found = Fixture.affiliations("""
        The ceremony was attended by Professor [PER Gevorg Sargsyan], Vice-Rector for International Affairs of [ORG Yerevan State University] ([ORG YSU]), who signed it.
        [PER Lirim Dervishi], Professor Emeritus of Linguistics at [ORG Rutgers University], said the book was late.
        """)
        #expect(found.contains("Gevorg Sargsyan | Yerevan State University | Vice-Rector for International Affairs"))
        #expect(found.contains("Lirim Dervishi | Rutgers University | Professor Emeritus of Linguistics"))
    }

    /// The interim mark after a title is part of it ("a.i.", "ad interim"), and "Chargé d'Affaires" stays as written.
    @Test func anInterimTitleAndAFrenchTitleKeepTheirForm() {
        let found = Fixture.affiliations("""
        Chargé d'Affaires a.i. of the [ORG Embassy of the Kyrgyz Republic in the United Kingdom] [PER Emil Sydykov] also took part.
        [PER Anna Berg], Chargé d'Affaires of the [ORG Embassy of Sweden], spoke.
        """)
        #expect(found == ["Emil Sydykov | Embassy of the Kyrgyz Republic in the United Kingdom | Chargé d'Affaires a.i.",
                          "Anna Berg | Embassy of Sweden | Chargé d'Affaires"])
    }

    /// A judge's title before a name, with no court stated, points to the article's only court.
    @Test func aJudgesTitleAloneIsHeldInTheArticlesOnlyCourt() {
        let found = Fixture.affiliations("""
        The trial of the six men opened at the [ORG Hamburg Regional Court] on Monday.
        Presiding Judge [PER Matthias Krönert] has scheduled 28 hearing days.
        """)
        #expect(found == ["Matthias Krönert | Hamburg Regional Court | Presiding Judge"])
        let twoCourts = Fixture.affiliations("""
        The case went from the [ORG Dublin District Court] to the [ORG Circuit Court].
        Judge [PER Deirdre Walsh] said she was uncomfortable.
        """)
        #expect(twoCourts.isEmpty)
    }

    /// A police rank before a name, with no force stated, points to the article's only police force.
    @Test func aPoliceRankAloneIsHeldInTheArticlesOnlyForce() {
        let found = Fixture.affiliations("""
        [ORG Police Scotland] said officers were checking footage.
        Inspector [PER Fiona Rennie] said the family had been told.
        """)
        #expect(found == ["Fiona Rennie | Police Scotland | Inspector"])
    }

    /// A town official's title before a name, in English or left in the host country's language, with no body stated,
    /// points to the article's only town or city government; with two such bodies it points to none.
    @Test func aMunicipalTitleAloneIsHeldInTheArticlesOnlyCity() {
        let found = Fixture.affiliations("""
        The [ORG Stadt Köln] gave the hall for the week. Bürgermeisterin [PER Claudia Brenzinger] opened it.
        The association thanked the assessore for social policies, [PER Marta Gussago].
        """)
        #expect(found == ["Claudia Brenzinger | Stadt Köln | Bürgermeisterin", "Marta Gussago | Stadt Köln | assessore for social policies"])
        let twoCities = Fixture.affiliations("""
        The [ORG City of Lyon] and the [ORG Ville de Villeurbanne] paid for it. Mayor [PER Grégoire Doucet] spoke.
        """)
        #expect(twoCities.isEmpty)
    }

    /// A councillor's title, in full or as the press abbreviates it, with no council named points to the article's only
    /// town or city government.
    @Test func aCouncillorWhereNoCouncilIsNamedSitsForTheTown() {
        let found = Fixture.affiliations("""
        Question time at the [ORG London Borough of Newham] was long. Cllr [PER Andrei Munteanu] asked about housing.
        Coun. [PER Helen Barraclough] and Councillor [PER Rafiqul Islam Bhuiyan] answered.
        """)
        #expect(found == ["Andrei Munteanu | London Borough of Newham | Cllr", "Helen Barraclough | London Borough of Newham | Coun.",
                          "Rafiqul Islam Bhuiyan | London Borough of Newham | Councillor"])
        // A numbered ward before the title is where the councillor sits, no owner the council must be named after.
        let ward = Fixture.affiliations("""
        [LOC Ward 3] Coun. [PER Teresa Oliveira-Blake] asked [ORG City of Kitchener] staff for a list.
        """)
        #expect(ward == ["Teresa Oliveira-Blake | City of Kitchener | Coun."])
    }

    /// The same field after a title that follows its organisation, before the holder's name.
    @Test func titleWithACapitalizedFieldAfterItsOrganisation() {
        let found = Fixture.affiliations("""
        [ORG NiDCOM]'s Director of Diaspora Investment, Dr. [PER Halima Sani Gwarzo], said the commission was open to it.
        [ORG Tallinn University]'s Vice-Rector for Research and Development [PER Kadri Ots] opened the session.
        """)
        #expect(found == ["Halima Sani Gwarzo | NiDCOM | Director of Diaspora Investment",
                          "Kadri Ots | Tallinn University | Vice-Rector for Research and Development"])
    }

    @Test func unitOfAnOrganisationNamedBeforeWithAPossessive() {
        let found = Fixture.affiliations("""
        The [ORG Estonian Association of Uzbeks] held its congress in [LOC Tartu].
        [PER Dilshod Yuldashev], [PER Sevara Nazarova] and [PER Timur Aliev], members of the association's youth council, joined the board.
        The head of the association's women's council, Professor [PER Gulnoza Ergasheva] of [ORG Tartu University], gave a lecture.
        The association's youth branch head [PER Farrukh Sodikov] opened an exhibition.
        """)
        #expect(found.contains("Dilshod Yuldashev | Estonian Association of Uzbeks | member"))
        #expect(found.contains("Timur Aliev | Estonian Association of Uzbeks | member"))
        #expect(found.contains("Gulnoza Ergasheva | Estonian Association of Uzbeks | head"))
        #expect(found.contains("Farrukh Sodikov | Estonian Association of Uzbeks | youth branch head"))
    }

    @Test func unitLedByANamedPerson() {
        let found = Fixture.affiliations("""
        Guests were welcomed by the [ORG Tatar Cultural Centre of [LOC Riga]].
        The centre's children's folk ensemble, led by choreographer [PER Alsu Gabdrakhmanova], performed three dances.
        The Saturday school of the [ORG Bashkir House], headed by teacher [PER Rinat Yusupov], showed its drawings.
        The march, led by [PER Ilnur Safin], ended at the monument.
        """)
        #expect(found.contains("Alsu Gabdrakhmanova | Tatar Cultural Centre of Riga | choreographer"))
        #expect(found.contains("Rinat Yusupov | Bashkir House | teacher"))
        #expect(!found.contains { $0.hasPrefix("Ilnur Safin") })
    }

    @Test func unitWhoseRoleIsNamed() {
        let found = Fixture.affiliations("""
        The ambassador presented the [ORG Kazakh Society of Ulaanbaatar]'s dance troupe, whose artistic director [PER Saule Bekova] had asked for costumes.
        """)
        #expect(found == ["Saule Bekova | Kazakh Society of Ulaanbaatar | artistic director"])
    }

    @Test func placeBeforeTheUnitOfARole() {
        let found = Fixture.affiliations("""
        The [ORG Polish Scouting Union] was represented by its [LOC Lyon] chapter chairman [PER Marek Zielinski].
        """)
        #expect(found == ["Marek Zielinski | Polish Scouting Union | Lyon chapter chairman"])
    }

    // MARK: - Descriptions between a name and its role

    @Test func longDescriptionBeforeTheRoleFrame() {
        let found = Fixture.affiliations("""
        The [ORG Association of Georgians in [LOC Norway]] met in [LOC Oslo].
        [PER Nino Kapanadze], a teacher who moved to [LOC Norway] from [LOC Kutaisi] in 2009 and has run the Sunday school ever since, was elected secretary of the association.
        [PER Levan Abashidze], a 22-year-old medical student from [LOC Bergen] who is an active member of the [ORG Georgian Youth Union of Norway], read a poem.
        """)
        #expect(found.contains("Nino Kapanadze | Association of Georgians in Norway | secretary"))
        #expect(found.contains("Levan Abashidze | Georgian Youth Union of Norway | active member"))
    }

    @Test func electedWithADescriptionAsARole() {
        let found = Fixture.affiliations("""
        The [ORG Moldovan Community of Portugal] met in [LOC Porto].
        Members elected [PER Ion Rusu], a 41-year-old engineer, as chairman of the community.
        Delegates elected 30-year-old lawyer [PER Ana Ceban] from [LOC Braga] as the community's new treasurer.
        """)
        #expect(found.contains("Ion Rusu | Moldovan Community of Portugal | chairman"))
        #expect(found.contains("Ana Ceban | Moldovan Community of Portugal | treasurer"))
    }

    @Test func aDescriptionThatNamesAnotherPersonLinksNothing() {
        let found = Fixture.affiliations("""
        [PER Aida Sultanova], a cousin of [PER Rauf Sultanov] who is a member of the [ORG Caspian Business Club], attended.
        """)
        #expect(!found.contains { $0.hasPrefix("Aida Sultanova") })
    }

    // MARK: - He, she and a second predicate

    @Test func subjectPronounInTheNextSentence() {
        let found = Fixture.affiliations("""
        The evening was opened by [PER Zarina Tokhtarova]. She has chaired the [ORG Tajik Society of [LOC Vienna]] since 2016 and is also a lecturer at the [ORG University of Vienna].
        The fair was opened by [PER Anvar Saidov], a driver from [LOC Graz]. He has headed the society since 2020.
        """)
        #expect(found.contains("Zarina Tokhtarova | Tajik Society of Vienna | chair"))
        #expect(found.contains("Zarina Tokhtarova | University of Vienna | lecturer"))
        #expect(found.contains("Anvar Saidov | Tajik Society of Vienna | head"))
    }

    @Test func subjectPronounAfterTwoNamesLinksNothing() {
        let found = Fixture.affiliations("""
        [PER Rustam Karimov] met [PER Bakhtiyor Umarov] in [LOC Vienna]. He has chaired the [ORG Uzbek Club of Vienna] since 2019.
        """)
        #expect(found.isEmpty)
    }

    // MARK: - Role nouns

    @Test func compoundOfTwoRoleNouns() {
        let found = Fixture.affiliations("""
        [PER Timur Nazarov], minister-counsellor at the [ORG Embassy of Uzbekistan in [LOC Seoul]], thanked the volunteers.
        [PER Olga Petrenko], owner of the [ORG Dnipro Bakery], donated the bread.
        """)
        #expect(found.contains("Timur Nazarov | Embassy of Uzbekistan in Seoul | minister-counsellor"))
        #expect(found.contains("Olga Petrenko | Dnipro Bakery | owner"))
    }

    @Test func theSentencesVerbAfterAnAppositionWithTheSubjectTaught() {
        let found = Fixture.affiliations("""
        The [ORG Armenian Sunday School of [LOC Riga]] turned ten.
        [PER Ani Sargsyan], a lecturer in linguistics at the [ORG University of Latvia], has taught music at the school since 2016.
        """)
        #expect(found.contains("Ani Sargsyan | University of Latvia | lecturer in linguistics"))
        #expect(found.contains("Ani Sargsyan | Armenian Sunday School of Riga | teacher"))
    }

    @Test func aDescriptorBeforeTheOrganisationsName() {
        let found = Fixture.affiliations("""
        The main sponsor was [PER Tofig Aliyev], owner of the [LOC Antwerp]-based shipping company [ORG Caspian Lines NV].
        """)
        #expect(found == ["Tofig Aliyev | Caspian Lines NV | owner"])
    }

    @Test func aSecondPredicateOfARelativeClause() {
        let found = Fixture.affiliations("""
        The [ORG Georgian Choir of Lyon] sang first. In 2019 the founder handed the baton to [PER Nodar Gelashvili], a cellist who studied in [LOC Tbilisi] and is now the choir's artistic director.
        """)
        #expect(found.contains("Nodar Gelashvili | Georgian Choir of Lyon | artistic director"))
    }

    @Test func itsAfterAPersonsClauseIsTheOrganisationNearestBefore() {
        let found = Fixture.affiliations("""
        [PER Aidos Serikov], a surgeon at the [ORG Pavlodar City Hospital], succeeds [PER Nurlan Abenov], who headed the [ORG Kazakh Society of Omsk] for ten years and was named its honorary chairman.
        """)
        #expect(found.contains("Nurlan Abenov | Kazakh Society of Omsk | honorary chairman"))
        #expect(!found.contains { $0.hasPrefix("Nurlan Abenov | Pavlodar City Hospital") })
    }

    @Test func theVerbAfterAnAppositionThatOpensWithARole() {
        let found = Fixture.affiliations("""
        [PER Samir Haddad], senior lecturer in nursing at [ORG Western Sydney University], has volunteered with [ORG LMRA] twice.
        """)
        #expect(found.contains("Samir Haddad | LMRA | volunteer"))
    }
}
