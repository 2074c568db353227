import Testing
import ArticleText

@Suite("WordSet")
struct WordSetTests {
    @Test func asciiMembersAndStrangers() {
        let roles: WordSet = ["chairman", "president", "of", "", "Dr."]
        for member in ["chairman", "president", "of", "", "Dr."] { #expect(roles.contains(member)) }
        for stranger in ["Chairman", "chair", "chairmen", "presiden", "Dr", " of"] { #expect(!roles.contains(stranger)) }
        #expect(roles.count == 5)
    }

    @Test func wordsBeyondASCIIKeepCanonicalEquivalence() {
        let places: WordSet = ["Köln", "Łódź", "Baku"]
        #expect(places.contains("Köln"))
        #expect(places.contains("Ko\u{308}ln"))  // decomposed ö, as String's own equality has it
        #expect(places.contains("Łódź"))
        #expect(!places.contains("Koln"))
        #expect(!places.contains("Lodz"))
    }

    @Test func substringsAreLookedUpByTheirText() {
        let words: WordSet = ["al", "ibn"]
        let name = "Hassan al-Rashid"
        #expect(words.contains(name.split(separator: " ")[1].split(separator: "-")[0]))
        #expect(!words.contains(name.split(separator: " ")[0]))
    }

    /// Many members, so that slots collide and probing runs: every answer is the one `Set<String>` gives.
    @Test func agreesWithSetOnManyWords() {
        let members = (0..<700).map { "w\($0 * 7)" } + ["ä\(1)", "ß", "e\u{301}"]
        let words = WordSet(members)
        let reference = Set(members)
        for query in (0..<5_000).map({ "w\($0)" }) + ["ä1", "ß", "é", "e", ""] {
            #expect(words.contains(query) == reference.contains(query), "\(query)")
        }
    }

    @Test func unionAndSubtractingMakeNewSets() {
        let base: WordSet = ["of", "for", "and"]
        let links = base.subtracting(["and"]).union(["des", "für"])
        #expect(links.contains("of") && links.contains("for") && links.contains("des") && links.contains("für"))
        #expect(!links.contains("and"))
        #expect(base.contains("and"))
        #expect(Set(links) == ["of", "for", "des", "für"])
    }
}
