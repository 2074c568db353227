import ArgumentParser
import Evaluation
import Index

/// `newsdex eval GOLD.jsonl`: score the index (or a system JSONL file) against gold annotations.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction output against gold annotations, as eval/score.py does.",
        discussion: """
            Compares the system lines with the gold lines of eval/FORMAT.md and prints per-type entity \
            tp/fp/fn with precision, recall and F1, their micro-average, affiliations with role agreement, \
            quotes and quote detection — the same counts as `python3 score.py GOLD SYSTEM`. Without \
            --system the index given by --db is exported and scored directly. Gold articles missing from \
            the system count as misses; system articles without gold are listed as extra. A malformed \
            line stops the run with the file and line named.

            Examples:
              newsdex eval ../shared/dev/seed-gold.jsonl --db newsdex.db
              newsdex eval ../shared/dev/seed-gold.jsonl --system system.jsonl --by-article --json
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The gold annotations (JSONL, gold form); - for standard input.", valueName: "gold"))
    var gold: String

    @Option(help: ArgumentHelp("System output to score (JSONL) instead of the index; - for standard input.",
                               valueName: "file"))
    var system: String?

    @Flag(help: "Print one JSON object (score.py --json's keys) instead of the table.")
    var json = false

    @Flag(help: "Also report each gold article.")
    var byArticle = false

    func validate() throws {
        if gold == "-" && system == "-" {
            throw ValidationError("only one of the gold and the system files can be standard input")
        }
    }

    func run() throws {
        let goldDocuments: [GoldDocument]
        let systemDocuments: [SystemDocument]
        do {
            goldDocuments = try JSONLines.goldDocuments(at: gold)
            if let system {
                systemDocuments = try JSONLines.systemDocuments(at: system)
            } else {
                systemDocuments = try SystemDocument.documents(in: NewsIndex(path: database.path, readOnly: true))
            }
        } catch let error as JSONLinesError {
            throw CLIError(error.description)
        }
        let report: EvaluationReport
        do {
            report = try EvaluationReport(gold: goldDocuments, system: systemDocuments)
        } catch let error as EvaluationError {
            // Only the index can repeat an id: the files were checked line by line.
            throw CLIError("\(error) (in \(database.path): two articles with the same file name)")
        }
        Output.write((json ? report.json(byArticle: byArticle) : report.text(byArticle: byArticle)) + "\n")
    }
}
