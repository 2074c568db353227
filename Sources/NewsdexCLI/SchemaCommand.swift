import ArgumentParser
import Index

/// `newsdex schema`: print the DDL.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the database schema (the embedded schema.sql).",
        discussion: """
            The same text as schema.sql in the source tree: `newsdex schema | sqlite3 empty.db` makes an \
            empty index.

            Examples:
              newsdex schema
              newsdex schema | grep -A12 'CREATE TABLE mention'
            """
    )

    func run() {
        Output.write(Schema.sql)
    }
}
