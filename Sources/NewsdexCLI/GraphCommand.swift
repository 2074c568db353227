import ArgumentParser
import Index
import Network

/// The text formats `newsdex graph` writes.
enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    /// Graphviz DOT.
    case dot
    /// GraphML (Gephi, yEd, Cytoscape, NetworkX).
    case graphml
}

/// `newsdex graph`: the person — organisation — place network as DOT, GraphML or a picture.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw who speaks for which group and where the group is, as DOT, GraphML or a picture.",
        discussion: """
            Nodes are people, organisations and places; a person -> organisation edge is an affiliation \
            labelled with its roles, an organisation -> place edge (dashed) says where the group is; each \
            edge's weight is the number of articles stating it. The filters are those of `newsdex query \
            spokespeople`. With --svg or --png the picture is rendered by Graphviz's `dot` (Debian: \
            apt-get install graphviz) and nothing is printed; otherwise the graph goes to standard output.

            Examples:
              newsdex graph --svg network.svg
              newsdex graph --place Canada --from 2024-01 --format graphml > canada.graphml
              newsdex graph --org "Cultural Society" | dot -Tpdf -o society.pdf
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: [.customShort("f"), .long], help: "Output format: dot or graphml.")
    var format: GraphFormat = .dot

    @OptionGroup var filter: FilterOptions

    @Option(help: ArgumentHelp("Render an SVG picture to this file with Graphviz.", valueName: "file"))
    var svg: String?
    @Option(help: ArgumentHelp("Render a PNG picture to this file with Graphviz.", valueName: "file"))
    var png: String?


    func run() throws {
        let index = try NewsIndex(path: database.path, readOnly: true)
        let filters = filter.filters()
        let network = try EntityNetwork(index: index, filters: filters)
        if network.isEmpty { Output.note("no affiliation matches; the graph is empty") }
        let pictures = [(ImageFormat.svg, svg), (ImageFormat.png, png)].compactMap { format, path in path.map { (format, $0) } }
        guard !pictures.isEmpty else {
            Output.write(format == .dot ? DOTWriter.document(network) : GraphMLWriter.document(network))
            return
        }
        let dot = DOTWriter.document(network)
        for (format, path) in pictures {
            do {
                try Graphviz.render(dot, as: format, to: path)
            } catch let error as GraphvizError {
                throw CLIError(error.description)
            }
            Output.note("wrote \(path): \(network.count(of: .person)) people, \(network.count(of: .organization)) "
                        + "organisations, \(network.count(of: .place)) places, \(network.edges.count) edges")
        }
    }
}
