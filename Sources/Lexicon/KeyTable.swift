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
    /// Entry number of each slot, -1 when empty; the count is a power of two.
    private var slots: [Int32]
    /// Where each entry's key is in `store`.
    private var starts: [Int32] = []
    private var lengths: [Int32] = []

    /// The number of keys.
    var count: Int { starts.count }

    init(store: ByteStore, expectedKeys: Int) {
        self.store = store
        var capacity = 16
        while capacity < expectedKeys * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        starts.reserveCapacity(expectedKeys)
        lengths.reserveCapacity(expectedKeys)
    }

    /// The entry of `key`, or nil.
    ///
    /// - Complexity: O(length of `key`) on average.
    func find(_ key: UnsafeBufferPointer<UInt8>, fold: Fold) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(key, fold) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if matches(entry, key, fold) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// The entry of the key at `range` of the store, added if new.
    mutating func insert(_ range: Range<Int>) -> (entry: Int, isNew: Bool) {
        let key = UnsafeBufferPointer(rebasing: store.bytes[range])
        let mask = slots.count - 1
        var slot = Self.hash(key, .none) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { break }
            if matches(entry, key, .none) { return (entry, false) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(count)
        starts.append(Int32(range.lowerBound))
        lengths.append(Int32(range.count))
        if count * 4 > slots.count * 3 { grow() }
        return (count - 1, true)
    }

    /// The key of `entry`, as stored (capital-only keys in capitals).
    func key(_ entry: Int) -> String {
        let start = Int(starts[entry])
        return String(decoding: UnsafeBufferPointer(rebasing: store.bytes[start..<start + Int(lengths[entry])]), as: UTF8.self)
    }

    /// The bytes of the key of `entry`.
    func keyBytes(_ entry: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Int(starts[entry])
        return UnsafeBufferPointer(rebasing: store.bytes[start..<start + Int(lengths[entry])])
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>, _ fold: Fold) -> Bool {
        let length = Int(lengths[entry])
        guard length == key.count else { return false }
        let start = Int(starts[entry])
        let bytes = store.bytes
        for offset in 0..<length where bytes[start + offset] != Self.fold(key[offset], fold) { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in 0..<count {
            var slot = Self.hash(keyBytes(entry), .none) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry)
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

    /// FNV-1a over the folded bytes, with a final mix so the low bits that pick the slot vary.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>, _ fold: Fold) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(Self.fold(byte, fold))) &* 0x0000_0100_0000_01b3 }
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: hash)
    }
}
