public import ArticleText
public import DateExpressions

/// The four kinds of entity newsdex indexes.
public enum EntityType: String, Sendable, CaseIterable, Codable, Comparable {
    case person = "PERSON", org = "ORG", place = "PLACE", date = "DATE"

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What sort of place a PLACE entity is.
public enum PlaceKind: String, Sendable, Codable {
    case country, region, city, other
}

/// Where a place is, from GeoNames; `geonamesID` is nil when the name matched no gazetteer entry.
public struct PlaceDetail: Sendable, Hashable {
    public var geonamesID: Int?
    public var kind: PlaceKind
    public var countryCode: String?
    public var latitude: Double?
    public var longitude: Double?
    public var population: Int?

    public init(geonamesID: Int?, kind: PlaceKind, countryCode: String?, latitude: Double?,
                longitude: Double?, population: Int?) {
        self.geonamesID = geonamesID
        self.kind = kind
        self.countryCode = countryCode
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
    }
}

/// One entity of one article, after within-article coreference.
public struct AnalyzedEntity: Sendable, Hashable {
    public let type: EntityType
    /// The canonical name: the longest proper form in the article; for DATE the ISO value.
    public var name: String
    /// Every distinct form the article uses, the canonical name included.
    public var aliases: [String]
    /// GeoNames details, for places that resolved.
    public var place: PlaceDetail?
    /// The calendar value, for dates.
    public var date: CalendarValue?

    public init(type: EntityType, name: String, aliases: [String], place: PlaceDetail? = nil, date: CalendarValue? = nil) {
        self.type = type
        self.name = name
        self.aliases = aliases
        self.place = place
        self.date = date
    }
}

/// One place in the text naming an entity.
public struct AnalyzedMention: Sendable, Hashable {
    /// Index into `ArticleAnalysis.entities`.
    public let entity: Int
    /// Unicode-scalar offsets into the article body.
    public let range: Range<Int>
    public let text: String
    /// Index into the document's sentences.
    public let sentence: Int

    public init(entity: Int, range: Range<Int>, text: String, sentence: Int) {
        self.entity = entity
        self.range = range
        self.text = text
        self.sentence = sentence
    }
}

/// A person holding a role in an organisation, as one sentence states it.
public struct AnalyzedAffiliation: Sendable, Hashable {
    public let person: Int
    public let org: Int
    /// The role as written ("Chairman", "active member"), nil when none is stated.
    public let role: String?
    /// The role normalized to a head noun ("chairman", "member").
    public let roleKey: String?
    public let sentence: Int

    public init(person: Int, org: Int, role: String?, roleKey: String?, sentence: Int) {
        self.person = person
        self.org = org
        self.role = role
        self.roleKey = roleKey
        self.sentence = sentence
    }
}

/// A quoted passage and who said it; `speakers` is empty when no sieve found one.
public struct AnalyzedQuote: Sendable, Hashable {
    /// Offsets of the quoted words, without the quotation marks.
    public let range: Range<Int>
    public let text: String
    public let sentence: Int
    public var speakers: [Int]

    public init(range: Range<Int>, text: String, sentence: Int, speakers: [Int]) {
        self.range = range
        self.text = text
        self.sentence = sentence
        self.speakers = speakers
    }
}

/// How an article states where an organisation is.
public enum OrgPlaceEvidence: String, Sendable {
    /// "Association of Azerbaijanis in Quebec".
    case name
    /// "operating in Melbourne".
    case operating
    /// "Toronto-based".
    case based
    /// The article's dateline, for an organisation without any other location.
    case dateline
}

/// An organisation located at a place.
public struct OrgPlaceLink: Sendable, Hashable {
    public let org: Int
    public let place: Int
    public let evidence: OrgPlaceEvidence

    public init(org: Int, place: Int, evidence: OrgPlaceEvidence) {
        self.org = org
        self.place = place
        self.evidence = evidence
    }
}

/// Everything newsdex extracts from one article.
public struct ArticleAnalysis: Sendable {
    public let source: ArticleSource
    public let document: TextDocument
    public var entities: [AnalyzedEntity]
    public var mentions: [AnalyzedMention]
    public var affiliations: [AnalyzedAffiliation]
    public var quotes: [AnalyzedQuote]
    public var orgPlaces: [OrgPlaceLink]

    public init(source: ArticleSource, document: TextDocument, entities: [AnalyzedEntity] = [],
                mentions: [AnalyzedMention] = [], affiliations: [AnalyzedAffiliation] = [],
                quotes: [AnalyzedQuote] = [], orgPlaces: [OrgPlaceLink] = []) {
        self.source = source
        self.document = document
        self.entities = entities
        self.mentions = mentions
        self.affiliations = affiliations
        self.quotes = quotes
        self.orgPlaces = orgPlaces
    }

    /// The dateline as written, if the article opens with one.
    public var datelineText: String? {
        document.dateline.map { document.string($0.range) }
    }
}
