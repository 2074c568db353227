import ArticleText

/// One quoted passage, possibly running over several paragraphs.
struct QuotePassage {
    /// The quoted words of each paragraph, without the marks (scalar offsets).
    var segments: [Range<Int>]
    /// Offset of the opening mark.
    var openMark: Int
    /// Offset of the closing mark, nil when the passage runs to the end of its last paragraph unclosed.
    var closeMark: Int?
    /// Paragraph of the opening mark and of the end.
    var firstParagraph: Int
    var lastParagraph: Int

    /// From the first quoted scalar to the last one.
    var range: Range<Int> { segments.first!.lowerBound..<segments.last!.upperBound }
}

/// Finds quoted passages over the characters of the text (Pavllo et al. 2018; CoreNLP QuoteAnnotator):
/// straight, curly, guillemet and low-9 pairs; quotes of another kind nested inside stay inside (single
/// quotes are never passages of their own); a paragraph that opens a quote and does not close it continues
/// into the next paragraph when that one opens with a quotation mark.
struct QuoteDetector {
    let document: TextDocument

    private static let openers: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\"": ["\""],
        "\u{201C}": ["\u{201D}"],          // “ ”
        "\u{00AB}": ["\u{00BB}"],          // « »
        "\u{201E}": ["\u{201C}", "\u{201D}"], // „ “ / „ ”
        "\u{201F}": ["\u{201D}"],
    ]

    private var scalars: [Unicode.Scalar] { document.scalars }

    /// Whether the scalar can open or close a passage: a cheap test made before any set or table lookup.
    private static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0xAB, 0xBB, 0x201C...0x201F: true
        default: false
        }
    }

    func passages() -> [QuotePassage] {
        var result: [QuotePassage] = []
        var paragraph = 0
        var pending: QuotePassage?
        var stack: [Set<Unicode.Scalar>] = []
        while paragraph < document.paragraphs.count {
            let range = document.paragraphs[paragraph]
            var index = range.lowerBound
            var segmentStart: Int?
            if pending != nil {
                // Continuation paragraph: it opens with a quotation mark.
                index = firstNonSpace(range)
                guard index < range.upperBound, Self.openers[scalars[index]] != nil else {
                    // Unclosed and not continued: keep it only when it opened its paragraph.
                    if var open = pending, isParagraphOpening(open.openMark, paragraph: open.firstParagraph) {
                        open.closeMark = nil
                        result.append(open)
                    }
                    pending = nil
                    stack = []
                    continue
                }
                index += 1
                segmentStart = index
            }
            let scalars = self.scalars
            while index < range.upperBound {
                let scalar = scalars[index]
                guard Self.isQuotationMark(scalar) else { index += 1; continue }
                if let top = stack.last, top.contains(scalar), scalar != "\"" || isClosingContext(index, range) {
                    stack.removeLast()
                    if stack.isEmpty, var open = pending {
                        open.segments.append(segmentStart!..<index)
                        open.closeMark = index
                        open.lastParagraph = paragraph
                        result.append(open)
                        pending = nil
                        segmentStart = nil
                    }
                } else if let closers = Self.openers[scalar], scalar != "\"" || isOpeningContext(index, range) {
                    if stack.isEmpty {
                        pending = QuotePassage(segments: [], openMark: index, closeMark: nil,
                                               firstParagraph: paragraph, lastParagraph: paragraph)
                        segmentStart = index + 1
                    }
                    // A straight quote inside a straight quote cannot be told apart from the close.
                    if !(scalar == "\"" && stack.contains(["\""])) { stack.append(closers) }
                }
                index += 1
            }
            if var open = pending, let start = segmentStart {
                open.segments.append(start..<range.upperBound)
                open.lastParagraph = paragraph
                pending = open
                // Only the outer quote carries over to the next paragraph.
                stack = stack.isEmpty ? [] : [stack[0]]
            }
            paragraph += 1
        }
        if let open = pending, isParagraphOpening(open.openMark, paragraph: open.firstParagraph) {
            result.append(open)
        }
        return result.compactMap(trimmed)
    }

    private func firstNonSpace(_ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, scalars[index].properties.isWhitespace { index += 1 }
        return index
    }

    private func isParagraphOpening(_ offset: Int, paragraph: Int) -> Bool {
        firstNonSpace(document.paragraphs[paragraph]) == offset
    }

    /// A straight quote opens when it follows a space, the paragraph start or an opening bracket or dash.
    private func isOpeningContext(_ index: Int, _ range: Range<Int>) -> Bool {
        guard index > range.lowerBound else { return true }
        let previous = scalars[index - 1]
        return previous.properties.isWhitespace || "([{—–-:/".unicodeScalars.contains(previous)
    }

    /// A straight quote closes when a space, punctuation or the paragraph end follows it.
    private func isClosingContext(_ index: Int, _ range: Range<Int>) -> Bool {
        guard index + 1 < range.upperBound else { return true }
        let next = scalars[index + 1]
        return next.properties.isWhitespace || next.properties.generalCategory.isPunctuation
    }

    /// Segments without surrounding white space; nil for an empty passage.
    private func trimmed(_ passage: QuotePassage) -> QuotePassage? {
        var copy = passage
        copy.segments = passage.segments.compactMap { segment in
            var lower = segment.lowerBound, upper = segment.upperBound
            while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            return lower < upper ? lower..<upper : nil
        }
        return copy.segments.isEmpty ? nil : copy
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
