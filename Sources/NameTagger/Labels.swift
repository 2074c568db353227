/// The three kinds of names the tagger finds.
///
/// The raw values are the CoNLL type names used by the training corpora (`PER`, `ORG`, `LOC`).
public enum NameLabel: String, Sendable, CaseIterable, Hashable {
    /// A named individual ("Yulduz Ragimov", "Aliyev").
    case person = "PER"
    /// A named organisation: association, council, ministry, university, news agency, party ("AZERTAC").
    case org = "ORG"
    /// A named place: country, region, city, district, geographic feature ("Quebec").
    case place = "LOC"

    /// The index used inside the model (0 = PER, 1 = ORG, 2 = LOC).
    var typeIndex: Int {
        switch self {
        case .person: 0
        case .org: 1
        case .place: 2
        }
    }

    init?(typeIndex: Int) {
        switch typeIndex {
        case 0: self = .person
        case 1: self = .org
        case 2: self = .place
        default: return nil
        }
    }
}

/// One name found by the tagger.
///
/// `tokens` indexes `TextDocument.tokens`; `range` is the name's span in Unicode-scalar offsets of the
/// document text, from the first token's start to the last token's end.
public struct TaggedSpan: Sendable, Hashable {
    /// What kind of name this is.
    public let label: NameLabel
    /// Token indices (into `TextDocument.tokens`) covered by the name, half-open.
    public let tokens: Range<Int>
    /// Unicode-scalar offsets of the name in the document text, half-open.
    public let range: Range<Int>

    /// Creates a span; `range` should run from the first token's start to the last token's end.
    public init(label: NameLabel, tokens: Range<Int>, range: Range<Int>) {
        self.label = label
        self.tokens = tokens
        self.range = range
    }
}

/// BILOU classes: 0 = O; 1 + type × 4 + position, with type 0 = PER, 1 = ORG, 2 = LOC and position
/// 0 = B(egin), 1 = I(nside), 2 = L(ast), 3 = U(nit).
enum BILOU {
    static let classCount = 13
    static let outside: UInt8 = 0

    enum Position: Int { case begin = 0, inside = 1, last = 2, unit = 3 }

    @inline(__always) static func label(type: Int, position: Position) -> UInt8 {
        UInt8(1 + type * 4 + position.rawValue)
    }
    /// The entity type (0 PER, 1 ORG, 2 LOC) of a class, or nil for O.
    @inline(__always) static func type(of c: UInt8) -> Int? { c == 0 ? nil : (Int(c) - 1) / 4 }
    @inline(__always) static func position(of c: UInt8) -> Position? {
        c == 0 ? nil : Position(rawValue: (Int(c) - 1) % 4)
    }
    /// 0 = O, 1 = PER, 2 = ORG, 3 = LOC.
    @inline(__always) static func coarse(_ c: UInt8) -> Int { c == 0 ? 0 : (Int(c) - 1) / 4 + 1 }

    static func name(_ c: UInt8) -> String {
        guard let t = type(of: c), let p = position(of: c) else { return "O" }
        return ["B", "I", "L", "U"][p.rawValue] + "-" + ["PER", "ORG", "LOC"][t]
    }

    /// `allowed[previous + 1][isLast ? 1 : 0]`: bit c set when class c may follow `previous`
    /// (`previous` = -1 at the start of a sentence) under BILOU, and, at the last token, closes every span.
    static let allowed: [[UInt16]] = {
        var table: [[UInt16]] = []
        for previous in -1..<classCount {
            var row: [UInt16] = [0, 0]
            for isLast in 0..<2 {
                var mask: UInt16 = 0
                for c in 0..<classCount where isValid(previous: previous, current: c, isLast: isLast == 1) {
                    mask |= 1 << UInt16(c)
                }
                row[isLast] = mask
            }
            table.append(row)
        }
        return table
    }()

    static let all: UInt16 = (1 << UInt16(classCount)) - 1

    /// The classes allowed after `previous` (a class, or `Features.start`).
    @inline(__always) static func allowedAfter(_ previous: UInt8, isLast: Bool) -> UInt16 {
        allowed[previous == 13 ? 0 : Int(previous) + 1][isLast ? 1 : 0]
    }

    /// The B-X and U-X classes: those that start a span.
    static let starts: UInt16 = {
        var mask: UInt16 = 0
        for t in 0..<3 { mask |= 1 << UInt16(label(type: t, position: .begin)) | 1 << UInt16(label(type: t, position: .unit)) }
        return mask
    }()

    /// The classes allowed after `previous` at a token that may (or may not) start a name.
    @inline(__always) static func allowedAfter(_ previous: UInt8, isLast: Bool, mayStart: Bool) -> UInt16 {
        let mask = allowedAfter(previous, isLast: isLast)
        return mayStart ? mask : mask & ~starts
    }

    /// When `previous` opens a span (B-X, I-X) and `best` is O or a class of another type, the class
    /// that closes the span at the previous token instead (U-X, L-X); otherwise nil. (A best class of
    /// the same type, B-X or U-X included, continues the span: "Latin America", "Gulf of Mexico".)
    @inline(__always) static func closing(_ previous: UInt8, best: UInt8) -> UInt8? {
        guard previous != 0, previous != 13 else { return nil }
        let t = (Int(previous) - 1) / 4, p = (Int(previous) - 1) % 4
        guard p == 0 || p == 1 else { return nil }
        if best != 0 && (Int(best) - 1) / 4 == t { return nil }
        return label(type: t, position: p == 0 ? .unit : .last)
    }

    /// True when `current` continues the span `previous` opened (I-X or L-X after B-X or I-X).
    @inline(__always) static func continues(_ previous: UInt8, with current: UInt8) -> Bool {
        guard previous != 0, previous != 13, current != 0 else { return false }
        let t = (Int(previous) - 1) / 4, p = (Int(previous) - 1) % 4
        let ct = (Int(current) - 1) / 4, cp = (Int(current) - 1) % 4
        return (p == 0 || p == 1) && ct == t && (cp == 1 || cp == 2)
    }

    static func isValid(previous: Int, current: Int, isLast: Bool) -> Bool {
        let open: Int? = {  // the type of a span left open by `previous`
            guard previous > 0 else { return nil }
            let p = (previous - 1) % 4
            return p == 0 || p == 1 ? (previous - 1) / 4 : nil
        }()
        if let t = open {
            if current == 0 { return false }
            let ct = (current - 1) / 4, cp = (current - 1) % 4
            guard ct == t else { return false }
            return isLast ? cp == 2 : (cp == 1 || cp == 2)
        }
        if current == 0 { return true }
        let cp = (current - 1) % 4
        return isLast ? cp == 3 : (cp == 0 || cp == 3)
    }

    /// True when `labels` is a complete, valid BILOU sequence.
    static func isValidSequence(_ labels: [UInt8]) -> Bool {
        var previous = -1
        for (i, c) in labels.enumerated() {
            if !isValid(previous: previous, current: Int(c), isLast: i == labels.count - 1) { return false }
            previous = Int(c)
        }
        return true
    }

    /// The spans (type, token range) of a valid BILOU sequence; tolerant of invalid input (an unclosed
    /// span is closed at the last inside token, a stray I/L starts a span).
    static func spans(_ labels: ArraySlice<UInt8>) -> [(type: Int, range: Range<Int>)] {
        var result: [(type: Int, range: Range<Int>)] = []
        var start: Int? = nil
        var openType = -1
        for i in labels.indices {
            let c = labels[i]
            guard let t = type(of: c), let p = position(of: c) else {
                if let s = start { result.append((openType, s..<i)) }
                start = nil
                continue
            }
            if let s = start, t != openType || p == .begin || p == .unit {
                result.append((openType, s..<i))
                start = nil
            }
            switch p {
            case .unit:
                result.append((t, i..<i + 1))
            case .begin, .inside:
                if start == nil { start = i; openType = t }
            case .last:
                result.append((t, (start ?? i)..<i + 1))
                start = nil
            }
        }
        if let s = start { result.append((openType, s..<labels.endIndex)) }
        return result
    }

    /// BILOU labels for spans over `count` tokens (spans must not overlap).
    static func encode(spans: [(type: Int, range: Range<Int>)], count: Int) -> [UInt8] {
        var labels = [UInt8](repeating: outside, count: count)
        for span in spans where !span.range.isEmpty {
            if span.range.count == 1 {
                labels[span.range.lowerBound] = label(type: span.type, position: .unit)
            } else {
                for i in span.range { labels[i] = label(type: span.type, position: .inside) }
                labels[span.range.lowerBound] = label(type: span.type, position: .begin)
                labels[span.range.upperBound - 1] = label(type: span.type, position: .last)
            }
        }
        return labels
    }
}
