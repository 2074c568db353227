import Index
import Network
import SQLiteDB
import TestSupport

/// A small index written row by row: two people, two organisations, two places, three articles.
///
/// - Seymur Nasirov (alias "Nasirov") is chairman of the Patriot Association in articles 1 and 2, and
///   head of it in article 2; the association is in Egypt (article 1, by its name).
/// - `Tom "T" O'Neil & <Co> \ x` is a member of the Cultural Society in article 3 (2025); the society is
///   based in Edmonton (article 3). His name carries every character the writers must escape.
struct NetworkFixture {
    static let oddName = "Tom \"T\" O'Neil & <Co> \\ x"

    let directory: TemporaryDirectory
    let index: NewsIndex

    init() throws {
        directory = try TemporaryDirectory()
        index = try NewsIndex(path: directory.path("network.db"))
        let database = index.database
        for (id, published) in [(1, "2024-01-10"), (2, "2024-03-05"), (3, "2025-06-01")] {
            try database.execute("""
                INSERT INTO article (id, source_path, content_hash, published, text, word_count, ingested_at)
                VALUES (?, ?, ?, ?, 'Some words here.', 3, '2026-01-01T00:00:00Z')
                """, [id, "a\(id).txt", "hash\(id)", published])
            try database.execute("INSERT INTO sentence (id, article_id, position, paragraph, start, end) VALUES (?, ?, 0, 0, 0, 16)",
                                 [id, id])
        }
        let entities: [(Int, String, String, [String])] = [
            (1, "PERSON", "Seymur Nasirov", ["seymur nasirov", "nasirov"]),
            (2, "PERSON", Self.oddName, ["tom t oneil co x"]),
            (3, "ORG", "Patriot Association", ["patriot association"]),
            (4, "ORG", "Cultural Society", ["cultural society"]),
            (5, "PLACE", "Egypt", ["egypt"]),
            (6, "PLACE", "Edmonton", ["edmonton"]),
        ]
        for (id, type, name, keys) in entities {
            try database.execute("INSERT INTO entity (id, type, name, key) VALUES (?, ?, ?, ?)", [id, type, name, keys[0]])
            for key in keys {
                try database.execute("INSERT INTO alias (entity_id, name, key) VALUES (?, ?, ?)", [id, key, key])
            }
        }
        for (article, person, org, role) in [(1, 1, 3, "chairman"), (2, 1, 3, "chairman"), (2, 1, 3, "head"), (3, 2, 4, "member")] {
            try database.execute("""
                INSERT INTO affiliation (article_id, person_id, org_id, sentence_id, role, role_key) VALUES (?, ?, ?, ?, ?, ?)
                """, [article, person, org, article, role, role])
        }
        for (article, org, place, evidence) in [(1, 3, 5, "name"), (3, 4, 6, "based")] {
            try database.execute("INSERT INTO org_place (article_id, org_id, place_id, evidence) VALUES (?, ?, ?, ?)",
                                 [article, org, place, evidence])
        }
    }

    /// The fixture's network under `filters`.
    func network(_ filters: QueryFilters = QueryFilters()) throws -> EntityNetwork {
        try EntityNetwork(index: index, filters: filters)
    }
}
