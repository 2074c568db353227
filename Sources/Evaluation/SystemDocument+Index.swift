import Extraction
public import Index
import SQLiteDB

extension SystemDocument {
    /// One document per article of the index, sorted by id (code point order, then ingest order).
    ///
    /// ```swift
    /// let index = try NewsIndex(path: "newsdex.db", readOnly: true)
    /// for document in try SystemDocument.documents(in: index) { print(document.jsonLine) }
    /// ```
    ///
    /// - `id`: the source file name without its extension (``articleID(sourcePath:)``).
    /// - `date`: `article.published`.
    /// - `entities`: each distinct entity the article mentions, in order of first mention, then those
    ///   that appear only as an affiliation end or a quote speaker; named as this article names it
    ///   (`article_entity.name`, the article's longest form; `entity.name` where that is missing; for a
    ///   DATE, its ISO `calendar_date.value`). Two entities of the same type and name are written once:
    ///   the scorer would count the second as a false alarm.
    /// - `affiliations`: the article's rows, in the order they were stored; the role as written.
    /// - `quotes`: the article's quotes in stored order, each once, with its first speaker (see
    ///   ``init(id:analysis:)`` for why one line per quote, not one per speaker), or a null speaker.
    ///
    /// Entities are document level, as FORMAT.md says: an entity's canonical name in the index may be a
    /// form of another article ("Great Britain" where this one writes "Britain"), so each article names it
    /// by its own form.
    ///
    /// - Complexity: five queries over the whole index, then O(rows).
    public static func documents(in index: NewsIndex) throws -> [SystemDocument] {
        let database = index.database
        var names: [Int64: Entity] = [:]
        for row in try database.query("""
            SELECT entity.id, entity.type, entity.name, calendar_date.value
            FROM entity LEFT JOIN calendar_date ON calendar_date.entity_id = entity.id
            """) {
            guard let id = row[0].integer, let type = row[1].text, let name = row[2].text else { continue }
            names[id] = Entity(type: type, name: type == EntityType.date.rawValue ? row[3].text ?? name : name)
        }

        var builders: [Int64: Builder] = [:]
        var order: [Int64] = []
        for row in try database.query("SELECT id, source_path, published FROM article ORDER BY id") {
            guard let id = row[0].integer else { continue }
            builders[id] = Builder(id: articleID(sourcePath: row[1].text ?? ""), date: row[2].text)
            order.append(id)
        }
        // The entity as `article` names it (its mentions come first, so their names are known by then).
        func named(_ entity: Int64?, in article: Int64) -> Entity? {
            guard let entity, let found = names[entity] else { return nil }
            guard found.type != EntityType.date.rawValue, let name = builders[article]?.articleNames[entity] else { return found }
            return Entity(type: found.type, name: name)
        }
        for row in try database.query("""
            SELECT m.article_id, m.entity_id, min(m.start) AS first_start, ae.name
            FROM mention m LEFT JOIN article_entity ae ON ae.article_id = m.article_id AND ae.entity_id = m.entity_id
            GROUP BY m.article_id, m.entity_id ORDER BY m.article_id, first_start, m.entity_id
            """) {
            guard let article = row[0].integer, let entityID = row[1].integer else { continue }
            if let name = row[3].text { builders[article]?.articleNames[entityID] = name }
            if let entity = named(entityID, in: article) { builders[article]?.add(entity) }
        }
        for row in try database.query(
            "SELECT article_id, person_id, org_id, role FROM affiliation ORDER BY article_id, id") {
            guard let article = row[0].integer,
                  let person = named(row[1].integer, in: article),
                  let org = named(row[2].integer, in: article) else { continue }
            builders[article]?.affiliations.append(Affiliation(person: person.name, org: org.name, role: row[3].text))
            builders[article]?.add(person)
            builders[article]?.add(org)
        }
        var speakers: [Int64: [Entity]] = [:]
        for row in try database.query("""
            SELECT qs.quote_id, qs.entity_id, q.article_id FROM quote_speaker qs JOIN quote q ON q.id = qs.quote_id
            ORDER BY qs.quote_id, qs.rowid
            """) {
            guard let quote = row[0].integer, let article = row[2].integer, let entity = named(row[1].integer, in: article) else { continue }
            speakers[quote, default: []].append(entity)
        }
        for row in try database.query("SELECT id, article_id, text FROM quote ORDER BY article_id, id") {
            guard let quote = row[0].integer, let article = row[1].integer else { continue }
            let quoteSpeakers = speakers[quote] ?? []
            builders[article]?.quotes.append(Quote(speaker: quoteSpeakers.first?.name, text: row[2].text ?? ""))
            for speaker in quoteSpeakers { builders[article]?.add(speaker) }
        }

        let documents = order.compactMap { builders[$0]?.document }
        return documents.enumerated().sorted { lhs, rhs in
            if lhs.element.id != rhs.element.id {
                return lhs.element.id.unicodeScalars.lexicographicallyPrecedes(rhs.element.id.unicodeScalars)
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The article id of a source path: the file name without its extension.
    ///
    /// ```swift
    /// SystemDocument.articleID(sourcePath: "seeds/000_8cefabb49d12b7f0.txt")   // "000_8cefabb49d12b7f0"
    /// SystemDocument.articleID(sourcePath: "2024/a.b.txt")                     // "a.b"
    /// SystemDocument.articleID(sourcePath: "-")                                // "-" (standard input)
    /// ```
    public static func articleID(sourcePath: String) -> String {
        var path = Substring(sourcePath)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }
}

/// Collects one article's lines, each entity once, in the order first added: every mention is added
/// before any affiliation end or speaker, so those named only there come last.
private struct Builder {
    let id: String
    let date: String?
    var entities: [SystemDocument.Entity] = []
    var affiliations: [SystemDocument.Affiliation] = []
    var quotes: [SystemDocument.Quote] = []
    /// The article's own name of each entity it mentions (`article_entity.name`).
    var articleNames: [Int64: String] = [:]
    private var seen: Set<SystemDocument.Entity> = []

    init(id: String, date: String?) {
        self.id = id
        self.date = date
    }

    mutating func add(_ entity: SystemDocument.Entity) {
        if seen.insert(entity).inserted { entities.append(entity) }
    }

    var document: SystemDocument {
        SystemDocument(id: id, date: date, entities: entities, affiliations: affiliations, quotes: quotes)
    }
}

extension SQLValue {
    fileprivate var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    fileprivate var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }
}
