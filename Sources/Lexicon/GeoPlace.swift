/// A GeoNames place: a country, a first-level division (state, province, region, rayon) or a city of
/// 15,000 people or more.
///
/// Data from GeoNames (geonames.org), CC BY 4.0.
public struct GeoPlace: Sendable, Hashable {
    /// What sort of place it is.
    public enum Kind: String, Sendable {
        case country, region, city
    }

    /// The GeoNames id ("587084" is Baku).
    public let geonamesID: Int
    /// The GeoNames name ("Baku", "Göttingen", "Zǝngilan").
    public let name: String
    /// Country, first-level region or city.
    public let kind: Kind
    /// ISO 3166-1 alpha-2 code of the country the place is in (of the country itself for a country).
    public let countryCode: String
    /// For a city, the name of its first-level division ("Baki", "Ontario"); nil for regions and
    /// countries, and for the few cities whose division the data lacks.
    public let region: String?
    /// Latitude in degrees. Our GeoNames extract has coordinates for cities only: a country has its
    /// capital's, a region its most populous city's, and a region without a city in the data `.nan`
    /// (see `hasCoordinates`).
    public let latitude: Double
    /// Longitude in degrees; see `latitude`.
    public let longitude: Double
    /// Inhabitants. GeoNames gives none for regions: a region has its most populous city's (a lower
    /// bound), or 0 when the data has no city of 15,000 people or more in it.
    public let population: Int

    /// A place with the given properties (the lexicon makes them; tests and callers may too).
    public init(geonamesID: Int, name: String, kind: Kind, countryCode: String, region: String?,
                latitude: Double, longitude: Double, population: Int) {
        self.geonamesID = geonamesID
        self.name = name
        self.kind = kind
        self.countryCode = countryCode
        self.region = region
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
    }

    /// Whether the data gives coordinates for the place.
    public var hasCoordinates: Bool { !latitude.isNaN && !longitude.isNaN }

    /// Equal when every property is; unknown coordinates (`.nan`) equal each other.
    public static func == (lhs: GeoPlace, rhs: GeoPlace) -> Bool {
        lhs.geonamesID == rhs.geonamesID && lhs.name == rhs.name && lhs.kind == rhs.kind
            && lhs.countryCode == rhs.countryCode && lhs.region == rhs.region
            && sameCoordinate(lhs.latitude, rhs.latitude) && sameCoordinate(lhs.longitude, rhs.longitude)
            && lhs.population == rhs.population
    }

    /// Hashes the id, name, kind and population (equal places hash alike, `.nan` coordinates included).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(geonamesID)
        hasher.combine(name)
        hasher.combine(kind)
        hasher.combine(population)
    }

    private static func sameCoordinate(_ a: Double, _ b: Double) -> Bool {
        a == b || (a.isNaN && b.isNaN)
    }

    /// Order of homonyms: most populous first; at equal population a country, then a city, then a
    /// region; then the lower GeoNames id.
    static func morePopulous(_ a: GeoPlace, _ b: GeoPlace) -> Bool {
        if a.population != b.population { return a.population > b.population }
        if a.kind.rank != b.kind.rank { return a.kind.rank < b.kind.rank }
        return a.geonamesID < b.geonamesID
    }
}

extension GeoPlace.Kind {
    var rank: Int {
        switch self {
        case .country: 0
        case .city: 1
        case .region: 2
        }
    }

    var category: LexiconCategory {
        switch self {
        case .country: [.place, .country]
        case .region: [.place, .region]
        case .city: [.place, .city]
        }
    }
}
