import Foundation

/// A mention for scoring: entity type (0 PER, 1 ORG, 2 LOC) and token range.
struct Mention: Hashable {
    let type: Int
    let range: Range<Int>
}

/// Exact-span precision, recall and F1, per label and micro-averaged, as seqeval computes them: a
/// predicted mention is correct only if its label, start and end all match a gold mention.
public struct SpanScores: Sendable, CustomStringConvertible {
    /// Counts and scores of one label (or of all labels together).
    public struct Counts: Sendable, Hashable {
        /// Gold mentions.
        public var gold = 0
        /// Predicted mentions.
        public var predicted = 0
        /// Predicted mentions that match a gold mention exactly.
        public var correct = 0

        /// correct / predicted (0 when nothing was predicted).
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        /// correct / gold (0 when there is no gold mention).
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        /// Harmonic mean of precision and recall (0 when both are 0).
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// Per label.
    public var byLabel: [NameLabel: Counts] = [:]
    /// All labels pooled (micro average).
    public var micro = Counts()

    public init() {}

    /// The counts of `label` (zeros if it never occurred).
    public subscript(label: NameLabel) -> Counts { byLabel[label] ?? Counts() }

    /// Adds one unit (a sentence or a document) of gold and predicted mentions.
    mutating func add(gold: [Mention], predicted: [Mention]) {
        let goldSet = Set(gold)
        for m in gold {
            guard let label = NameLabel(typeIndex: m.type) else { continue }
            byLabel[label, default: Counts()].gold += 1
            micro.gold += 1
        }
        for m in Set(predicted) {
            guard let label = NameLabel(typeIndex: m.type) else { continue }
            byLabel[label, default: Counts()].predicted += 1
            micro.predicted += 1
            if goldSet.contains(m) {
                byLabel[label, default: Counts()].correct += 1
                micro.correct += 1
            }
        }
    }

    /// A table: one row per label (P, R, F1, gold, predicted) and a micro row.
    public var description: String {
        func row(_ name: String, _ c: Counts) -> String {
            func pad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
            return name.padding(toLength: 6, withPad: " ", startingAt: 0)
                + pad(String(format: "%.3f", c.precision), 8) + pad(String(format: "%.3f", c.recall), 8)
                + pad(String(format: "%.3f", c.f1), 8) + pad("\(c.gold)", 8) + pad("\(c.predicted)", 10)
        }
        var lines = ["label        P       R      F1    gold  predicted"]
        for label in NameLabel.allCases { lines.append(row(label.rawValue, self[label])) }
        lines.append(row("micro", micro))
        return lines.joined(separator: "\n")
    }
}

/// Scores a tagger against annotated text.
public enum NEREvaluation {
    /// Exact-span P/R/F1 of `tagger` on a `*.bio.tsv` file (MISC ignored), tagging each document with
    /// both passes.
    ///
    /// - Throws: `NameTaggerError` when the file cannot be read.
    public static func evaluate(tagger: NameTagger, bioFile path: String) throws -> SpanScores {
        score(tagger: tagger, documents: try BIOReader.read(path: path))
    }

    /// Exact-span P/R/F1 of `tagger` on inline-markup articles (`[PER …]`, `[ORG …]`, `[LOC …]`),
    /// tokenized by ArticleText. Spans that do not fall on token boundaries count as gold mentions the
    /// tagger cannot find.
    public static func evaluate(tagger: NameTagger, inlineArticles paths: [String]) throws -> SpanScores {
        var scores = SpanScores()
        for path in paths {
            let article = try InlineMarkupReader.read(path: path)
            scores.add(document: article.labeled, tagger: tagger)
            for label in article.misalignedLabels {
                scores.byLabel[label, default: SpanScores.Counts()].gold += 1
                scores.micro.gold += 1
            }
        }
        return scores
    }

    static func score(tagger: NameTagger, documents: [LabeledDocument], passes: Int = 2) -> SpanScores {
        var scores = SpanScores()
        for document in documents { scores.add(document: document, tagger: tagger, passes: passes) }
        return scores
    }
}

/// A name a system found: its label and the range of word indices it covers in its document.
public struct LabeledSpan: Sendable, Hashable {
    public let label: NameLabel
    public let range: Range<Int>

    public init(label: NameLabel, range: Range<Int>) {
        self.label = label
        self.range = range
    }
}

extension NEREvaluation {
    /// Exact-span P/R/F1 of any system on a `*.bio.tsv` file (MISC ignored): `predict` gets each
    /// document's words and sentences (word index ranges) and returns the names it finds.
    ///
    /// - Throws: `NameTaggerError` when the file cannot be read.
    public static func evaluate(bioFile path: String,
                                predict: (_ words: [String], _ sentences: [Range<Int>]) -> [LabeledSpan]) throws -> SpanScores {
        var scores = SpanScores()
        for document in try BIOReader.read(path: path) {
            let names = predict(document.words, document.sentences)
            for sentence in document.sentences {
                let predicted = names.filter { sentence.contains($0.range.lowerBound) }
                    .map { Mention(type: $0.label.typeIndex, range: $0.range) }
                scores.add(gold: document.mentions(in: sentence), predicted: predicted)
            }
        }
        return scores
    }
}

extension SpanScores {
    mutating func add(document: LabeledDocument, tagger: NameTagger, passes: Int = 2) {
        let predicted = tagger.labels(words: document.words, sentences: document.sentences, passes: passes)
        add(document: document, predicted: predicted)
    }

    mutating func add(document: LabeledDocument, predicted: [UInt8]) {
        for sentence in document.sentences {
            let p = BILOU.spans(predicted[sentence]).map { Mention(type: $0.type, range: $0.range) }
            add(gold: document.mentions(in: sentence), predicted: p)
        }
    }
}

extension NEREvaluation {
    /// The errors of `tagger` on a `*.bio.tsv` file, one line per missed or spurious span: `FN` (gold
    /// mention not predicted exactly) or `FP` (predicted mention not in gold), its label and words, and
    /// the sentence around it in brackets, for error analysis.
    ///
    /// - Throws: `NameTaggerError` when the file cannot be read.
    public static func errorLines(tagger: NameTagger, bioFile path: String) throws -> [String] {
        try errorLines(bioFile: path) { words, sentences in
            let predicted = tagger.labels(words: words, sentences: sentences)
            return sentences.flatMap { sentence in
                BILOU.spans(predicted[sentence]).compactMap { span in
                    NameLabel(typeIndex: span.type).map { LabeledSpan(label: $0, range: span.range) }
                }
            }
        }
    }

    /// The errors of any system on a `*.bio.tsv` file, as ``errorLines(tagger:bioFile:)`` lists them.
    public static func errorLines(bioFile path: String,
                                  predict: (_ words: [String], _ sentences: [Range<Int>]) -> [LabeledSpan]) throws -> [String] {
        var lines: [String] = []
        for document in try BIOReader.read(path: path) {
            let names = predict(document.words, document.sentences)
            for sentence in document.sentences {
                let gold = Set(document.mentions(in: sentence))
                let guessed = Set(names.filter { sentence.contains($0.range.lowerBound) }.map { Mention(type: $0.label.typeIndex, range: $0.range) })
                let context = document.words[sentence].joined(separator: " ")
                func line(_ kind: String, _ m: Mention) -> String {
                    "\(kind)\t\(NameLabel(typeIndex: m.type)?.rawValue ?? "?")\t\(document.words[m.range].joined(separator: " "))\t[\(context)]"
                }
                for m in gold.subtracting(guessed).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) { lines.append(line("FN", m)) }
                for m in guessed.subtracting(gold).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) { lines.append(line("FP", m)) }
            }
        }
        return lines
    }
}
