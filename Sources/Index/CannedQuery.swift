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

    /// The filters as SQL parameters (`:entity` … `:words`, then `:limit`): names as alias keys, the type
    /// upper-cased, nil for a filter not given. Statements bind the ones they use.
    public var parameters: [(name: String, value: (any SQLBindable)?)] {
        func key(_ name: String?) -> (any SQLBindable)? { name.map(NameKey.make) }
        return [
            (":entity", key(entity)), (":type", type?.uppercased()), (":person", key(person)),
            (":org", key(organization)), (":place", key(place)), (":from", from), (":to", to), (":words", words),
            (":limit", limit),
        ]
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

/// Which filters a statement is written for: the filters given (each as a plain condition, so the planner
/// can drive the query by it, and the ones not given left out), or every filter as an optional parameter
/// (`:p IS NULL OR …`) for one statement that serves any combination — the form Datasette gets.
public struct FilterShape: Sendable, Equatable {
    /// The parameters given (":entity", ":type", ":person", ":org", ":place", ":from", ":to", ":words"),
    /// or nil for every one optional.
    public let given: Set<String>?

    /// Every filter optional.
    public static let optional = FilterShape(given: nil)

    /// The shape of `filters`: the ones that are set.
    public init(_ filters: QueryFilters) {
        given = Set(filters.parameters.filter { $0.name != ":limit" && $0.value != nil }.map(\.name))
    }

    init(given: Set<String>?) {
        self.given = given
    }

    /// Whether the statement must handle `parameter` (always, when every filter is optional).
    func has(_ parameter: String) -> Bool { given?.contains(parameter) ?? true }

    /// `condition` when `parameter` is given, wrapped as `(parameter IS NULL OR condition)` when every filter
    /// is optional, and nil when `parameter` is not given.
    func condition(_ parameter: String, _ condition: String) -> String? {
        guard has(parameter) else { return nil }
        return given == nil ? "(\(parameter) IS NULL OR \(condition))" : condition
    }

    /// The conditions joined with AND ("1" when there is none).
    static func all(_ conditions: [String?]) -> String {
        let present = conditions.compactMap { $0 }
        return present.isEmpty ? "1" : present.joined(separator: "\n  AND ")
    }

    /// Articles (alias `ar`) published between :from and :to.
    func dates() -> [String?] {
        [condition(":from", "ar.published >= :from"), condition(":to", "ar.published <= :to")]
    }

    /// Articles (alias `ar`) published between :from and :to, as one condition.
    public var dateCondition: String { Self.all(dates()) }

    /// Affiliations (alias `a`, article `ar`) of :person in :org located at :place, within the dates. One
    /// filter for `query spokespeople` and `newsdex graph`.
    public var affiliationCondition: String {
        Self.all([
            condition(":person", "a.person_id IN \(CannedQuery.matching(":person"))"),
            condition(":org", "a.org_id IN \(CannedQuery.matching(":org"))"),
            condition(":place", "a.org_id IN (SELECT org_id FROM org_place WHERE place_id IN \(CannedQuery.matching(":place")))"),
        ] + dates())
    }
}

/// The questions `newsdex query NAME` answers. Each is a statement with named parameters, written for the
/// filters given (see ``FilterShape``).
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

    /// SQL for the entities with an alias whose key is the name parameter's key; when none has, the
    /// entities with an alias containing its words in a row as whole words ("aliyev" finds "Ilham Aliyev",
    /// not "Aliyeva"), found through `alias_fts` with the name as one quoted phrase (NULL: the empty
    /// phrase, which matches nothing). One rule for every name filter of newsdex (canned queries, graph).
    public static func matching(_ parameter: String) -> String {
        """
        (SELECT entity_id FROM alias WHERE key = \(parameter)
         UNION SELECT entity_id FROM alias WHERE NOT EXISTS (SELECT 1 FROM alias WHERE key = \(parameter))
           AND id IN (SELECT rowid FROM alias_fts WHERE alias_fts MATCH '"' || coalesce(replace(\(parameter), '"', '""'), '') || '"'))
        """
    }

    /// The statement with every filter optional; parameters are :entity :type :person :org :place :from :to
    /// :words :limit.
    public var sql: String { sql(for: .optional) }

    /// The statement for `shape`: only the filters given take part, so each is answered through indexes.
    ///
    /// Listings without filters read the counts the schema's triggers keep (`entity.article_count`,
    /// `affiliation_pair`, `article.mention_count`) in index order and stop at the limit.
    public func sql(for shape: FilterShape) -> String {
        let conditions = FilterShape.all
        switch self {
        case .entities:
            guard shape.has(":type") else {
                // The first rows of each type's ranking, merged: every part is read in index order.
                let parts = EntityType.allCases.map { "SELECT * FROM (\(Self.ranking(type: "'\($0.rawValue)'")))" }
                return parts.joined(separator: "\nUNION ALL ") + "\nORDER BY articles DESC, mentions DESC, name LIMIT :limit"
            }
            return Self.ranking(type: ":type", optional: shape.given == nil)
        case .people: return Self.ranking(type: "'PERSON'")
        case .organizations:
            return Self.ranking(type: "'ORG'", extra: ", (SELECT group_concat(DISTINCT pl.name) FROM org_place op JOIN entity pl ON pl.id = op.place_id WHERE op.org_id = e.id) AS places")
        case .dates: return Self.ranking(type: "'DATE'")
        case .places:
            return Self.ranking(type: "'PLACE'", columns: "e.name, p.kind, p.country_code, p.geonames_id, p.latitude, p.longitude",
                                join: "LEFT JOIN place p ON p.entity_id = e.id")
        case .mentions:
            // The page of mentions first, dated through article_day (the article rows hold the text and are
            // large); the sentence, cut from the text, only for the mentions on it.
            return """
                SELECT e.name AS entity, ar.source_path AS article, ar.published, m.text, m.start, m.end,
                       substr(ar.text, s.start + 1, s.end - s.start) AS sentence
                FROM (SELECT m.id FROM mention m JOIN article ar INDEXED BY article_day ON ar.id = m.article_id
                      WHERE \(conditions(["m.entity_id IN \(Self.matching(":entity"))"] + shape.dates()))
                      ORDER BY ar.published, ar.id, m.start LIMIT :limit) AS page
                JOIN mention m ON m.id = page.id JOIN entity e ON e.id = m.entity_id JOIN article ar ON ar.id = m.article_id
                JOIN sentence s ON s.id = m.sentence_id
                ORDER BY ar.published, ar.id, m.start
                """
        case .cooccurrence:
            return """
                SELECT other.type, other.name, pairs.shared_articles
                FROM (SELECT e2.entity_id, count(*) AS shared_articles
                      \(Self.cooccurringRows(shape))
                      GROUP BY e2.entity_id) AS pairs
                JOIN entity other ON other.id = pairs.entity_id
                WHERE other.type <> 'DATE'
                ORDER BY pairs.shared_articles DESC, other.name LIMIT :limit
                """
        case .articles:
            // The page of article ids first; the entity count only for the articles on it. Words alone walk
            // the dates in order and keep the matching articles (a common word fills the page at once, a rare
            // one costs one pass over the index, never a sort of every match).
            // An entity's articles are dated through article_day, without reading their rows.
            let index = shape.given == nil ? "" : shape.has(":entity") ? " INDEXED BY article_day"
                : shape.has(":words") ? " INDEXED BY article_published" : ""
            return """
                SELECT ar.id, ar.published, ar.source_path, ar.dateline, ar.word_count,
                       (SELECT count(*) FROM article_entity WHERE article_id = ar.id) AS entities
                FROM (SELECT ar.id FROM article ar\(index)
                      WHERE \(conditions([
                          shape.condition(":entity", "ar.id IN (SELECT article_id FROM article_entity WHERE entity_id IN \(Self.matching(":entity")))"),
                          shape.condition(":words", "ar.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH :words)"),
                      ] + shape.dates()))
                      ORDER BY ar.published, ar.id LIMIT :limit) AS page
                JOIN article ar ON ar.id = page.id
                ORDER BY ar.published, ar.id
                """
        case .spokespeople:
            // The page of pairs first (most articles, then most recent); roles, places and quotes only for the
            // pairs on it.
            let page: String
            let datesGiven = shape.has(":from") || shape.has(":to")
            if !datesGiven {
                // No dates: the totals of affiliation_pair hold the answer, read in affiliation_pair_rank order.
                page = """
                    SELECT a.person_id, a.org_id, a.article_count AS articles, a.first_published AS first_date,
                           a.last_published AS last_date
                    FROM affiliation_pair a JOIN entity p ON p.id = a.person_id JOIN entity o ON o.id = a.org_id
                    WHERE \(shape.affiliationCondition)
                    ORDER BY a.article_count DESC, a.last_published DESC, p.name, o.name LIMIT :limit
                    """
            } else {
                // Dates alone: the articles in the range lead (CROSS JOIN keeps that order); a name leads otherwise.
                let byName = shape.has(":person") || shape.has(":org") || shape.has(":place")
                page = """
                    SELECT a.person_id, a.org_id, count(DISTINCT a.article_id) AS articles, min(ar.published) AS first_date,
                           max(ar.published) AS last_date
                    FROM \(byName ? "affiliation a JOIN article ar ON ar.id = a.article_id" : "article ar CROSS JOIN affiliation a ON a.article_id = ar.id")
                    JOIN entity p ON p.id = a.person_id JOIN entity o ON o.id = a.org_id
                    WHERE \(shape.affiliationCondition)
                    GROUP BY a.person_id, a.org_id ORDER BY articles DESC, last_date DESC, p.name, o.name LIMIT :limit
                    """
            }
            return """
                SELECT p.name AS person,
                       (SELECT group_concat(DISTINCT a.role_key) FROM affiliation a\(datesGiven ? " JOIN article ar ON ar.id = a.article_id" : "")
                         WHERE a.person_id = page.person_id AND a.org_id = page.org_id AND \(conditions(shape.dates()))) AS role,
                       o.name AS organization,
                       (SELECT group_concat(DISTINCT pl.name) FROM org_place op JOIN entity pl ON pl.id = op.place_id
                         WHERE op.org_id = o.id) AS org_place,
                       page.articles, page.first_date, page.last_date,
                       (SELECT count(*) FROM quote_speaker qs WHERE qs.entity_id = p.id) AS quotes
                FROM (\(page)) AS page
                JOIN entity p ON p.id = page.person_id JOIN entity o ON o.id = page.org_id
                ORDER BY page.articles DESC, page.last_date DESC, p.name, o.name
                """
        case .quotes:
            // Without a speaker or words the articles lead, in date order (CROSS JOIN keeps that order), and the
            // listing stops at the limit.
            let bySelection = shape.has(":person") || shape.has(":org") || shape.has(":words")
            return """
                SELECT ar.published, ar.source_path AS article,
                       (SELECT group_concat(e.name, '; ') FROM quote_speaker qs JOIN entity e ON e.id = qs.entity_id
                         WHERE qs.quote_id = q.id) AS speaker,
                       q.text
                FROM \(bySelection ? "quote q JOIN article ar ON ar.id = q.article_id" : "article ar CROSS JOIN quote q ON q.article_id = ar.id")
                WHERE \(conditions([
                    shape.condition(":person", "q.id IN (SELECT quote_id FROM quote_speaker WHERE entity_id IN \(Self.matching(":person")))"),
                    shape.condition(":org", "q.id IN (SELECT quote_id FROM quote_speaker WHERE entity_id IN \(Self.matching(":org"))"
                        + " OR entity_id IN (SELECT person_id FROM affiliation WHERE org_id IN \(Self.matching(":org"))))"),
                    shape.condition(":words", "q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH :words)"),
                ] + shape.dates()))
                ORDER BY ar.published, ar.id, q.start LIMIT :limit
                """
        case .timeline:
            guard shape.has(":entity") else {
                return """
                    SELECT ar.published, count(*) AS articles, sum(ar.mention_count) AS mentions
                    FROM article ar
                    WHERE \(conditions(shape.dates()))
                    GROUP BY ar.published ORDER BY ar.published LIMIT :limit
                    """
            }
            return """
                SELECT ar.published, count(DISTINCT ar.id) AS articles, sum(ae.mention_count) AS mentions
                FROM article_entity ae JOIN article ar INDEXED BY article_day ON ar.id = ae.article_id
                WHERE \(conditions([shape.condition(":entity", "ae.entity_id IN \(Self.matching(":entity"))")] + shape.dates()))
                GROUP BY ar.published ORDER BY ar.published LIMIT :limit
                """
        }
    }

    /// The articles naming ENTITY (within the dates), then the other entities each names: one `article_entity`
    /// row (alias `e2`) per other entity per article, from `FROM` to the end of `WHERE`.
    static func cooccurringRows(_ shape: FilterShape) -> String {
        let datesGiven = shape.has(":from") || shape.has(":to")
        return """
            FROM (SELECT DISTINCT e1.article_id
                  FROM article_entity e1\(datesGiven ? " JOIN article ar ON ar.id = e1.article_id" : "")
                  WHERE \(FilterShape.all(["e1.entity_id IN \(Self.matching(":entity"))"] + shape.dates()))) AS named
            JOIN article_entity e2 ON e2.article_id = named.article_id
            WHERE e2.entity_id NOT IN \(Self.matching(":entity"))
            """
    }

    /// Entities of `type` ranked by articles, then mentions, then name: the page of ids read through
    /// `entity_rank` in order, then `columns` (and `extra` ones, and `join`) for the entities on it.
    private static func ranking(type: String, optional: Bool = false, columns: String = "e.type, e.name",
                                join: String = "", extra: String = "") -> String {
        """
        SELECT \(columns), e.mention_count AS mentions, e.article_count AS articles\(extra)
        FROM (SELECT id FROM entity
              WHERE \(optional ? "(\(type) IS NULL OR type = \(type))" : "type = \(type)") AND article_count > 0
              ORDER BY article_count DESC, mention_count DESC, name LIMIT :limit) AS page
        JOIN entity e ON e.id = page.id \(join)
        ORDER BY e.article_count DESC, e.mention_count DESC, e.name
        """
    }

    /// Runs the query on `index` with `filters`, through the statement written for them.
    ///
    /// `cooccurrence` counts the shared articles in Swift (see ``countCooccurrence(on:filters:)``): the same
    /// answer as its statement, without SQLite's sort of every row it counts.
    public func run(on index: NewsIndex, filters: QueryFilters) throws -> QueryResult {
        if self == .cooccurrence { return try Self.countCooccurrence(on: index, filters: filters) }
        return try run(on: index, filters: filters, sql: sql(for: FilterShape(filters)))
    }

    /// Runs `sql`, one of this query's statements, with `filters` bound.
    func run(on index: NewsIndex, filters: QueryFilters, sql: String) throws -> QueryResult {
        let statement = try index.database.cachedStatement(sql)
        statement.bind(namedIfUsed: filters.parameters)
        var rows: [[SQLValue]] = []
        while try statement.step() {
            rows.append((0..<statement.columnCount).map(statement.value(at:)))
        }
        statement.reset()
        return QueryResult(columns: statement.columnNames, rows: rows)
    }
}
