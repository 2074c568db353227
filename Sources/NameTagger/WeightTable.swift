/// Feature weights: an open-addressing hash table from feature key to a row of one weight per class.
struct WeightTable: Sendable {
    static let classCount = BILOU.classCount
    /// Normalized feature key (see `normalize`) of each row.
    let keys: [UInt64]
    /// One row of weights per key.
    let rows: WeightRows
    /// The slots of the hash table: a normalized key (0: empty) and its row, side by side so that a
    /// probe reads one place.
    private let slots: [Slot]
    private let mask: Int

    private struct Slot {
        var key: UInt64
        var row: Int32
    }

    /// Tables keep the top 40 bits of a feature key (the model stores no more); key 0 marks an empty
    /// slot, so a zero key is stored as 1. With a few hundred thousand features, two keys sharing 40
    /// bits is a one-in-fifty event per model, and an unknown feature hitting a stored one one in five
    /// million.
    @inline(__always) static func normalize(_ key: UInt64) -> UInt64 { max(key >> 24, 1) }

    /// A table of rows `keys[r]` → `weights[r × classCount ..< (r + 1) × classCount]`; `normalized`
    /// says the keys are already in table form (as read from a model file). Of rows sharing a key,
    /// the last one counts.
    init(keys: [UInt64], weights: [Float], normalized: Bool = false) {
        precondition(weights.count == keys.count * Self.classCount)
        let keys = normalized ? keys : keys.map(Self.normalize)
        self.keys = keys
        rows = WeightRows(weights)
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, row: -1), count: capacity)
        let mask = capacity - 1
        for (row, k) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: k) & mask
            while slots[slot].key != 0 && slots[slot].key != k { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: k, row: Int32(row))
        }
        self.slots = slots
        self.mask = mask
    }

    private init(keys: [UInt64], rows: WeightRows, slots: [Slot], mask: Int) {
        self.keys = keys
        self.rows = rows
        self.slots = slots
        self.mask = mask
    }

    /// A table with this one's keys, rows and hash table (shared, not copied) and other weights
    /// (`keys.count × classCount`): every key has the same row in both.
    func withWeights(_ weights: [Float]) -> WeightTable {
        precondition(weights.count == keys.count * Self.classCount)
        return WeightTable(keys: keys, rows: WeightRows(weights), slots: slots, mask: mask)
    }

    /// The weight of class `c` in row `row`.
    func weight(row: Int, class c: Int) -> Float { rows[row, c] }

    var count: Int { keys.count }

    /// The row of `key`, or -1.
    @inline(__always) func row(_ key: UInt64) -> Int { row(normalized: Self.normalize(key)) }

    /// The row of a key already in table form, or -1.
    @inline(__always) func row(normalized k: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: k) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let s = slots[slot]
                if s.key == k { return Int(s.row) }
                if s.key == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the weights of `key` (if known) to `scores`.
    @inline(__always) func add(_ key: UInt64, to scores: inout WeightRows.Vector) {
        let r = row(key)
        guard r >= 0 else { return }
        scores += rows.vector(r)
    }

    /// The rows of the keys of `block`, token by token, in the same order; unknown keys are left out
    /// (they add nothing).
    func rows(of block: FeatureBlock) -> FeatureRows {
        var rows = FeatureRows()
        let tokenCount = block.offsets.count - 1
        rows.rows.reserveCapacity(block.keys.count)
        rows.offsets = [Int32](repeating: 0, count: tokenCount + 1)
        for i in 0..<tokenCount {
            for k in block.range(i) {
                let r = row(block.keys[k])
                if r >= 0 { rows.rows.append(Int32(r)) }
            }
            rows.offsets[i + 1] = Int32(rows.rows.count)
        }
        return rows
    }
}

/// The weight rows of the features of every token of a document, stored flat like `FeatureBlock`:
/// token i's rows are `rows[offsets[i]..<offsets[i + 1]]`.
struct FeatureRows {
    var rows: [Int32] = []
    var offsets: [Int32] = [0]

    @inline(__always) func range(_ i: Int) -> Range<Int> { Int(offsets[i])..<Int(offsets[i + 1]) }
}

/// Rows of `BILOU.classCount` weights, each padded with zeros to 16 and stored on its own 64-byte cache
/// line: adding a row to a score is one read of one line, four vector additions. Immutable.
final class WeightRows: @unchecked Sendable {
    /// A row, or a score: one lane per class (lanes from `classCount` on stay zero).
    typealias Vector = SIMD16<Float>
    static let width = Vector.scalarCount
    private let storage: UnsafeMutablePointer<Float>

    /// Rows from `weights`, `classCount` per row.
    init(_ weights: [Float]) {
        let classCount = BILOU.classCount
        precondition(weights.count % classCount == 0 && classCount <= Self.width)
        let count = weights.count / classCount
        storage = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<Vector>.stride, alignment: 64)
            .bindMemory(to: Float.self, capacity: max(count, 1) * Self.width)
        storage.initialize(repeating: 0, count: max(count, 1) * Self.width)
        for r in 0..<count {
            for c in 0..<classCount { storage[r * Self.width + c] = weights[r * classCount + c] }
        }
    }

    deinit { storage.deallocate() }

    /// The weight of class `c` in row `r`.
    subscript(r: Int, c: Int) -> Float { storage[r * Self.width + c] }

    /// The weights of row `r` as one vector.
    @inline(__always) func vector(_ r: Int) -> Vector {
        UnsafeRawPointer(storage + r * Self.width).load(as: Vector.self)
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
        decode(d, rows: [table.rows(of: block)], table: table)
    }

    /// `decode(_:block:table:)` with the features already looked up: each token's score starts from the
    /// weights of its rows in every one of `blocks`, in order (rows of `table`).
    static func decode(_ d: PreparedDocument, rows blocks: [FeatureRows], table: WeightTable) -> [UInt8] {
        var labels = [UInt8](repeating: BILOU.outside, count: d.count)
        let history = UnsafeMutablePointer<UInt64>.allocate(capacity: Features.historyCount)
        defer { history.deallocate() }
        let weights = table.rows
        for sentence in d.sentences {
            var previous = Features.start, beforePrevious = Features.start
            for i in sentence {
                var base = WeightRows.Vector(repeating: 0)
                for block in blocks {
                    block.rows.withUnsafeBufferPointer { rows in
                        for k in block.range(i) { base += weights.vector(Int(rows[k])) }
                    }
                }
                let isLast = i == sentence.upperBound - 1
                var guess: UInt8 = 0
                for attempt in 0..<2 {
                    var scores = base
                    Features.history(previous: previous, beforePrevious: beforePrevious, token: d.contexts[i], into: history)
                    for k in 0..<Features.historyCount { table.add(history[k], to: &scores) }
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
        return labels
    }

    /// `best(_:allowed:)` of a score vector.
    @inline(__always) static func best(_ scores: WeightRows.Vector, allowed: UInt16) -> UInt8 {
        var scores = scores
        return withUnsafeMutablePointer(to: &scores) { vector in
            vector.withMemoryRebound(to: Float.self, capacity: WeightRows.width) { best($0, allowed: allowed) }
        }
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
