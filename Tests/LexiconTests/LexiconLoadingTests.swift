import Foundation
import Testing
@testable import Lexicon

@Suite struct LexiconLoadingTests {
    let lexicon = Lexicon.shared

    @Test func everySectionLoadsWithPlausibleCounts() {
        let rows = lexicon.sectionRows
        let expectedMinimums: [String: Int] = [
            "place": 38_000, "us-state-abbreviation": 100, "region-abbreviation": 60, "country-name": 600, "demonym": 400,
            "given-name": 20_000, "surname": 20_000, "org-head-word": 100, "legal-form": 15,
            "legal-form-cleanco": 200, "place-type-word": 40, "role": 150, "known-organization": 60,
            "common-word": 500, "world-region": 50, "ordinary-word": 5_000, "org-opening-word": 100, "org-head-ending": 10, "org-inner-word": 40,
        ]
        #expect(Set(rows.keys) == Set(expectedMinimums.keys))
        for (section, minimum) in expectedMinimums {
            #expect((rows[section] ?? 0) >= minimum, "@\(section) has \(rows[section] ?? 0) rows")
        }
        #expect(lexicon.table.count > 140_000)
        #expect(lexicon.countries.count == 252)
        #expect((3...6).contains(lexicon.maxPhraseTokens))
    }

    @Test func theEmbeddedFileStartsWithItsFormatLine() {
        let bytes = Lexicon.embeddedFileContents()
        #expect(bytes.count > 1_000_000)
        #expect(bytes.count <= 3_500_000, "the embedded lexicon must stay within 3.5 MB")
        #expect(String(decoding: bytes.prefix(18), as: UTF8.self) == "#newsdex-lexicon\t1")
    }

    @Test func everySectionHeaderNamesItsSourceAndLicence() throws {
        let file = try LexiconFile(bytes: Lexicon.embeddedFileContents())
        let text = String(decoding: UnsafeBufferPointer(file.bytes), as: UTF8.self)
        let headers = text.split(separator: "\n").filter { $0.hasPrefix("@") }
        #expect(headers.count == file.sections.count)
        for header in headers {
            #expect(header.contains("\tsource: ") && header.contains("\tlicence: "), "\(header.prefix(60))")
        }
    }

    @Test func malformedFilesAreRejected() {
        #expect(throws: LexiconFormatError.self) { try Lexicon(fileContents: Array("hello\n".utf8)) }
        #expect(throws: LexiconFormatError.self) {
            try Lexicon(fileContents: Array("#newsdex-lexicon\t1\n@place\t2\tsource: x\tlicence: y\n".utf8))
        }
        #expect(throws: LexiconFormatError.self) {
            try Lexicon(fileContents: Array("#newsdex-lexicon\t99\n".utf8))
        }
    }

    @Test func everyKeyIsItsOwnNameKey() {
        // The script computes the keys with a Python copy of NameKey.make; a key that NameKey would
        // change could never be found.
        // Capital-only keys ("US") are stored in capitals: their NameKey is their lower case.
        let keys = lexicon.keys
        #expect(keys.count == lexicon.table.count)
        let bad = keys.filter { NameKey.make($0) != $0.lowercased() }
        #expect(bad.isEmpty, "keys NameKey changes: \(bad.prefix(10))")
    }

    @Test func everyPlaceIsFoundByItsOwnName() throws {
        // Swift's NameKey of each GeoNames name must be a key the script wrote for that place, unless
        // the script dropped the name (a stop word such as the town "Of", or a name over 6 words).
        let file = try LexiconFile(bytes: Lexicon.embeddedFileContents())
        var checked = 0
        var lost: [String] = []
        try file.forEachRow(of: file.section("place"), minimumFields: 9) { fields in
            let name = file.string(fields[7])
            guard let id = file.integer(fields[0]), !fields[8].isEmpty else { return }
            let key = NameKey.make(name)
            let found = lexicon.places(named: name).contains { $0.geonamesID == id }
            checked += 1
            if !found && key.split(separator: " ").count <= 6 { lost.append(name) }
        }
        #expect(checked > 38_000)
        #expect(lost.count < 20, "places not found by their name: \(lost.prefix(20))")
    }
}
