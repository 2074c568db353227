import ArticleText
import Foundation

/// A tokenized document with gold BILOU classes, from a `*.bio.tsv` file or an inline-markup article.
struct LabeledDocument {
    var words: [String]
    /// Token index ranges of the sentences, in order.
    var sentences: [Range<Int>]
    /// BILOU class per token.
    var gold: [UInt8]
    /// File it came from (for logs).
    var source: String

    /// Gold mentions of one sentence (type, token range).
    func mentions(in sentence: Range<Int>) -> [Mention] {
        BILOU.spans(gold[sentence]).map { Mention(type: $0.type, range: $0.range) }
    }
}

/// Reads the common NER format: `token<TAB>IOB2-tag` lines, a blank line ends a sentence, `-DOCSTART-`
/// starts a document. MISC (and any type other than PER, ORG, LOC) becomes O; an `I-X` that does not
/// continue an X starts a new mention, as seqeval reads it. Files without `-DOCSTART-` give one document
/// per sentence (tweets and isolated sentences have no document context).
enum BIOReader {
    static func read(path: String) throws -> [LabeledDocument] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NameTaggerError("cannot read \(path)")
        }
        return parse(String(decoding: data, as: UTF8.self), source: path)
    }

    static func parse(_ text: String, source: String) -> [LabeledDocument] {
        var documents: [LabeledDocument] = []
        var words: [String] = []
        var tags: [String] = []
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        var hasDocumentMarkers = false

        func endSentence() {
            if words.count > sentenceStart { sentences.append(sentenceStart..<words.count) }
            sentenceStart = words.count
        }
        func endDocument() {
            endSentence()
            if !words.isEmpty {
                documents.append(LabeledDocument(words: words, sentences: sentences, gold: encode(tags: tags, sentences: sentences), source: source))
            }
            words = []
            tags = []
            sentences = []
            sentenceStart = 0
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                endSentence()
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let token = String(fields[0])
            if token == "-DOCSTART-" {
                hasDocumentMarkers = true
                endDocument()
                continue
            }
            words.append(token)
            tags.append(fields.count > 1 ? String(fields[fields.count - 1]).trimmingCharacters(in: .whitespaces) : "O")
        }
        endDocument()
        if hasDocumentMarkers { return documents }
        // no documents: every sentence stands alone
        var single: [LabeledDocument] = []
        for document in documents {
            for sentence in document.sentences {
                single.append(LabeledDocument(
                    words: Array(document.words[sentence]), sentences: [0..<sentence.count],
                    gold: Array(document.gold[sentence]), source: source))
            }
        }
        return single
    }

    /// The type index of an IOB2 tag's type (PER 0, ORG 1, LOC 2), nil for O, MISC and others.
    static func type(_ name: Substring) -> Int? {
        switch name {
        case "PER": 0
        case "ORG": 1
        case "LOC": 2
        default: nil
        }
    }

    /// seqeval's chunking (default mode) of IOB2 tags, per sentence, encoded as BILOU.
    static func encode(tags: [String], sentences: [Range<Int>]) -> [UInt8] {
        var labels = [UInt8](repeating: BILOU.outside, count: tags.count)
        for sentence in sentences {
            var spans: [(type: Int, range: Range<Int>)] = []
            var start: Int? = nil
            var openType = -1
            for i in sentence {
                let tag = tags[i]
                let prefix = tag.first
                let t = tag.count > 2 ? type(tag.dropFirst(2)) : nil
                if let s = start {
                    let continues = prefix == "I" && t == openType
                    if !continues {
                        spans.append((openType, s..<i))
                        start = nil
                    }
                }
                if start == nil, let t, prefix == "B" || prefix == "I" {
                    start = i
                    openType = t
                }
            }
            if let s = start { spans.append((openType, s..<sentence.upperBound)) }
            let encoded = BILOU.encode(spans: spans.map { ($0.type, ($0.range.lowerBound - sentence.lowerBound)..<($0.range.upperBound - sentence.lowerBound)) }, count: sentence.count)
            labels.replaceSubrange(sentence, with: encoded)
        }
        return labels
    }
}

/// One in-domain article with inline markup (`[PER …]`, `[ORG …]`, `[LOC …]`) stripped.
struct InlineArticle {
    /// The article body without markup and without the ` date YYYY-MM-DD ` header.
    let text: String
    /// The marked names, in Unicode-scalar offsets of `text`.
    let spans: [(label: NameLabel, range: Range<Int>)]
    /// `text` tokenized by ArticleText.
    let document: TextDocument
    /// BILOU class per token of `document`.
    let gold: [UInt8]
    /// Spans whose ends do not fall on token boundaries ("[LOC Delft]-based" when the tokenizer keeps
    /// "Delft-based" whole); their tokens stay O.
    var misaligned: Int { misalignedLabels.count }
    /// The labels of the misaligned spans.
    let misalignedLabels: [NameLabel]
    let source: String

    var labeled: LabeledDocument {
        LabeledDocument(words: document.tokens.map(\.text), sentences: document.sentences.map(\.tokens), gold: gold, source: source)
    }
}

/// Reads in-domain articles written with inline markup.
enum InlineMarkupReader {
    static let labels: [String: NameLabel] = ["PER": .person, "ORG": .org, "LOC": .place]

    /// Strips the markup: the clean text and each span's scalar offsets in it.
    static func strip(_ marked: String) -> (text: String, spans: [(label: NameLabel, range: Range<Int>)]) {
        let scalars = Array(marked.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var spans: [(label: NameLabel, range: Range<Int>)] = []
        var position = 0  // scalars written to `out`
        var i = 0
        var open: (label: NameLabel, start: Int)? = nil
        while i < scalars.count {
            let s = scalars[i]
            if open == nil, s == "[", i + 4 < scalars.count, scalars[i + 4] == " " {
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<(i + 4)]))
                if let label = labels[name] {
                    i += 5
                    while i < scalars.count, scalars[i] == " " { i += 1 }
                    open = (label, position)
                    continue
                }
            }
            if let o = open, s == "]" {
                var end = position
                while end > o.start, out[end - 1].properties.isWhitespace { end -= 1 }
                if end > o.start { spans.append((o.label, o.start..<end)) }
                open = nil
                i += 1
                continue
            }
            out.append(s)
            position += 1
            i += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return (String(view), spans)
    }

    /// Parses one article file: markup stripped, header removed (via `ArticleSource`), tokenized,
    /// spans projected onto tokens as BILOU.
    static func parse(_ fileText: String, source: String = "") -> InlineArticle {
        // the same normalization ArticleSource applies, so that its body is a suffix of the clean text
        var normalized = fileText.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if normalized.unicodeScalars.first == "\u{FEFF}" { normalized.unicodeScalars.removeFirst() }
        let (clean, allSpans) = strip(normalized)
        let body = ArticleSource.parse(clean).body
        let cleanCount = clean.unicodeScalars.count
        let bodyCount = body.unicodeScalars.count
        var offset = 0
        if clean.hasSuffix(body) {
            offset = cleanCount - bodyCount
        } else if let r = clean.range(of: body) {
            offset = clean.unicodeScalars.distance(from: clean.unicodeScalars.startIndex, to: r.lowerBound)
        }
        let spans = allSpans.compactMap { span -> (label: NameLabel, range: Range<Int>)? in
            guard span.range.lowerBound >= offset, span.range.upperBound <= offset + bodyCount else { return nil }
            return (span.label, (span.range.lowerBound - offset)..<(span.range.upperBound - offset))
        }
        let document = TextDocument(body)
        let (gold, misaligned) = project(spans, onto: document.tokens.map(\.range), sentences: document.tokens.map(\.sentence))
        return InlineArticle(text: body, spans: spans, document: document, gold: gold, misalignedLabels: misaligned, source: source)
    }

    /// BILOU classes for tokens with scalar `ranges` (sorted) from spans; a span counts as misaligned
    /// when no token starts at its start or none ends at its end, or when its tokens lie in two sentences.
    static func project(
        _ spans: [(label: NameLabel, range: Range<Int>)], onto ranges: [Range<Int>], sentences: [Int]? = nil
    ) -> (gold: [UInt8], misaligned: [NameLabel]) {
        var byStart: [Int: Int] = [:]
        var byEnd: [Int: Int] = [:]
        for (k, r) in ranges.enumerated() {
            byStart[r.lowerBound] = k
            byEnd[r.upperBound] = k
        }
        var tokenSpans: [(type: Int, range: Range<Int>)] = []
        var misaligned: [NameLabel] = []
        var used = [Bool](repeating: false, count: ranges.count)
        for span in spans {
            guard let first = byStart[span.range.lowerBound], let last = byEnd[span.range.upperBound], first <= last,
                  !(first...last).contains(where: { used[$0] }),
                  sentences == nil || sentences![first] == sentences![last]
            else {
                misaligned.append(span.label)
                continue
            }
            for k in first...last { used[k] = true }
            tokenSpans.append((span.label.typeIndex, first..<last + 1))
        }
        return (BILOU.encode(spans: tokenSpans, count: ranges.count), misaligned)
    }

    static func read(path: String) throws -> InlineArticle {
        guard let data = FileManager.default.contents(atPath: path) else { throw NameTaggerError("cannot read \(path)") }
        return parse(String(decoding: data, as: UTF8.self), source: path)
    }

    /// The `.txt` files of a folder, sorted by name.
    static func files(inFolder folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw NameTaggerError("cannot list \(folder)")
        }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }
}
