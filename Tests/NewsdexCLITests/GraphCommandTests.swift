import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// `newsdex graph` end to end on the seed article.
@Suite(.serialized) struct GraphCommandTests {
    let directory: TemporaryDirectory
    let db: String

    init() throws {
        directory = try TemporaryDirectory()
        db = directory.path("graph.db")
        let ingest = try CommandRunner.newsdex(["ingest", "seeds/", "--db", db])
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func dotIsTheDefault() throws {
        defer { directory.remove() }
        let result = try CommandRunner.newsdex(["graph", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph newsdex {"))
        #expect(result.stdout.contains(#"[label="Seymur Nasirov", shape=ellipse"#))
        #expect(result.stdout.contains(#"[label="chairman""#))
        #expect(result.stdout.contains("style=dashed"), "organisation → place edges")
    }

    @Test func graphMLIsWellFormedAndConsistent() throws {
        defer { directory.remove() }
        let result = try CommandRunner.newsdex(["graph", "--db", db, "--format", "graphml"])
        #expect(result.status == 0, "\(result.stderr)")
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(result.stdout.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        let nodes = Set(collector.elements.filter { $0.name == "node" }.compactMap { $0.attributes["id"] })
        let edges = collector.elements.filter { $0.name == "edge" }
        let keys = collector.elements.filter { $0.name == "key" }.compactMap { $0.attributes["id"] }
        #expect(nodes.count > 5)
        #expect(!edges.isEmpty)
        #expect(Set(keys).isSuperset(of: ["type", "label", "role", "weight"]))
        for edge in edges {
            #expect(nodes.contains(edge.attributes["source"] ?? "") && nodes.contains(edge.attributes["target"] ?? ""))
        }
    }

    @Test func filtersNarrowTheNetwork() throws {
        defer { directory.remove() }
        let person = try CommandRunner.newsdex(["graph", "--db", db, "--person", "nasirov"])
        #expect(person.stdout.contains("Seymur Nasirov"))
        #expect(!person.stdout.contains("Farhad Eyyubov"))
        let later = try CommandRunner.newsdex(["graph", "--db", db, "--from", "2025"])
        #expect(later.status == 0)
        #expect(!later.stdout.contains("->"))
        #expect(later.stderr.contains("the graph is empty"))
        let bad = try CommandRunner.newsdex(["graph", "--db", db, "--to", "31.01.2024"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--to takes a date"))
    }

    @Test func picturesAreRenderedOrTheInstallIsNamed() throws {
        defer { directory.remove() }
        let svg = directory.path("out/network.svg"), png = directory.path("docs/network.png")
        let result = try CommandRunner.newsdex(["graph", "--db", db, "--svg", svg, "--png", png])
        guard CommandRunner.isInstalled("dot") else {
            #expect(result.status == 1)
            #expect(result.stderr.contains("apt-get install graphviz"))
            return
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("wrote \(svg):"))
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
        let header = try #require(FileManager.default.contents(atPath: png)).prefix(4)
        #expect(Array(header) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func helpTeachesWithExamples() throws {
        defer { directory.remove() }
        let help = try CommandRunner.newsdex(["help", "graph"])
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("newsdex graph --svg network.svg"))
    }
}

/// Every element's name and attributes, in document order.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((element, attributes))
    }
}
