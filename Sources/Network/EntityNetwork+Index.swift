public import Index
import SQLiteDB

extension EntityNetwork {
    /// The network of the affiliations in `index` that pass `filters`, with the places of their
    /// organisations.
    ///
    /// The filters are those of `newsdex query spokespeople`, bound as parameters: `person`, `organization`
    /// and `place` match any alias of an entity (case- and accent-folded; whole words when no alias matches
    /// exactly), `place` keeps organisations stated to be at that place, and `from`/`to` bound the
    /// articles' publication dates (inclusive ISO strings). Location edges come from the articles within
    /// the same dates, for the organisations that have an affiliation edge. Other fields of `filters` are
    /// ignored.
    ///
    /// - Complexity: two queries; O(matching affiliation rows + org_place rows).
    public init(index: NewsIndex, filters: QueryFilters) throws {
        let database = index.database
        let parameters = filters.parameters

        var nodes: [String: NetworkNode] = [:]
        var affiliations: [EdgeKey: EdgeTally] = [:]
        let shape = FilterShape(filters)
        let affiliationRows = try database.prepare(Self.affiliationSQL(shape))
        affiliationRows.bind(namedIfUsed: parameters)
        while try affiliationRows.step() {
            guard case .integer(let personID) = affiliationRows.value(at: 0),
                  case .text(let personName) = affiliationRows.value(at: 1),
                  case .integer(let orgID) = affiliationRows.value(at: 2),
                  case .text(let orgName) = affiliationRows.value(at: 3),
                  case .integer(let article) = affiliationRows.value(at: 5) else { continue }
            let person = NetworkNode(kind: .person, entityID: personID, label: personName)
            let org = NetworkNode(kind: .organization, entityID: orgID, label: orgName)
            nodes[person.id] = person
            nodes[org.id] = org
            var role: String?
            if case .text(let key) = affiliationRows.value(at: 4) { role = key }
            affiliations[EdgeKey(source: person.id, target: org.id), default: EdgeTally()].add(label: role, article: article)
        }

        var locations: [EdgeKey: EdgeTally] = [:]
        let placeRows = try database.prepare(Self.locationSQL(shape))
        placeRows.bind(namedIfUsed: parameters)
        while try placeRows.step() {
            guard case .integer(let orgID) = placeRows.value(at: 0),
                  case .integer(let placeID) = placeRows.value(at: 1),
                  case .text(let placeName) = placeRows.value(at: 2),
                  case .text(let evidence) = placeRows.value(at: 3),
                  case .integer(let article) = placeRows.value(at: 4) else { continue }
            let orgKey = NetworkNode.id(.organization, orgID)
            guard nodes[orgKey] != nil else { continue }
            let place = NetworkNode(kind: .place, entityID: placeID, label: placeName)
            nodes[place.id] = place
            locations[EdgeKey(source: orgKey, target: place.id), default: EdgeTally()]
                .add(label: Self.phrase(evidence: evidence), article: article)
        }

        let edges = affiliations.map { $0.key.edge(.affiliation, $0.value) } + locations.map { $0.key.edge(.location, $0.value) }
        self.init(nodes: Array(nodes.values), edges: edges)
    }

    /// How an `org_place.evidence` value reads on an edge.
    private static func phrase(evidence: String) -> String {
        switch evidence {
        case "name": "in its name"
        case "operating": "operates in"
        case "based": "based in"
        case "dateline": "dateline"
        default: evidence
        }
    }


    /// One row per affiliation passing the filters: person id and name, org id and name, role key, article.
    private static func affiliationSQL(_ shape: FilterShape) -> String {
        """
        SELECT a.person_id, p.name, a.org_id, o.name, a.role_key, a.article_id
        FROM affiliation a JOIN entity p ON p.id = a.person_id JOIN entity o ON o.id = a.org_id
        JOIN article ar ON ar.id = a.article_id
        WHERE \(shape.affiliationCondition)
        """
    }

    /// One row per organisation place stated within the dates: org id, place id and name, evidence, article.
    private static func locationSQL(_ shape: FilterShape) -> String {
        """
        SELECT op.org_id, op.place_id, pl.name, op.evidence, op.article_id
        FROM org_place op JOIN entity pl ON pl.id = op.place_id JOIN article ar ON ar.id = op.article_id
        WHERE \(shape.dateCondition)
        """
    }
}

/// The two ends of an edge, while edges are being counted.
private struct EdgeKey: Hashable {
    let source: String
    let target: String

    func edge(_ relation: NetworkEdge.Relation, _ tally: EdgeTally) -> NetworkEdge {
        NetworkEdge(source: source, target: target, relation: relation, labels: tally.labels, articles: tally.articles.count)
    }
}

/// The articles stating an edge and how often each label was given.
private struct EdgeTally {
    var articles: Set<Int64> = []
    var labelCounts: [String: Int] = [:]

    mutating func add(label: String?, article: Int64) {
        articles.insert(article)
        if let label, !label.isEmpty { labelCounts[label, default: 0] += 1 }
    }

    /// Labels by how often they were given, then alphabetically.
    var labels: [String] {
        labelCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }
}
