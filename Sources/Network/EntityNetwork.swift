/// The person — organisation — place network: who speaks for which group, and where the group is.
///
/// Nodes are entities; an ``NetworkEdge/Relation/affiliation`` edge runs from a person to an organisation
/// (labelled with the roles the articles give), a ``NetworkEdge/Relation/location`` edge from an
/// organisation to a place. An edge's weight is the number of articles stating it.
///
/// ```swift
/// let index = try NewsIndex(path: "newsdex.db", readOnly: true)
/// let network = try EntityNetwork(index: index, filters: QueryFilters(organization: "CEC"))
/// print(DOTWriter.document(network))
/// ```
public struct EntityNetwork: Sendable, Equatable {
    /// Every node, people first, then organisations, then places, each group by label.
    public let nodes: [NetworkNode]
    /// Every edge: affiliations, then locations, each by weight (heaviest first), then by node labels.
    public let edges: [NetworkEdge]

    /// A network of exactly these nodes and edges, put in the documented order.
    ///
    /// - Precondition: every edge's ends are among `nodes`.
    public init(nodes: [NetworkNode], edges: [NetworkEdge]) {
        let labels = Dictionary(nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        precondition(edges.allSatisfy { labels[$0.source] != nil && labels[$0.target] != nil },
                     "an edge names a node the network lacks")
        self.nodes = nodes.sorted { ($0.kind.order, $0.label, $0.id) < ($1.kind.order, $1.label, $1.id) }
        self.edges = edges.sorted { lhs, rhs in
            if lhs.relation != rhs.relation { return lhs.relation == .affiliation }
            if lhs.articles != rhs.articles { return lhs.articles > rhs.articles }
            return (labels[lhs.source]!, labels[lhs.target]!, lhs.source, lhs.target)
                < (labels[rhs.source]!, labels[rhs.target]!, rhs.source, rhs.target)
        }
    }

    /// Whether the network has no node at all (no affiliation matched the filters).
    public var isEmpty: Bool { nodes.isEmpty }

    /// How many nodes are of `kind`.
    public func count(of kind: NetworkNode.Kind) -> Int {
        nodes.count(where: { $0.kind == kind })
    }
}

/// One entity in the network.
public struct NetworkNode: Sendable, Hashable {
    /// What sort of entity a node is.
    public enum Kind: String, Sendable, CaseIterable {
        case person, organization, place

        /// Where nodes of this kind come in ``EntityNetwork/nodes``.
        var order: Int {
            switch self {
            case .person: 0
            case .organization: 1
            case .place: 2
            }
        }
    }

    /// Stable identifier in the written graph: the kind and the entity's row id, as "person-12".
    public let id: String
    /// Whether the entity is a person, an organisation or a place.
    public let kind: Kind
    /// The entity's canonical name.
    public let label: String

    /// The node of entity row `entityID`.
    public init(kind: Kind, entityID: Int64, label: String) {
        self.id = Self.id(kind, entityID)
        self.kind = kind
        self.label = label
    }

    /// The id of the node of entity row `entityID`.
    static func id(_ kind: Kind, _ entityID: Int64) -> String {
        "\(kind.rawValue)-\(entityID)"
    }
}

/// One link between two nodes, with what the articles say about it.
public struct NetworkEdge: Sendable, Hashable {
    /// What an edge states.
    public enum Relation: String, Sendable, CaseIterable {
        /// A person holds a role in, or speaks for, an organisation (the `affiliation` table).
        case affiliation
        /// An organisation is at a place (the `org_place` table).
        case location
    }

    /// The id of the node the edge leaves: a person (affiliation) or an organisation (location).
    public let source: String
    /// The id of the node the edge reaches: an organisation (affiliation) or a place (location).
    public let target: String
    /// What the edge states.
    public let relation: Relation
    /// For an affiliation, the normalized roles ("chairman", "member"), most frequent first; empty when
    /// no article names one. For a location, how the articles state it ("based in", "in its name").
    public let labels: [String]
    /// The number of distinct articles stating the edge: its weight.
    public let articles: Int

    /// An edge from node id `source` to node id `target`, stated by `articles` articles.
    public init(source: String, target: String, relation: Relation, labels: [String], articles: Int) {
        self.source = source
        self.target = target
        self.relation = relation
        self.labels = labels
        self.articles = articles
    }

    /// The labels as one line, "chairman, member"; empty when there are none.
    public var label: String { labels.joined(separator: ", ") }
}
