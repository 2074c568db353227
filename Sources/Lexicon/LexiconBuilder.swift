/// Turns the sections of a `LexiconFile` into the tables of `Lexicon`.
struct LexiconBuilder {
    let file: LexiconFile
    private(set) var table: KeyTable
    /// Per entry: its categories, its first place (an index in `places`, or -1) and its detail (-1: none).
    private(set) var categories: [LexiconCategory] = []
    private var firstPlace: [Int32] = []
    private var morePlaces: [Int: [Int32]] = [:]
    private(set) var detailOf: [Int32] = []
    private(set) var details: [Lexicon.Detail] = []
    /// Every place of the file.
    private var places: [GeoPlace] = []
    private var placeIndexByID: [Int: Int32] = [:]
    private(set) var countries: [String: GeoPlace] = [:]
    /// `@region-abbreviation`: press forms of states and provinces, exactly as written.
    private(set) var regionAbbreviations: [String: GeoPlace] = [:]
    /// Entries whose key is in capitals (they match only phrases written in capitals).
    private var capitalEntries: [Int] = []
    private(set) var sectionRows: [String: Int] = [:]
    /// `@ordinary-word`: the entries of words common in lower-case English text.
    private(set) var ordinaryWordEntries: Set<Int> = []
    /// Head words that end compound names, in lower case: "verein" of "Kulturverein".
    private(set) var orgHeadEndings: [String] = []
    /// Head words that open names in their language, in lower case as written: "associazione", "fédération".
    private(set) var orgOpeningWords: Set<String> = []
    private(set) var orgInnerWords: Set<String> = []
    /// The most words in a key.
    private(set) var maxWords = 1
    /// After `build()`: per entry, an index in `placeLists` or -1; the lists, most populous first.
    private(set) var placeListOf: [Int32] = []
    private(set) var placeLists: [[GeoPlace]] = []

    init(file: LexiconFile) {
        self.file = file
        // Each row of the place section has one key per "|" plus one; other sections one key per row.
        var expected = 0
        for section in file.sections {
            expected += section.rows.count
            if section.name == "place" {
                for row in section.rows {
                    for index in row where file.bytes[index] == UInt8(ascii: "|") { expected += 1 }
                }
            }
        }
        table = KeyTable(store: file.store, expectedKeys: expected)
        categories.reserveCapacity(expected)
        firstPlace.reserveCapacity(expected)
        detailOf.reserveCapacity(expected)
    }

    mutating func build() throws(LexiconFormatError) {
        for section in file.sections { sectionRows[section.name] = section.rows.count }
        try loadPlaces()
        try loadPlaceCodes()
        try loadRegionAbbreviations()
        try loadCountryNames()
        try loadDemonyms()
        try loadRoles()
        let lists: [(String, LexiconCategory)] = [
            ("given-name", .givenName), ("surname", .surname), ("org-head-word", .orgHead),
            ("legal-form", .legalForm), ("legal-form-cleanco", .legalForm), ("place-type-word", .placeType),
            ("known-organization", .knownOrganization), ("common-word", .commonWord), ("world-region", .worldRegion),
        ]
        for (name, category) in lists {
            try file.forEachRow(of: file.section(name), minimumFields: 1) { (fields) throws(LexiconFormatError) in
                categories[entry(fields[0])].insert(category)
            }
        }
        try file.forEachRow(of: file.section("ordinary-word"), minimumFields: 1) { (fields) throws(LexiconFormatError) in
            ordinaryWordEntries.insert(entry(fields[0]))
        }
        try file.forEachRow(of: file.section("org-head-ending"), minimumFields: 1) { (fields) throws(LexiconFormatError) in
            orgHeadEndings.append(file.string(fields[0]))
        }
        try file.forEachRow(of: file.section("org-opening-word"), minimumFields: 1) { (fields) throws(LexiconFormatError) in
            orgOpeningWords.insert(file.string(fields[0]))
        }
        try file.forEachRow(of: file.section("org-inner-word"), minimumFields: 1) { (fields) throws(LexiconFormatError) in
            orgInnerWords.insert(file.string(fields[0]))
        }
        mergeCapitalEntries()
        makePlaceLists()
    }

    // MARK: Sections

    /// `@place`: geonameid, kind (C/R/P), country code, admin1 code, population, latitude, longitude,
    /// name, keys ("|"-separated, "~" for the name lower-cased).
    private mutating func loadPlaces() throws(LexiconFormatError) {
        let section = try file.section("place")
        let bytes = file.bytes
        // Region names by "country<TAB>admin1 code", from the rows of kind R.
        var regionNames: [String: String] = [:]
        for row in section.rows {
            guard let tab = row.first(where: { bytes[$0] == 0x09 }), tab + 1 < row.upperBound,
                  bytes[tab + 1] == UInt8(ascii: "R") else { continue }
            let fields = file.split(row)
            guard fields.count >= 9 else { continue }
            regionNames[file.string(fields[2].lowerBound..<fields[3].upperBound)] = file.string(fields[7])
        }
        places.reserveCapacity(section.rows.count)
        placeIndexByID.reserveCapacity(section.rows.count)
        try file.forEachRow(of: section, minimumFields: 9) { (fields) throws(LexiconFormatError) in
            let kind: GeoPlace.Kind
            switch bytes[fields[1].lowerBound] {
            case UInt8(ascii: "C"): kind = .country
            case UInt8(ascii: "R"): kind = .region
            case UInt8(ascii: "P"): kind = .city
            default: throw LexiconFormatError(line: 0, message: "unknown place kind \(file.string(fields[1]))")
            }
            guard let id = file.integer(fields[0]), let population = file.integer(fields[4]),
                  let latitude = file.double(fields[5]), let longitude = file.double(fields[6]) else {
                throw LexiconFormatError(line: 0, message: "bad number in place \(file.string(fields[0]))")
            }
            let countryCode = file.string(fields[2])
            let region = kind == .city ? regionNames[file.string(fields[2].lowerBound..<fields[3].upperBound)] : nil
            let place = GeoPlace(geonamesID: id, name: file.string(fields[7]), kind: kind, countryCode: countryCode,
                                 region: region, latitude: latitude, longitude: longitude, population: population)
            let index = Int32(places.count)
            places.append(place)
            placeIndexByID[id] = index
            if kind == .country { countries[countryCode] = place }
            let keys = fields[8]
            guard !keys.isEmpty else { return }
            var start = keys.lowerBound
            for end in keys.lowerBound...keys.upperBound where end == keys.upperBound || bytes[end] == UInt8(ascii: "|") {
                var key = start..<end
                start = end + 1
                if key.count == 1 && bytes[key.lowerBound] == UInt8(ascii: "~") {
                    // The name lower-cased is the key: lower-case the (ASCII) name in place and use it.
                    key = fields[7]
                    for offset in key where (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[offset]) {
                        bytes[offset] += 0x20
                    }
                }
                add(place: index, to: entry(key))
            }
        }
    }

    /// `@us-state-abbreviation`: key, geonameid.
    private mutating func loadPlaceCodes() throws(LexiconFormatError) {
        try file.forEachRow(of: file.section("us-state-abbreviation"), minimumFields: 2) { (fields) throws(LexiconFormatError) in
            guard let id = file.integer(fields[1]), let index = placeIndexByID[id] else {
                throw LexiconFormatError(line: 0, message: "unknown place \(file.string(fields[1]))")
            }
            add(place: index, to: entry(fields[0]))
        }
    }

    /// `@region-abbreviation`: form as written, region geonameid.
    private mutating func loadRegionAbbreviations() throws(LexiconFormatError) {
        try file.forEachRow(of: file.section("region-abbreviation"), minimumFields: 2) { (fields) throws(LexiconFormatError) in
            guard let id = file.integer(fields[1]), let index = placeIndexByID[id] else {
                throw LexiconFormatError(line: 0, message: "unknown region \(file.string(fields[1]))")
            }
            regionAbbreviations[file.string(fields[0])] = places[Int(index)]
        }
    }

    /// `@country-name`: key, ISO codes.
    private mutating func loadCountryNames() throws(LexiconFormatError) {
        try file.forEachRow(of: file.section("country-name"), minimumFields: 2) { (fields) throws(LexiconFormatError) in
            let entry = entry(fields[0])
            for code in file.parts(fields[1], separator: UInt8(ascii: ",")) {
                guard let country = countries[file.string(code)], let index = placeIndexByID[country.geonamesID] else {
                    throw LexiconFormatError(line: 0, message: "unknown country \(file.string(code))")
                }
                add(place: index, to: entry)
            }
        }
    }

    /// `@demonym`: key, ISO codes most populous first.
    private mutating func loadDemonyms() throws(LexiconFormatError) {
        try file.forEachRow(of: file.section("demonym"), minimumFields: 2) { (fields) throws(LexiconFormatError) in
            let codes = file.parts(fields[1], separator: UInt8(ascii: ",")).map { file.string($0) }
            let entry = entry(fields[0])
            categories[entry].insert(.demonym)
            details[detail(of: entry)].demonymCountries = codes
        }
    }

    /// `@role`: key, role key ("-" for none), "title" (a word of the source list) or "inflection".
    private mutating func loadRoles() throws(LexiconFormatError) {
        try file.forEachRow(of: file.section("role"), minimumFields: 3) { (fields) throws(LexiconFormatError) in
            let role = file.string(fields[1])
            let entry = entry(fields[0])
            if file.string(fields[2]) == "title" { categories[entry].insert(.title) }
            if role != "-" {
                categories[entry].insert(.role)
                details[detail(of: entry)].roleKey = role
            }
        }
    }

    // MARK: Entries

    /// The entry of the key at `range`, made if new.
    private mutating func entry(_ range: Range<Int>) -> Int {
        let (entry, isNew) = table.insert(range)
        if isNew {
            categories.append([])
            firstPlace.append(-1)
            detailOf.append(-1)
            maxWords = max(maxWords, file.wordCount(range))
            if file.hasCapital(range) { capitalEntries.append(entry) }
        }
        return entry
    }

    /// The index in `details` of the detail of `entry`, made if it has none.
    private mutating func detail(of entry: Int) -> Int {
        if detailOf[entry] < 0 {
            detailOf[entry] = Int32(details.count)
            details.append(Lexicon.Detail())
        }
        return Int(detailOf[entry])
    }

    private mutating func add(place: Int32, to entry: Int) {
        categories[entry].formUnion(places[Int(place)].kind.category)
        if firstPlace[entry] < 0 {
            firstPlace[entry] = place
        } else if firstPlace[entry] != place && !(morePlaces[entry]?.contains(place) ?? false) {
            morePlaces[entry, default: []].append(place)
        }
    }

    /// A capital-only entry ("US") answers for phrases in capitals, so it also gets what the ordinary
    /// entry of the same key ("us") has.
    private mutating func mergeCapitalEntries() {
        for entry in capitalEntries {
            guard let ordinary = table.find(table.keyBytes(entry), fold: .lower) else { continue }
            categories[entry].formUnion(categories[ordinary])
            if firstPlace[ordinary] >= 0 {
                for place in [firstPlace[ordinary]] + (morePlaces[ordinary] ?? []) { add(place: place, to: entry) }
            }
            if detailOf[ordinary] >= 0 {
                let theirs = details[Int(detailOf[ordinary])]
                let mine = detail(of: entry)
                details[mine].roleKey = details[mine].roleKey ?? theirs.roleKey
                for code in theirs.demonymCountries where !details[mine].demonymCountries.contains(code) {
                    details[mine].demonymCountries.append(code)
                }
            }
        }
    }

    /// One shared one-place list per place, and a sorted list for every entry with several places.
    private mutating func makePlaceLists() {
        placeLists = places.map { [$0] }
        placeListOf = firstPlace
        for (entry, more) in morePlaces.sorted(by: { $0.key < $1.key }) {
            let list = ([firstPlace[entry]] + more).map { places[Int($0)] }.sorted(by: GeoPlace.morePopulous)
            placeListOf[entry] = Int32(placeLists.count)
            placeLists.append(list)
        }
    }
}
