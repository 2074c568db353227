import Foundation

/// The normalized form that identifies a name: case- and accent-folded, apostrophes dropped, dashes and
/// white space folded to one space, other punctuation dropped, a leading "the " removed.
///
/// "Café  de l’Europe" and "cafe de l'europe" share a key. The index uses it for entity identity and for
/// matching names typed on the command line.
public enum NameKey {
    public static func make(_ name: String) -> String {
        // Most names in the press are ASCII: fold them with the lexicon's byte-level fold, skipping
        // Foundation's decomposition (a test checks both folds agree).
        if let key = name.utf8.withContiguousStorageIfAvailable({ utf8 -> String? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { buffer in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[Lexicon.asciiNameKey(utf8, into: buffer)]), as: UTF8.self)
            }
        }) ?? nil {
            return key
        }
        return unicodeKey(name)
    }

    /// The key of any name: compatibility decomposition, marks dropped, letters and digits lower-cased.
    static func unicodeKey(_ name: String) -> String {
        let decomposed = name.decomposedStringWithCompatibilityMapping
        var folded = ""
        var pendingSpace = false
        for scalar in decomposed.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "`" { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSpace && !folded.isEmpty { folded.unicodeScalars.append(" ") }
                pendingSpace = false
                folded += properties.lowercaseMapping
            } else {
                pendingSpace = true
            }
        }
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return folded
    }
}
