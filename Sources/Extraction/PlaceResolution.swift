import Lexicon

/// Chooses the GeoNames entry a place name means, among homonyms, by the article's countries.
///
/// A country name is the country. Otherwise candidates in a country the article names (or its dateline
/// names) win, then regions over cities of the same country, then the most populous.
struct PlaceResolution {
    let lexicon: Lexicon

    /// ISO codes of the countries named among `placeNames`.
    func countries(mentionedBy placeNames: [String]) -> Set<String> {
        var codes: Set<String> = []
        for name in placeNames {
            for place in lexicon.places(named: name) where place.kind == .country { codes.insert(place.countryCode) }
        }
        return codes
    }

    func resolve(_ name: String, countries: Set<String>) -> GeoPlace? {
        let candidates = lexicon.places(named: name)
        // A press abbreviation of a state ("Calif", its period a token of its own) names the state.
        guard !candidates.isEmpty else { return lexicon.region(abbreviated: name) ?? lexicon.region(abbreviated: name + ".") }
        if let country = candidates.first(where: { $0.kind == .country }) { return country }
        func score(_ place: GeoPlace) -> Double {
            var score = Double(place.population + 1).squareRoot()
            if countries.contains(place.countryCode) { score *= 20 }
            if place.kind == .region { score *= 1.5 }
            return score
        }
        return candidates.max { score($0) < score($1) }
    }

    /// The stored details of the place `name` resolves to; an unresolved place is kept with kind `other`.
    func detail(for name: String, countries: Set<String>) -> PlaceDetail {
        guard let place = resolve(name, countries: countries) else {
            return PlaceDetail(geonamesID: nil, kind: .other, countryCode: nil, latitude: nil, longitude: nil, population: nil)
        }
        let kind: PlaceKind = switch place.kind {
        case .country: .country
        case .region: .region
        case .city: .city
        }
        return PlaceDetail(geonamesID: place.geonamesID, kind: kind, countryCode: place.countryCode,
                           latitude: place.latitude, longitude: place.longitude, population: place.population)
    }
}
