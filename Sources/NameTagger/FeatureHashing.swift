/// 64-bit feature hashing shared by training and tagging.
///
/// Every feature is one `UInt64`: a template seed mixed with the hash of the template's value (a
/// lowercased token's scalars, a shape, a label, a gazetteer category...). Nothing here allocates, and
/// nothing depends on Swift's per-process random `Hasher`, so the same text gives the same keys in every
/// run and on every machine.
enum FeatureHash {
    /// SplitMix64's finalizer: a strong, cheap bijective mixer.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Combines two hashes (order matters).
    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a ^ (mix(b) &* 0x2545_F491_4F6C_DD1D))
    }

    /// FNV-1a over 32-bit units (Unicode scalar values), finished with `mix`.
    @inline(__always) static func hash<C: Collection>(units: C, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64
    where C.Element == UInt32 {
        var h = seed
        for u in units {
            h ^= UInt64(u)
            h = h &* 0x0000_0100_0000_01B3
        }
        return mix(h)
    }

    /// The key of one feature: `template` applied to `value`.
    @inline(__always) static func key(_ template: Template, _ value: UInt64) -> UInt64 {
        combine(template.seed, value)
    }

    @inline(__always) static func key(_ template: Template, _ a: UInt64, _ b: UInt64) -> UInt64 {
        combine(combine(template.seed, a), b)
    }

    @inline(__always) static func key(_ template: Template, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        combine(combine(combine(template.seed, a), b), c)
    }
}

/// Feature templates. The raw values are part of the model format: never renumber, only append.
enum Template: UInt64 {
    case bias = 1
    case word, wordPrev1, wordPrev2, wordNext1, wordNext2
    case bigramPrev, bigramNext
    case shape, shortShape, shortShapePrev, shortShapeNext, shortShapeTrigram
    case prefix, suffix
    case flag, firstToken, firstShape
    case gazetteer, gazetteerPrev, gazetteerNext
    case surnameMorphology, surnameMorphologyAny
    case roleBefore, roleBefore2
    case orgHeadRight, orgHeadLeft
    case prevLabel, prevLabels, prevLabelWord, prevLabelsWord
    // second pass (document context)
    case docMajority, docMajorityLabel, docOnlyOutside, docSingleton
    case docCapitalizedMid, docLowercase, docCapitalizedMidFirst
    case pass1Label, pass1Prev, pass1Next
    case docMajorityPrev, docMajorityNext
    case roleBeforeCapitalized, givenNameBefore
    case prevLabelShape, prevLabelGazetteer

    var seed: UInt64 { FeatureHash.mix(rawValue &* 0x1000_0000_0000_0F0F) }
}
