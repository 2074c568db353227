import Foundation

/// Why an input file was not stored; the summary counts skipped files per reason.
public enum SkipReason: String, Sendable, CaseIterable, Comparable {
    case empty = "empty"
    case binary = "binary"
    case tooLarge = "too large"
    case unreadable = "unreadable"
    case storeFailed = "not stored"

    public static func < (lhs: SkipReason, rhs: SkipReason) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Turns a file's bytes into article text, or says why they are not an article.
///
/// Decoding never loses an article over repairable bytes: NUL bytes are dropped and invalid UTF-8 becomes
/// U+FFFD, each with a warning that names the byte offset. Only empty and binary files are refused.
enum ArticleDecoding {
    struct Decoded {
        let text: String
        let warnings: [String]
    }

    struct Problem: Error {
        let reason: SkipReason
        let message: String
    }

    static func decode(_ bytes: Data) -> Result<Decoded, Problem> {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(Problem(reason: .empty, message: bytes.isEmpty ? "empty file" : "empty file (only white space)"))
        }
        let sample = bytes.prefix(8192)
        let controls = sample.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C }.count
        if controls * 10 > sample.count {
            return .failure(Problem(reason: .binary, message: "binary file (\(controls) control bytes in the first \(sample.count)), not text"))
        }
        let invalidInSample = invalidUTF8Sequences(in: sample)
        if invalidInSample * 10 > sample.count {
            return .failure(Problem(reason: .binary, message: "binary file (\(invalidInSample) invalid UTF-8 sequences in the first \(sample.count) bytes), not text"))
        }
        var warnings: [String] = []
        if let firstBad = firstInvalidUTF8Offset(bytes) {
            warnings.append("invalid UTF-8 at byte \(firstBad); decoded with replacement characters")
        }
        let nulCount = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        guard nulCount > 0 else {
            return .success(Decoded(text: String(decoding: bytes, as: UTF8.self), warnings: warnings))
        }
        let firstNUL = bytes.firstIndex(of: 0).map { $0 - bytes.startIndex } ?? 0
        warnings.append("\(nulCount) NUL byte\(nulCount == 1 ? "" : "s") removed (the first at byte \(firstNUL))")
        return .success(Decoded(text: String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self), warnings: warnings))
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when the bytes are valid UTF-8.
    static func firstInvalidUTF8Offset<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        var offset: Int?
        scanUTF8(bytes) { position in
            offset = position
            return false
        }
        return offset
    }

    /// How many invalid UTF-8 sequences `bytes` holds; a sequence cut off at the end is not counted.
    static func invalidUTF8Sequences<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int {
        var count = 0
        scanUTF8(bytes, ignoringTruncatedEnd: true) { _ in
            count += 1
            return true
        }
        return count
    }

    /// Walks `bytes` as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF) and calls
    /// `invalid` with the offset of each bad sequence until it returns false.
    private static func scanUTF8<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, ignoringTruncatedEnd: Bool = false, invalid: (Int) -> Bool
    ) {
        let buffer = Array(bytes)
        var index = 0
        while index < buffer.count {
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF  // allowed range of the second byte
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: length = 0
            }
            var valid = length > 0
            var consumed = 1
            while valid && consumed < length {
                guard index + consumed < buffer.count else {
                    if ignoringTruncatedEnd { return }
                    valid = false
                    break
                }
                let byte = buffer[index + consumed]
                let (lower, upper) = consumed == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if byte < lower || byte > upper { valid = false; break }
                consumed += 1
            }
            if !valid {
                if !invalid(index) { return }
                index += max(1, consumed)
                continue
            }
            index += length
        }
    }
}
