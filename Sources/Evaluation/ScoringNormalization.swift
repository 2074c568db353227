import Foundation

/// The text normalization of the reference scorer (`../shared/eval/score.py`), reproduced code point by
/// code point so that the Swift scorer compares exactly the same strings.
///
/// ```swift
/// ScoringNormalization.name("The Association of Azerbaijanis in Quebec.")  // "association of azerbaijanis in quebec"
/// ScoringNormalization.name("  the  UK ")                                // "uk"
/// ScoringNormalization.name("Nasirov’s")                                 // "nasirov's"
/// ScoringNormalization.name("Straße")                                    // "strasse"
/// ScoringNormalization.quoteWords("“Mr. President, you are")             // ["mr", "president", "you", "are"]
/// ```
///
/// The steps, in score.py's order: Unicode NFKC (Foundation's
/// `precomposedStringWithCompatibilityMapping`), curly quotes and apostrophes made straight (score.py's
/// `_QUOTE_MAP`), full case folding (Python's `str.casefold`, see `CaseFolding`), then for a name: runs
/// of white space folded to one space, punctuation (Unicode general category P*) and white space
/// stripped at both ends, a leading "the " dropped and the ends stripped again; for a quote: split on
/// white space, punctuation stripped at both ends of each word, empty words dropped.
///
/// Everything works on Unicode scalars, as Python's `str` does: no grapheme clustering, no canonical
/// equivalence beyond what NFKC did. White space is Python's `str.isspace` (Unicode White_Space plus
/// U+001C–U+001F).
public enum ScoringNormalization {
    /// A normalized text as code points; compared and hashed scalar by scalar (Swift's `String`
    /// equality would also equate canonically equivalent sequences, which Python does not).
    typealias Key = [Unicode.Scalar]

    /// The normalized form of a name (score.py's `norm_name`); "" for nil.
    public static func name(_ text: String?) -> String {
        string(nameKey(text))
    }

    /// The normalized words of a quote text (score.py's `quote_words`); [] for nil.
    public static func quoteWords(_ text: String?) -> [String] {
        quoteKey(text).map(string)
    }

    // MARK: Keys

    static func nameKey(_ text: String?) -> Key {
        var joined: Key = []
        for word in words(base(text)) {
            if !joined.isEmpty { joined.append(" ") }
            joined.append(contentsOf: word)
        }
        var key = stripped(joined[...])
        if key.starts(with: theSpace) {
            key = stripped(key.dropFirst(theSpace.count))
        }
        return Key(key)
    }

    static func quoteKey(_ text: String?) -> [Key] {
        words(base(text)).compactMap { word in
            let key = stripped(word[...])
            return key.isEmpty ? nil : Key(key)
        }
    }

    // MARK: Steps

    private static let theSpace: Key = ["t", "h", "e", " "]

    /// NFKC, straight quotes, case folding (score.py's `_base`).
    private static func base(_ text: String?) -> Key {
        guard let text, !text.isEmpty else { return [] }
        var output: Key = []
        output.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            CaseFolding.append(straightened(scalar), to: &output)
        }
        return output
    }

    /// score.py's `_QUOTE_MAP`.
    private static func straightened(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: "\""
        default: scalar
        }
    }

    /// Python's `str.split()` without arguments: runs of white space separate, none are kept.
    private static func words(_ text: Key) -> [ArraySlice<Unicode.Scalar>] {
        text.split(whereSeparator: isSpace)
    }

    /// score.py's `_strip_punct`: punctuation and white space off both ends.
    private static func stripped(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = text
        while let first = slice.first, isPunctuation(first) || isSpace(first) { slice.removeFirst() }
        while let last = slice.last, isPunctuation(last) || isSpace(last) { slice.removeLast() }
        return slice
    }

    /// Python's `str.isspace` for one code point.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// Unicode general category P* (Pc, Pd, Ps, Pe, Pi, Pf, Po).
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }

    private static func string(_ key: Key) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: key)
        return String(view)
    }
}
