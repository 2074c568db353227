import Foundation

/// The embedded lexicon file, split into sections and tab-separated fields without copying.
///
/// The format is written by `scripts/build_lexicon.py`: a `#newsdex-lexicon<TAB>1` line, comment lines
/// starting with `#`, and sections, each a header line `@name<TAB>rows<TAB>source: …<TAB>licence: …`
/// followed by its rows. Only used while a `Lexicon` loads.
final class LexiconFile {
    /// One section: its name and the byte ranges of its rows.
    struct Section {
        let name: String
        let declaredRows: Int
        var rows: [Range<Int>] = []
    }

    static let formatVersion = 1

    /// A private copy of the file: the lexicon keeps it, its keys are hashed in place.
    let store: ByteStore
    /// The bytes of `store`.
    let bytes: UnsafeMutableBufferPointer<UInt8>
    private(set) var sections: [Section] = []

    init(bytes source: [UInt8]) throws(LexiconFormatError) {
        store = ByteStore(copying: source)
        bytes = store.bytes
        let count = source.count
        var lineStart = 0
        var lineNumber = 0
        var sawVersion = false
        while lineStart < count {
            let lineEnd: Int
            if let newline = memchr(bytes.baseAddress! + lineStart, 0x0A, count - lineStart) {
                lineEnd = bytes.baseAddress!.distance(to: newline.assumingMemoryBound(to: UInt8.self))
            } else {
                lineEnd = count
            }
            lineNumber += 1
            let line = lineStart..<lineEnd
            lineStart = lineEnd + 1
            if line.isEmpty { continue }
            switch bytes[line.lowerBound] {
            case UInt8(ascii: "#"):
                if !sawVersion {
                    let fields = split(line)
                    guard fields.count == 2, string(fields[0]) == "#newsdex-lexicon",
                          integer(fields[1]) == Self.formatVersion else {
                        throw LexiconFormatError(line: lineNumber, message: "not a newsdex lexicon of format \(Self.formatVersion)")
                    }
                    sawVersion = true
                }
            case UInt8(ascii: "@"):
                let fields = split(line)
                guard sawVersion, fields.count >= 2, let rows = integer(fields[1]) else {
                    throw LexiconFormatError(line: lineNumber, message: "a malformed section header")
                }
                sections.append(Section(name: string(fields[0].dropFirst()), declaredRows: rows))
                sections[sections.count - 1].rows.reserveCapacity(rows)
            default:
                guard !sections.isEmpty else {
                    throw LexiconFormatError(line: lineNumber, message: "a row before the first section")
                }
                sections[sections.count - 1].rows.append(line)
            }
        }
        guard sawVersion else { throw LexiconFormatError(line: 1, message: "no #newsdex-lexicon line") }
        for section in sections where section.rows.count != section.declaredRows {
            throw LexiconFormatError(line: 0, message: "@\(section.name) has \(section.rows.count) rows, its header says \(section.declaredRows)")
        }
    }

    /// The section named `name`, or an error naming the missing section.
    func section(_ name: String) throws(LexiconFormatError) -> Section {
        guard let section = sections.first(where: { $0.name == name }) else {
            throw LexiconFormatError(line: 0, message: "no section @\(name)")
        }
        return section
    }

    /// The tab-separated fields of `range`, as byte ranges.
    func split(_ range: Range<Int>) -> [Range<Int>] {
        parts(range, separator: 0x09)
    }

    /// Calls `body` with the fields of every row of `section`; checks each has at least `minimum` fields.
    func forEachRow(of section: Section, minimumFields minimum: Int,
                    _ body: ([Range<Int>]) throws(LexiconFormatError) -> Void) throws(LexiconFormatError) {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(16)
        for row in section.rows {
            fields.removeAll(keepingCapacity: true)
            var start = row.lowerBound
            for index in row where bytes[index] == 0x09 {
                fields.append(start..<index)
                start = index + 1
            }
            fields.append(start..<row.upperBound)
            guard fields.count >= minimum else {
                throw LexiconFormatError(line: 0, message: "a row of @\(section.name) has \(fields.count) fields, not \(minimum): \(string(row))")
            }
            try body(fields)
        }
    }

    /// The bytes of `range` as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether `range` holds an ASCII capital letter.
    func hasCapital(_ range: Range<Int>) -> Bool {
        for index in range where (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index]) { return true }
        return false
    }

    /// The number of space-separated words in `range`.
    func wordCount(_ range: Range<Int>) -> Int {
        var words = 1
        for index in range where bytes[index] == 0x20 { words += 1 }
        return words
    }

    /// The bytes of `range` as a decimal integer, or nil.
    func integer(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        var index = range.lowerBound
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative {
            index += 1
            guard index < range.upperBound else { return nil }
        }
        while index < range.upperBound {
            let byte = bytes[index]
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            index += 1
        }
        return negative ? -value : value
    }

    /// The bytes of `range` as a decimal number ("-37.814"); `.nan` when empty; nil when malformed.
    ///
    /// Digits and one point only. Up to 15 digits the integer is exact, and one division by an exact
    /// power of ten rounds correctly, as `strtod` does; longer numbers go through `Double(_:)`.
    func double(_ range: Range<Int>) -> Double? {
        if range.isEmpty { return .nan }
        var index = range.lowerBound
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa = 0
        var digits = 0
        var scale = 1.0
        var sawPoint = false
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                mantissa = mantissa &* 10 &+ Int(byte - UInt8(ascii: "0"))
                digits += 1
                if sawPoint { scale *= 10 }
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        guard digits <= 15 else { return Double(string(range)) }
        let value = Double(mantissa) / scale
        return negative ? -value : value
    }

    /// The `separator`-separated parts of `range`.
    func parts(_ range: Range<Int>, separator: UInt8) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where bytes[index] == separator {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }
}

/// A buffer of bytes that lives as long as the lexicon that holds the keys in it.
///
/// Written only while the lexicon loads (ASCII names are lower-cased in place to serve as their own
/// keys), read-only once the lexicon is published, hence `@unchecked Sendable`.
final class ByteStore: @unchecked Sendable {
    let bytes: UnsafeMutableBufferPointer<UInt8>

    init(copying source: [UInt8]) {
        bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(source.count, 1))
        _ = bytes.initialize(from: source)
    }

    deinit {
        bytes.deallocate()
    }
}

/// The embedded lexicon is not what this code reads: it was not made by the matching
/// `scripts/build_lexicon.py`.
struct LexiconFormatError: Error, CustomStringConvertible {
    let line: Int
    let message: String

    var description: String {
        line > 0 ? "lexicon file, line \(line): \(message)" : "lexicon file: \(message)"
    }
}
