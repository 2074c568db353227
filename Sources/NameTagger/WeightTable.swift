/// Feature weights: an open-addressing hash table from feature key to a row of one weight per class.
struct WeightTable: Sendable {
    static let classCount = BILOU.classCount
    /// Normalized feature key (see `normalize`) of each row.
    let keys: [UInt64]
    /// `keys.count × classCount` weights, row-major.
    let weights: [Float]
    private let slotKeys: [UInt64]
    private let slotRows: [Int32]
    private let mask: Int

    /// Tables keep the top 40 bits of a feature key (the model stores no more); key 0 marks an empty
    /// slot, so a zero key is stored as 1. With a few hundred thousand features, two keys sharing 40
    /// bits is a one-in-fifty event per model, and an unknown feature hitting a stored one one in five
    /// million.
    @inline(__always) static func normalize(_ key: UInt64) -> UInt64 { max(key >> 24, 1) }

    /// A table of rows `keys[r]` → `weights[r × classCount ..< (r + 1) × classCount]`; `normalized`
    /// says the keys are already in table form (as read from a model file).
    init(keys: [UInt64], weights: [Float], normalized: Bool = false) {
        precondition(weights.count == keys.count * Self.classCount)
        let keys = normalized ? keys : keys.map(Self.normalize)
        self.keys = keys
        self.weights = weights
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slotKeys = [UInt64](repeating: 0, count: capacity)
        var slotRows = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (row, k) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: k) & mask
            while slotKeys[slot] != 0 && slotKeys[slot] != k { slot = (slot + 1) & mask }
            slotKeys[slot] = k
            slotRows[slot] = Int32(row)
        }
        self.slotKeys = slotKeys
        self.slotRows = slotRows
        self.mask = mask
    }

    var count: Int { keys.count }

    /// The row of `key`, or -1.
    @inline(__always) func row(_ key: UInt64) -> Int {
        let k = Self.normalize(key)
        var slot = Int(truncatingIfNeeded: k) & mask
        return slotKeys.withUnsafeBufferPointer { slots in
            while true {
                let s = slots[slot]
                if s == k { return Int(slotRows[slot]) }
                if s == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the weights of `key` (if known) to `scores`.
    @inline(__always) func add(_ key: UInt64, to scores: UnsafeMutablePointer<Float>) {
        let r = row(key)
        guard r >= 0 else { return }
        weights.withUnsafeBufferPointer { w in
            let base = r * Self.classCount
            for c in 0..<Self.classCount { scores[c] += w[base + c] }
        }
    }
}

/// Greedy left-to-right decoding under BILOU constraints.
enum GreedyDecoder {
    /// Labels for every token of a document (tokens outside every sentence stay O).
    ///
    /// At each token the best class allowed after the previous one is taken. One repair keeps a wrong
    /// start from dragging a span on: when a span is open (previous B-X or I-X) and the best class
    /// overall neither continues nor closes it, the span is closed at the previous token (B-X → U-X,
    /// I-X → L-X) and this token is decided again with that history. A span never starts (B-X, U-X) on a
    /// token without a letter ("08/16/2000", "@"); training applies the same constraint.
    static func decode(_ d: PreparedDocument, block: FeatureBlock, table: WeightTable) -> [UInt8] {
        var labels = [UInt8](repeating: BILOU.outside, count: d.count)
        let base = UnsafeMutablePointer<Float>.allocate(capacity: BILOU.classCount)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: BILOU.classCount)
        defer {
            base.deallocate()
            scores.deallocate()
        }
        let history = UnsafeMutablePointer<UInt64>.allocate(capacity: Features.historyCount)
        defer { history.deallocate() }
        block.keys.withUnsafeBufferPointer { keys in
            for sentence in d.sentences {
                var previous = Features.start, beforePrevious = Features.start
                for i in sentence {
                    base.initialize(repeating: 0, count: BILOU.classCount)
                    for k in block.range(i) { table.add(keys[k], to: base) }
                    let isLast = i == sentence.upperBound - 1
                    var guess: UInt8 = 0
                    for attempt in 0..<2 {
                        scores.update(from: base, count: BILOU.classCount)
                        Features.history(previous: previous, beforePrevious: beforePrevious, token: d.contexts[i], into: history)
                        for k in 0..<Features.historyCount { table.add(history[k], to: scores) }
                        if attempt == 0, let closed = BILOU.closing(previous, best: best(scores, allowed: BILOU.all)) {
                            labels[i - 1] = closed
                            previous = closed
                            continue
                        }
                        guess = best(scores, allowed: BILOU.allowedAfter(previous, isLast: isLast, mayStart: d.contexts[i].mayStartName))
                        break
                    }
                    labels[i] = guess
                    beforePrevious = previous
                    previous = guess
                }
            }
        }
        return labels
    }

    /// The allowed class with the highest score (ties go to the lower class, O first).
    @inline(__always) static func best(_ scores: UnsafeMutablePointer<Float>, allowed: UInt16) -> UInt8 {
        var bestClass = -1
        var bestScore = -Float.infinity
        for c in 0..<BILOU.classCount where allowed & (1 << UInt16(c)) != 0 {
            if bestClass < 0 || scores[c] > bestScore {
                bestScore = scores[c]
                bestClass = c
            }
        }
        return UInt8(bestClass)
    }
}
