import ArgumentParser
import Index
import SQLiteDB

/// `newsdex sql "SELECT ..."`: free SQL on a read-only connection.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run your own SELECT on a read-only connection.",
        discussion: """
            Values go in as named parameters, never into the SQL text: write :name in the query and pass \
            -p name value. The connection is read-only, and SQLite's own judgement refuses statements \
            that write (VACUUM INTO too), ATTACH and DETACH, pragmas given a value that changes a setting \
            (reading pragmas such as PRAGMA table_info(entity) work), and more than one statement.

            Examples:
              newsdex sql "SELECT type, count(*) AS n FROM entity GROUP BY type"
              newsdex sql "SELECT name FROM entity WHERE type = :t ORDER BY name" -p t PERSON --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "One SQL statement.")
    var query: String

    @Option(name: .customShort("p"), parsing: .upToNextOption,
            help: ArgumentHelp("A named parameter: -p name value (repeatable).", valueName: "name value"))
    var parameters: [String] = []

    func validate() throws {
        if parameters.count % 2 != 0 {
            throw ValidationError("-p takes a name and a value: -p name value")
        }
    }

    func run() throws {
        let index = try NewsIndex(path: database.path, readOnly: true)
        let statement: Statement
        do {
            statement = try index.database.prepareQuery(query)
        } catch let refusal as QueryRefusal {
            throw CLIError("newsdex sql runs one read-only query: \(refusal)")
        }
        for pair in stride(from: 0, to: parameters.count, by: 2) {
            let name = parameters[pair]
            let bindName = name.first.map { ":@$".contains($0) } == true ? name : ":" + name
            guard statement.parameterIndex(named: bindName) != nil else {
                throw CLIError("the query has no parameter \(String(reflecting: bindName))")
            }
            statement.bind(parameters[pair + 1], named: bindName)
        }
        var rows: [[SQLValue]] = []
        while try statement.step() {
            rows.append((0..<statement.columnCount).map(statement.value(at:)))
        }
        output.print(QueryResult(columns: statement.columnNames, rows: rows))
    }
}
