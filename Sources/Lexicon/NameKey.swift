import Foundation

/// The normalized form that identifies a name: case- and accent-folded, apostrophes dropped, dashes and
/// white space folded to one space, other punctuation dropped, a leading "the " removed.
///
/// "Café  de l’Europe" and "cafe de l'europe" share a key. The index uses it for entity identity and for
/// matching names typed on the command line.
public enum NameKey {
    public static func make(_ name: String) -> String {
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
