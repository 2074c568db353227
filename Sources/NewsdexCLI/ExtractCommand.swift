import ArgumentParser
import ArticleText
import Extraction
import Index
import NameTagger
import SQLiteDB

/// `newsdex extract`: what the extraction finds in article files, printed without touching a database.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the names and dates newsdex finds in article files, without indexing them.",
        discussion: """
            Analyses each FILE (folders recursively, - for standard input) as `newsdex ingest` would and \
            prints one row per mention: file, type, the entity's canonical name, the text as written and \
            its Unicode-scalar offsets in the article body. With --tagger, prints the name tagger's own \
            spans instead, before any boundary repair or coreference: a view for error analysis.

            Examples:
              newsdex extract seeds/000_8cefabb49d12b7f0.txt
              newsdex extract --tagger --format tsv article.txt
            """
    )

    @Argument(help: ArgumentHelp("Article files or folders; - for standard input.", valueName: "path"))
    var paths: [String]

    @Flag(name: .long, help: "Print the tagger's raw PER/ORG/LOC spans instead of the final mentions.")
    var tagger = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one article file or folder") }
    }

    func run() throws {
        let files: InputFiles
        do {
            files = try InputFiles(paths)
        } catch let error as IndexError {
            throw CLIError(error.description)
        }
        let extractor = Extractor()
        var rows: [[SQLValue]] = []
        for file in files {
            let decoded: (text: String, warning: String?)
            do {
                decoded = try file.text()
            } catch let error as IndexError {
                Output.note("skipped \(error.description)")
                continue
            }
            if let warning = decoded.warning { Output.note("\(file.path): \(warning)") }
            let source = ArticleSource.parse(decoded.text)
            if tagger {
                let document = TextDocument(source.body)
                for span in NameTagger.shared.tag(document) {
                    let text = document.string(span.range)
                    rows.append([.text(file.path), .text(span.label.rawValue), .text(text), .text(text),
                                 .integer(Int64(span.range.lowerBound)), .integer(Int64(span.range.upperBound))])
                }
            } else {
                let analysis = extractor.analyze(source)
                for mention in analysis.mentions {
                    let entity = analysis.entities[mention.entity]
                    rows.append([.text(file.path), .text(entity.type.rawValue), .text(entity.name), .text(mention.text),
                                 .integer(Int64(mention.range.lowerBound)), .integer(Int64(mention.range.upperBound))])
                }
            }
        }
        output.print(QueryResult(columns: ["file", "type", "entity", "text", "start", "end"], rows: rows))
    }
}
