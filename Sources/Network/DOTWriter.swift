/// Writes an ``EntityNetwork`` as a Graphviz DOT digraph.
///
/// People are ellipses, organisations boxes, places house shapes; an edge's label is its roles (or how a
/// location is stated), its `weight` the number of articles, which also thickens the line.
///
/// ```swift
/// DOTWriter.document(network)   // "digraph newsdex {\n  graph [rankdir=LR, ...\n"
/// DOTWriter.quoted("Say \"hi\"")   // "\"Say \\\"hi\\\"\""
/// ```
public enum DOTWriter {
    /// The whole DOT text, ending in a newline.
    public static func document(_ network: EntityNetwork) -> String {
        var out = """
            digraph newsdex {
              graph [rankdir=LR, overlap=false, splines=true, fontname="Helvetica"];
              node [style=filled, fontname="Helvetica", fontsize=11];
              edge [fontname="Helvetica", fontsize=9, color="#555555"];

            """
        for node in network.nodes {
            let (shape, colour) = appearance(node.kind)
            out += "  \(quoted(node.id)) [label=\(quoted(node.label)), shape=\(shape), fillcolor=\(quoted(colour))];\n"
        }
        for edge in network.edges {
            var attributes = ["weight=\(edge.articles)", "penwidth=\(1 + min(edge.articles - 1, 5))",
                              "tooltip=\(quoted("\(edge.articles) article\(edge.articles == 1 ? "" : "s")"))"]
            if !edge.labels.isEmpty { attributes.insert("label=\(quoted(edge.label))", at: 0) }
            if edge.relation == .location { attributes.append("style=dashed") }
            out += "  \(quoted(edge.source)) -> \(quoted(edge.target)) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    /// `text` as a DOT double-quoted string: backslashes and double quotes escaped, line breaks as `\n`.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    private static func appearance(_ kind: NetworkNode.Kind) -> (shape: String, colour: String) {
        switch kind {
        case .person: ("ellipse", "#cfe2f3")
        case .organization: ("box", "#fce5cd")
        case .place: ("house", "#d9ead3")
        }
    }
}
