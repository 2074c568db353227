import ArgumentParser

/// The `newsdex` command: a thin root over one subcommand per file.
@main
struct Newsdex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdex",
        abstract: "Turn news articles into a SQLite index of people, organisations, places and dates.",
        discussion: """
            Load article files into one database file, ask the canned questions, or open the same file \
            in the sqlite3 shell or Datasette.

            Examples:
              newsdex ingest seeds/ --db newsdex.db
              newsdex query spokespeople --db newsdex.db
              newsdex sql "SELECT type, count(*) FROM entity GROUP BY type" --db newsdex.db
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, QueryCommand.self, SQLCommand.self, StatsCommand.self, SchemaCommand.self,
            ExtractCommand.self, ExportCommand.self, EvalCommand.self, TrainCommand.self, EvalNERCommand.self,
            GraphCommand.self, DatasetteMetadataCommand.self, CheckCommand.self,
        ]
    )
}
