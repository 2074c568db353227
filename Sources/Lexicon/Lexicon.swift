import Foundation

/// Gazetteers and word lists for entity extraction, generated from open data by
/// `scripts/build_lexicon.py` and embedded in the binary.
///
/// Every lookup takes a phrase (tokens joined by single spaces) and matches its `NameKey` form, so case,
/// accents, apostrophes and punctuation do not matter: "Göttingen", "GOTTINGEN" and "gottingen" are the
/// same. Short acronyms and codes ("US", "UK", "NJ", "WHO", "PACE": at most four capitals in the source)
/// match only when the phrase is written in capitals, periods allowed ("U.S."), so "us", "in" and "who"
/// stay ordinary words.
///
/// ```swift
/// let lexicon = Lexicon.shared
/// lexicon.places(named: "Baku").first?.countryCode   // "AZ"
/// lexicon.demonymCountries("Azerbaijani")             // ["AZ"]
/// lexicon.roleKey("chairwoman")                       // "chairman"
/// ```
///
/// A lookup folds the phrase as `NameKey.make` does (ASCII phrases without allocating) and probes one
/// hash table; it allocates nothing else.
/// Sources and licences: NOTICE (GeoNames CC BY 4.0, mledoze/countries ODbL 1.0, Faker and
/// Mimesis MIT, cleanco MIT, public-domain and CC0 lists).
public final class Lexicon: Sendable {
    /// The lexicon embedded in the binary, decoded on first use (thread-safe).
    public static let shared: Lexicon = {
        do {
            return try Lexicon(fileContents: embeddedFileContents())
        } catch {
            fatalError("The embedded lexicon is unreadable (\(error)); rebuild it with scripts/build_lexicon.py.")
        }
    }()

    /// The longest phrase of the lexicon, in words of its `NameKey` form (at most 6): the widest n-gram
    /// worth looking up.
    public let maxPhraseTokens: Int

    /// What the few role and demonym entries have besides categories.
    struct Detail: Sendable {
        var roleKey: String?
        /// ISO codes, most populous country first.
        var demonymCountries: [String] = []
    }

    /// Keys (in the decoded file) to entry numbers; the arrays below are indexed by entry number.
    let table: KeyTable
    /// Every key's beginnings that end before one of its spaces ("new" and "new york" of "new york
    /// city"), as stored (capital-only keys in capitals): `PhraseLookup` stops growing a phrase that is
    /// none of these.
    let beginnings: KeyTable
    /// Whether some of `beginnings` are in capitals.
    let beginningsHaveCapitals: Bool
    let categoryOf: [LexiconCategory]
    /// Entries of `@ordinary-word`.
    let ordinaryWordEntries: Set<Int>
    /// Index in `placeLists`, or -1.
    let placeListOf: [Int32]
    /// Lists of places, most populous first: one per place, then one per name of several places.
    let placeLists: [[GeoPlace]]
    /// Index in `details`, or -1.
    let detailOf: [Int32]
    let details: [Detail]
    let countries: [String: GeoPlace]
    let regionAbbreviations: [String: GeoPlace]
    /// Row count of every section of the file.
    let sectionRows: [String: Int]
    /// Head words that end compound names, in lower case ("verein", "förening").
    let orgHeadEndings: [String]
    /// The heads of ``orgHeadEndings`` that also open names ("verein", "amt").
    let orgOpeningEndings: [String]
    /// Head words that stand first in organisation names of their language, in lower case as written, accents kept
    /// ("associazione", "fédération", "stichting", "wat"): "Fédération des Associations …" but not "Federation Square".
    public let orgOpeningWords: Set<String>
    /// Head nouns that names of their language write in lower case after capitalized adjectives, or first, in lower
    /// case as written ("društvo" of "Srpsko kulturno društvo Sloga", "spolek" of "Spolek banátských Čechů").
    public let orgInnerWords: Set<String>

    /// The bytes of the embedded `Embedded/lexicon.tsv`.
    static func embeddedFileContents() -> [UInt8] {
        guard let data = Data(base64Encoded: embedded_lexicon_tsv.description) else {
            fatalError("The embedded lexicon is not valid base64.")
        }
        return [UInt8](data)
    }

    /// Decodes a lexicon file as written by `scripts/build_lexicon.py`.
    init(fileContents: [UInt8]) throws(LexiconFormatError) {
        var builder = try LexiconBuilder(file: LexiconFile(bytes: fileContents))
        try builder.build()
        table = builder.table
        (beginnings, beginningsHaveCapitals) = Self.beginnings(of: builder.table)
        categoryOf = builder.categories
        ordinaryWordEntries = builder.ordinaryWordEntries
        placeListOf = builder.placeListOf
        placeLists = builder.placeLists
        detailOf = builder.detailOf
        details = builder.details
        countries = builder.countries
        regionAbbreviations = builder.regionAbbreviations
        sectionRows = builder.sectionRows
        orgHeadEndings = builder.orgHeadEndings
        orgOpeningWords = builder.orgOpeningWords
        orgInnerWords = builder.orgInnerWords
        orgOpeningEndings = builder.orgHeadEndings.filter(builder.orgOpeningWords.contains)
        maxPhraseTokens = min(6, builder.maxWords)
    }

    /// The beginnings of the keys of `table` that end before a space, and whether any is in capitals.
    private static func beginnings(of table: KeyTable) -> (KeyTable, Bool) {
        var beginnings = KeyTable(store: table.store, expectedKeys: table.count / 4)
        var hasCapitals = false
        for entry in 0..<table.count {
            let key = table.keyRange(entry)
            let bytes = table.store.bytes
            for end in key where bytes[end] == 0x20 {
                _ = beginnings.insert(key.lowerBound..<end)
                if !hasCapitals { hasCapitals = bytes[key.lowerBound..<end].contains { $0 >= 0x41 && $0 <= 0x5A } }
            }
        }
        return (beginnings, hasCapitals)
    }

    /// Whether a key begins with `prefix` (a folded phrase, as `asciiNameKey` makes it) and a space.
    func hasKey(beginningWith prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        beginnings.find(prefix, fold: .none) != nil || (beginningsHaveCapitals && beginnings.find(prefix, fold: .upper) != nil)
    }

    // MARK: Lookups

    /// The lists `phrase` belongs to, or `[]` when it is unknown.
    ///
    /// - Parameter phrase: one or more tokens joined by single spaces ("New York", "Secretary - General").
    /// - Complexity: O(length of `phrase`).
    public func categories(of phrase: String) -> LexiconCategory {
        guard let entry = entry(phrase) else { return [] }
        return categoryOf[entry]
    }

    /// Every GeoNames country, region and city called `name` (by its name or an alternate name), most
    /// populous first.
    ///
    /// Countries answer to all their names: "UK", "United Kingdom" and "Great Britain" give the United
    /// Kingdom; "US", "U.S.", "USA", "United States" the United States. U.S. states answer to their
    /// postal codes ("NJ"). `[]` when no place has that name.
    public func places(named name: String) -> [GeoPlace] {
        guard let entry = entry(name), placeListOf[entry] >= 0 else { return [] }
        return placeLists[Int(placeListOf[entry])]
    }

    /// The state or province a press abbreviation names, exactly as written with its periods ("Calif.",
    /// "N.Y.", "Ont.", "ON", "NSW"), or nil. Such forms are words too ("Mass.", "Miss."): read them only where
    /// a region is expected, after a place and a comma.
    public func region(abbreviated form: String) -> GeoPlace? {
        regionAbbreviations[form]
    }

    /// The country with ISO 3166-1 alpha-2 code `code` ("AZ"), in any case, or nil.
    public func country(code: String) -> GeoPlace? {
        countries[code.uppercased()]
    }

    /// The ISO codes of the countries whose people `word` names, most populous first:
    /// "Azerbaijani" and "Azerbaijanis" give `["AZ"]`, "American" `["US", "MP"]`; `[]` if it is not a
    /// demonym.
    public func demonymCountries(_ word: String) -> [String] {
        guard let entry = entry(word), detailOf[entry] >= 0 else { return [] }
        return details[Int(detailOf[entry])].demonymCountries
    }

    /// The normalized head noun of a role word, or nil when `word` is not a role.
    ///
    /// "Chairman", "chairwoman", "Chairperson", "chair" and "co-chairs" give "chairman";
    /// "Secretary-General" "secretary"; "Prof." "professor"; "co-founder" "founder"; "members"
    /// "member"; "Vice President" "vice president". Honorifics ("Mr.", "Sir", "Bey") are titles, not
    /// roles: nil.
    public func roleKey(_ word: String) -> String? {
        guard let entry = entry(word), detailOf[entry] >= 0 else { return nil }
        return details[Int(detailOf[entry])].roleKey
    }

    /// Whether `word` is common in lower-case English text ("student", "aid", "meanwhile"), whatever list
    /// holds it: a capitalized word that is not is likely a name ("Namgyal", "Yohanes"). Not a category:
    /// the lists a name belongs to stay what `categories(of:)` says.
    public func isOrdinaryWord(_ word: String) -> Bool {
        guard let entry = entry(word) else { return false }
        return ordinaryWordEntries.contains(entry)
    }

    /// Whether `word` is a known given name ("Seymur", "Farhad").
    public func isGivenName(_ word: String) -> Bool {
        categories(of: word).contains(.givenName)
    }

    /// Whether `word` is a known surname ("Aliyev", "Mammadov").
    public func isSurname(_ word: String) -> Bool {
        categories(of: word).contains(.surname)
    }

    /// Whether `word` heads or ends organisation names: "Association", "Council", "University",
    /// "Bureau", "Society", "Committee", "Ministry", … (legal forms such as "LLC" are `.legalForm`), also in the
    /// plural of a capitalized name ("Social Services", "Family Services"), or a capitalized compound that ends in a
    /// head word of a language that writes compounds ("Kulturverein", "Kulturföreningen", "Migrationsbeirat").
    public func isOrgHeadWord(_ word: String) -> Bool {
        if categories(of: word).contains(.orgHead) { return true }
        guard word.count >= 6, word.first?.isUppercase == true else { return false }
        if word.utf8.count >= 8, isCompoundOfHead(word) { return true }
        guard word.hasSuffix("s"), !word.hasSuffix("ss") else { return false }
        let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : String(word.dropLast())
        return categories(of: singular).contains(.orgHead)
    }

    /// Whether `word` is a compound of a capitalized word and a head that opens names ("Kulturverein Behar",
    /// "Baurechtsamt Stuttgart"): the name after it belongs to it as after the head alone.
    public func isCompoundOfOpeningHead(_ word: String) -> Bool {
        word.utf8.count >= 8 && word.first?.isUppercase == true && isCompoundOfHead(word, endings: orgOpeningEndings)
    }

    /// Whether `word` is a compound of a word and a head of `endings` (``orgHeadEndings`` unless told), with the
    /// definite ending of the Nordic languages or not: three letters or more before the head.
    /// (The head inside a compound is written in lower case, so the bytes are compared as they stand.)
    private func isCompoundOfHead(_ word: String, endings: [String]? = nil) -> Bool {
        let bytes = word.utf8
        let definite = bytes.suffix(2).elementsEqual("en".utf8)
        for ending in endings ?? orgHeadEndings {
            let length = ending.utf8.count
            if bytes.count >= length + 3, bytes.suffix(length).elementsEqual(ending.utf8) { return true }
            if definite, bytes.count >= length + 5, bytes.dropLast(2).suffix(length).elementsEqual(ending.utf8) { return true }
        }
        return false
    }
}
