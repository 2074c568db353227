import ArgumentParser
import Evaluation
import Index

/// The formats `newsdex export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON object per article, as eval/FORMAT.md describes.
    case jsonl
}

/// `newsdex export`: the index as evaluation JSONL, one line per article.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write what the index extracted, one JSON line per article, for scoring.",
        discussion: """
            Each line is the system form of eval/FORMAT.md: the article id (its file name without the \
            extension), its date, each distinct entity it names (type and canonical name; a DATE as its \
            ISO value), its affiliations (person, org, role) and its quotes (speaker, text). Lines are \
            sorted by id. `newsdex eval` and `python3 score.py` read the same lines.

            Examples:
              newsdex export --db newsdex.db > system.jsonl
              newsdex export --db newsdex.db | python3 ../shared/eval/score.py ../shared/dev/seed-gold.jsonl /dev/stdin
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: [.customShort("f"), .long], help: "Output format: jsonl.")
    var format: ExportFormat = .jsonl

    func run() throws {
        let index = try NewsIndex(path: database.path, readOnly: true)
        let documents = try SystemDocument.documents(in: index)
        var seen: Set<String> = []
        for document in documents where !seen.insert(document.id).inserted {
            Output.note("warning: two articles share the id '\(document.id)' (same file name in different folders); "
                        + "scorers refuse duplicate ids")
        }
        switch format {
        case .jsonl: Output.write(JSONLines.text(documents))
        }
    }
}
