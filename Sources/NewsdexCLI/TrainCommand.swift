import ArgumentParser
import Foundation
import NameTagger

/// `newsdex train`: trains the name tagger and writes its model.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the PERSON/ORG/PLACE name tagger and write its model.",
        discussion: """
            Trains the two-pass averaged-perceptron BILOU tagger on the train/dev splits of the open NER \
            corpora in SHARED/data/ner and on the in-domain articles with inline markup \
            (SHARED/data/indomain/{a,b,c} and corpus/train/w1..w6 by default), repeated --repeats times. \
            The same inputs and --seed give the same bytes. Progress goes to stderr.

            Examples:
              newsdex train
                  retrains the shipped model into Sources/NameTagger/Embedded/model.bin
              newsdex train --repeats 3 --hold-out-every 10 --out /tmp/model.bin
                  leaves every 10th in-domain article out and prints its per-label scores
            """
    )

    @Option(name: .long, help: ArgumentHelp("The shared folder (holding data/ner and data/indomain).", valueName: "path"))
    var shared: String = "../shared"

    @Option(name: .long, help: ArgumentHelp("Where to write the model.", valueName: "path"))
    var out: String = "Sources/NameTagger/Embedded/model.bin"

    @Option(name: .long, help: "How many times each in-domain article is repeated per epoch.")
    var repeats: Int = 4

    @Option(name: .long, help: "Passes over the training sentences.")
    var epochs: Int = 10

    @Option(name: .long, help: "Seed of the per-epoch shuffles.")
    var seed: UInt64 = 1

    @Option(name: .customLong("in-domain"), help: ArgumentHelp(
        "A folder of inline-markup articles (repeatable; replaces the default folders).", valueName: "path"))
    var inDomain: [String] = []

    @Option(name: .customLong("corpus"), help: ArgumentHelp(
        "A *.bio.tsv training file relative to SHARED/data (repeatable; replaces the default train/dev splits).", valueName: "file"))
    var corpus: [String] = []

    @Option(name: .customLong("corpus-repeat"), help: ArgumentHelp(
        "FILE=N: repeat the documents of a training file N times per epoch (repeatable; replaces the default repeats).", valueName: "file=n"))
    var corpusRepeat: [String] = []

    @Option(name: .customLong("hold-out-every"), help: "Leave every Nth in-domain article out of training and score it (0: none).")
    var holdOutEvery: Int = 0

    @Option(name: .customLong("hold-out-offset"), help: "Which article of every N is held out (0: the Nth, 1: the first, ...).")
    var holdOutOffset: Int = 0

    @Option(name: .customLong("score"), help: ArgumentHelp("A *.bio.tsv file to score after training (repeatable).", valueName: "file"))
    var score: [String] = []

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard holdOutEvery >= 0 else { throw ValidationError("--hold-out-every must not be negative") }
        _ = try parsedCorpusRepeats()
    }

    /// `--corpus-repeat` values as a dictionary, nil when none was given.
    func parsedCorpusRepeats() throws -> [String: Int]? {
        guard !corpusRepeat.isEmpty else { return nil }
        var repeats: [String: Int] = [:]
        for value in corpusRepeat {
            guard let equals = value.lastIndex(of: "="), let n = Int(value[value.index(after: equals)...]), n >= 1 else {
                throw ValidationError("--corpus-repeat takes FILE=N with N ≥ 1, not \(value)")
            }
            repeats[String(value[..<equals])] = n
        }
        return repeats
    }

    func run() throws {
        let data = (shared as NSString).appendingPathComponent("data")
        let folders = inDomain.isEmpty
            ? ["a", "b", "c"].map { (data as NSString).appendingPathComponent("indomain/\($0)") } + (1...6).map { "corpus/train/w\($0)" }
            : inDomain
        let configuration = TrainingConfiguration(
            sharedData: data, inDomainFolders: folders, inDomainRepeats: repeats, epochs: epochs, seed: seed,
            corpusFiles: corpus.isEmpty ? TrainingConfiguration.defaultCorpusFiles : corpus, holdOutEvery: holdOutEvery, holdOutOffset: holdOutOffset,
            evaluationFiles: score, corpusRepeats: try parsedCorpusRepeats() ?? TrainingConfiguration.defaultCorpusRepeats)
        do {
            let bytes = try TaggerTraining.train(configuration) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            try Data(bytes).write(to: URL(fileURLWithPath: out), options: .atomic)
            FileHandle.standardError.write(Data("wrote \(bytes.count) bytes to \(out)\n".utf8))
        } catch {
            throw CLIError("\(error)")
        }
    }
}
