import ArticleText
import Testing
@testable import NameTagger

@Suite("The shipped model")
struct ShippedModelTests {
    func names(_ text: String) -> [String] {
        let document = TextDocument(text)
        return NameTagger.shared.tag(document).map { "\($0.label.rawValue) \(document.string($0.range))" }
    }

    @Test func loadsAndHasBothPasses() {
        let model = NameTagger.shared.model
        #expect(model.passes.count == 2)
        #expect(model.passes[0].count > 10_000)
    }

    @Test func professorOfUniversityInCountry() {
        let found = names("Professor Yulduz Ragimov of York University in Canada said the community would meet in Toronto.")
        #expect(found.contains("PER Yulduz Ragimov"))
        #expect(found.contains("ORG York University"))
        #expect(found.contains("LOC Canada"))
        #expect(found.contains("LOC Toronto"))
    }

    @Test func roleOfOrganisationAndName() {
        let text = """
            BAKU, Azerbaijan, March 3. Chairman of the Coordination Council of Azerbaijanis in Germany Elnur Gasimov \
            said the community had grown. "Our task is to keep young people connected," Gasimov stressed.
            """
        let found = names(text)
        #expect(found.contains("LOC BAKU"))
        #expect(found.contains("LOC Azerbaijan"))
        #expect(found.contains("PER Elnur Gasimov"))
        #expect(found.contains("PER Gasimov"))
        #expect(found.contains { $0.hasPrefix("ORG Coordination Council") })
    }

    @Test func spansCarryTokenIndicesAndScalarOffsets() {
        let document = TextDocument("Farid Abbasli met Ukrainian diaspora leaders in Kyiv on Monday.")
        let spans = NameTagger.shared.tag(document)
        for span in spans {
            #expect(span.range == document.tokens[span.tokens.lowerBound].range.lowerBound..<document.tokens[span.tokens.upperBound - 1].range.upperBound)
        }
        let found = spans.map { "\($0.label.rawValue) \(document.string($0.range))" }
        #expect(found.contains("PER Farid Abbasli"))
        #expect(found.contains("LOC Kyiv"))
        #expect(!found.contains { $0.contains("Ukrainian") }, "a demonym is not a place")
    }
}
