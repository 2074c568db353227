import Foundation

/// The saved model: two weight tables (pass 1: local features; pass 2: local + document context).
///
/// Layout, little-endian:
/// ```
/// "NDXNER01"                          8 bytes magic
/// UInt32 format version (1), UInt32 class count (13), UInt32 pass count (2), UInt32 row count
/// rows sorted by key (the top 40 bits of the feature hash), the two passes sharing one key list:
///   varint (key − previous key)
///   per pass: UInt16 class mask (bit 15: wide); if the mask is not 0, one byte e (row scale
///             2^((e − 160) / 4)) and, per set class bit, an Int8 (Int16 when wide) weight / scale
/// ```
/// A row scale keeps the error of a weight below 1/254 of its row's largest weight; rows whose largest
/// weight exceeds `wideAbove` (the few bias-like and label-history rows, weights in the thousands) are
/// stored as Int16 so their absolute error stays small too. Weights below the prune threshold are
/// dropped. Writing is deterministic: rows sorted by key, nothing from hash-map order.
struct TaggerModel: Sendable {
    static let magic: [UInt8] = Array("NDXNER01".utf8)
    static let formatVersion: UInt32 = 1
    static let passCount = 2
    static let wideAbove: Float = 16
    static let wideBit: UInt16 = 1 << 15
    static let scales: [Float] = (0..<256).map { pow(2, (Float($0) - 160) / 4) }

    /// One table per pass. All share one key list and hash table: a key has the same row in every
    /// pass, so the tagger looks a token's pass-1 features up once for both passes.
    let passes: [WeightTable]

    /// A model of `tables` (one per pass, as training makes them, each with its own keys), re-laid on
    /// the union of their keys; a key a table lacks gets zero weights there.
    init(passes tables: [WeightTable]) {
        var keys: [UInt64] = []
        var seen: Set<UInt64> = []
        for table in tables {
            for key in table.keys where seen.insert(key).inserted { keys.append(key) }
        }
        let width = BILOU.classCount
        let weights = tables.map { table in
            var weights = [Float](repeating: 0, count: keys.count * width)
            for (r, key) in keys.enumerated() {
                let row = table.row(normalized: key)
                guard row >= 0 else { continue }
                for c in 0..<width { weights[r * width + c] = table.weight(row: row, class: c) }
            }
            return weights
        }
        self.init(keys: keys, weights: weights)
    }

    /// A model whose passes have `weights[p]` (`keys.count × classCount` each) for normalized `keys`.
    private init(keys: [UInt64], weights: [[Float]]) {
        let first = WeightTable(keys: keys, weights: weights[0], normalized: true)
        passes = [first] + weights.dropFirst().map(first.withWeights)
    }

    /// The rows of the keys of `block`, the same in every pass.
    func rows(of block: FeatureBlock) -> FeatureRows {
        passes[0].rows(of: block)
    }

    init(bytes: [UInt8]) throws {
        var reader = ByteReader(bytes: bytes)
        guard try reader.bytes(8) == Self.magic else { throw NameTaggerError("not a newsdex tagger model (bad magic)") }
        let version = try reader.u32()
        guard version == Self.formatVersion else {
            throw NameTaggerError("tagger model format \(version) is not supported (expected \(Self.formatVersion))")
        }
        let classes = try reader.u32()
        guard classes == UInt32(BILOU.classCount) else { throw NameTaggerError("tagger model has \(classes) classes, expected 13") }
        let passCount = try reader.u32()
        guard passCount == UInt32(Self.passCount) else { throw NameTaggerError("tagger model has \(passCount) passes, expected 2") }
        let rows = Int(try reader.u32())
        guard rows <= bytes.count else { throw NameTaggerError("tagger model is truncated") }
        var keys = [UInt64](repeating: 0, count: rows)
        var weights = [[Float]](repeating: [Float](repeating: 0, count: rows * BILOU.classCount), count: Self.passCount)
        var key: UInt64 = 0
        for r in 0..<rows {
            key &+= try reader.varint()
            keys[r] = key
            for p in 0..<Self.passCount {
                let mask = try reader.u16()
                guard mask & ~Self.wideBit != 0 else { continue }
                let scale = Self.scales[Int(try reader.byte())]
                let wide = mask & Self.wideBit != 0
                for c in 0..<BILOU.classCount where mask & (1 << UInt16(c)) != 0 {
                    let q = wide ? Float(Int16(bitPattern: try reader.u16())) : Float(Int8(bitPattern: try reader.byte()))
                    weights[p][r * BILOU.classCount + c] = q * scale
                }
            }
        }
        guard reader.isAtEnd else { throw NameTaggerError("tagger model has trailing bytes") }
        self.init(keys: keys, weights: weights)
    }

    /// Serializes the tables, dropping weights below `threshold` in absolute value.
    static func serialize(_ tables: [WeightTable], threshold: Float) -> [UInt8] {
        precondition(tables.count == passCount)
        var out = ByteWriter()
        out.bytes(magic)
        out.u32(formatVersion)
        out.u32(UInt32(BILOU.classCount))
        out.u32(UInt32(passCount))
        // merged rows: key → per-pass weights (rows sharing a 40-bit key are summed)
        let width = passCount * BILOU.classCount
        var index: [UInt64: Int] = [:]
        var merged: [Float] = []
        var order: [UInt64] = []
        for (p, table) in tables.enumerated() {
            for (r, key) in table.keys.enumerated() {
                let m: Int
                if let existing = index[key] {
                    m = existing
                } else {
                    m = order.count
                    index[key] = m
                    order.append(key)
                    merged.append(contentsOf: repeatElement(0, count: width))
                }
                for c in 0..<BILOU.classCount {
                    merged[m * width + p * BILOU.classCount + c] += table.weight(row: r, class: c)
                }
            }
        }
        var body = ByteWriter()
        var rowCount: UInt32 = 0
        var previous: UInt64 = 0
        for key in order.sorted() {
            let m = index[key]!
            var encoded = ByteWriter()
            var any = false
            for p in 0..<passCount {
                let row = (0..<BILOU.classCount).map { merged[m * width + p * BILOU.classCount + $0] }
                let maxAbs = row.map { abs($0) }.max() ?? 0
                let wide = maxAbs > wideAbove
                let limit: Float = wide ? 32767 : 127
                var e = 0
                if maxAbs >= threshold {
                    e = max(0, min(255, Int((4 * log2(maxAbs / limit)).rounded(.up)) + 160))
                    while e < 255 && (maxAbs / scales[e]).rounded() > limit { e += 1 }
                }
                var mask: UInt16 = 0
                var values: [Int] = []
                if maxAbs >= threshold {
                    for c in 0..<BILOU.classCount where abs(row[c]) >= threshold {
                        let q = Int((row[c] / scales[e]).rounded())
                        guard q != 0 else { continue }
                        mask |= 1 << UInt16(c)
                        values.append(q)
                    }
                }
                if mask == 0 {
                    encoded.u16(0)
                    continue
                }
                any = true
                encoded.u16(mask | (wide ? wideBit : 0))
                encoded.bytes([UInt8(e)])
                for q in values {
                    if wide { encoded.u16(UInt16(bitPattern: Int16(q))) } else { encoded.bytes([UInt8(bitPattern: Int8(q))]) }
                }
            }
            guard any else { continue }
            body.varint(key &- previous)
            previous = key
            body.bytes(encoded.data)
            rowCount += 1
        }
        out.u32(rowCount)
        out.bytes(body.data)
        return out.data
    }
}

/// A one-line error of the tagger (bad model bytes, unreadable corpus).
public struct NameTaggerError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as one sentence.
    public let description: String
    init(_ description: String) { self.description = description }
}

struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    var isAtEnd: Bool { position == bytes.count }

    mutating func bytes(_ n: Int) throws -> [UInt8] {
        guard position + n <= bytes.count else { throw NameTaggerError("tagger model is truncated") }
        defer { position += n }
        return Array(bytes[position..<position + n])
    }
    mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw NameTaggerError("tagger model is truncated") }
        defer { position += 1 }
        return bytes[position]
    }
    mutating func u16() throws -> UInt16 {
        guard position + 2 <= bytes.count else { throw NameTaggerError("tagger model is truncated") }
        defer { position += 2 }
        return UInt16(bytes[position]) | UInt16(bytes[position + 1]) << 8
    }
    mutating func u32() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw NameTaggerError("tagger model is truncated") }
        defer { position += 4 }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[position + k]) << UInt32(8 * k) }
        return v
    }
    mutating func varint() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw NameTaggerError("tagger model is truncated") }
            let b = bytes[position]
            position += 1
            v |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return v }
            shift += 7
        }
    }
}

struct ByteWriter {
    var data: [UInt8] = []
    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func u16(_ v: UInt16) { data.append(UInt8(v & 0xFF)); data.append(UInt8(v >> 8)) }
    mutating func u32(_ v: UInt32) { for k in 0..<4 { data.append(UInt8((v >> UInt32(8 * k)) & 0xFF)) } }
    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            data.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        data.append(UInt8(v))
    }
}
