import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Network
import Testing

/// What a GraphML document declares and holds, as Foundation's XML parser reads it.
private final class GraphMLReader: NSObject, XMLParserDelegate {
    struct Key: Equatable {
        let id, domain, name, type: String
    }

    var keys: [Key] = []
    var nodes: [String] = []
    var edges: [(source: String, target: String)] = []
    /// (element the data belongs to: "node" or "edge", its id, key, text)
    var data: [(owner: String, ownerID: String, key: String, text: String)] = []
    var graphAttributes: [String: String] = [:]
    var rootNamespace: String?
    private var owner: (String, String)?
    private var dataKey: String?
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "graphml": rootNamespace = attributes["xmlns"]
        case "key":
            keys.append(Key(id: attributes["id"] ?? "", domain: attributes["for"] ?? "", name: attributes["attr.name"] ?? "",
                            type: attributes["attr.type"] ?? ""))
        case "graph": graphAttributes = attributes
        case "node":
            nodes.append(attributes["id"] ?? "")
            owner = ("node", attributes["id"] ?? "")
        case "edge":
            edges.append((attributes["source"] ?? "", attributes["target"] ?? ""))
            owner = ("edge", attributes["id"] ?? "")
        case "data":
            dataKey = attributes["key"]
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "data", let dataKey, let owner {
            data.append((owner.0, owner.1, dataKey, text))
            self.dataKey = nil
        }
    }

    static func read(_ document: String) throws -> GraphMLReader {
        let reader = GraphMLReader()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reader
        let parsed = parser.parse()
        try #require(parsed, "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
        return reader
    }
}

@Suite struct GraphMLTests {
    @Test func outputParsesAsGraphMLWithDeclaredKeys() throws {
        let fixture = try NetworkFixture()
        defer { fixture.directory.remove() }
        let network = try fixture.network()
        let reader = try GraphMLReader.read(GraphMLWriter.document(network))

        #expect(reader.rootNamespace == "http://graphml.graphdrawing.org/xmlns")
        #expect(reader.graphAttributes["edgedefault"] == "directed")
        let declared = Dictionary(uniqueKeysWithValues: reader.keys.map { ($0.id, $0) })
        #expect(declared.count == reader.keys.count, "key ids are unique")
        #expect(declared["type"] == .init(id: "type", domain: "node", name: "type", type: "string"))
        #expect(declared["label"] == .init(id: "label", domain: "node", name: "label", type: "string"))
        #expect(declared["role"] == .init(id: "role", domain: "edge", name: "role", type: "string"))
        #expect(declared["weight"] == .init(id: "weight", domain: "edge", name: "weight", type: "int"))

        #expect(reader.nodes == network.nodes.map(\.id))
        #expect(Set(reader.nodes).count == reader.nodes.count, "node ids are unique")
        #expect(reader.edges.count == network.edges.count)
        for edge in reader.edges {
            #expect(reader.nodes.contains(edge.source) && reader.nodes.contains(edge.target), "edge to an unknown node: \(edge)")
        }
        for datum in reader.data {
            #expect(declared[datum.key]?.domain == datum.owner, "data key \(datum.key) is not declared for <\(datum.owner)>")
        }
        for datum in reader.data where declared[datum.key]?.type == "int" {
            #expect(Int(datum.text) != nil, "not an int: \(datum.text)")
        }

        let labels = reader.data.filter { $0.owner == "node" && $0.key == "label" }.map(\.text)
        #expect(labels.contains(NetworkFixture.oddName), "quotes, ampersand, angle brackets survive the round trip")
        let weights = reader.data.filter { $0.owner == "edge" && $0.key == "weight" }.map(\.text)
        #expect(weights.first == "2")
        let roles = reader.data.filter { $0.owner == "edge" && $0.key == "role" }.map(\.text)
        #expect(roles.first == "chairman, head")
    }

    @Test func emptyNetworkIsStillAValidDocument() throws {
        let reader = try GraphMLReader.read(GraphMLWriter.document(EntityNetwork(nodes: [], edges: [])))
        #expect(reader.nodes.isEmpty)
        #expect(reader.keys.count == 6)
    }

    @Test func escapingDropsCharactersXMLForbids() {
        #expect(GraphMLWriter.escaped("a\u{1}b\u{FFFF}c\td") == "abc\td")
        #expect(GraphMLWriter.escaped("<\"&'>") == "&lt;&quot;&amp;&apos;&gt;")
    }
}
