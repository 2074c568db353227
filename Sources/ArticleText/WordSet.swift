/// A fixed set of words for the extraction's membership tests ("is this word a role, a month, a
/// connector?"), several times faster than `Set<String>` on ASCII words.
///
/// `Set<String>` hashes every word with SipHash, after normalizing it when it is not ASCII. A `WordSet`
/// hashes an ASCII word's bytes with FNV-1a into an open-addressed table of its ASCII members; a word
/// with any other scalar goes to a `Set<String>` of all the members, so that comparison keeps Swift's
/// canonical equivalence. Members are taken as written (our word lists are in NFC).
///
/// ```swift
/// let months: WordSet = ["January", "February"]
/// months.contains("January")   // true
/// ```
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// The ASCII members, sorted, and their hashes (compared before the words).
    private let asciiWords: [String]
    private let asciiHashes: [Int]
    /// Open-addressed slots: 0 for empty, else 1 + an index into `asciiWords`; the count is a power of two.
    private let slots: [Int32]
    /// Every member, for words that are not ASCII and for iteration.
    private let members: Set<String>

    public init(_ words: some Sequence<String>) {
        members = Set(words)
        let ascii = members.compactMap { word in Self.asciiHash(word).map { (word, $0) } }.sorted { $0.0 < $1.0 }
        var capacity = 8
        while capacity < ascii.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (index, (_, hash)) in ascii.enumerated() {
            var slot = hash & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index + 1)
        }
        asciiWords = ascii.map(\.0)
        asciiHashes = ascii.map(\.1)
        self.slots = slots
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is a member.
    public func contains(_ word: String) -> Bool {
        guard let hash = Self.asciiHash(word) else { return members.contains(word) }
        return containsASCII(word, hash: hash)
    }

    /// Whether `word` is a member.
    public func contains(_ word: Substring) -> Bool {
        contains(String(word))
    }

    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }

    public func makeIterator() -> Set<String>.Iterator { members.makeIterator() }

    /// The members of this set and the words of `other`.
    public func union(_ other: some Sequence<String>) -> WordSet {
        WordSet(members.union(other))
    }

    /// The members of this set that are not words of `other`.
    public func subtracting(_ other: some Sequence<String>) -> WordSet {
        WordSet(members.subtracting(other))
    }

    func containsASCII(_ word: String, hash: Int) -> Bool {
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return false }
            if asciiHashes[entry - 1] == hash, asciiWords[entry - 1] == word { return true }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the word's UTF-8 bytes; nil when a byte is not ASCII.
    static func asciiHash(_ word: String) -> Int? {
        var word = word
        return word.withUTF8 { bytes -> Int? in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return high < 0x80 ? Int(truncatingIfNeeded: hash ^ (hash >> 32)) : nil
        }
    }
}
