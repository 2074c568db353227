/// An open-addressing hash table from keys, UTF-8 byte strings kept in a `ByteStore`, to entry numbers
/// 0, 1, 2, … in order of insertion.
///
/// Loading makes no `String` per key: a key is a range of the lexicon file. Keys of ordinary entries are
/// `NameKey` forms, which have no ASCII capitals; keys of capital-only entries (acronyms, codes: "US")
/// are in ASCII capitals, so the two kinds never collide. A lookup can fold ASCII letters of the probe
/// to capitals or to lower case on the fly.
struct KeyTable: Sendable {
    /// How a probe's ASCII letters are compared.
    enum Fold {
        case none, upper, lower
    }

    let store: ByteStore
    /// One slot per power-of-two position: `Slot.empty`, or an entry number with a fingerprint of its key
    /// (8 bits of its hash), so that a probe passing other keys rarely reads their bytes.
    private var slots: [Slot]
    /// Where each entry's key is in `store`.
    private var spans: [KeySpan] = []

    /// An entry number (24 bits) under the top 8 bits of its key's hash.
    private struct Slot: Equatable {
        static let empty = Slot(bits: .max)
        static let entryMask: UInt32 = 0xFF_FFFF
        let bits: UInt32

        init(bits: UInt32) { self.bits = bits }

        init(entry: Int, hash: UInt64) {
            precondition(entry < Int(Self.entryMask), "KeyTable: more than 16 million keys")
            bits = UInt32(truncatingIfNeeded: hash >> 56) << 24 | UInt32(entry)
        }

        var entry: Int { Int(bits & Self.entryMask) }
        var isEmpty: Bool { self == .empty }
        /// Whether a key with `hash` may be stored here.
        @inline(__always) func mayHold(_ hash: UInt64) -> Bool { bits >> 24 == UInt32(truncatingIfNeeded: hash >> 56) }
    }

    private struct KeySpan {
        var start: Int32
        var length: Int32
    }

    /// The number of keys.
    var count: Int { spans.count }

    init(store: ByteStore, expectedKeys: Int) {
        self.store = store
        slots = [Slot](repeating: .empty, count: Self.capacity(for: expectedKeys))
        spans.reserveCapacity(expectedKeys)
    }

    /// Slots for `keys` keys: a power of two at least twice as many, so probes stay short.
    private static func capacity(for keys: Int) -> Int {
        var capacity = 16
        while capacity < keys * 2 { capacity <<= 1 }
        return capacity
    }

    /// The entry of `key`, or nil.
    ///
    /// - Complexity: O(length of `key`) on average.
    func find(_ key: UnsafeBufferPointer<UInt8>, fold: Fold) -> Int? {
        let hash = Self.hash(key, fold)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let candidate = slots[slot]
                if candidate.isEmpty { return nil }
                if candidate.mayHold(hash) && matches(candidate.entry, key, fold) { return candidate.entry }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The entry of the key at `range` of the store, added if new.
    mutating func insert(_ range: Range<Int>) -> (entry: Int, isNew: Bool) {
        let key = UnsafeBufferPointer(rebasing: store.bytes[range])
        let hash = Self.hash(key, .none)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let candidate = slots[slot]
            if candidate.isEmpty { break }
            if candidate.mayHold(hash) && matches(candidate.entry, key, .none) { return (candidate.entry, false) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(entry: count, hash: hash)
        spans.append(KeySpan(start: Int32(range.lowerBound), length: Int32(range.count)))
        if count * 2 > slots.count { grow() }
        return (count - 1, true)
    }

    /// The key of `entry`, as stored (capital-only keys in capitals).
    func key(_ entry: Int) -> String {
        String(decoding: keyBytes(entry), as: UTF8.self)
    }

    /// Where the key of `entry` is in `store`.
    func keyRange(_ entry: Int) -> Range<Int> {
        let span = spans[entry]
        return Int(span.start)..<Int(span.start + span.length)
    }

    /// The bytes of the key of `entry`.
    func keyBytes(_ entry: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: store.bytes[keyRange(entry)])
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>, _ fold: Fold) -> Bool {
        let span = spans[entry]
        let length = Int(span.length)
        guard length == key.count else { return false }
        let stored = store.bytes.baseAddress! + Int(span.start)
        for offset in 0..<length where stored[offset] != Self.fold(key[offset], fold) { return false }
        return true
    }

    private mutating func grow() {
        slots = [Slot](repeating: .empty, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in 0..<count {
            let hash = Self.hash(keyBytes(entry), .none)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while !slots[slot].isEmpty { slot = (slot + 1) & mask }
            slots[slot] = Slot(entry: entry, hash: hash)
        }
    }

    @inline(__always)
    private static func fold(_ byte: UInt8, _ fold: Fold) -> UInt8 {
        switch fold {
        case .none: byte
        case .upper: (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
        case .lower: (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }
    }

    /// FNV-1a over the folded bytes, with a final mix so the low bits that pick the slot vary; the top
    /// 8 bits are the slot's fingerprint.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>, _ fold: Fold) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(Self.fold(byte, fold))) &* 0x0000_0100_0000_01b3 }
        return hash ^ (hash >> 32)
    }
}
