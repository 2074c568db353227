import Foundation

/// Turns a file's bytes into article text, or says why they are not an article.
enum ArticleDecoding {
    struct Decoded {
        let text: String
        let warning: String?
    }

    struct Problem: Error {
        let message: String
    }

    static func decode(_ bytes: Data) -> Result<Decoded, Problem> {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(Problem(message: "empty file"))
        }
        let sample = bytes.prefix(8192)
        let controls = sample.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C }.count
        if sample.contains(0) && controls * 10 > sample.count {
            return .failure(Problem(message: "binary file (control bytes), not text"))
        }
        var warning: String?
        if let firstBad = firstInvalidUTF8Offset(bytes) {
            warning = "invalid UTF-8 at byte \(firstBad); decoded with replacement characters"
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.contains("\0") {
            text = text.replacingOccurrences(of: "\0", with: "")
            warning = (warning.map { $0 + "; " } ?? "") + "NUL bytes removed"
        }
        return .success(Decoded(text: text, warning: warning))
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when the bytes are valid UTF-8.
    static func firstInvalidUTF8Offset(_ bytes: Data) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var pending: [UInt8] = []
        var wrapped = AnyIterator<UInt8> {
            guard let byte = iterator.next() else { return nil }
            pending.append(byte)
            return byte
        }
        while true {
            let start = offset
            switch decoder.decode(&wrapped) {
            case .scalarValue:
                offset += pending.count
                pending.removeAll(keepingCapacity: true)
            case .emptyInput:
                return nil
            case .error:
                return start
            }
        }
    }
}
