import Foundation
import Testing
import Extraction
@testable import Index
import SQLiteDB
import TestSupport

/// Every canned query is answered through indexes: `EXPLAIN QUERY PLAN` of each, with its parameters bound,
/// shows no full scan of the tables that grow with the corpus.
@Suite struct QueryPlanTests {
    /// The tables whose size grows with the number of articles.
    static let bigTables: Set<String> = ["mention", "article_entity", "entity", "alias", "affiliation", "quote"]

    /// The parameters each query is asked with: the names and words a user gives.
    static let filters: [String: SQLValue] = [
        ":entity": .text("aliyev"), ":type": .text("PERSON"), ":person": .text("ilham aliyev"),
        ":org": .text("coordination council"), ":place": .text("canada"), ":from": .text("2020-01-01"),
        ":to": .text("2024-12-31"), ":words": .text("election"), ":limit": .integer(100),
    ]

    /// The filter combinations `query` is checked with: none, each one alone, all together (the entity
    /// always, for the queries that need one).
    static func shapes(of query: CannedQuery) -> [FilterShape] {
        let parameters = filters.keys.filter { $0 != ":limit" && query.sql.contains($0) }
        let required: Set<String> = query.needsEntity ? [":entity"] : []
        let combinations = [required, Set(parameters)] + parameters.map { required.union([$0]) }
        return Array(Set(combinations)).sorted { $0.sorted().joined() < $1.sorted().joined() }.map { FilterShape(given: $0) }
    }

    /// The plan's lines, from `EXPLAIN QUERY PLAN`, with `filters` bound.
    static func plan(of sql: String, in database: Database) throws -> [String] {
        try planTree(of: sql, in: database).map(\.detail)
    }

    /// The table each name in `sql` stands for: aliases (`FROM mention m`, `JOIN entity AS e`) and the tables themselves.
    static func tablesByAlias(in sql: String) -> [String: String] {
        let words = sql.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init)
        var map: [String: String] = [:]
        for (position, word) in words.enumerated() where ["FROM", "JOIN"].contains(word.uppercased()) && position + 1 < words.count {
            let table = words[position + 1]
            map[table] = table
            var aliasPosition = position + 2
            if aliasPosition < words.count, words[aliasPosition].uppercased() == "AS" { aliasPosition += 1 }
            if aliasPosition < words.count {
                let alias = words[aliasPosition]
                if !["WHERE", "JOIN", "ON", "LEFT", "GROUP", "ORDER", "LIMIT", "UNION", "INNER", "AND"].contains(alias.uppercased()) {
                    map[alias] = table
                }
            }
        }
        return map
    }

    /// The big tables a plan reads in full: `SCAN t` lines, with or without an index, naming one of them.
    static func fullScans(in plan: [String], sql: String) -> [String] {
        let tables = tablesByAlias(in: sql)
        return plan.compactMap { line in
            guard line.hasPrefix("SCAN ") else { return nil }
            let name = String(line.dropFirst(5).prefix { !$0.isWhitespace })
            guard let table = tables[name], bigTables.contains(table) else { return nil }
            return line
        }
    }

    private func sampleIndex() throws -> (NewsIndex, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let index = try NewsIndex(path: directory.path("plans.db"))
        _ = try Ingestor(index: index, extractor: Extractor())
            .ingest([InputFile(path: "a.txt") { Data(sampleArticle.utf8) }]) { _ in }
        return (index, directory)
    }

    @Test(arguments: CannedQuery.allCases)
    func noFullScanOfBigTables(_ query: CannedQuery) throws {
        let (index, directory) = try sampleIndex()
        defer { directory.remove() }
        for shape in Self.shapes(of: query) {
            let sql = query.sql(for: shape)
            let plan = try Self.plan(of: sql, in: index.database)
            #expect(!plan.isEmpty)
            let tables = Self.tablesByAlias(in: sql)
            let scanned = Set(Self.fullScans(in: plan, sql: sql).compactMap { line in
                tables[String(line.dropFirst(5).prefix { !$0.isWhitespace })]
            })
            #expect(scanned.isEmpty,
                    "\(query.rawValue) with \((shape.given ?? []).sorted()) scans \(scanned.sorted()) in full — plan:\n\(plan.joined(separator: "\n"))")
        }
    }

    /// One line of `EXPLAIN QUERY PLAN`: its id, the id of the line it belongs to, and what it says.
    struct PlanNode {
        let id: Int64
        let parent: Int64
        let detail: String
    }

    static func planTree(of sql: String, in database: Database) throws -> [PlanNode] {
        let statement = try database.prepare("EXPLAIN QUERY PLAN " + sql)
        statement.bind(namedIfUsed: filters.map { (name: $0.key, value: $0.value) })
        var nodes: [PlanNode] = []
        while try statement.step() {
            guard case .integer(let id) = statement.value(at: 0), case .integer(let parent) = statement.value(at: 1) else { continue }
            nodes.append(PlanNode(id: id, parent: parent, detail: statement.text(at: 3) ?? ""))
        }
        return nodes
    }

    /// The sorts in `plan` that take a table's rows, not a page: a temporary b-tree for ORDER BY or GROUP BY
    /// whose select's outer loop reads a table. Sorting a subquery's rows (`SCAN page`, `SCAN (subquery-1)`,
    /// each bounded by its LIMIT) is a page's sort.
    static func tableSorts(in plan: [PlanNode]) -> [String] {
        plan.filter { $0.detail.hasPrefix("USE TEMP B-TREE FOR ORDER BY") || $0.detail.hasPrefix("USE TEMP B-TREE FOR GROUP BY") }
            .filter { sort in
                let outerLoop = plan.first { $0.parent == sort.parent && ($0.detail.hasPrefix("SCAN ") || $0.detail.hasPrefix("SEARCH ")) }
                return !(outerLoop?.detail.hasPrefix("SCAN page") ?? false || outerLoop?.detail.hasPrefix("SCAN (subquery-") ?? false)
            }
            .map(\.detail)
    }

    /// Listings without filters read their first rows in index order instead of sorting the whole table.
    @Test(arguments: [CannedQuery.entities, .people, .organizations, .places, .dates, .spokespeople, .timeline, .articles, .quotes])
    func listingsWithoutFiltersNeedNoSortOfTheWholeTable(_ query: CannedQuery) throws {
        let (index, directory) = try sampleIndex()
        defer { directory.remove() }
        let plan = try Self.planTree(of: query.sql(for: FilterShape(given: [])), in: index.database)
        #expect(Self.tableSorts(in: plan).isEmpty,
                "\(query.rawValue) sorts a table — plan:\n\(plan.map { "\($0.id) \($0.parent) \($0.detail)" }.joined(separator: "\n"))")
    }

    @Test func theCheckSeesASortOfATable() throws {
        let (index, directory) = try sampleIndex()
        defer { directory.remove() }
        let sorted = try Self.planTree(of: "SELECT name FROM entity ORDER BY name LIMIT 5", in: index.database)
        #expect(Self.tableSorts(in: sorted) == ["USE TEMP B-TREE FOR ORDER BY"])
        let paged = try Self.planTree(of: "SELECT * FROM (SELECT id FROM entity ORDER BY id LIMIT 5) AS page ORDER BY id DESC", in: index.database)
        #expect(Self.tableSorts(in: paged).isEmpty)
    }

    @Test func theCheckSeesAFullScan() throws {
        let (index, directory) = try sampleIndex()
        defer { directory.remove() }
        let sql = "SELECT count(*) FROM mention m WHERE m.text = 'Aliyev'"
        #expect(Self.fullScans(in: try Self.plan(of: sql, in: index.database), sql: sql) == ["SCAN m"])
    }
}
