public import ArticleText
import Foundation

/// The name tagger: a greedy averaged-perceptron BILOU tagger for persons, organisations and places.
///
/// Tagging runs two passes over a whole document. Pass 1 labels every sentence from local features
/// (words, shapes, affixes, gazetteers, surname morphology, role and organisation cues, label history).
/// Pass 2 labels it again with the same features plus what pass 1 said about the same word elsewhere in
/// the document (majority entity type, capitalized mid-sentence, seen in lower case).
///
/// ```swift
/// let document = TextDocument("Professor Yulduz Ragimov of York University in Canada said ...")
/// for span in NameTagger.shared.tag(document) {
///     print(span.label, document.tokens[span.tokens].map(\.text))
/// }
/// ```
///
/// Thread-safe: a tagger is immutable after `init`. Cost: linear in the number of tokens (plus one
/// lexicon look-up per token n-gram up to the lexicon's longest phrase).
public final class NameTagger: Sendable {
    /// The model committed in `Sources/NameTagger/Embedded/model.bin`, decoded once on first use.
    public static let shared: NameTagger = {
        guard let data = Data(base64Encoded: embedded_model_bin.description) else {
            fatalError("NameTagger: the embedded model.bin is not valid base64; rebuild the package")
        }
        do {
            return try NameTagger(modelBytes: [UInt8](data))
        } catch {
            fatalError("NameTagger: the embedded model.bin cannot be read: \(error)")
        }
    }()

    let model: TaggerModel

    /// Loads a model written by `TaggerTraining.train`.
    ///
    /// - Throws: `NameTaggerError` when the bytes are not a model of this format.
    public init(modelBytes: [UInt8]) throws {
        model = try TaggerModel(bytes: modelBytes)
    }

    init(model: TaggerModel) {
        self.model = model
    }

    /// The names in `document`, in text order, from both passes.
    ///
    /// Each span covers whole tokens of one sentence; `range` runs from its first token's start to its
    /// last token's end, in Unicode-scalar offsets of `document`'s text.
    public func tag(_ document: TextDocument) -> [TaggedSpan] {
        let tokens = document.tokens
        let sentences = document.sentences.map(\.tokens)
        let labels = self.labels(words: tokens.map(\.text), sentences: sentences)
        var spans: [TaggedSpan] = []
        for sentence in sentences {
            for span in BILOU.spans(labels[sentence]) {
                guard let label = NameLabel(typeIndex: span.type) else { continue }
                let range = tokens[span.range.lowerBound].range.lowerBound..<tokens[span.range.upperBound - 1].range.upperBound
                spans.append(TaggedSpan(label: label, tokens: span.range, range: range))
            }
        }
        return spans
    }

    /// BILOU classes for pre-tokenized text (`passes` = 1 stops after the first pass).
    func labels(words: [String], sentences: [Range<Int>], passes: Int = 2) -> [UInt8] {
        let document = PreparedDocument(words: words, sentences: sentences)
        return labels(document, passes: passes)
    }

    func labels(_ document: PreparedDocument, passes: Int = 2) -> [UInt8] {
        // the pass-1 features are looked up once: their rows are the same in both passes
        let local = model.rows(of: Features.localBlock(document))
        let first = GreedyDecoder.decode(document, rows: [local], table: model.passes[0])
        var labels = first
        if passes > 1 {
            let context = model.rows(of: Features.contextBlock(document, pass1: first))
            labels = GreedyDecoder.decode(document, rows: [local, context], table: model.passes[1])
        }
        SpanRepair.trimEnds(&labels, words: document.words, sentences: document.sentences)
        return labels
    }
}
