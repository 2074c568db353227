import ArgumentParser
import Foundation
import NameTagger
import Evaluation
import Extraction

/// `newsdex eval-ner`: exact-span scores of the name tagger on annotated files.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-ner",
        abstract: "Score the name tagger on annotated text (exact-span P/R/F1 per label).",
        discussion: """
            Tags each document of each FILE.bio.tsv (token<TAB>IOB2 tag, MISC ignored) with both passes \
            and prints, per file, precision, recall, F1, gold and predicted counts for PER, ORG and LOC and \
            the micro average. A predicted name counts only if its label, start and end match (seqeval). \
            A folder argument is read as inline-markup articles ([PER …], [ORG …], [LOC …]).

            Examples:
              newsdex eval-ner ../shared/data/ner/uner-en/uner-en-pud.test.bio.tsv
                  scores the shipped model on UNER English PUD (news and Wikipedia sentences)
              newsdex eval-ner --model /tmp/model.bin ../shared/data/ner/gum/gum-open.test.bio.tsv
                  scores a freshly trained model on the GUM test split
              newsdex eval-ner --errors --model /tmp/model.bin ../shared/data/ner/uner-en/uner-en-ewt.dev.bio.tsv
                  also lists the missed (FN) and spurious (FP) spans, for error analysis
              newsdex eval-ner --pipeline ../shared/data/ner/uner-en/uner-en-pud.test.bio.tsv
                  scores the whole extraction instead: each document's words joined by spaces, each \
            sentence a paragraph, PERSON/ORG/PLACE mentions mapped back to word ranges
            """
    )

    @Argument(help: ArgumentHelp("Annotated files (*.bio.tsv) or folders of inline-markup .txt articles.", valueName: "FILE.bio.tsv"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("A model file to score instead of the embedded one.", valueName: "path"))
    var model: String?

    @Flag(name: .long, help: "Also list every missed (FN) and spurious (FP) span of *.bio.tsv files, with its sentence.")
    var errors = false

    @Flag(name: .long, help: "Score the whole extraction (tagger, boundary mechanisms, coreference), not the tagger alone (*.bio.tsv files).")
    var pipeline = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one FILE.bio.tsv") }
    }

    func run() throws {
        do {
            let tagger: NameTagger
            if let model {
                guard let data = FileManager.default.contents(atPath: model) else {
                    throw CLIError("cannot read model \(model)")
                }
                tagger = try NameTagger(modelBytes: [UInt8](data))
            } else {
                tagger = NameTagger.shared
            }
            for file in files {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
                    throw CLIError("no such file: \(file)")
                }
                let scores: SpanScores
                if isFolder.boolValue {
                    let names = try FileManager.default.contentsOfDirectory(atPath: file).filter { $0.hasSuffix(".txt") }.sorted()
                    scores = try NEREvaluation.evaluate(tagger: tagger, inlineArticles: names.map { (file as NSString).appendingPathComponent($0) })
                } else if pipeline {
                    let extractor = Extractor(tagger: tagger)
                    let predict = { (words: [String], sentences: [Range<Int>]) in
                        PipelineNames.names(words: words, sentences: sentences, extractor: extractor)
                    }
                    scores = try NEREvaluation.evaluate(bioFile: file, predict: predict)
                    if errors {
                        for line in try NEREvaluation.errorLines(bioFile: file, predict: predict) { print(line) }
                    }
                } else {
                    scores = try NEREvaluation.evaluate(tagger: tagger, bioFile: file)
                    if errors {
                        for line in try NEREvaluation.errorLines(tagger: tagger, bioFile: file) { print(line) }
                    }
                }
                print("\(file)\n\(scores)\nmicro F1 \(String(format: "%.3f", scores.micro.f1))\n")
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("\(error)")
        }
    }
}
