import Testing
import ArticleText
@testable import Extraction

/// Quotes end to end, once the tagger finds names (see `Pipeline`).
@Suite("Quotes through the pipeline", .enabled(if: Pipeline.taggerFindsNames))
struct QuotePipelineTests {
    @Test func namedSpeakerPronounAndProfessor() {
        let analysis = Pipeline.analyze("""
         date 2023-11-20 VIENNA, November 20. Professor Lale Demirci of the University of Vienna opened an exhibition of Anatolian textiles on Monday.

        "These carpets travelled with families who left their villages with almost nothing," the professor said.

        Mehmet Aksoy, chairman of the Turkish Cultural Association of Vienna, thanked the museum.

        "We will bring schoolchildren here every week until the exhibition closes," Aksoy noted. "They should see what their grandparents made."
        """)
        let quotes = analysis.quotes.map { quote in (quote.text, quote.speakers.map { analysis.entities[$0].name }) }
        #expect(quotes.count == 3)
        #expect(quotes.first?.1 == ["Lale Demirci"])
        #expect(quotes.dropFirst().allSatisfy { $0.1 == ["Mehmet Aksoy"] })
        #expect(quotes.first?.0.hasPrefix("These carpets travelled") == true)
    }
}
