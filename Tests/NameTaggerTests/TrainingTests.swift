import ArticleText
import Foundation
import Testing
@testable import NameTagger

@Suite("Training")
struct TrainingTests {
    /// A tiny corpus: a BIO file in a fake shared-data folder and three inline articles.
    static func fixture() throws -> (TrainingConfiguration, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nametagger-\(UUID().uuidString)")
        let ner = root.appendingPathComponent("ner")
        let articles = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: ner, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        var bio = "-DOCSTART-\tO\n\n"
        let people = [("Anar", "Guliyev"), ("Leyla", "Hasanova"), ("Murad", "Aliyev"), ("Sabina", "Karimova")]
        let cities = ["Baku", "Berlin", "Vienna", "Ganja"]
        for (k, person) in people.enumerated() {
            bio += "\(person.0)\tB-PER\n\(person.1)\tI-PER\nvisited\tO\n\(cities[k])\tB-LOC\nwith\tO\nthe\tO\n"
            bio += "Friendship\tB-ORG\nSociety\tI-ORG\n.\tO\n\n"
        }
        try bio.write(to: ner.appendingPathComponent("tiny.bio.tsv"), atomically: true, encoding: .utf8)
        for (k, person) in people.enumerated() {
            let text = " date 2024-0\(k + 1)-10 [LOC \(cities[k])], March 3. Chairman of the [ORG Friendship Society] [PER \(person.0) \(person.1)] said the congress in [LOC \(cities[(k + 1) % 4])] was a success.\n\n\"We are proud,\" [PER \(person.1)] noted.\n"
            try text.write(to: articles.appendingPathComponent("a\(k).txt"), atomically: true, encoding: .utf8)
        }
        let configuration = TrainingConfiguration(
            sharedData: root.path, inDomainFolders: [articles.path], inDomainRepeats: 2, epochs: 8, seed: 7,
            corpusFiles: ["ner/tiny.bio.tsv"], folds: 2, minFeatureCount: 1, pruneThreshold: 0.01)
        return (configuration, root)
    }

    @Test func learnsATinyCorpusDeterministically() throws {
        let (configuration, root) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        var lines: [String] = []
        let bytes = try TaggerTraining.train(configuration) { lines.append($0) }
        #expect(lines.contains { $0.hasPrefix("model:") })
        let again = try TaggerTraining.train(configuration) { _ in }
        #expect(bytes == again, "same inputs and seed must give the same bytes")

        let tagger = try NameTagger(modelBytes: bytes)
        let training = try BIOReader.read(path: root.appendingPathComponent("ner/tiny.bio.tsv").path)
        let scores = NEREvaluation.score(tagger: tagger, documents: training)
        #expect(scores.micro.f1 > 0.9, "\(scores)")
        let document = TextDocument("Chairman of the Friendship Society Murad Aliyev said the congress in Vienna was a success.")
        let spans = tagger.tag(document).map { "\($0.label.rawValue) \(document.string($0.range))" }
        #expect(spans == ["ORG Friendship Society", "PER Murad Aliyev", "LOC Vienna"])
    }

    /// `corpusRepeats` repeats a corpus's sentences in every epoch (the tiny corpus has 4).
    @Test func repeatedCorpusAddsItsSentencesToEveryEpoch() throws {
        var (configuration, root) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        func sentencesPerEpoch(_ configuration: TrainingConfiguration) throws -> Int? {
            var lines: [String] = []
            _ = try TaggerTraining.train(configuration) { lines.append($0) }
            guard let line = lines.first(where: { $0.hasPrefix("pass 1 trained") }),
                  let range = line.range(of: #"\d+ sentences per epoch"#, options: .regularExpression)
            else { return nil }
            return Int(line[range].split(separator: " ")[0])
        }
        configuration.corpusRepeats = [:]
        let once = try #require(try sentencesPerEpoch(configuration))
        configuration.corpusRepeats = ["ner/tiny.bio.tsv": 3]
        let thrice = try #require(try sentencesPerEpoch(configuration))
        #expect(thrice == once + 2 * 4)
    }

    @Test func refusesTestSplits() throws {
        var (configuration, root) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: root) }
        configuration.corpusFiles = ["ner/uner-en/uner-en-pud.test.bio.tsv"]
        #expect(throws: NameTaggerError.self) { try TaggerTraining.train(configuration) { _ in } }
    }
}
