/// Python's `str.casefold()` (Unicode full case folding, CaseFolding.txt status C + F), one code point
/// at a time, as the reference scorer applies it.
///
/// Swift's `Unicode.Scalar.Properties.lowercaseMapping` is the full lower-case mapping, which equals
/// full case folding for every code point except those listed here (checked against Python 3.11,
/// Unicode 14, over all 1,114,112 code points): "ß" folds to "ss", final sigma to sigma, Greek
/// letters with ypogegrammeni to two letters, the Cherokee small letters to the capitals, and so on.
enum CaseFolding {
    /// Appends the case folding of `scalar` to `output`.
    static func append(_ scalar: Unicode.Scalar, to output: inout [Unicode.Scalar]) {
        let value = scalar.value
        if value < 0x80 {
            output.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            return
        }
        switch value {
        case 0x13A0...0x13F5:  // Cherokee capitals fold to themselves (lower-casing would not).
            output.append(scalar)
            return
        case 0x13F8...0x13FD, 0xAB70...0xABBF:  // Cherokee small letters fold to the capitals.
            let capital = value >= 0xAB70 ? value - 0xAB70 + 0x13A0 : value - 8
            output.append(Unicode.Scalar(capital)!)
            return
        default:
            break
        }
        if let folded = exceptions[value] {
            output.append(contentsOf: folded.map { Unicode.Scalar($0)! })
            return
        }
        output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }

    /// The code points (Cherokee aside) whose case folding differs from their lower-case mapping.
    private static let exceptions: [UInt32: [UInt32]] = [
        0x00B5: [0x03BC],  // micro sign
        0x00DF: [0x0073, 0x0073],  // latin small letter sharp s
        0x0149: [0x02BC, 0x006E],  // latin small letter n preceded by apostrophe
        0x017F: [0x0073],  // latin small letter long s
        0x01F0: [0x006A, 0x030C],  // latin small letter j with caron
        0x0345: [0x03B9],  // combining greek ypogegrammeni
        0x0390: [0x03B9, 0x0308, 0x0301],  // greek small letter iota with dialytika and tonos
        0x03B0: [0x03C5, 0x0308, 0x0301],  // greek small letter upsilon with dialytika and tonos
        0x03C2: [0x03C3],  // greek small letter final sigma
        0x03D0: [0x03B2],  // greek beta symbol
        0x03D1: [0x03B8],  // greek theta symbol
        0x03D5: [0x03C6],  // greek phi symbol
        0x03D6: [0x03C0],  // greek pi symbol
        0x03F0: [0x03BA],  // greek kappa symbol
        0x03F1: [0x03C1],  // greek rho symbol
        0x03F5: [0x03B5],  // greek lunate epsilon symbol
        0x0587: [0x0565, 0x0582],  // armenian small ligature ech yiwn
        0x1C80: [0x0432],  // cyrillic small letter rounded ve
        0x1C81: [0x0434],  // cyrillic small letter long-legged de
        0x1C82: [0x043E],  // cyrillic small letter narrow o
        0x1C83: [0x0441],  // cyrillic small letter wide es
        0x1C84: [0x0442],  // cyrillic small letter tall te
        0x1C85: [0x0442],  // cyrillic small letter three-legged te
        0x1C86: [0x044A],  // cyrillic small letter tall hard sign
        0x1C87: [0x0463],  // cyrillic small letter tall yat
        0x1C88: [0xA64B],  // cyrillic small letter unblended uk
        0x1E96: [0x0068, 0x0331],  // latin small letter h with line below
        0x1E97: [0x0074, 0x0308],  // latin small letter t with diaeresis
        0x1E98: [0x0077, 0x030A],  // latin small letter w with ring above
        0x1E99: [0x0079, 0x030A],  // latin small letter y with ring above
        0x1E9A: [0x0061, 0x02BE],  // latin small letter a with right half ring
        0x1E9B: [0x1E61],  // latin small letter long s with dot above
        0x1E9E: [0x0073, 0x0073],  // latin capital letter sharp s
        0x1F50: [0x03C5, 0x0313],  // greek small letter upsilon with psili
        0x1F52: [0x03C5, 0x0313, 0x0300],  // greek small letter upsilon with psili and varia
        0x1F54: [0x03C5, 0x0313, 0x0301],  // greek small letter upsilon with psili and oxia
        0x1F56: [0x03C5, 0x0313, 0x0342],  // greek small letter upsilon with psili and perispomeni
        0x1F80: [0x1F00, 0x03B9],  // greek small letter alpha with psili and ypogegrammeni
        0x1F81: [0x1F01, 0x03B9],  // greek small letter alpha with dasia and ypogegrammeni
        0x1F82: [0x1F02, 0x03B9],  // greek small letter alpha with psili and varia and ypogegrammeni
        0x1F83: [0x1F03, 0x03B9],  // greek small letter alpha with dasia and varia and ypogegrammeni
        0x1F84: [0x1F04, 0x03B9],  // greek small letter alpha with psili and oxia and ypogegrammeni
        0x1F85: [0x1F05, 0x03B9],  // greek small letter alpha with dasia and oxia and ypogegrammeni
        0x1F86: [0x1F06, 0x03B9],  // greek small letter alpha with psili and perispomeni and ypogegrammeni
        0x1F87: [0x1F07, 0x03B9],  // greek small letter alpha with dasia and perispomeni and ypogegrammeni
        0x1F88: [0x1F00, 0x03B9],  // greek capital letter alpha with psili and prosgegrammeni
        0x1F89: [0x1F01, 0x03B9],  // greek capital letter alpha with dasia and prosgegrammeni
        0x1F8A: [0x1F02, 0x03B9],  // greek capital letter alpha with psili and varia and prosgegrammeni
        0x1F8B: [0x1F03, 0x03B9],  // greek capital letter alpha with dasia and varia and prosgegrammeni
        0x1F8C: [0x1F04, 0x03B9],  // greek capital letter alpha with psili and oxia and prosgegrammeni
        0x1F8D: [0x1F05, 0x03B9],  // greek capital letter alpha with dasia and oxia and prosgegrammeni
        0x1F8E: [0x1F06, 0x03B9],  // greek capital letter alpha with psili and perispomeni and prosgegrammeni
        0x1F8F: [0x1F07, 0x03B9],  // greek capital letter alpha with dasia and perispomeni and prosgegrammeni
        0x1F90: [0x1F20, 0x03B9],  // greek small letter eta with psili and ypogegrammeni
        0x1F91: [0x1F21, 0x03B9],  // greek small letter eta with dasia and ypogegrammeni
        0x1F92: [0x1F22, 0x03B9],  // greek small letter eta with psili and varia and ypogegrammeni
        0x1F93: [0x1F23, 0x03B9],  // greek small letter eta with dasia and varia and ypogegrammeni
        0x1F94: [0x1F24, 0x03B9],  // greek small letter eta with psili and oxia and ypogegrammeni
        0x1F95: [0x1F25, 0x03B9],  // greek small letter eta with dasia and oxia and ypogegrammeni
        0x1F96: [0x1F26, 0x03B9],  // greek small letter eta with psili and perispomeni and ypogegrammeni
        0x1F97: [0x1F27, 0x03B9],  // greek small letter eta with dasia and perispomeni and ypogegrammeni
        0x1F98: [0x1F20, 0x03B9],  // greek capital letter eta with psili and prosgegrammeni
        0x1F99: [0x1F21, 0x03B9],  // greek capital letter eta with dasia and prosgegrammeni
        0x1F9A: [0x1F22, 0x03B9],  // greek capital letter eta with psili and varia and prosgegrammeni
        0x1F9B: [0x1F23, 0x03B9],  // greek capital letter eta with dasia and varia and prosgegrammeni
        0x1F9C: [0x1F24, 0x03B9],  // greek capital letter eta with psili and oxia and prosgegrammeni
        0x1F9D: [0x1F25, 0x03B9],  // greek capital letter eta with dasia and oxia and prosgegrammeni
        0x1F9E: [0x1F26, 0x03B9],  // greek capital letter eta with psili and perispomeni and prosgegrammeni
        0x1F9F: [0x1F27, 0x03B9],  // greek capital letter eta with dasia and perispomeni and prosgegrammeni
        0x1FA0: [0x1F60, 0x03B9],  // greek small letter omega with psili and ypogegrammeni
        0x1FA1: [0x1F61, 0x03B9],  // greek small letter omega with dasia and ypogegrammeni
        0x1FA2: [0x1F62, 0x03B9],  // greek small letter omega with psili and varia and ypogegrammeni
        0x1FA3: [0x1F63, 0x03B9],  // greek small letter omega with dasia and varia and ypogegrammeni
        0x1FA4: [0x1F64, 0x03B9],  // greek small letter omega with psili and oxia and ypogegrammeni
        0x1FA5: [0x1F65, 0x03B9],  // greek small letter omega with dasia and oxia and ypogegrammeni
        0x1FA6: [0x1F66, 0x03B9],  // greek small letter omega with psili and perispomeni and ypogegrammeni
        0x1FA7: [0x1F67, 0x03B9],  // greek small letter omega with dasia and perispomeni and ypogegrammeni
        0x1FA8: [0x1F60, 0x03B9],  // greek capital letter omega with psili and prosgegrammeni
        0x1FA9: [0x1F61, 0x03B9],  // greek capital letter omega with dasia and prosgegrammeni
        0x1FAA: [0x1F62, 0x03B9],  // greek capital letter omega with psili and varia and prosgegrammeni
        0x1FAB: [0x1F63, 0x03B9],  // greek capital letter omega with dasia and varia and prosgegrammeni
        0x1FAC: [0x1F64, 0x03B9],  // greek capital letter omega with psili and oxia and prosgegrammeni
        0x1FAD: [0x1F65, 0x03B9],  // greek capital letter omega with dasia and oxia and prosgegrammeni
        0x1FAE: [0x1F66, 0x03B9],  // greek capital letter omega with psili and perispomeni and prosgegrammeni
        0x1FAF: [0x1F67, 0x03B9],  // greek capital letter omega with dasia and perispomeni and prosgegrammeni
        0x1FB2: [0x1F70, 0x03B9],  // greek small letter alpha with varia and ypogegrammeni
        0x1FB3: [0x03B1, 0x03B9],  // greek small letter alpha with ypogegrammeni
        0x1FB4: [0x03AC, 0x03B9],  // greek small letter alpha with oxia and ypogegrammeni
        0x1FB6: [0x03B1, 0x0342],  // greek small letter alpha with perispomeni
        0x1FB7: [0x03B1, 0x0342, 0x03B9],  // greek small letter alpha with perispomeni and ypogegrammeni
        0x1FBC: [0x03B1, 0x03B9],  // greek capital letter alpha with prosgegrammeni
        0x1FBE: [0x03B9],  // greek prosgegrammeni
        0x1FC2: [0x1F74, 0x03B9],  // greek small letter eta with varia and ypogegrammeni
        0x1FC3: [0x03B7, 0x03B9],  // greek small letter eta with ypogegrammeni
        0x1FC4: [0x03AE, 0x03B9],  // greek small letter eta with oxia and ypogegrammeni
        0x1FC6: [0x03B7, 0x0342],  // greek small letter eta with perispomeni
        0x1FC7: [0x03B7, 0x0342, 0x03B9],  // greek small letter eta with perispomeni and ypogegrammeni
        0x1FCC: [0x03B7, 0x03B9],  // greek capital letter eta with prosgegrammeni
        0x1FD2: [0x03B9, 0x0308, 0x0300],  // greek small letter iota with dialytika and varia
        0x1FD3: [0x03B9, 0x0308, 0x0301],  // greek small letter iota with dialytika and oxia
        0x1FD6: [0x03B9, 0x0342],  // greek small letter iota with perispomeni
        0x1FD7: [0x03B9, 0x0308, 0x0342],  // greek small letter iota with dialytika and perispomeni
        0x1FE2: [0x03C5, 0x0308, 0x0300],  // greek small letter upsilon with dialytika and varia
        0x1FE3: [0x03C5, 0x0308, 0x0301],  // greek small letter upsilon with dialytika and oxia
        0x1FE4: [0x03C1, 0x0313],  // greek small letter rho with psili
        0x1FE6: [0x03C5, 0x0342],  // greek small letter upsilon with perispomeni
        0x1FE7: [0x03C5, 0x0308, 0x0342],  // greek small letter upsilon with dialytika and perispomeni
        0x1FF2: [0x1F7C, 0x03B9],  // greek small letter omega with varia and ypogegrammeni
        0x1FF3: [0x03C9, 0x03B9],  // greek small letter omega with ypogegrammeni
        0x1FF4: [0x03CE, 0x03B9],  // greek small letter omega with oxia and ypogegrammeni
        0x1FF6: [0x03C9, 0x0342],  // greek small letter omega with perispomeni
        0x1FF7: [0x03C9, 0x0342, 0x03B9],  // greek small letter omega with perispomeni and ypogegrammeni
        0x1FFC: [0x03C9, 0x03B9],  // greek capital letter omega with prosgegrammeni
        0xFB00: [0x0066, 0x0066],  // latin small ligature ff
        0xFB01: [0x0066, 0x0069],  // latin small ligature fi
        0xFB02: [0x0066, 0x006C],  // latin small ligature fl
        0xFB03: [0x0066, 0x0066, 0x0069],  // latin small ligature ffi
        0xFB04: [0x0066, 0x0066, 0x006C],  // latin small ligature ffl
        0xFB05: [0x0073, 0x0074],  // latin small ligature long s t
        0xFB06: [0x0073, 0x0074],  // latin small ligature st
        0xFB13: [0x0574, 0x0576],  // armenian small ligature men now
        0xFB14: [0x0574, 0x0565],  // armenian small ligature men ech
        0xFB15: [0x0574, 0x056B],  // armenian small ligature men ini
        0xFB16: [0x057E, 0x0576],  // armenian small ligature vew now
        0xFB17: [0x0574, 0x056D],  // armenian small ligature men xeh
    ]
}
