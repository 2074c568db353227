import Testing
import ArticleText
@testable import Extraction

/// End to end: the same sieves behind the real name tagger (`Extractor().analyze`). These run once the
/// tagger finds names at all (the committed model may still be a placeholder); the hand-built suites test
/// each sieve without it.
enum Pipeline {
    static let taggerFindsNames: Bool = {
        let analysis = Extractor().analyze(ArticleSource.parse(" date 2024-05-02 BERLIN, May 2. Professor Anna Schmidt of the University of Bonn met Chairman of the Turkish Union of Berlin Mehmet Yilmaz."))
        return analysis.entities.contains { $0.type == .person } && analysis.entities.contains { $0.type == .org }
    }()

    static func analyze(_ text: String) -> ArticleAnalysis {
        Extractor().analyze(ArticleSource.parse(text))
    }

    /// "person | org" lines, with the names as the pipeline canonicalised them.
    static func affiliations(_ analysis: ArticleAnalysis) -> [String] {
        analysis.affiliations.map { "\(analysis.entities[$0.person].name) | \(analysis.entities[$0.org].name)" }
    }
}

@Suite("Affiliations through the pipeline", .enabled(if: Pipeline.taggerFindsNames))
struct AffiliationPipelineTests {
    @Test func professorAndChairmanForms() {
        let analysis = Pipeline.analyze("""
         date 2023-11-20 VIENNA, November 20. Professor Lale Demirci of the University of Vienna opened an exhibition of Anatolian textiles on Monday.

        The Chairman of the Turkish Cultural Association of Vienna Mehmet Aksoy thanked the guests, and the association's secretary Elif Yavuz read a message from the embassy.
        """)
        let found = Pipeline.affiliations(analysis)
        #expect(found.contains { $0.hasPrefix("Lale Demirci |") && $0.contains("University of Vienna") })
        #expect(found.contains { $0.hasPrefix("Mehmet Aksoy |") && $0.contains("Turkish Cultural Association") })
        #expect(found.contains { $0.hasPrefix("Elif Yavuz |") && $0.contains("Turkish Cultural Association") })
        #expect(!found.contains { $0.hasPrefix("Lale Demirci |") && $0.contains("Turkish") })
    }

    @Test func appositionAndRelativeClause() {
        let analysis = Pipeline.analyze("""
         date 2022-06-01 TORONTO, June 1. Oksana Hrytsenko, head of the Ukrainian Youth Association of Toronto, said 300 volunteers had joined. Taras Bilyk, who chairs the Ukrainian Credit Union Foundation, agreed.
        """)
        let found = Pipeline.affiliations(analysis)
        #expect(found.contains { $0.hasPrefix("Oksana Hrytsenko |") && $0.contains("Ukrainian Youth Association") })
        #expect(found.contains { $0.hasPrefix("Taras Bilyk |") && $0.contains("Ukrainian Credit Union Foundation") })
    }
}
