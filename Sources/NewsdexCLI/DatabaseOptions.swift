import ArgumentParser

/// The `--db FILE` option every command that touches an index shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The index file.", valueName: "file"))
    var path: String = "newsdex.db"
}
