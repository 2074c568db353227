import ArticleText

/// One step of a sentence as the affiliation and quote sieves read it: a whole entity mention (its
/// tokens collapsed into one piece) or a single token outside any mention.
struct Piece {
    /// Token indices covered, half-open.
    let tokens: Range<Int>
    /// Index into `ArticleAnalysis.mentions` of the outermost mention, nil for a plain token.
    let mention: Int?
}

/// Read-only view of an analysed article shared by the affiliation, org-place and quote finders:
/// token ranges of the mentions, the outermost mention at each token, and each sentence as pieces.
struct ArticleView {
    let analysis: ArticleAnalysis
    let tokens: [Token]
    /// Token range of each mention (parallel to `analysis.mentions`); empty when no token lies inside.
    let mentionTokens: [Range<Int>]
    /// The outermost mention covering each token, or nil.
    let outerMention: [Int?]
    /// Each sentence as pieces.
    let sentencePieces: [[Piece]]
    /// Sentence-opening "He"/"She" read as the person it stands for (token index → PERSON entity); empty
    /// unless a finder sets it (`withSubjectPronouns()`).
    private(set) var pronounPersons: [Int: Int] = [:]

    init(_ analysis: ArticleAnalysis) {
        self.analysis = analysis
        let tokens = analysis.document.tokens
        self.tokens = tokens
        var mentionTokens: [Range<Int>] = []
        mentionTokens.reserveCapacity(analysis.mentions.count)
        for mention in analysis.mentions {
            let first = Self.firstToken(startingAtOrAfter: mention.range.lowerBound, in: tokens)
            var last = first
            while last < tokens.count, tokens[last].range.upperBound <= mention.range.upperBound { last += 1 }
            mentionTokens.append(first..<max(first, last))
        }
        self.mentionTokens = mentionTokens
        // Outermost: longer mentions claim their tokens first.
        var outer = [Int?](repeating: nil, count: tokens.count)
        let order = mentionTokens.indices.sorted { (mentionTokens[$0].count, -$0) > (mentionTokens[$1].count, -$1) }
        for index in order {
            for token in mentionTokens[index] where outer[token] == nil { outer[token] = index }
        }
        self.outerMention = outer
        var sentencePieces: [[Piece]] = []
        sentencePieces.reserveCapacity(analysis.document.sentences.count)
        for sentence in analysis.document.sentences {
            var pieces: [Piece] = []
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                if let mention = outer[index] {
                    var end = index + 1
                    while end < sentence.tokens.upperBound, outer[end] == mention { end += 1 }
                    // "Leyla Abbasova, PhD, a researcher at ORG": the letters of a degree or an honour go with the name.
                    if analysis.entities[analysis.mentions[mention].entity].type == .person {
                        end = Self.endOfPostNominals(after: end, limit: sentence.tokens.upperBound, tokens: tokens, outer: outer)
                    }
                    pieces.append(Piece(tokens: index..<end, mention: mention))
                    index = end
                } else if let end = Self.endOfRetirementMark(at: index, limit: sentence.tokens.upperBound, tokens: tokens) {
                    // "Col. (ret.) Roman Sawchuk": the mark of a retired officer stands inside the title; no sieve reads it.
                    index = end
                } else {
                    pieces.append(Piece(tokens: index..<(index + 1), mention: nil))
                    index += 1
                }
            }
            sentencePieces.append(pieces)
        }
        self.sentencePieces = sentencePieces
    }

    /// The tokens `range` as pieces (outermost mentions collapsed), across sentence boundaries.
    func pieces(_ range: Range<Int>) -> [Piece] {
        var result: [Piece] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let mention = outerMention[index] {
                var end = index + 1
                while end < range.upperBound, outerMention[end] == mention { end += 1 }
                result.append(Piece(tokens: index..<end, mention: mention))
                index = end
            } else {
                result.append(Piece(tokens: index..<(index + 1), mention: nil))
                index += 1
            }
        }
        return result
    }

    /// Token ranges of the lines of the text: a line ends where a line break stands between two tokens.
    func lines() -> [Range<Int>] {
        let scalars = analysis.document.scalars
        var result: [Range<Int>] = []
        var start = 0
        for index in tokens.indices.dropFirst() {
            let gap = tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound
            if gap.contains(where: { scalars[$0] == "\n" }) {
                result.append(start..<index)
                start = index
            }
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// The end of the post-nominal letters right after a name ending at `end` ("PhD", ", OBE"), or `end`.
    private static func endOfPostNominals(after end: Int, limit: Int, tokens: [Token], outer: [Int?]) -> Int {
        var cursor = end
        while true {
            let letters = cursor < limit && tokens[cursor].text == "," ? cursor + 1 : cursor
            guard letters < limit, outer[letters] == nil, WordClasses.isPostNominal(tokens[letters]) else { return cursor }
            cursor = letters + 1
        }
    }

    /// The end of "(ret.)", "(retd)", "(retired)" opening at `index`, or nil.
    private static func endOfRetirementMark(at index: Int, limit: Int, tokens: [Token]) -> Int? {
        guard tokens[index].text == "(" else { return nil }
        var cursor = index + 1
        var letters = ""
        while cursor < limit, cursor < index + 4, tokens[cursor].text != ")" {
            letters += tokens[cursor].lower
            cursor += 1
        }
        guard cursor < limit, tokens[cursor].text == ")", retirementMarks.contains(letters.replacingOccurrences(of: ".", with: "")) else { return nil }
        return cursor + 1
    }

    private static let retirementMarks: WordSet = ["ret", "retd", "retired", "rtd"]

    private static func firstToken(startingAtOrAfter offset: Int, in tokens: [Token]) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The token whose range contains or follows `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        Self.firstToken(startingAtOrAfter: offset, in: tokens)
    }

    // MARK: - Entities

    func entity(ofMention mention: Int) -> Int { analysis.mentions[mention].entity }

    func type(ofMention mention: Int) -> EntityType { analysis.entities[analysis.mentions[mention].entity].type }

    /// The entity of a piece's mention when it has type `type` (for PERSON also a resolved subject pronoun).
    func entity(_ piece: Piece, _ type: EntityType) -> Int? {
        if piece.mention == nil, type == .person, !pronounPersons.isEmpty { return pronounPersons[piece.tokens.lowerBound] }
        guard let mention = piece.mention, self.type(ofMention: mention) == type else { return nil }
        return entity(ofMention: mention)
    }

    /// The mentions of `sentence` (outermost only) of `type`, in order.
    func mentions(in sentence: Int, _ type: EntityType) -> [Int] {
        sentencePieces[sentence].compactMap { piece in
            guard let mention = piece.mention, self.type(ofMention: mention) == type else { return nil }
            return mention
        }
    }

    /// This view with sentence-opening "He"/"She" read as a person: the only person named in the sentence
    /// before it, in the same paragraph ("The fair was opened by X, a welder. He has headed the association
    /// since 2018."). Names inside quotation marks do not count.
    func withSubjectPronouns(quoted: (Int) -> Bool) -> ArticleView {
        var result = self
        let sentences = analysis.document.sentences
        for (index, pieces) in sentencePieces.enumerated() where index > 0 {
            guard let first = pieces.first, first.mention == nil, ["he", "she"].contains(tokens[first.tokens.lowerBound].lowercased),
                  tokens[first.tokens.lowerBound].isCapitalized, sentences[index - 1].paragraph == sentences[index].paragraph else { continue }
            let people = Set(sentencePieces[index - 1].compactMap { piece -> Int? in
                guard let mention = piece.mention, type(ofMention: mention) == .person, !quoted(mention) else { return nil }
                return entity(ofMention: mention)
            })
            let quotedPeople = sentencePieces[index - 1].contains { piece in
                piece.mention.map { type(ofMention: $0) == .person && quoted($0) } ?? false
            }
            guard people.count == 1, !quotedPeople, let person = people.first else { continue }
            result.pronounPersons[first.tokens.lowerBound] = person
        }
        return result
    }

    // MARK: - Words

    /// The lower-cased text of a plain-token piece, nil for a mention.
    func word(_ piece: Piece) -> String? {
        piece.mention == nil ? tokens[piece.tokens.lowerBound].lowercased : nil
    }

    /// The lower-cased text of `pieces[index]` when it is a plain token; nil out of bounds or for a mention.
    func word(_ pieces: [Piece], _ index: Int) -> String? {
        guard index >= 0, index < pieces.count else { return nil }
        return word(pieces[index])
    }

    /// The text of a piece as written.
    func text(_ piece: Piece) -> String {
        guard let first = piece.tokens.first else { return "" }
        return analysis.document.string(tokens[first].range.lowerBound..<tokens[piece.tokens.upperBound - 1].range.upperBound)
    }

    /// The text of pieces `range` of `pieces`, as written.
    func text(_ pieces: ArraySlice<Piece>) -> String {
        guard let first = pieces.first?.tokens.first, let last = pieces.last?.tokens.last else { return "" }
        return analysis.document.string(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
    }

    func isPossessiveMarker(_ piece: Piece) -> Bool {
        guard let word = word(piece) else { return false }
        return word == "'s" || word == "\u{2019}s" || word == "'" || word == "\u{2019}"
    }
}

extension Array where Element == Piece {
    /// The element at `index`, nil when out of bounds.
    func at(_ index: Int) -> Piece? {
        index >= 0 && index < count ? self[index] : nil
    }
}
