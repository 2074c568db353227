import ArgumentParser
import Index

/// `newsdex stats`: what the index holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count what the index holds.",
        discussion: """
            Examples:
              newsdex stats
              newsdex stats --db beat.db --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let index = try NewsIndex(path: database.path, readOnly: true)
        output.print(try IndexStatistics.collect(index))
    }
}
