/// The lists of the lexicon a phrase belongs to.
///
/// A phrase can be in several at once: "Victoria" is a `place`, a `region`, a `city`, a `givenName`
/// and a `surname`.
///
/// ```swift
/// let categories = Lexicon.shared.categories(of: "Frankfurt am Main")
/// categories.contains(.city)   // true
/// ```
public struct LexiconCategory: OptionSet, Sendable, Hashable {
    /// The categories as bits; see the static members.
    public let rawValue: UInt32

    /// The categories whose bits are set in `rawValue`.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// A GeoNames place of any kind: set together with `country`, `region` or `city`.
    public static let place = LexiconCategory(rawValue: 1 << 0)
    /// A name of a country (GeoNames countries, mledoze/countries names and alternative spellings).
    public static let country = LexiconCategory(rawValue: 1 << 1)
    /// A name of a first-level division: state, province, region, Azerbaijani rayon; U.S. postal codes.
    public static let region = LexiconCategory(rawValue: 1 << 2)
    /// A name of a city of 15,000 people or more, or one of its Latin alternate names.
    public static let city = LexiconCategory(rawValue: 1 << 3)
    /// An English demonym or its plural ("Azerbaijani", "Azerbaijanis"); not a place.
    public static let demonym = LexiconCategory(rawValue: 1 << 4)
    /// A known given name.
    public static let givenName = LexiconCategory(rawValue: 1 << 5)
    /// A known surname.
    public static let surname = LexiconCategory(rawValue: 1 << 6)
    /// A word that heads or ends organisation names ("Association", "Ministry", "University").
    public static let orgHead = LexiconCategory(rawValue: 1 << 7)
    /// A role a person holds, with a role key (`Lexicon.roleKey(_:)`): "chairman", "members", "co-founder".
    public static let role = LexiconCategory(rawValue: 1 << 8)
    /// A title or role word that stands before a name without being part of it ("President", "Mr.").
    public static let title = LexiconCategory(rawValue: 1 << 9)
    /// A word found in place names ("Region", "Rayon", "Sea", "Peninsula").
    public static let placeType = LexiconCategory(rawValue: 1 << 10)
    /// A known organisation or its acronym ("OSCE", "AZERTAC", "United Nations").
    public static let knownOrganization = LexiconCategory(rawValue: 1 << 11)
    /// A company legal form ("LLC", "JSC", "GmbH", "MMC").
    public static let legalForm = LexiconCategory(rawValue: 1 << 12)
    /// A single word of some list above that is also an ordinary lower-case English word ("mark",
    /// "young", "bill", "report"): a hint that the entry needs context.
    public static let commonWord = LexiconCategory(rawValue: 1 << 13)

    /// A name of a continent or world region ("Europe", "Northern Europe", "Middle East"): a place GeoNames'
    /// cities and divisions do not hold.
    public static let worldRegion = LexiconCategory(rawValue: 1 << 14)

    /// The place categories.
    static let places: LexiconCategory = [.place, .country, .region, .city]
}
