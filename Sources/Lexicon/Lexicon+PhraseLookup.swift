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

    func find(_ key: UnsafeBufferPointer<UInt8>, capitals: Bool) -> Int? {
        if capitals, let entry = table.find(key, fold: .upper) { return entry }
        return table.find(key, fold: .none)
    }

    /// `NameKey.make` for an ASCII phrase, written into `buffer` (at least as long as `utf8`): letters
    /// and digits lower-cased, apostrophes and backquotes dropped, any other run of characters one
    /// space, no space at either end, a leading "the " dropped. Returns where the key is in `buffer`.
    static func asciiNameKey(_ utf8: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Range<Int> {
        var length = 0
        foldASCII(utf8, separated: false, afterOutput: false) { byte in
            buffer[length] = byte
            length += 1
        }
        return withoutLeadingThe(UnsafeBufferPointer(rebasing: buffer[..<length]))
    }

    /// The fold of `asciiNameKey` before "the " is dropped, byte by byte to `emit`. `separated`: a run of
    /// other characters comes before `utf8` (a space joining it to a phrase); `afterOutput`: bytes were
    /// emitted before, so a letter or digit after a run is preceded by a space.
    @inline(__always)
    static func foldASCII(_ utf8: UnsafeBufferPointer<UInt8>, separated: Bool, afterOutput: Bool, emit: (UInt8) -> Void) {
        var pendingSpace = separated
        var hasOutput = afterOutput
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && hasOutput { emit(0x20) }
                pendingSpace = false
                hasOutput = true
                emit(byte <= UInt8(ascii: "Z") && byte >= UInt8(ascii: "A") ? byte + 0x20 : byte)
            default:
                pendingSpace = true
            }
        }
    }

    /// The range of a folded phrase without its leading "the " (which `NameKey` drops).
    @inline(__always)
    static func withoutLeadingThe(_ folded: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        if folded.count >= 4 && folded[0] == UInt8(ascii: "t") && folded[1] == UInt8(ascii: "h")
            && folded[2] == UInt8(ascii: "e") && folded[3] == 0x20 {
            return 4..<folded.count
        }
        return 0..<folded.count
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

/// The lexicon's categories of the phrases that start at one token and grow one token at a time ("New",
/// "New York", "New York City"), as `Lexicon.categories(of:)` gives them for the tokens joined by
/// spaces, with two savings: each token is folded once, and `extend(with:)` says when no phrase of the
/// lexicon begins with the tokens so far, so the caller can stop growing.
///
/// ```swift
/// var lookup = PhraseLookup(lexicon: .shared)
/// for token in ["New", "York", "said"] {
///     guard lookup.extend(with: token) else { break }   // stops at "New York said"
///     print(lookup.categories())
/// }
/// ```
public struct PhraseLookup {
    private let lexicon: Lexicon
    /// The UTF-8 of the tokens so far, joined by spaces.
    private var phrase: [UInt8] = []
    /// The fold of `phrase` as `Lexicon.asciiNameKey` makes it, with a leading "the " kept; valid
    /// while `isASCII`.
    private var folded: [UInt8] = []
    private var isASCII = true

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        phrase.reserveCapacity(64)
        folded.reserveCapacity(64)
    }

    /// Forgets the tokens, to start a phrase at another token.
    public mutating func reset() {
        phrase.removeAll(keepingCapacity: true)
        folded.removeAll(keepingCapacity: true)
        isASCII = true
    }

    /// Adds `token` at the end of the phrase. Returns false, and adds nothing, when `token` has a letter
    /// or digit and no key of the lexicon begins with the phrase so far followed by one: this phrase and
    /// every longer one are then unknown.
    ///
    /// A token without letters or digits ("&", "-") leaves the key as it is and is always added; a phrase
    /// with a non-ASCII character is never cut short.
    public mutating func extend(with token: String) -> Bool {
        var token = token
        return token.withUTF8 { utf8 in
            let tokenIsASCII = !utf8.contains(where: { $0 >= 0x80 })
            if isASCII && tokenIsASCII {
                let grows = utf8.contains(where: Self.isASCIILetterOrDigit)
                if grows && !mayGrow() { return false }
                let afterOutput = !folded.isEmpty
                Lexicon.foldASCII(utf8, separated: !phrase.isEmpty, afterOutput: afterOutput) { folded.append($0) }
            } else {
                isASCII = false
            }
            if !phrase.isEmpty { phrase.append(0x20) }
            phrase.append(contentsOf: utf8)
            return true
        }
    }

    /// `Lexicon.categories(of:)` of the phrase so far.
    public func categories() -> LexiconCategory {
        guard isASCII else { return lexicon.categories(of: String(decoding: phrase, as: UTF8.self)) }
        let entry: Int? = folded.withUnsafeBufferPointer { folded in
            phrase.withUnsafeBufferPointer { phrase in
                let key = UnsafeBufferPointer(rebasing: folded[Lexicon.withoutLeadingThe(folded)])
                return lexicon.find(key, capitals: Lexicon.isWrittenInCapitals(ascii: phrase))
            }
        }
        return entry.map { lexicon.categoryOf[$0] } ?? []
    }

    /// Whether a key of the lexicon may begin with the phrase's key and a space (always, while the key is
    /// empty or "the": a longer phrase drops that "the ").
    private func mayGrow() -> Bool {
        folded.withUnsafeBufferPointer { folded in
            if folded.isEmpty || (folded.count == 3 && folded[0] == UInt8(ascii: "t") && folded[1] == UInt8(ascii: "h")
                && folded[2] == UInt8(ascii: "e")) {
                return true
            }
            return lexicon.hasKey(beginningWith: UnsafeBufferPointer(rebasing: folded[Lexicon.withoutLeadingThe(folded)]))
        }
    }

    @inline(__always) private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }
}
