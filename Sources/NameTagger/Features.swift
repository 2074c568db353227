/// A document ready for feature extraction: token texts, sentences and the per-token facts.
struct PreparedDocument {
    let words: [String]
    let infos: [TokenInfo]
    /// Token index ranges, in order, not overlapping.
    let sentences: [Range<Int>]
    /// Gazetteer marks (see `Gazetteer`).
    let marks: [UInt64]
    /// What the label-history features read of each token.
    let contexts: [TokenContext]

    init(words: [String], sentences: [Range<Int>]) {
        self.words = words
        let infos = words.map(TokenInfo.init)
        self.infos = infos
        self.sentences = sentences
        var marks = [UInt64](repeating: 0, count: words.count)
        for sentence in sentences {
            Gazetteer.marks(words: words, infos: infos, sentence: sentence, into: &marks)
        }
        self.marks = marks
        contexts = (0..<words.count).map { i in
            TokenContext(word: infos[i].word, shortShape: infos[i].shortShape,
                         gazetteer: Gazetteer.summary(marks[i], capitalized: infos[i].isCapitalized),
                         mayStartName: infos[i].has(.hasLetter))
        }
    }

    var count: Int { words.count }
}

/// The facts about a token that label-history features combine with the previous labels.
struct TokenContext {
    let word: UInt64
    let shortShape: UInt64
    let gazetteer: UInt64
    /// False for tokens without a letter ("08/16/2000", "09:11", "+1"): a name never starts with one
    /// (it may go on through one: "Formula 1", "Coca - Cola").
    let mayStartName: Bool
}

/// Feature keys of every token of a document, stored flat: token i's keys are
/// `keys[offsets[i]..<offsets[i + 1]]`.
struct FeatureBlock {
    var keys: [UInt64] = []
    var offsets: [Int32] = [0]

    @inline(__always) func range(_ i: Int) -> Range<Int> { Int(offsets[i])..<Int(offsets[i + 1]) }
}

/// The feature templates (Ratinov & Roth 2009): local context, shapes, affixes, capitalization,
/// gazetteers, surname morphology, role and organisation cues; label history; document context.
enum Features {
    /// Surname endings of the regions newsdex reports on, longest first so the most specific matches.
    static let surnameSuffixes: [[UInt32]] = {
        let list = [
            "shvili", "skaya", "zadeh", "ovich", "evich", "iyeva", "bekova", "bayeva", "oglu", "oğlu",
            "ogly", "zade", "yeva", "iyev", "enko", "skiy", "bekov", "bayev", "ovna", "evna", "kyzy", "chuk",
            "ovic", "ović", "evic", "ević", "escu", "vich", "ova", "eva", "yev", "yan", "ian", "dze", "ski",
            "sky", "ska", "yuk", "uly", "ich", "ov", "ev", "li", "lu", "ly", "uk", "pour", "far",
        ]
        return list.map { $0.unicodeScalars.map(\.value) }.sorted { $0.count > $1.count }
    }()

    static let connectors: [StaticString] = ["of", "for", "the", "and", "in", "on", "de", "du", "des", "&", "la", "al", "el", "del"]

    @inline(__always) static func isConnector(_ info: TokenInfo) -> Bool {
        guard info.lower.count <= 3 else { return false }
        for c in connectors where info.equals(c) { return true }
        return false
    }

    /// The first-pass (context-free) keys of token `i` in `sentence`.
    static func local(_ d: PreparedDocument, _ i: Int, _ sentence: Range<Int>, into f: inout [UInt64]) {
        let info = d.infos[i]
        let lo = sentence.lowerBound, hi = sentence.upperBound
        @inline(__always) func word(_ j: Int) -> UInt64 {
            j < lo ? TokenInfo.beginWord : (j >= hi ? TokenInfo.endWord : d.infos[j].word)
        }
        @inline(__always) func short(_ j: Int) -> UInt64 {
            j < lo ? TokenInfo.beginWord : (j >= hi ? TokenInfo.endWord : d.infos[j].shortShape)
        }
        let capital: UInt64 = info.isCapitalized ? 1 : 0
        // the first word of a sentence, or of a quotation or heading that opens it ("\"Our community ...")
        let isFirst = i == lo || (i == lo + 1 && d.infos[lo].has(.noAlphanumeric))
        f.append(FeatureHash.key(.bias, 0))
        f.append(FeatureHash.key(.word, info.word))
        f.append(FeatureHash.key(.wordPrev1, word(i - 1)))
        f.append(FeatureHash.key(.wordPrev2, word(i - 2)))
        f.append(FeatureHash.key(.wordNext1, word(i + 1)))
        f.append(FeatureHash.key(.wordNext2, word(i + 2)))
        f.append(FeatureHash.key(.bigramPrev, word(i - 1), info.word))
        f.append(FeatureHash.key(.bigramNext, info.word, word(i + 1)))
        f.append(FeatureHash.key(.shape, info.shape))
        f.append(FeatureHash.key(.shortShape, info.shortShape))
        f.append(FeatureHash.key(.shortShapePrev, short(i - 1)))
        f.append(FeatureHash.key(.shortShapeNext, short(i + 1)))
        f.append(FeatureHash.key(.shortShapeTrigram, short(i - 1), info.shortShape, short(i + 1)))
        let n = info.lower.count
        if info.has(.hasLetter) {
            for k in 1...min(4, n) {
                f.append(FeatureHash.key(.prefix, FeatureHash.hash(units: info.lower[0..<k])))
                f.append(FeatureHash.key(.suffix, FeatureHash.hash(units: info.lower[(n - k)..<n])))
            }
        }
        var flags = info.flags
        while flags != 0 {
            let bit = flags & (~flags &+ 1)
            f.append(FeatureHash.key(.flag, UInt64(bit)))
            flags &= flags - 1
        }
        if isFirst { f.append(FeatureHash.key(.firstToken, capital)) }
        f.append(FeatureHash.key(.firstShape, isFirst ? 1 : 0, info.shortShape))

        // gazetteers
        var mark = d.marks[i]
        while mark != 0 {
            let bit = UInt64(mark.trailingZeroBitCount)
            f.append(FeatureHash.key(.gazetteer, bit))
            mark &= mark - 1
        }
        if i > lo {
            let m = d.marks[i - 1]
            for k in 0..<Gazetteer.categories.count where Gazetteer.has(m, k) {
                f.append(FeatureHash.key(.gazetteerPrev, UInt64(k)))
            }
            if Gazetteer.has(m, Gazetteer.givenNameIndex) && d.infos[i - 1].isCapitalized && info.isCapitalized {
                f.append(FeatureHash.key(.givenNameBefore, 1))
            }
        }
        if i + 1 < hi {
            let m = d.marks[i + 1]
            for k in 0..<Gazetteer.categories.count where Gazetteer.has(m, k) {
                f.append(FeatureHash.key(.gazetteerNext, UInt64(k)))
            }
        }

        // surname morphology
        if info.isCapitalized && n >= 5 {
            for (index, suffix) in surnameSuffixes.enumerated() where info.hasSuffix(suffix) {
                f.append(FeatureHash.key(.surnameMorphology, UInt64(index)))
                f.append(FeatureHash.key(.surnameMorphologyAny, capital))
                break
            }
        }

        // a role or title just before ("Professor Yulduz Ragimov", "chairman of the board X Y")
        @inline(__always) func roleEnds(_ j: Int) -> Bool {
            j >= lo && (Gazetteer.ends(d.marks[j], Gazetteer.roleIndex) || Gazetteer.ends(d.marks[j], Gazetteer.titleIndex))
        }
        if roleEnds(i - 1) {
            f.append(FeatureHash.key(.roleBefore, 1, capital))
        } else if roleEnds(i - 2) && d.infos[i - 1].isCapitalized {
            f.append(FeatureHash.key(.roleBefore2, capital))
        }
        if i - 1 >= lo && d.infos[i - 1].isCapitalized && roleEnds(i - 2) == false && roleEnds(i - 3) {
            f.append(FeatureHash.key(.roleBeforeCapitalized, capital))
        }

        // an organisation head word ahead ("York University", "Azerbaijani Women's Union") or behind
        // ("University of Göttingen") across capitalized words and connectors
        if !info.has(.noAlphanumeric) {
            var j = i + 1
            while j < hi && j <= i + 4 {
                if Gazetteer.has(d.marks[j], Gazetteer.orgHeadIndex) {
                    f.append(FeatureHash.key(.orgHeadRight, UInt64(j - i), capital))
                    break
                }
                let next = d.infos[j]
                guard next.isCapitalized || isConnector(next) || next.has(.hasApostrophe) else { break }
                j += 1
            }
            j = i - 1
            while j >= lo && j >= i - 5 {
                if Gazetteer.has(d.marks[j], Gazetteer.orgHeadIndex) {
                    f.append(FeatureHash.key(.orgHeadLeft, UInt64(i - j), capital))
                    break
                }
                let previous = d.infos[j]
                guard previous.isCapitalized || isConnector(previous) else { break }
                j -= 1
            }
        }
    }

    /// Label-history keys; `previous` and `beforePrevious` are classes, or `start` before the sentence.
    static let start: UInt8 = 13
    static let historyCount = 6

    /// The keys that depend on the labels already predicted: the previous label, the previous two,
    /// each of them with the current word, and the previous label with the current short shape and with
    /// the current token's gazetteer summary ("a given name right after an organisation").
    @inline(__always) static func history(
        previous: UInt8, beforePrevious: UInt8, token: TokenContext, into keys: UnsafeMutablePointer<UInt64>
    ) {
        let p = UInt64(previous), pp = UInt64(beforePrevious)
        keys[0] = FeatureHash.key(.prevLabel, p)
        keys[1] = FeatureHash.key(.prevLabels, pp, p)
        keys[2] = FeatureHash.key(.prevLabelWord, p, token.word)
        keys[3] = FeatureHash.key(.prevLabelsWord, pp &* 16 &+ p, token.word)
        keys[4] = FeatureHash.key(.prevLabelShape, p, token.shortShape)
        keys[5] = FeatureHash.key(.prevLabelGazetteer, p, token.gazetteer)
    }

    /// Pass-1 keys of every token of a document.
    static func localBlock(_ d: PreparedDocument) -> FeatureBlock {
        var block = FeatureBlock()
        block.keys.reserveCapacity(d.count * 48)
        block.offsets = [Int32](repeating: 0, count: d.count + 1)
        var covered = 0
        for sentence in d.sentences {
            // tokens outside every sentence get no keys
            while covered < sentence.lowerBound {
                covered += 1
                block.offsets[covered] = Int32(block.keys.count)
            }
            for i in sentence {
                local(d, i, sentence, into: &block.keys)
                block.offsets[i + 1] = Int32(block.keys.count)
            }
            covered = sentence.upperBound
        }
        while covered < d.count {
            covered += 1
            block.offsets[covered] = Int32(block.keys.count)
        }
        return block
    }

    /// Pass-2 keys: the pass-1 keys, then the document-context keys, token by token.
    static func documentBlock(_ d: PreparedDocument, local: FeatureBlock, pass1 labels: [UInt8]) -> FeatureBlock {
        let context = contextBlock(d, pass1: labels)
        var block = FeatureBlock()
        block.keys.reserveCapacity(local.keys.count + context.keys.count)
        block.offsets = [Int32](repeating: 0, count: d.count + 1)
        for i in 0..<d.count {
            block.keys.append(contentsOf: local.keys[local.range(i)])
            block.keys.append(contentsOf: context.keys[context.range(i)])
            block.offsets[i + 1] = Int32(block.keys.count)
        }
        return block
    }

    /// The keys pass 2 adds to the pass-1 keys: the document context built from the pass-1 labels.
    static func contextBlock(_ d: PreparedDocument, pass1 labels: [UInt8]) -> FeatureBlock {
        let context = DocumentContext(d, labels: labels)
        var block = FeatureBlock()
        block.keys.reserveCapacity(d.count * 8)
        block.offsets = [Int32](repeating: 0, count: d.count + 1)
        var sentenceOf = [Int32](repeating: -1, count: d.count)
        for (s, sentence) in d.sentences.enumerated() { for i in sentence { sentenceOf[i] = Int32(s) } }
        for i in 0..<d.count {
            if sentenceOf[i] >= 0 {
                context.features(d, i, d.sentences[Int(sentenceOf[i])], labels: labels, into: &block.keys)
            }
            block.offsets[i + 1] = Int32(block.keys.count)
        }
        return block
    }
}

/// For each distinct lowercased word of a document: how pass 1 labelled its occurrences, and how it was
/// written (capitalized in mid-sentence, lower case). Features read these counts minus the token itself
/// ("elsewhere in the document").
struct DocumentContext {
    static let width = 16  // 13 label counts, capitalized mid-sentence, lower case, total
    var ids: [UInt64: Int32] = [:]
    var idOf: [Int32]
    var counts: [Int32]
    /// Per token: its own contribution, to subtract.
    var ownCapitalizedMid: [Bool]
    /// Per token: majority entity type elsewhere (0 none, 1 PER, 2 ORG, 3 LOC).
    var majorityType: [UInt8]

    init(_ d: PreparedDocument, labels: [UInt8]) {
        idOf = [Int32](repeating: -1, count: d.count)
        ownCapitalizedMid = [Bool](repeating: false, count: d.count)
        majorityType = [UInt8](repeating: 0, count: d.count)
        counts = []
        var firstOfSentence = [Bool](repeating: false, count: d.count)
        for sentence in d.sentences where !sentence.isEmpty { firstOfSentence[sentence.lowerBound] = true }
        for i in 0..<d.count where d.infos[i].has(.hasLetter) {
            let word = d.infos[i].word
            let id: Int32
            if let existing = ids[word] {
                id = existing
            } else {
                id = Int32(ids.count)
                ids[word] = id
                counts.append(contentsOf: repeatElement(0, count: Self.width))
            }
            idOf[i] = id
            let base = Int(id) * Self.width
            counts[base + Int(labels[i])] += 1
            let capitalizedMid = d.infos[i].isCapitalized && !firstOfSentence[i]
            ownCapitalizedMid[i] = capitalizedMid
            if capitalizedMid { counts[base + 13] += 1 }
            if d.infos[i].has(.allLower) { counts[base + 14] += 1 }
            counts[base + 15] += 1
        }
        for i in 0..<d.count where idOf[i] >= 0 {
            let base = Int(idOf[i]) * Self.width
            var byType = [Int32](repeating: 0, count: 4)
            for c in 1..<13 { byType[(c - 1) / 4 + 1] += counts[base + c] }
            if labels[i] != 0 { byType[BILOU.coarse(labels[i])] -= 1 }
            var best = 0
            for t in 1...3 where byType[t] > 0 && (best == 0 || byType[t] > byType[best]) { best = t }
            majorityType[i] = UInt8(best)
        }
    }

    func features(_ d: PreparedDocument, _ i: Int, _ sentence: Range<Int>, labels: [UInt8], into f: inout [UInt64]) {
        let lo = sentence.lowerBound, hi = sentence.upperBound
        let none: UInt64 = 99
        f.append(FeatureHash.key(.pass1Label, UInt64(labels[i])))
        f.append(FeatureHash.key(.pass1Prev, i > lo ? UInt64(labels[i - 1]) : none))
        f.append(FeatureHash.key(.pass1Next, i + 1 < hi ? UInt64(labels[i + 1]) : none))
        let id = idOf[i]
        guard id >= 0 else { return }
        let info = d.infos[i]
        let capital: UInt64 = info.isCapitalized ? 1 : 0
        let isFirst: UInt64 = i == lo ? 1 : 0
        let base = Int(id) * Self.width
        let total = counts[base + 15] - 1
        if total == 0 {
            f.append(FeatureHash.key(.docSingleton, capital))
        } else {
            var entities: Int32 = 0
            var bestLabel = 0
            var bestCount: Int32 = 0
            for c in 1..<13 {
                var n = counts[base + c]
                if c == Int(labels[i]) { n -= 1 }
                entities += n
                if n > bestCount { bestCount = n; bestLabel = c }
            }
            if entities == 0 {
                f.append(FeatureHash.key(.docOnlyOutside, capital))
            } else {
                let bucket: UInt64 = entities == total ? 2 : (2 * entities >= total ? 1 : 0)
                f.append(FeatureHash.key(.docMajority, UInt64(majorityType[i]), bucket))
                f.append(FeatureHash.key(.docMajorityLabel, UInt64(bestLabel)))
            }
            if info.isCapitalized {
                let capitalizedMid = counts[base + 13] - (ownCapitalizedMid[i] ? 1 : 0)
                if capitalizedMid > 0 { f.append(FeatureHash.key(.docCapitalizedMidFirst, isFirst)) }
                if counts[base + 14] > 0 { f.append(FeatureHash.key(.docLowercase, isFirst)) }
            }
        }
        if i > lo && majorityType[i - 1] != 0 {
            f.append(FeatureHash.key(.docMajorityPrev, UInt64(majorityType[i - 1])))
        }
        if i + 1 < hi && majorityType[i + 1] != 0 {
            f.append(FeatureHash.key(.docMajorityNext, UInt64(majorityType[i + 1])))
        }
    }
}
