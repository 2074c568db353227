import Foundation
import Network
import Testing
import TestSupport

@Suite struct DOTTests {
    @Test func quotesAndBackslashesAreEscaped() {
        #expect(DOTWriter.quoted(#"say "hi" \ bye"#) == #""say \"hi\" \\ bye""#)
        #expect(DOTWriter.quoted("two\nlines") == #""two\nlines""#)
    }

    @Test func documentHasNodesEdgesLabelsAndWeights() throws {
        let fixture = try NetworkFixture()
        defer { fixture.directory.remove() }
        let dot = DOTWriter.document(try fixture.network())
        #expect(dot.hasPrefix("digraph newsdex {\n"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.contains(#""person-2" [label="Tom \"T\" O'Neil & <Co> \\ x", shape=ellipse"#))
        #expect(dot.contains(#""person-1" -> "organization-3" [label="chairman, head", weight=2, penwidth=2, tooltip="2 articles"];"#))
        #expect(dot.contains(#""organization-4" -> "place-6" [label="based in", weight=1, penwidth=1, tooltip="1 article", style=dashed];"#))
        #expect(dot.components(separatedBy: " -> ").count - 1 == 4)
    }

    @Test(.enabled(if: CommandRunner.isInstalled("dot"), "Graphviz's dot is not installed (apt-get install graphviz)"))
    func graphvizReadsTheDocument() throws {
        let fixture = try NetworkFixture()
        defer { fixture.directory.remove() }
        let svg = fixture.directory.path("pictures/network.svg")
        try Graphviz.render(DOTWriter.document(try fixture.network()), as: .svg, to: svg)
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("<svg"))
        #expect(text.contains("Tom &quot;T&quot; O&#39;Neil &amp; &lt;Co&gt; \\ x") || text.contains("Tom &quot;T&quot; O'Neil &amp; &lt;Co&gt; \\ x"))
    }

    @Test func missingGraphvizSaysHowToInstallIt() throws {
        #expect(Graphviz.executable(searchPath: "") == nil)
        let error = try #require(throws: GraphvizError.self) {
            try Graphviz.render("digraph {}", as: .png, to: "/nonexistent/never.png", searchPath: "/nonexistent")
        }
        #expect(error.description.contains("apt-get install graphviz"))
        #expect(!error.description.contains("\n"))
    }
}
