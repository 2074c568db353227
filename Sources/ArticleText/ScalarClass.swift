/// Character classes over Unicode scalars, with an ASCII fast path (the hot path of tokenizing).
package enum ScalarClass {
    package static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x80: return false
        default: return s.properties.isWhitespace
        }
    }

    /// A scalar of a word: alphabetic or with a numeric value (`Unicode.Scalar.Properties` beyond ASCII).
    package static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isASCIIDigit(s) }
        return s.properties.generalCategory == .decimalNumber
    }

    /// Letters of any script (not combining marks, not digits).
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if isMark(s) { return false }
        return s.properties.isAlphabetic
    }

    /// Combining marks, which belong to the scalar before them.
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x300 { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Scalars that glue the scalars around them into one grapheme: ZWJ, ZWNJ, variation
    /// selectors, emoji modifiers and tags, the keycap mark.
    static func isJoinerOrModifier(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0x20E3, 0xE0100...0xE01EF:
            return true
        default:
            return isMark(s)
        }
    }

    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    package static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// A letter without case (CJK, Arabic, Hebrew…): it could start a sentence.
    static func isUncasedLetter(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) && !isUppercase(s) && !isLowercase(s)
    }

    /// Characters that may join two parts of one word: "Commander-in-Chief", "Su-27".
    static func isWordHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// Apostrophes that may sit inside a word: "O'Brien", "O’Brien".
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }

    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A, 0x300C...0x300F, 0xFF02, 0xFF07:
            return true
        default:
            return false
        }
    }

    /// Dash characters that stand alone (a lone "-" between spaces is handled by the tokenizer).
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2012...0x2015, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D, 0x2212: return true
        default: return false
        }
    }

    /// Punctuation that can end a sentence.
    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047...0x2049, 0x3002, 0xFF01, 0xFF1F, 0x061F: return true
        default: return false
        }
    }

    static func isClosingBracket(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x29, 0x5D, 0x7D, 0x3009, 0x300B, 0xFF09: return true
        default: return false
        }
    }

    static func isOpeningBracket(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x28, 0x5B, 0x7B, 0x3008, 0x300A, 0xFF08: return true
        default: return false
        }
    }

    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            switch s {
            case ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "/", "\\", "-", "_", "*":
                return true
            default:
                return false
            }
        }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// A string of the scalars `scalars[range]`, encoded straight into UTF-8.
    init(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
        self.init(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var count = 0
            for index in range {
                UTF8.encode(scalars[index]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
