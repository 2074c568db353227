import Foundation
import Dispatch

/// What to train on and how.
public struct TrainingConfiguration: Sendable {
    /// Path of the shared data folder (the one holding `ner/`), e.g. `../shared/data`.
    public var sharedData: String
    /// Folders of inline-markup articles (`.txt`) written in the genre; read in the order given, files
    /// sorted by name.
    public var inDomainFolders: [String]
    /// How many times each in-domain document is repeated in every epoch.
    public var inDomainRepeats: Int
    /// Passes over the training sentences.
    public var epochs: Int
    /// Seed of the shuffles; the same inputs and seed give the same model bytes.
    public var seed: UInt64
    /// `*.bio.tsv` files (relative to `sharedData`) used for training: train/dev splits only.
    public var corpusFiles: [String]
    /// When > 0, every `holdOutEvery`-th in-domain article (counting from 1 over all folders) is left out
    /// of training and scored after training.
    public var holdOutEvery: Int
    /// Which article of every `holdOutEvery` is held out (0: the `holdOutEvery`-th, 1: the first, ...).
    public var holdOutOffset: Int
    /// How many times the documents of some corpus files are repeated in every epoch (keys as in
    /// `corpusFiles`; files not named are read once).
    public var corpusRepeats: [String: Int]
    /// Extra `*.bio.tsv` files scored after training (paths as given), for logs only.
    public var evaluationFiles: [String]
    /// Folds of the cross-validation that produces the pass-1 labels pass 2 is trained on.
    public var folds: Int
    /// A feature seen fewer times than this (in-domain occurrences counted once per repeat) is dropped.
    public var minFeatureCount: Int
    /// Averaged weights smaller than this in absolute value are not saved.
    public var pruneThreshold: Float

    /// The open corpora the shipped model is trained on: train/dev splits only, never the test splits,
    /// and not re3d (its scheme tags descriptions and titles) or sec-filings (loan agreements). The
    /// tweets (BTC, WNUT-17) cost nothing on in-domain text and gained 8 points F1 on UNER EWT dev
    /// (dropping WNUT-17 again cost 3.6 points there). Every corpus is read through `CorpusConventions`
    /// (nationalities are not places; mentions do not start or end on symbols).
    public static let defaultCorpusFiles = [
        "ner/gum/gum-open.train.bio.tsv",
        "ner/gum/gum-open.dev.bio.tsv",
        "ner/crossner-politics/crossner-politics.train.bio.tsv",
        "ner/crossner-politics/crossner-politics.dev.bio.tsv",
        "ner/wikigold/wikigold.bio.tsv",
        "ner/uner-en/uner-en-ewt.dev.bio.tsv",
        "ner/btc/btc-a.bio.tsv",
        "ner/btc/btc-b.bio.tsv",
        "ner/btc/btc-e.bio.tsv",
        "ner/btc/btc-f.bio.tsv",
        "ner/btc/btc-g.bio.tsv",
        "ner/btc/btc-h.bio.tsv",
        "ner/wnut17/wnut17.train.bio.tsv",
        "ner/wnut17/wnut17.dev.bio.tsv",
    ]

    /// Corpora repeated in every epoch of the shipped model.
    public static let defaultCorpusRepeats: [String: Int] = [:]

    /// Test splits that must never be trained on.
    public static let forbiddenFiles = [
        "gum-open.test.bio.tsv", "uner-en-pud.test.bio.tsv", "crossner-politics.test.bio.tsv", "uner-en-ewt.test.bio.tsv",
    ]

    public init(
        sharedData: String, inDomainFolders: [String], inDomainRepeats: Int = 4, epochs: Int = 10, seed: UInt64 = 1,
        corpusFiles: [String] = TrainingConfiguration.defaultCorpusFiles, holdOutEvery: Int = 0, holdOutOffset: Int = 0,
        evaluationFiles: [String] = [], corpusRepeats: [String: Int] = TrainingConfiguration.defaultCorpusRepeats, folds: Int = 4, minFeatureCount: Int = 2, pruneThreshold: Float = 0.05
    ) {
        self.sharedData = sharedData
        self.inDomainFolders = inDomainFolders
        self.inDomainRepeats = inDomainRepeats
        self.epochs = epochs
        self.seed = seed
        self.corpusFiles = corpusFiles
        self.holdOutEvery = holdOutEvery
        self.holdOutOffset = holdOutOffset
        self.evaluationFiles = evaluationFiles
        self.corpusRepeats = corpusRepeats
        self.folds = folds
        self.minFeatureCount = minFeatureCount
        self.pruneThreshold = pruneThreshold
    }
}

/// Trains the two-pass tagger and returns the model bytes.
public enum TaggerTraining {
    /// Trains on the configured corpora and in-domain articles.
    ///
    /// Pass 1 is an averaged perceptron over local features. Pass 2 adds document-context features
    /// computed from pass-1 labels; so that it learns from labels as good (and as bad) as pass 1 gives on
    /// unseen text, those labels come from `folds`-fold cross-validation (jackknifing). Both are trained on
    /// the same shuffled sentences, in-domain documents repeated `inDomainRepeats` times.
    ///
    /// - Parameter log: progress lines (corpus sizes, timings, held-out scores).
    /// - Returns: the model in the format `NameTagger(modelBytes:)` reads.
    /// - Throws: `NameTaggerError` when a corpus cannot be read or a test split is named.
    public static func train(_ c: TrainingConfiguration, log: (String) -> Void) throws -> [UInt8] {
        var clock = Stopwatch()
        // 1. corpora
        var documents: [LabeledDocument] = []
        var weights: [Int] = []
        for file in c.corpusFiles {
            if TrainingConfiguration.forbiddenFiles.contains(where: { file.hasSuffix($0) }) {
                throw NameTaggerError("\(file) is a test split and must not be trained on")
            }
            let path = (c.sharedData as NSString).appendingPathComponent(file)
            var docs = try BIOReader.read(path: path)
            var nationalities = 0, trimmed = 0
            for k in docs.indices {
                let changes = CorpusConventions.normalize(&docs[k])
                nationalities += changes.dropped
                trimmed += changes.trimmed
            }
            log("corpus \(file): \(docs.count) documents, \(docs.reduce(0) { $0 + $1.words.count }) tokens; \(nationalities) nationality mentions made O, \(trimmed) trimmed")
            documents += docs
            weights += Array(repeating: max(1, c.corpusRepeats[file] ?? 1), count: docs.count)
        }
        var heldOut: [LabeledDocument] = []
        var articleNumber = 0
        var misaligned = 0
        var inDomainTokens = 0
        var nationalityArticles = 0
        for folder in c.inDomainFolders {
            for file in try InlineMarkupReader.files(inFolder: folder) {
                articleNumber += 1
                let article = try InlineMarkupReader.read(path: file)
                misaligned += article.misaligned
                var labeled = article.labeled
                nationalityArticles += CorpusConventions.normalize(&labeled).dropped
                if c.holdOutEvery > 0 && articleNumber % c.holdOutEvery == c.holdOutOffset % c.holdOutEvery {
                    heldOut.append(article.labeled)
                } else {
                    documents.append(labeled)
                    weights.append(max(1, c.inDomainRepeats))
                    inDomainTokens += article.document.tokens.count
                }
            }
        }
        log("in-domain: \(articleNumber) articles, \(articleNumber - heldOut.count) for training (\(inDomainTokens) tokens, ×\(c.inDomainRepeats)), \(heldOut.count) held out; \(misaligned) spans not on token boundaries; \(nationalityArticles) nationality mentions made O")

        // 2. features
        let prepared = documents.map { PreparedDocument(words: $0.words, sentences: $0.sentences) }
        let localBlocks = prepared.map(Features.localBlock)
        let space1 = FeatureSpace(blocks: localBlocks, weights: weights, minCount: c.minFeatureCount)
        let docs1Words = documents.indices.map {
            TrainingDocument(documents[$0], rows: space1.rows(of: localBlocks[$0]), contexts: prepared[$0].contexts)
        }
        log("pass 1: \(space1.keys.count) features kept of \(space1.seen) seen (\(String(format: "%.1f", clock.lap())) s)")

        // 3. training instances: sentences, in-domain ones repeated
        var instances: [Instance] = []
        for (d, document) in documents.enumerated() {
            for _ in 0..<weights[d] {
                for s in document.sentences where !s.isEmpty {
                    instances.append(Instance(document: Int32(d), start: Int32(s.lowerBound), end: Int32(s.upperBound)))
                }
            }
        }
        let folds = max(2, c.folds)
        var order = Array(documents.indices)
        var rng = SplitMix64(seed: c.seed ^ 0xF01D)
        rng.shuffle(&order)
        var foldOf = [Int](repeating: 0, count: documents.count)
        for (k, d) in order.enumerated() { foldOf[d] = k % folds }

        // 4. pass 1 on everything, and on each fold's complement (jackknife), two at a time
        let jobs = folds + 1
        let results = ResultSlots<(table: WeightTable, labels: [Int: [UInt8]])>(count: jobs)
        let shared = SharedInputs(docs: docs1Words, prepared: prepared, localBlocks: localBlocks, instances: instances, foldOf: foldOf)
        let epochs = c.epochs, seed = c.seed, staticKeys = space1.keys
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            let fold = job - 1  // -1: the full model
            let trainer = PerceptronTrainer(staticKeys: staticKeys)
            let mine = fold < 0 ? shared.instances : shared.instances.filter { shared.foldOf[Int($0.document)] != fold }
            trainer.train(mine, documents: shared.docs, epochs: epochs, seed: seed &+ UInt64(job))
            let table = trainer.averagedTable()
            var labels: [Int: [UInt8]] = [:]
            if fold >= 0 {
                for d in shared.prepared.indices where shared.foldOf[d] == fold {
                    labels[d] = GreedyDecoder.decode(shared.prepared[d], block: shared.localBlocks[d], table: table)
                }
            }
            results.set(job, (table, labels))
        }
        let pass1 = results.get(0).table
        var jackknifed = [[UInt8]](repeating: [], count: documents.count)
        for job in 1..<jobs { for (d, labels) in results.get(job).labels { jackknifed[d] = labels } }
        var foldScores = SpanScores()
        for d in documents.indices { foldScores.add(document: documents[d], predicted: jackknifed[d]) }
        log("pass 1 trained (\(c.epochs) epochs, \(instances.count) sentences per epoch, \(pass1.count) weights rows); cross-validated micro F1 \(String(format: "%.3f", foldScores.micro.f1)) (\(String(format: "%.1f", clock.lap())) s)")

        // 5. pass 2 on local + document-context features from the jackknifed pass-1 labels
        let contextBlocks = prepared.indices.map { Features.documentBlock(prepared[$0], local: localBlocks[$0], pass1: jackknifed[$0]) }
        let space2 = FeatureSpace(blocks: contextBlocks, weights: weights, minCount: c.minFeatureCount)
        let docs2 = documents.indices.map {
            TrainingDocument(documents[$0], rows: space2.rows(of: contextBlocks[$0]), contexts: prepared[$0].contexts)
        }
        let trainer2 = PerceptronTrainer(staticKeys: space2.keys)
        trainer2.train(instances, documents: docs2, epochs: c.epochs, seed: c.seed &+ 1000)
        let pass2 = trainer2.averagedTable()
        log("pass 2 trained: \(space2.keys.count) features kept of \(space2.seen) seen (\(String(format: "%.1f", clock.lap())) s)")

        // 6. save, and score what was asked with the saved (quantized) model
        let bytes = TaggerModel.serialize([pass1, pass2], threshold: c.pruneThreshold)
        let tagger = NameTagger(model: try TaggerModel(bytes: bytes))
        log("model: \(bytes.count) bytes, \(tagger.model.passes[0].count) feature rows; training took \(String(format: "%.1f", clock.total)) s")
        if !heldOut.isEmpty {
            let exact = NEREvaluation.score(tagger: NameTagger(model: TaggerModel(passes: [pass1, pass2])), documents: heldOut)
            log("held-out in-domain articles, unquantized model: micro F1 \(String(format: "%.3f", exact.micro.f1))")
            let one = NEREvaluation.score(tagger: tagger, documents: heldOut, passes: 1)
            let two = NEREvaluation.score(tagger: tagger, documents: heldOut)
            log("held-out in-domain articles (\(heldOut.count)), pass 1 micro F1 \(String(format: "%.3f", one.micro.f1)); both passes:\n\(two)")
        }
        for file in c.evaluationFiles {
            let docs = try BIOReader.read(path: file)
            let one = NEREvaluation.score(tagger: tagger, documents: docs, passes: 1)
            let two = NEREvaluation.score(tagger: tagger, documents: docs)
            log("\(file): pass 1 micro F1 \(String(format: "%.3f", one.micro.f1)); both passes:\n\(two)")
        }
        return bytes
    }
}

// MARK: - Training machinery

/// One training sentence: document index and token range.
struct Instance {
    let document: Int32
    let start: Int32
    let end: Int32
}

/// A document's interned feature rows, gold labels and word hashes.
struct TrainingDocument {
    var rows: [Int32]
    var offsets: [Int32]
    var gold: [UInt8]
    var contexts: [TokenContext]

    init(_ document: LabeledDocument, rows: (rows: [Int32], offsets: [Int32]), contexts: [TokenContext]) {
        self.rows = rows.rows
        self.offsets = rows.offsets
        self.gold = document.gold
        self.contexts = contexts
    }
}

/// Interned feature keys: those seen at least `minCount` times, numbered in order of first appearance.
struct FeatureSpace {
    var ids: [UInt64: Int32] = [:]
    var keys: [UInt64] = []
    var seen = 0

    init(blocks: [FeatureBlock], weights: [Int], minCount: Int) {
        var counts: [UInt64: Int32] = [:]
        counts.reserveCapacity(blocks.reduce(0) { $0 + $1.keys.count } / 4)
        for (b, block) in blocks.enumerated() {
            let w = Int32(weights[b])
            for key in block.keys { counts[key, default: 0] += w }
        }
        seen = counts.count
        for block in blocks {
            for key in block.keys where ids[key] == nil && counts[key]! >= Int32(minCount) {
                ids[key] = Int32(keys.count)
                keys.append(key)
            }
        }
    }

    func rows(of block: FeatureBlock) -> (rows: [Int32], offsets: [Int32]) {
        var rows: [Int32] = []
        rows.reserveCapacity(block.keys.count)
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(block.offsets.count)
        for i in 0..<(block.offsets.count - 1) {
            for k in block.range(i) {
                if let id = ids[block.keys[k]] { rows.append(id) }
            }
            offsets.append(Int32(rows.count))
        }
        return (rows, offsets)
    }
}

/// An averaged multiclass perceptron over interned (static) and hashed (label-history) features.
///
/// Averaging uses the lazy timestamp trick: each weight keeps the running sum of its past values up to
/// the step of its last change, so an update costs O(1) and the average is exact.
final class PerceptronTrainer {
    static let classes = BILOU.classCount
    var keys: [UInt64]
    var history: [UInt64: Int32] = [:]
    var w: [Float]
    var total: [Double]
    var stamp: [Int32]
    var step: Int32 = 0

    init(staticKeys: [UInt64]) {
        keys = staticKeys
        let n = staticKeys.count * Self.classes
        w = [Float](repeating: 0, count: n)
        total = [Double](repeating: 0, count: n)
        stamp = [Int32](repeating: 0, count: n)
    }

    private func newRow(_ key: UInt64) -> Int32 {
        let row = Int32(keys.count)
        keys.append(key)
        history[key] = row
        w.append(contentsOf: repeatElement(0, count: Self.classes))
        total.append(contentsOf: repeatElement(0, count: Self.classes))
        stamp.append(contentsOf: repeatElement(0, count: Self.classes))
        return row
    }

    @inline(__always) private func update(_ row: Int32, truth: Int, guess: Int) {
        let base = Int(row) * Self.classes
        let s = step
        for (c, delta) in [(truth, Float(1)), (guess, Float(-1))] {
            let i = base + c
            total[i] += Double(s - stamp[i]) * Double(w[i])
            stamp[i] = s
            w[i] += delta
        }
    }

    private func update(
        _ features: Range<Int>, doc: TrainingDocument, dynamicRows: [Int32], keys: UnsafeMutablePointer<UInt64>,
        truth: UInt8, guess: UInt8
    ) {
        for k in features { update(doc.rows[k], truth: Int(truth), guess: Int(guess)) }
        for j in 0..<Features.historyCount {
            let row = dynamicRows[j] >= 0 ? dynamicRows[j] : newRow(keys[j])
            update(row, truth: Int(truth), guess: Int(guess))
        }
    }

    func train(_ instances: [Instance], documents: [TrainingDocument], epochs: Int, seed: UInt64) {
        var order = instances
        var rng = SplitMix64(seed: seed)
        var base = [Float](repeating: 0, count: Self.classes)
        var scores = [Float](repeating: 0, count: Self.classes)
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: Features.historyCount)
        defer { keys.deallocate() }
        var dynamicRows = [Int32](repeating: 0, count: Features.historyCount)
        for _ in 0..<epochs {
            rng.shuffle(&order)
            for instance in order {
                let doc = documents[Int(instance.document)]
                var previous = Features.start, beforePrevious = Features.start
                let end = Int(instance.end)
                for i in Int(instance.start)..<end {
                    for c in 0..<Self.classes { base[c] = 0 }
                    let features = Int(doc.offsets[i])..<Int(doc.offsets[i + 1])
                    w.withUnsafeBufferPointer { w in
                        for k in features {
                            let row = Int(doc.rows[k]) * Self.classes
                            for c in 0..<Self.classes { base[c] += w[row + c] }
                        }
                    }
                    let truth = doc.gold[i]
                    var guess: UInt8 = 0
                    for attempt in 0..<2 {
                        for c in 0..<Self.classes { scores[c] = base[c] }
                        Features.history(previous: previous, beforePrevious: beforePrevious, token: doc.contexts[i], into: keys)
                        for j in 0..<Features.historyCount { dynamicRows[j] = history[keys[j]] ?? -1 }
                        for r in dynamicRows where r >= 0 {
                            let row = Int(r) * Self.classes
                            for c in 0..<Self.classes { scores[c] += w[row + c] }
                        }
                        if attempt == 0 {
                            let unconstrained = scores.withUnsafeMutableBufferPointer { GreedyDecoder.best($0.baseAddress!, allowed: BILOU.all) }
                            if let closed = BILOU.closing(previous, best: unconstrained) {
                                // The decoder will close the open span here. If the gold label continues it,
                                // that decision is the error: learn it with this history.
                                if BILOU.continues(previous, with: truth) {
                                    update(features, doc: doc, dynamicRows: dynamicRows, keys: keys, truth: truth, guess: unconstrained)
                                }
                                previous = closed
                                continue
                            }
                        }
                        let allowed = BILOU.allowedAfter(previous, isLast: i == end - 1, mayStart: doc.contexts[i].mayStartName)
                        guess = scores.withUnsafeMutableBufferPointer { GreedyDecoder.best($0.baseAddress!, allowed: allowed) }
                        if guess != truth && allowed & (1 << UInt16(truth)) != 0 {
                            update(features, doc: doc, dynamicRows: dynamicRows, keys: keys, truth: truth, guess: guess)
                        } else if guess != truth && attempt == 0 {
                            update(features, doc: doc, dynamicRows: dynamicRows, keys: keys, truth: truth, guess: guess)
                        }
                        break
                    }
                    step += 1
                    beforePrevious = previous
                    previous = guess
                }
            }
        }
    }

    /// The averaged weights as a table (rows in interning order).
    func averagedTable() -> WeightTable {
        var averaged = [Float](repeating: 0, count: w.count)
        let t = Double(max(step, 1))
        for i in w.indices {
            let sum = total[i] + Double(step - stamp[i]) * Double(w[i])
            averaged[i] = Float(sum / t)
        }
        return WeightTable(keys: keys, weights: averaged)
    }
}

/// A small deterministic PRNG (SplitMix64), for shuffles and generated corpora that do not depend on the
/// platform: the same seed gives the same numbers everywhere.
public struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Fisher–Yates with our own bounded draws (Swift's `shuffle(using:)` algorithm is not promised).
    mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            a.swapAt(i, j)
        }
    }
}

/// Read-only inputs shared by the concurrent training jobs.
final class SharedInputs: @unchecked Sendable {
    let docs: [TrainingDocument]
    let prepared: [PreparedDocument]
    let localBlocks: [FeatureBlock]
    let instances: [Instance]
    let foldOf: [Int]
    init(docs: [TrainingDocument], prepared: [PreparedDocument], localBlocks: [FeatureBlock], instances: [Instance], foldOf: [Int]) {
        self.docs = docs
        self.prepared = prepared
        self.localBlocks = localBlocks
        self.instances = instances
        self.foldOf = foldOf
    }
}

/// One result slot per concurrent job, each written once by its own job.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
    func get(_ i: Int) -> T { lock.lock(); defer { lock.unlock() }; return slots[i]! }
}

struct Stopwatch {
    let start = Date()
    var last = Date()
    mutating func lap() -> Double {
        let now = Date()
        defer { last = now }
        return now.timeIntervalSince(last)
    }
    var total: Double { Date().timeIntervalSince(start) }
}
