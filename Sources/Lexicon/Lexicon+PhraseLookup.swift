/// Phrase lookup: fold a phrase to its `NameKey` form and find its entry.
extension Lexicon {
    /// The entry number of `phrase`: its capital-only entry when it is written in capitals and has one,
    /// else its ordinary entry.
    func entry(_ phrase: String) -> Int? {
        var phrase = phrase
        // ASCII phrases (nearly all) are folded without Foundation and without allocating.
        let ascii: Int?? = phrase.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return .none }
            let capitals = Self.isWrittenInCapitals(ascii: utf8)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { buffer in
                let key = Self.asciiNameKey(utf8, into: buffer)
                return .some(find(UnsafeBufferPointer(rebasing: buffer[key]), capitals: capitals))
            }
        }
        if let found = ascii { return found }
        let capitals = Self.isWrittenInCapitals(phrase)
        var key = NameKey.make(phrase)
        return key.withUTF8 { find($0, capitals: capitals) }
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, capitals: Bool) -> Int? {
        if capitals, let entry = table.find(key, fold: .upper) { return entry }
        return table.find(key, fold: .none)
    }

    /// `NameKey.make` for an ASCII phrase, written into `buffer` (at least as long as `utf8`): letters
    /// and digits lower-cased, apostrophes and backquotes dropped, any other run of characters one
    /// space, no space at either end, a leading "the " dropped. Returns where the key is in `buffer`.
    static func asciiNameKey(_ utf8: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Range<Int> {
        var length = 0
        var pendingSpace = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && length > 0 {
                    buffer[length] = 0x20
                    length += 1
                }
                pendingSpace = false
                buffer[length] = byte <= UInt8(ascii: "Z") && byte >= UInt8(ascii: "A") ? byte + 0x20 : byte
                length += 1
            default:
                pendingSpace = true
            }
        }
        if length >= 4 && buffer[0] == UInt8(ascii: "t") && buffer[1] == UInt8(ascii: "h")
            && buffer[2] == UInt8(ascii: "e") && buffer[3] == 0x20 {
            return 4..<length
        }
        return 0..<length
    }

    /// `isWrittenInCapitals(_:)` for the UTF-8 of an ASCII phrase.
    static func isWrittenInCapitals(ascii utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        if utf8.count > 4 && utf8[0] | 0x20 == UInt8(ascii: "t") && utf8[1] | 0x20 == UInt8(ascii: "h")
            && utf8[2] | 0x20 == UInt8(ascii: "e") && utf8[3] == 0x20 {
            start = 4
        }
        var sawLetter = false
        for byte in utf8[start...] {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) { return false }
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { sawLetter = true }
        }
        return sawLetter
    }

    /// Every key, as stored (capital-only keys in capitals); for tests.
    var keys: [String] {
        (0..<table.count).map { table.key($0) }
    }

    private static let theAndSpace: [UInt32] = [0x74, 0x68, 0x65, 0x20]

    /// Whether `phrase` has a letter and no lower-case letter, not counting a leading "the " (which
    /// `NameKey` drops: "the UK").
    static func isWrittenInCapitals(_ phrase: String) -> Bool {
        var sawLetter = false
        var scalars = phrase.unicodeScalars[...]
        // "the " in any case: ASCII letters | 0x20 are lower case, and a space stays a space.
        if scalars.prefix(4).elementsEqual(Self.theAndSpace, by: { ($1 == 0x20 ? $0.value : $0.value | 0x20) == $1 }) {
            scalars = scalars.dropFirst(4)
        }
        for scalar in scalars {
            let properties = scalar.properties
            if properties.isLowercase { return false }
            if properties.isAlphabetic { sawLetter = true }
        }
        return sawLetter
    }
}
