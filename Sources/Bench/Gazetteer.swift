import Foundation
import Lexicon

/// The names the benchmark's articles use, drawn from the gazetteers newsdex embeds
/// (`Sources/Lexicon/Embedded/lexicon.tsv`): given names, surnames, cities, countries and demonyms.
///
/// Only names the lexicon does not also mark as ordinary English words are kept, so the text reads like news.
struct Gazetteer {
    struct Country {
        let code: String
        let name: String
        /// The singular demonym ("Azerbaijani"), when the lexicon has one with a plural.
        let demonym: String?
    }

    let givenNames: [String]
    let surnames: [String]
    /// Cities of a million people or more, with their country.
    let cities: [(name: String, country: Country)]
    let countries: [Country]
    /// Words that head organisation names, as the lexicon lists them.
    let orgHeads: Set<String>

    /// Reads the lexicon file at `path`.
    init(lexiconFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("cannot read the lexicon file \(path); run newsdex-bench from the package folder or pass --lexicon")
        }
        let lexicon = Lexicon.shared
        var section = ""
        var given: [String] = [], surnames: [String] = [], demonymKeys: [String: String] = [:]
        var plainKeys = Set<String>()
        var countryRows: [(code: String, name: String)] = []
        var cityRows: [(name: String, code: String, population: Int)] = []
        var heads = Set<String>()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                section = String(line.dropFirst().prefix { $0 != "\t" })
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch section {
            case "place" where fields.count >= 8:
                if fields[1] == "C" { countryRows.append((fields[2], fields[7])) }
                if fields[1] == "P", let population = Int(fields[4]), population >= 1_000_000,
                   fields[7].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == " ") }) {
                    cityRows.append((fields[7], fields[2], population))
                }
            case "given-name": given.append(fields[0])
            case "surname": surnames.append(fields[0])
            case "demonym" where fields.count >= 2:
                plainKeys.insert(fields[0])
                demonymKeys[fields[0]] = fields[1].split(separator: ",").first.map(String.init)
            case "org-head-word": heads.insert(fields[0])
            default: break
            }
        }
        func usable(_ key: String, _ lengths: ClosedRange<Int>) -> Bool {
            lengths.contains(key.count) && key.allSatisfy { $0 >= "a" && $0 <= "z" }
                && !lexicon.categories(of: key).contains(.commonWord)
                && !lexicon.categories(of: key).contains(.place)
        }
        givenNames = given.filter { usable($0, 4...9) }.map(Self.capitalized)
        self.surnames = surnames.filter { usable($0, 5...10) && !lexicon.isGivenName($0) }.map(Self.capitalized)
        var demonymByCode: [String: String] = [:]
        for (key, code) in demonymKeys where !key.contains(" ") && plainKeys.contains(key + "s") && demonymByCode[code] == nil {
            demonymByCode[code] = Self.capitalized(key)
        }
        let countries = countryRows.filter { $0.name.allSatisfy { $0.isASCII && ($0.isLetter || $0 == " ") } }
            .sorted { $0.code < $1.code }
            .map { Country(code: $0.code, name: $0.name, demonym: demonymByCode[$0.code]) }
        self.countries = countries
        let byCode = Dictionary(countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        cities = cityRows.sorted { ($0.population, $0.name) > ($1.population, $1.name) }
            .compactMap { row in byCode[row.code].map { (row.name, $0) } }
        orgHeads = heads
        guard givenNames.count > 100, self.surnames.count > 100, cities.count > 50,
              countries.filter({ $0.demonym != nil }).count > 20 else {
            throw BenchError("the lexicon file \(path) has too few names for a corpus")
        }
    }

    private static func capitalized(_ key: String) -> String {
        key.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

/// A problem that stops the benchmark, in one line.
struct BenchError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
