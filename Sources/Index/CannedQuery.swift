public import SQLiteDB
import Extraction
import Lexicon

/// Filters a canned query may take; each is bound as a parameter, never spliced into SQL.
public struct QueryFilters: Sendable {
    /// The entity a query is about ("mentions", "cooccurrence", "timeline", "articles"), matched on any alias.
    public var entity: String?
    /// Entity type, for "entities".
    public var type: String?
    public var person: String?
    public var organization: String?
    public var place: String?
    /// Inclusive ISO date bounds on the article's publication date.
    public var from: String?
    public var to: String?
    /// Full-text search words (FTS5 syntax), for "articles" and "quotes".
    public var words: String?
    public var limit: Int

    public init(entity: String? = nil, type: String? = nil, person: String? = nil, organization: String? = nil,
                place: String? = nil, from: String? = nil, to: String? = nil, words: String? = nil, limit: Int = 100) {
        self.entity = entity
        self.type = type
        self.person = person
        self.organization = organization
        self.place = place
        self.from = from
        self.to = to
        self.words = words
        self.limit = limit
    }
}

/// Column names and rows of a query's answer.
public struct QueryResult: Sendable {
    public let columns: [String]
    public let rows: [[SQLValue]]

    public init(columns: [String], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// The questions `newsdex query NAME` answers. Each is one static SQL statement with named parameters.
public enum CannedQuery: String, CaseIterable, Sendable {
    case entities, people, organizations, places, dates, mentions, cooccurrence, articles, spokespeople, quotes, timeline

    /// One line for `--help` and the README.
    public var summary: String {
        switch self {
        case .entities: "entities of every type (or --type) with mention and article counts"
        case .people: "people with mention and article counts"
        case .organizations: "organisations with mention and article counts, and where they are"
        case .places: "places with GeoNames id, country and mention counts"
        case .dates: "calendar dates the articles name, with article counts"
        case .mentions: "every mention of one entity (ENTITY), with its sentence"
        case .cooccurrence: "entities named in the same articles as ENTITY"
        case .articles: "articles, filtered by --entity, --from/--to and --words (full text)"
        case .spokespeople: "who spoke for which group: person, role, organisation, place, dates, quotes"
        case .quotes: "quotes with their speakers, filtered by --person, --org and --words"
        case .timeline: "articles per publication date (of ENTITY, if given)"
        }
    }

    /// Whether the query needs an entity name.
    public var needsEntity: Bool { self == .mentions || self == .cooccurrence }

    /// Articles (alias `ar`) published between :from and :to, either of which may be NULL.
    public static let dateFilter = "(:from IS NULL OR ar.published >= :from) AND (:to IS NULL OR ar.published <= :to)"

    /// Affiliations (alias `a`, article `ar`) of :person in :org located at :place, within the dates; any
    /// parameter may be NULL. One filter for `query spokespeople` and `newsdex graph`.
    public static let affiliationFilter = """
        (:person IS NULL OR a.person_id IN \(matching(":person")))
          AND (:org IS NULL OR a.org_id IN \(matching(":org")))
          AND (:place IS NULL OR a.org_id IN (SELECT org_id FROM org_place WHERE place_id IN \(matching(":place"))))
          AND \(dateFilter)
        """

    /// SQL for the entities with an alias whose key is the name parameter's key; when none has, the
    /// entities with an alias containing it as whole words ("aliyev" finds "Ilham Aliyev", not "Aliyeva").
    /// One rule for every name filter of newsdex (canned queries, graph).
    public static func matching(_ parameter: String) -> String {
        """
        (SELECT entity_id FROM alias WHERE key = \(parameter)
         UNION SELECT entity_id FROM alias WHERE NOT EXISTS (SELECT 1 FROM alias WHERE key = \(parameter))
           AND instr(' ' || key || ' ', ' ' || \(parameter) || ' ') > 0)
        """
    }

    /// The statement; parameters are :entity :type :person :org :place :from :to :words :limit.
    public var sql: String {
        let dateFilter = Self.dateFilter
        switch self {
        case .entities, .people, .organizations, .dates:
            let type: String = switch self {
            case .people: "'PERSON'"
            case .organizations: "'ORG'"
            case .dates: "'DATE'"
            default: ":type"
            }
            let extra = self == .organizations
                ? ", (SELECT group_concat(DISTINCT pl.name) FROM org_place op JOIN entity pl ON pl.id = op.place_id WHERE op.org_id = e.id) AS places"
                : ""
            return """
                SELECT e.type, e.name, count(*) AS mentions, count(DISTINCT m.article_id) AS articles\(extra)
                FROM entity e JOIN mention m ON m.entity_id = e.id
                WHERE (\(type) IS NULL OR e.type = \(type))
                GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name LIMIT :limit
                """
        case .places:
            return """
                SELECT e.name, p.kind, p.country_code, p.geonames_id, p.latitude, p.longitude,
                       count(*) AS mentions, count(DISTINCT m.article_id) AS articles
                FROM entity e JOIN mention m ON m.entity_id = e.id LEFT JOIN place p ON p.entity_id = e.id
                WHERE e.type = 'PLACE'
                GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name LIMIT :limit
                """
        case .mentions:
            return """
                SELECT e.name AS entity, ar.source_path AS article, ar.published, m.text, m.start, m.end,
                       substr(ar.text, s.start + 1, s.end - s.start) AS sentence
                FROM mention m JOIN entity e ON e.id = m.entity_id JOIN article ar ON ar.id = m.article_id
                JOIN sentence s ON s.id = m.sentence_id
                WHERE m.entity_id IN \(Self.matching(":entity")) AND \(dateFilter)
                ORDER BY ar.published, ar.id, m.start LIMIT :limit
                """
        case .cooccurrence:
            return """
                SELECT other.type, other.name, count(DISTINCT m2.article_id) AS shared_articles
                FROM mention m1 JOIN mention m2 ON m2.article_id = m1.article_id AND m2.entity_id <> m1.entity_id
                JOIN entity other ON other.id = m2.entity_id JOIN article ar ON ar.id = m1.article_id
                WHERE m1.entity_id IN \(Self.matching(":entity")) AND other.type <> 'DATE' AND \(dateFilter)
                GROUP BY other.id ORDER BY shared_articles DESC, other.name LIMIT :limit
                """
        case .articles:
            return """
                SELECT ar.id, ar.published, ar.source_path, ar.dateline, ar.word_count,
                       (SELECT count(DISTINCT entity_id) FROM mention WHERE article_id = ar.id) AS entities
                FROM article ar
                WHERE (:entity IS NULL OR ar.id IN (SELECT article_id FROM mention WHERE entity_id IN \(Self.matching(":entity"))))
                  AND (:words IS NULL OR ar.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH :words))
                  AND \(dateFilter)
                ORDER BY ar.published, ar.id LIMIT :limit
                """
        case .spokespeople:
            return """
                SELECT p.name AS person, group_concat(DISTINCT a.role_key) AS role, o.name AS organization,
                       (SELECT group_concat(DISTINCT pl.name) FROM org_place op JOIN entity pl ON pl.id = op.place_id
                         WHERE op.org_id = o.id) AS org_place,
                       count(DISTINCT a.article_id) AS articles, min(ar.published) AS first_date, max(ar.published) AS last_date,
                       (SELECT count(*) FROM quote_speaker qs WHERE qs.entity_id = p.id) AS quotes
                FROM affiliation a JOIN entity p ON p.id = a.person_id JOIN entity o ON o.id = a.org_id
                JOIN article ar ON ar.id = a.article_id
                WHERE \(Self.affiliationFilter)
                GROUP BY p.id, o.id ORDER BY articles DESC, p.name, o.name LIMIT :limit
                """
        case .quotes:
            return """
                SELECT ar.published, ar.source_path AS article,
                       (SELECT group_concat(e.name, '; ') FROM quote_speaker qs JOIN entity e ON e.id = qs.entity_id
                         WHERE qs.quote_id = q.id) AS speaker,
                       q.text
                FROM quote q JOIN article ar ON ar.id = q.article_id
                WHERE (:person IS NULL OR q.id IN (SELECT quote_id FROM quote_speaker WHERE entity_id IN \(Self.matching(":person"))))
                  AND (:org IS NULL OR q.id IN (SELECT quote_id FROM quote_speaker WHERE entity_id IN \(Self.matching(":org"))
                        OR entity_id IN (SELECT person_id FROM affiliation WHERE org_id IN \(Self.matching(":org")))))
                  AND (:words IS NULL OR q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH :words))
                  AND \(dateFilter)
                ORDER BY ar.published, ar.id, q.start LIMIT :limit
                """
        case .timeline:
            return """
                SELECT ar.published, count(DISTINCT ar.id) AS articles, count(m.id) AS mentions
                FROM article ar LEFT JOIN mention m ON m.article_id = ar.id
                  AND (:entity IS NULL OR m.entity_id IN \(Self.matching(":entity")))
                WHERE (:entity IS NULL OR m.id IS NOT NULL) AND \(dateFilter)
                GROUP BY ar.published ORDER BY ar.published LIMIT :limit
                """
        }
    }

    /// Runs the query on `index` with `filters`.
    public func run(on index: NewsIndex, filters: QueryFilters) throws -> QueryResult {
        let statement = try index.database.cachedStatement(sql)
        func key(_ name: String?) -> (any SQLBindable)? { name.map(NameKey.make) }
        let parameters: [(String, (any SQLBindable)?)] = [
            (":entity", key(filters.entity)), (":type", filters.type?.uppercased()), (":person", key(filters.person)),
            (":org", key(filters.organization)), (":place", key(filters.place)), (":from", filters.from),
            (":to", filters.to), (":words", filters.words), (":limit", filters.limit),
        ]
        for (name, value) in parameters where sql.contains(name) {
            statement.bind(value, named: name)
        }
        var rows: [[SQLValue]] = []
        while try statement.step() {
            rows.append((0..<statement.columnCount).map(statement.value(at:)))
        }
        statement.reset()
        return QueryResult(columns: statement.columnNames, rows: rows)
    }
}
