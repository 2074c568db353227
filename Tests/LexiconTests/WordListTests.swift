import Testing
@testable import Lexicon

@Suite struct WordListTests {
    let lexicon = Lexicon.shared

    @Test func demonymsAreNotPlaces() {
        #expect(lexicon.demonymCountries("Azerbaijani") == ["AZ"])
        #expect(lexicon.demonymCountries("Azerbaijanis") == ["AZ"])
        #expect(lexicon.demonymCountries("azerbaijani") == ["AZ"])
        let categories = lexicon.categories(of: "Azerbaijani")
        #expect(categories.contains(.demonym))
        #expect(categories.isDisjoint(with: [.place, .country, .region, .city]))
        #expect(lexicon.places(named: "Azerbaijani").isEmpty)
        #expect(lexicon.demonymCountries("American").first == "US")
        #expect(lexicon.demonymCountries("Canadian") == ["CA"])
        #expect(lexicon.demonymCountries("Baku").isEmpty)
        // Nouns of nationality the press uses beside the adjective: "Serbs", "Ahiska Turks".
        #expect(lexicon.demonymCountries("Serbs") == ["RS"])
        #expect(lexicon.demonymCountries("Turks") == ["TR"])
        // Adjectives the press uses ("the Philippine Embassy", "Saudi authorities"); a plural that is a country's name
        // is the country's alone ("Philippines", "Laos").
        #expect(lexicon.demonymCountries("Philippine") == ["PH"])
        #expect(lexicon.demonymCountries("Saudi") == ["SA"])
        #expect(lexicon.demonymCountries("Philippines").isEmpty && lexicon.demonymCountries("Laos").isEmpty)
    }

    @Test(arguments: ["Seymur", "Farhad", "Elchin", "Vugar", "Leyla", "Aytan", "Ilham", "John"])
    func givenNames(name: String) {
        #expect(lexicon.isGivenName(name))
    }

    @Test(arguments: ["Aliyev", "Aliyeva", "Mammadov", "Mamedov", "Huseynov", "Gasimov", "Smith", "Əliyev"])
    func surnames(name: String) {
        #expect(lexicon.isSurname(name))
    }

    /// Ordinary words are common lower-case English, sentence openers included; they add no category.
    @Test func ordinaryWords() {
        for word in ["student", "Volunteers", "aid", "Meanwhile", "chairman", "Mark"] {
            #expect(lexicon.isOrdinaryWord(word), "\(word)")
        }
        for word in ["Namgyal", "Seymur", "Aliyev", "Baku", "Ganbold"] {
            #expect(!lexicon.isOrdinaryWord(word), "\(word)")
        }
        #expect(lexicon.categories(of: "student").isEmpty)
    }

    @Test func functionWordsAreNotNames() {
        for word in ["The", "And", "Of", "Will", "May", "Said", "From"] {
            #expect(!lexicon.isGivenName(word) && !lexicon.isSurname(word), "\(word)")
        }
        // Common words that are also names stay, flagged.
        #expect(lexicon.isGivenName("Mark"))
        #expect(lexicon.categories(of: "Mark").contains(.commonWord))
        #expect(!lexicon.categories(of: "Seymur").contains(.commonWord))
        #expect(!lexicon.isGivenName("Association"))
    }

    @Test(arguments: ["Association", "Council", "University", "Bureau", "Society", "Committee", "Ministry",
                      "association", "Majlis", "Foundation", "Services", "Communities"])
    func organisationHeadWords(word: String) {
        #expect(lexicon.isOrgHeadWord(word))
    }

    @Test func notOrganisationHeadWords() {
        #expect(!lexicon.isOrgHeadWord("Baku"))
        #expect(!lexicon.isOrgHeadWord("Chairman"))
        #expect(!lexicon.isOrgHeadWord("services"))  // a plural only in a capitalized name
        #expect(!lexicon.isOrgHeadWord("Affairs"))
        #expect(!lexicon.isOrgHeadWord("LLC"))
        #expect(lexicon.categories(of: "LLC").contains(.legalForm))
        #expect(lexicon.categories(of: "GmbH").contains(.legalForm))
        #expect(lexicon.categories(of: "MMC").contains(.legalForm))
    }

    /// Head words of other languages, and compounds that end in one ("Kulturverein", "Kulturföreningen" with the Nordic
    /// definite ending); a word with fewer than three letters before the ending is no compound.
    @Test func headWordsOfOtherLanguagesAndTheirCompounds() {
        for word in ["Associazione", "Stichting", "Gemeente", "Kulturverein", "Förderverein", "Kulturföreningen", "Migrationsbeirat"] {
            #expect(lexicon.isOrgHeadWord(word), "\(word)")
        }
        #expect(!lexicon.isOrgHeadWord("Demokrat"))
        #expect(!lexicon.isOrgHeadWord("kulturverein"))  // a compound only when capitalized
        #expect(!lexicon.isOrgHeadWord("Xverein"))
    }

    /// Head words that open names in their language keep their accents: "Fédération des …" opens a name, English
    /// "Federation" (whose folded key it shares) does not.
    @Test func headWordsThatOpenNamesKeepTheirAccents() {
        for word in ["associazione", "fédération", "stichting", "mairie", "wat", "unión"] {
            #expect(lexicon.orgOpeningWords.contains(word), "\(word)")
        }
        for word in ["federation", "union", "association"] {
            #expect(!lexicon.orgOpeningWords.contains(word), "\(word)")
        }
    }

    @Test func roleKeys() {
        let expected: [String: String] = [
            "Chairman": "chairman", "chairwoman": "chairman", "Chairperson": "chairman", "chair": "chairman",
            "chairmen": "chairman", "co-chair": "chairman",
            "Head": "head", "heads": "head",
            "Secretary-General": "secretary", "secretary general": "secretary", "Secretary": "secretary",
            "Professor": "professor", "Prof.": "professor", "Prof": "professor",
            "founder": "founder", "co-founder": "founder", "Co-Founder": "founder",
            "member": "member", "members": "member",
            "Director-General": "director", "Editor-in-chief": "editor", "Spokeswoman": "spokesman",
            "Vice-President": "vice president", "President": "president", "MPs": "mp",
        ]
        for (word, key) in expected {
            #expect(lexicon.roleKey(word) == key, "\(word)")
        }
    }

    @Test func titlesAndRoles() {
        #expect(lexicon.roleKey("Mr.") == nil)
        #expect(lexicon.categories(of: "Mr.").contains(.title))
        #expect(!lexicon.categories(of: "Mr.").contains(.role))
        #expect(lexicon.categories(of: "Ambassador").isSuperset(of: [.title, .role]))
        #expect(lexicon.categories(of: "ambassadors").contains(.role))
        #expect(lexicon.roleKey("table") == nil)
        #expect(lexicon.roleKey("Baku") == nil)
        // Titles of the press the shared list lacks: diplomats', peers', churches', armed forces'.
        for title in ["Chargé", "Baroness", "Primate", "Catholicos", "Archimandrite", "Brigadier", "Brig.", "Petty Officer", "Lance Corporal"] {
            #expect(lexicon.categories(of: title).isSuperset(of: [.title, .role]), "\(title)")
        }
        // An abbreviation stands for a one-word title of its category, never for one of two words.
        #expect(lexicon.roleKey("Cpl.") == "corporal")
        #expect(lexicon.roleKey("Pte.") == "pte")
    }

    @Test func knownOrganisationsAndPlaceTypes() {
        #expect(lexicon.categories(of: "OSCE").contains(.knownOrganization))
        #expect(lexicon.categories(of: "AZERTAC").contains(.knownOrganization))
        #expect(lexicon.categories(of: "Azertac").contains(.knownOrganization))
        #expect(lexicon.categories(of: "United Nations").contains(.knownOrganization))
        #expect(lexicon.categories(of: "WHO").contains(.knownOrganization))
        #expect(!lexicon.categories(of: "who").contains(.knownOrganization))
        #expect(lexicon.categories(of: "Rayon").contains(.placeType))
        #expect(lexicon.categories(of: "Peninsula").contains(.placeType))
    }
}
