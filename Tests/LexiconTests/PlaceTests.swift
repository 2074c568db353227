import Testing
@testable import Lexicon

@Suite struct PlaceTests {
    let lexicon = Lexicon.shared

    @Test func bakuIsTheCapitalOfAzerbaijan() throws {
        let baku = try #require(lexicon.places(named: "Baku").first)
        #expect(baku.geonamesID == 587084)  // cities15000.tsv: 587084 Baku AZ
        #expect(baku.kind == .city)
        #expect(baku.countryCode == "AZ")
        #expect(baku.region == "Baki")
        #expect(baku.population > 2_000_000)
        #expect(abs(baku.latitude - 40.3777) < 0.001 && abs(baku.longitude - 49.892) < 0.001)
        #expect(lexicon.categories(of: "Baku").isSuperset(of: [.place, .city]))
        #expect(!lexicon.categories(of: "Baku").contains(.country))
    }

    /// Continents and world regions are places of their own list, without GeoNames details; pairs of countries
    /// ("Australia and New Zealand") are none.
    @Test func worldRegions() {
        for name in ["Europe", "Northern Europe", "North America", "the Americas", "Middle East", "South Caucasus", "Baltic states"] {
            #expect(lexicon.categories(of: name).contains(.worldRegion), "\(name)")
        }
        #expect(lexicon.places(named: "Europe").isEmpty)
        #expect(!lexicon.categories(of: "Australia and New Zealand").contains(.worldRegion))
        #expect(!lexicon.categories(of: "Baku").contains(.worldRegion))
    }

    @Test func victoriaHasHomonymsMostPopulousFirst() throws {
        let places = lexicon.places(named: "Victoria")
        #expect(places.count >= 5)
        let australianState = try #require(places.firstIndex { $0.geonamesID == 2145234 })
        let canadianCity = try #require(places.firstIndex { $0.geonamesID == 6174041 })
        #expect(places[australianState].kind == .region && places[australianState].countryCode == "AU")
        #expect(places[canadianCity].kind == .city && places[canadianCity].countryCode == "CA")
        #expect(places[canadianCity].region == "British Columbia")
        #expect(australianState < canadianCity)
        for (a, b) in zip(places, places.dropFirst()) {
            #expect(a.population >= b.population, "\(a.name) \(a.population) before \(b.name) \(b.population)")
        }
        #expect(lexicon.categories(of: "Victoria").isSuperset(of: [.place, .region, .city]))
    }

    @Test(arguments: ["UK", "United Kingdom", "Great Britain", "U.K.", "the UK", "united kingdom"])
    func unitedKingdom(name: String) throws {
        let place = try #require(lexicon.places(named: name).first)
        #expect(place.kind == .country)
        #expect(place.countryCode == "GB")
        #expect(place.name == "United Kingdom")
        #expect(lexicon.categories(of: name).isSuperset(of: [.place, .country]))
    }

    @Test(arguments: ["US", "U.S.", "USA", "United States", "United States of America"])
    func unitedStates(name: String) throws {
        let place = try #require(lexicon.places(named: name).first)
        #expect(place.countryCode == "US" && place.kind == .country)
        #expect(place.geonamesID == 6252001)
    }

    @Test func shortCodesMatchOnlyInCapitals() {
        #expect(lexicon.places(named: "us").isEmpty)
        #expect(!lexicon.categories(of: "us").contains(.country))
        #expect(lexicon.places(named: "NJ").first?.name == "New Jersey")
        #expect(lexicon.places(named: "N.J.").first?.name == "New Jersey")
        #expect(lexicon.places(named: "nj").isEmpty)
        #expect(lexicon.places(named: "IN").contains { $0.name == "Indiana" })
        #expect(lexicon.places(named: "in").isEmpty && lexicon.places(named: "In").isEmpty)
    }

    /// Press abbreviations of regions are a table of their own, exact as written: no place answers to them.
    @Test func pressAbbreviationsOfRegions() {
        #expect(lexicon.region(abbreviated: "Calif.")?.name == "California")
        #expect(lexicon.region(abbreviated: "N.Y.")?.name == "New York")
        #expect(lexicon.region(abbreviated: "Ont.")?.name == "Ontario")
        #expect(lexicon.region(abbreviated: "ON")?.countryCode == "CA")
        #expect(lexicon.region(abbreviated: "NSW")?.name == "New South Wales")
        #expect(lexicon.region(abbreviated: "Calif") == nil && lexicon.region(abbreviated: "on") == nil)
        #expect(lexicon.places(named: "Mass").isEmpty && lexicon.places(named: "Ont").isEmpty)
    }

    @Test func countryByCode() throws {
        let azerbaijan = try #require(lexicon.country(code: "AZ"))
        #expect(azerbaijan.name == "Azerbaijan" && azerbaijan.kind == .country && azerbaijan.geonamesID == 587116)
        // A country's coordinates are its capital's.
        #expect(abs(azerbaijan.latitude - 40.3777) < 0.001)
        #expect(lexicon.country(code: "gb")?.name == "United Kingdom")
        #expect(lexicon.country(code: "XX") == nil)
        #expect(lexicon.places(named: "Azerbaijan").first == azerbaijan)
        #expect(lexicon.places(named: "Azərbaycan").first == azerbaijan)
    }

    @Test func multiWordNames() throws {
        let newYork = lexicon.places(named: "New York")
        #expect(newYork.contains { $0.kind == .region && $0.countryCode == "US" })
        #expect(newYork.contains { $0.geonamesID == 5128581 })  // New York City
        #expect(lexicon.categories(of: "New York").isSuperset(of: [.place, .region, .city]))
        let frankfurt = try #require(lexicon.places(named: "Frankfurt am Main").first)
        #expect(frankfurt.geonamesID == 2925533 && frankfurt.countryCode == "DE")
        #expect(lexicon.categories(of: "Frankfurt am Main").contains(.city))
        #expect(lexicon.categories(of: "Frankfurt am").isEmpty)
        #expect(lexicon.maxPhraseTokens >= 3)
    }

    @Test func caseAndAccentsDoNotMatter() throws {
        let accented = lexicon.places(named: "Göttingen")
        let plain = lexicon.places(named: "Gottingen")
        #expect(!accented.isEmpty)
        #expect(accented == plain)
        #expect(lexicon.places(named: "GÖTTINGEN") == accented)
        #expect(lexicon.places(named: "Goettingen") == accented)  // a GeoNames alternate name
        #expect(accented.first?.name == "Göttingen")
        #expect(lexicon.categories(of: "göttingen") == lexicon.categories(of: "Gottingen"))
    }

    @Test func azerbaijaniRegions() throws {
        // admin1 "Zǝngilan" / "Zangilan Rayon": the short form without "Rayon" is a name too.
        let zangilan = try #require(lexicon.places(named: "Zangilan").first { $0.kind == .region })
        #expect(zangilan.countryCode == "AZ" && zangilan.geonamesID == 146900)
        #expect(lexicon.places(named: "Zangilan Rayon").contains(zangilan))
        #expect(lexicon.places(named: "Shusha").contains { $0.kind == .region && $0.countryCode == "AZ" })
    }

    @Test func regionsWithoutCitiesHaveNoCoordinates() throws {
        // Zangilan has no city of 15,000 people in GeoNames: no coordinates, population 0.
        let zangilan = try #require(lexicon.places(named: "Zangilan").first { $0.geonamesID == 146900 })
        #expect(!zangilan.hasCoordinates && zangilan.latitude.isNaN)
        #expect(zangilan.population == 0)
        #expect(zangilan == zangilan)
        #expect(Set([zangilan, zangilan]).count == 1)
        #expect(lexicon.places(named: "Baku").first?.hasCoordinates == true)
    }

    @Test func stopWordsAreNotPlaces() {
        // "Of" is a Turkish town of more than 15,000 people.
        #expect(lexicon.places(named: "Of").isEmpty)
        #expect(lexicon.categories(of: "the").isEmpty)
        #expect(lexicon.places(named: "Qwxzzy").isEmpty)
        #expect(lexicon.categories(of: "").isEmpty)
    }
}
