/// Writes an ``EntityNetwork`` as GraphML, the XML graph format Gephi, yEd, Cytoscape and NetworkX read.
///
/// Declared keys: node `type` (person, organization, place) and `label`; edge `relation` (affiliation,
/// location), `role` (an affiliation's roles), `label` (roles, or how a location is stated) and
/// `weight` (article count, an int). Gephi takes `label` and `weight` as its own label and weight.
///
/// ```swift
/// let xml = GraphMLWriter.document(network)   // "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml ..."
/// ```
public enum GraphMLWriter {
    /// The whole GraphML document, ending in a newline.
    public static func document(_ network: EntityNetwork) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
              <key id="role" for="edge" attr.name="role" attr.type="string"/>
              <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
              <graph id="newsdex" edgedefault="directed">

            """
        for node in network.nodes {
            out += "    <node id=\"\(escaped(node.id))\">"
                + "<data key=\"type\">\(node.kind.rawValue)</data>"
                + "<data key=\"label\">\(escaped(node.label))</data></node>\n"
        }
        for (number, edge) in network.edges.enumerated() {
            out += "    <edge id=\"e\(number + 1)\" source=\"\(escaped(edge.source))\" target=\"\(escaped(edge.target))\">"
                + "<data key=\"relation\">\(edge.relation.rawValue)</data>"
            if edge.relation == .affiliation, !edge.labels.isEmpty {
                out += "<data key=\"role\">\(escaped(edge.label))</data>"
            }
            if !edge.labels.isEmpty { out += "<data key=\"edge_label\">\(escaped(edge.label))</data>" }
            out += "<data key=\"weight\">\(edge.articles)</data></edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    /// `text` escaped for XML character data and attribute values; characters XML 1.0 forbids (control
    /// characters other than tab and line breaks, U+FFFE, U+FFFF) are dropped.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
