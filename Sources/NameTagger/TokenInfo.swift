/// What the features need to know about one token, computed once per token.
struct TokenInfo {
    /// The token's text, lowercased, as Unicode scalar values.
    let lower: [UInt32]
    /// Hash of `lower`.
    let word: UInt64
    /// Hash of the word shape ("Xxxx", "XX", "Xx-Xx", "dd.dd"; runs longer than four are cut to four).
    let shape: UInt64
    /// Hash of the short shape (every run collapsed to one: "Xx", "X", "Xx-Xx", "d.d").
    let shortShape: UInt64
    /// `Flag` bits.
    let flags: UInt32

    @inline(__always) func has(_ f: Flag) -> Bool { flags & f.rawValue != 0 }

    /// Capitalized in the sense names are: starts with an upper-case letter.
    var isCapitalized: Bool { has(.initialCapital) }

    enum Flag: UInt32, CaseIterable {
        case initialCapital = 0x1
        case allCaps = 0x2
        case allLower = 0x4
        case mixedCaps = 0x8
        case hasDigit = 0x10
        case allDigits = 0x20
        case hasHyphen = 0x40
        case hasPeriod = 0x80
        case hasApostrophe = 0x100
        case noAlphanumeric = 0x200
        case initial = 0x400  // "J." — one capital letter and a period
        case hasLetter = 0x800
        case length1 = 0x1000
        case length2to3 = 0x2000
        case length4to7 = 0x4000
        case length8plus = 0x8000
        case hasNonASCII = 0x10000
    }

    /// What the features read of one scalar: letter case, digit, and its lower-case mapping.
    struct ScalarFacts: Equatable {
        var isAlphabetic: Bool
        var isUppercase: Bool
        var isNumeric: Bool
        /// The lower-case mapping, when it is a single scalar (always, for ASCII).
        var lower: UInt32?

        /// The facts of `s`: ASCII scalars by their code alone, others from Unicode properties.
        @inline(__always) init(_ s: Unicode.Scalar) {
            let v = s.value
            guard v < 0x80 else {
                self = ScalarFacts(properties: s)
                return
            }
            let isUpper = v >= 0x41 && v <= 0x5A
            isUppercase = isUpper
            isAlphabetic = isUpper || (v >= 0x61 && v <= 0x7A)
            isNumeric = v >= 0x30 && v <= 0x39
            lower = isUpper ? v + 0x20 : v
        }

        /// The facts of `s` from its Unicode properties (what the ASCII shortcut must agree with).
        init(properties s: Unicode.Scalar) {
            let p = s.properties
            isAlphabetic = p.isAlphabetic
            isUppercase = p.isUppercase
            isNumeric = p.numericType != nil
            let mapping = p.lowercaseMapping.unicodeScalars
            lower = mapping.count == 1 ? mapping.first!.value : nil
        }
    }

    @inline(__always) static func isHyphen(_ v: UInt32) -> Bool {
        switch v {
        case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014: true
        default: false
        }
    }

    @inline(__always) static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x2BC }

    init(_ text: String) {
        var lower: [UInt32] = []
        lower.reserveCapacity(text.utf8.count)
        var flags: UInt32 = 0
        var letters = 0, uppers = 0, lowers = 0, digits = 0, count = 0
        var upperAfterFirst = false
        var shape = FeatureHash.mix(0x5348_4150)  // running FNV state for the shape
        var shortShape = FeatureHash.mix(0x5353_4850)
        var lastClass: UInt32 = 0, run = 0, lastShort: UInt32 = 0
        for s in text.unicodeScalars {
            count += 1
            let facts = ScalarFacts(s)
            var cls: UInt32
            if facts.isAlphabetic {
                letters += 1
                if facts.isUppercase {
                    uppers += 1
                    if count > 1 { upperAfterFirst = true }
                    cls = 0x58  // X
                } else {
                    lowers += 1
                    cls = 0x78  // x
                }
            } else if facts.isNumeric {
                digits += 1
                cls = 0x64  // d
            } else {
                cls = s.value
            }
            if s.value > 0x7F { flags |= Flag.hasNonASCII.rawValue }
            if Self.isHyphen(s.value) { flags |= Flag.hasHyphen.rawValue }
            if s.value == 0x2E { flags |= Flag.hasPeriod.rawValue }
            if Self.isApostrophe(s.value) { flags |= Flag.hasApostrophe.rawValue }
            if count == 1 && facts.isUppercase { flags |= Flag.initialCapital.rawValue }
            // shape: runs capped at 4
            if cls == lastClass { run += 1 } else { run = 1; lastClass = cls }
            if run <= 4 {
                shape ^= UInt64(cls)
                shape = shape &* 0x0000_0100_0000_01B3
            }
            if cls != lastShort {
                shortShape ^= UInt64(cls)
                shortShape = shortShape &* 0x0000_0100_0000_01B3
                lastShort = cls
            }
            if let l = facts.lower {
                lower.append(l)
            } else {
                for l in s.properties.lowercaseMapping.unicodeScalars { lower.append(l.value) }
            }
        }
        if letters > 0 { flags |= Flag.hasLetter.rawValue }
        if letters > 0 && uppers == letters && letters >= 2 { flags |= Flag.allCaps.rawValue }
        if letters > 0 && lowers == letters { flags |= Flag.allLower.rawValue }
        if upperAfterFirst && lowers > 0 { flags |= Flag.mixedCaps.rawValue }
        if digits > 0 { flags |= Flag.hasDigit.rawValue }
        if digits > 0 && digits == count { flags |= Flag.allDigits.rawValue }
        if letters == 0 && digits == 0 { flags |= Flag.noAlphanumeric.rawValue }
        if count == 2 && uppers == 1 && letters == 1 && lower.last == 0x2E { flags |= Flag.initial.rawValue }
        switch count {
        case ...1: flags |= Flag.length1.rawValue
        case 2...3: flags |= Flag.length2to3.rawValue
        case 4...7: flags |= Flag.length4to7.rawValue
        default: flags |= Flag.length8plus.rawValue
        }
        self.lower = lower
        self.word = FeatureHash.hash(units: lower)
        self.shape = FeatureHash.mix(shape)
        self.shortShape = FeatureHash.mix(shortShape)
        self.flags = flags
    }

    /// Hash of `lower` with `units` extra sentinel (used for positions outside the sentence).
    static let beginWord: UInt64 = FeatureHash.mix(0x3C53_3E00)  // <S>
    static let endWord: UInt64 = FeatureHash.mix(0x3C2F_533E)  // </S>

    /// True when the lowercased token equals `string` (ASCII comparison without allocation).
    @inline(__always) func equals(_ string: StaticString) -> Bool {
        let n = string.utf8CodeUnitCount
        guard lower.count == n else { return false }
        return string.withUTF8Buffer { buffer in
            for k in 0..<n where UInt32(buffer[k]) != lower[k] { return false }
            return true
        }
    }

    @inline(__always) func hasSuffix(_ suffix: [UInt32]) -> Bool {
        guard lower.count > suffix.count else { return false }
        var k = lower.count - suffix.count
        for u in suffix {
            if lower[k] != u { return false }
            k += 1
        }
        return true
    }
}
