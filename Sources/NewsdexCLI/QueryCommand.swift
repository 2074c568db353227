public import ArgumentParser
import Index
import SQLiteDB

extension CannedQuery: ExpressibleByArgument {}

/// `newsdex query NAME`: the canned questions.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask one of the canned questions.",
        discussion: """
            Questions:
            \(CannedQuery.allCases.map { "  \($0.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \($0.summary)" }.joined(separator: "\n"))

            Names match any alias of an entity, ignoring case and accents. Every value is bound as a \
            parameter. The same questions exist as views in the database (entity_count, spokesperson, \
            quote_attribution) for the sqlite3 shell and Datasette.

            Examples:
              newsdex query spokespeople --org "Association of Azerbaijanis in Quebec"
              newsdex query mentions "Nasirov" --format csv
              newsdex query articles --from 2024-01-01 --words "election"
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The question: \(CannedQuery.allCases.map(\.rawValue).joined(separator: ", ")).")
    var name: CannedQuery

    @Argument(help: ArgumentHelp("The entity the question is about (mentions, cooccurrence, timeline, articles).", valueName: "entity"))
    var entity: String?

    @Option(help: "Entity type for `entities`: PERSON, ORG, PLACE or DATE.")
    var type: String?
    @OptionGroup var filter: FilterOptions
    @Option(help: "Full-text search words (FTS5 syntax) for articles and quotes.")
    var words: String?
    @Option(help: "At most this many rows.")
    var limit: Int = 100

    func validate() throws {
        if name.needsEntity && entity == nil {
            throw ValidationError("`query \(name.rawValue)` needs an entity name, e.g. newsdex query \(name.rawValue) \"Ilham Aliyev\"")
        }
        if let type, !["PERSON", "ORG", "PLACE", "DATE"].contains(type.uppercased()) {
            throw ValidationError("--type must be PERSON, ORG, PLACE or DATE, not '\(type)'")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let index = try NewsIndex(path: database.path, readOnly: true)
        let filters = filter.filters(entity: entity, type: type, words: words, limit: limit)
        do {
            output.print(try name.run(on: index, filters: filters))
        } catch let error as SQLiteError where words != nil && error.primaryCode == SQLiteError.error {
            // The canned statements are tested; a plain SQL error with --words given is the full-text query's.
            throw CLIError("--words \((words ?? "").debugDescription) is not a full-text query SQLite can read (\(error.message)); "
                + "put a phrase in double quotes and join words with AND, OR or NOT")
        }
    }
}

extension String {
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    var isISODatePrefix: Bool {
        let parts = split(separator: "-", omittingEmptySubsequences: false)
        let lengths = [4, 2, 2]
        return (1...3).contains(parts.count)
            && zip(parts, lengths).allSatisfy { part, length in part.count == length && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) }
    }

    /// "2024" → "2024-99", so a partial upper date bound includes the whole year or month.
    var inclusiveUpperBound: String { count < 10 ? self + "-99" : self }
}
