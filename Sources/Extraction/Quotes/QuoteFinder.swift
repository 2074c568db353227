import Foundation
import ArticleText
import Lexicon

/// Quoted speech and written statements, with their speakers.
///
/// Passages come from `QuoteDetector`; slogans and titles are dropped (fewer than four words, Title Case
/// phrases inside a sentence, or a passage introduced as a slogan, motto, title or chant). Speakers come
/// from sieves, most precise first; `speakers` stays empty when none fires:
/// 1. Trailing attribution: `"…," said NAME`, `"…," NAME [, apposition,] said`, `"…," she said`,
///    `"…," the professor / the statement / the activists said`, `"…," according to NAME`, `"…," NAME was
///    quoted as saying`. An unnamed person (`"…," a vendor said`, `said a woman who asked not to be named`)
///    gives an empty speaker list that no later sieve fills.
/// 2. Leading attribution in the quote's sentence: `NAME said: "…"`, `NAME said that … "…"`,
///    `According to NAME, "…"`.
/// 3. The second part of an interrupted quote (`"…," she said, "…"`) shares the first part's speakers.
/// 4. Last resort: the only person named in the paragraph, or, for a paragraph holding only the quote,
///    in the paragraph just before.
/// Pronouns go to the first person named in the latest sentence before the quote that names one (a sentence
/// opened by the same pronoun is passed over: it speaks of the same person; a name in the possessive before
/// another is passed over: "X's deputy, Y, said"); "the
/// professor" to the latest person introduced with that role ("the MP" to a member of a named legislature);
/// "the boy/woman/pupil" to the only person of the latest sentence naming anyone; "the statement/appeal/letter"
/// to the organisation that issued it (or on whose behalf it was read); "the activists/members/coordinators"
/// to everyone introduced with that word; "the organisers" to the organisations after "organised/run by".
enum QuoteFinder {
    static func find(in analysis: ArticleAnalysis, lexicon: Lexicon) -> [AnalyzedQuote] {
        let view = ArticleView(analysis)
        let passages = QuoteDetector(document: analysis.document).passages().filter { isSpeech($0, view: view) }
        var sieves = SpeakerSieves(view: view, lexicon: lexicon, passages: passages)
        return sieves.run()
    }

    /// Words that introduce a name, a title or a slogan rather than speech.
    static let namingWords: WordSet = [
        "slogan", "slogans", "motto", "titled", "entitled", "named", "called", "dubbed", "chanted", "chanting",
        "chants", "banner", "banners", "hashtag", "headline", "theme", "song", "songs", "film", "book", "poem",
        "exhibition", "campaign", "project", "programme", "program", "initiative", "festival", "placard",
        "placards", "sign", "signs", "reading", "inscription", "inscribed", "label", "brand", "nicknamed",
        "album", "play", "opera", "documentary", "series", "show", "novel", "article", "conference", "forum",
    ]

    /// Words a Title Case phrase leaves in lower case.
    private static let smallWords: WordSet = ["of", "the", "and", "a", "an", "to", "in", "for", "on", "from", "with", "at", "by", "or"]

    /// Whether a passage is speech or a written statement, not a slogan or a title.
    static func isSpeech(_ passage: QuotePassage, view: ArticleView) -> Bool {
        let document = view.analysis.document
        let text = passage.segments.map { document.string($0) }.joined(separator: " ")
        // (split on scalars: a character is white space when its first scalar is, and scalars need no grapheme breaking)
        let words = text.unicodeScalars.split(whereSeparator: ScalarClass.isWhitespace)
            .filter { $0.contains(where: ScalarClass.isAlphanumeric) }.map(Substring.init)
        guard words.count >= 4 || isFramedBySpeechVerb(passage, view: view) else { return false }
        let opensParagraph = passage.segments.count > 1 || isAtParagraphStart(passage, document: document)
        // Introduced by a naming word: "under the slogan "…"", "chanted "…"".
        let openToken = view.tokenIndex(atOrAfter: passage.openMark)
        var look = openToken - 1
        var steps = 0
        while look >= 0, steps < 4, view.tokens[look].paragraph == view.tokens[openToken].paragraph {
            if namingWords.contains(view.tokens[look].lowercased) {
                // "called the chamber "one of the engines of …"": a description quoted from a speaker.
                let isDescription = ["called", "calling"].contains(view.tokens[look].lowercased) && steps > 0 && words.count >= 5
                    && words.first.map { $0.first?.isLowercase == true } == true
                if !isDescription { return false }
                break
            }
            if view.tokens[look].kind == .punctuation, [".", "!", "?"].contains(view.tokens[look].text) { break }
            look -= 1
            steps += 1
        }
        if !opensParagraph, !isFramedBySpeechVerb(passage, view: view) {
            // A Title Case phrase inside a sentence is a title: "One Brick from Every Family" (a reply framed by a
            // speech verb is none: `"No," she said`).
            let content = words.filter { !Self.smallWords.contains($0.lowercased()) }
            let capitalized = content.filter { $0.first!.isUppercase || !$0.first!.isLetter }
            let endsSentence = text.contains { ".!?".contains($0) }
            if !content.isEmpty, capitalized.count * 10 >= content.count * 8, !endsSentence { return false }
        }
        return true
    }

    /// A passage under four words is speech only where a speech verb frames it, as news writes short replies:
    /// `"No," said NAME`, `"We stand together," he said`, `NAME said: "Never."`, `"No," she said. "Louder, maybe."`
    /// — a slogan or a title has no such frame.
    static func isFramedBySpeechVerb(_ passage: QuotePassage, view: ArticleView) -> Bool {
        let tokens = view.tokens
        let open = view.tokenIndex(atOrAfter: passage.openMark)
        if let closeMark = passage.closeMark {
            // Trailing: the passage ends in , ! or ? inside its marks, then a speech verb within three words.
            let close = view.tokenIndex(atOrAfter: closeMark)
            let closing = close - 1
            if closing > open, close < tokens.count, [",", "!", "?"].contains(tokens[closing].text) {
                var index = close + 1
                while index < min(tokens.count, close + 4), tokens[index].sentence == tokens[close].sentence,
                      tokens[index].kind == .word {
                    if SpeechVerbs.isSpeechVerb(tokens[index].lowercased) { return true }
                    index += 1
                }
            }
        }
        // Leading: a speech verb, then a colon or a comma, right before the opening mark.
        guard open >= 2 else { return false }
        if [":", ","].contains(tokens[open - 1].text) { return SpeechVerbs.isSpeechVerb(tokens[open - 2].lowercased) }
        // A reply going on after its attribution: `"No," she said. "Louder, maybe."`.
        guard tokens[open - 1].text == ".", SpeechVerbs.isSpeechVerb(tokens[open - 2].lowercased) else { return false }
        return (max(0, open - 6)..<(open - 2)).contains { tokens[$0].kind == .quote && tokens[$0].paragraph == tokens[open].paragraph }
    }

    private static func isAtParagraphStart(_ passage: QuotePassage, document: TextDocument) -> Bool {
        let paragraph = document.paragraphs[passage.firstParagraph]
        return paragraph.lowerBound == passage.openMark
    }
}

struct SpeakerSieves {
    let view: ArticleView
    let lexicon: Lexicon
    let passages: [QuotePassage]
    let roles: RoleWords
    let references: OrgReference
    /// Tokens inside quotes (marks included).
    private var quoted: [Bool]
    /// Role keys each person was introduced with (titles, appositions, affiliations).
    private var personRoles: [Int: Set<String>] = [:]
    /// Persons affiliated with a diplomatic mission.
    private var diplomats: Set<Int> = []
    /// Organisations of each person, from the affiliation sieves.
    private var affiliatedOrgs: [Int: Set<Int>] = [:]

    init(view: ArticleView, lexicon: Lexicon, passages: [QuotePassage]) {
        self.view = view
        self.lexicon = lexicon
        self.passages = passages
        self.roles = RoleWords(lexicon: lexicon)
        self.references = OrgReference(view: view, lexicon: lexicon)
        var quoted = [Bool](repeating: false, count: view.tokens.count)
        for passage in passages {
            let end = (passage.closeMark.map { $0 + 1 }) ?? passage.range.upperBound
            var index = view.tokenIndex(atOrAfter: passage.openMark)
            while index < view.tokens.count, view.tokens[index].range.lowerBound < end {
                quoted[index] = true
                index += 1
            }
        }
        self.quoted = quoted
        collectPersonRoles()
    }

    // MARK: - Run

    mutating func run() -> [AnalyzedQuote] {
        var quotes: [AnalyzedQuote] = []
        for (index, passage) in passages.enumerated() {
            let document = view.analysis.document
            let text = passage.segments.map { document.string($0) }.joined(separator: "\n\n")
            let firstToken = view.tokenIndex(atOrAfter: passage.segments[0].lowerBound)
            let sentence = view.tokens[min(firstToken, view.tokens.count - 1)].sentence
            var speakers: [Int]?
            if index > 0, let previous = quotes.last, isInterruption(passages[index - 1], passage, sentenceBreakAllowed: false) {
                speakers = previous.speakers.isEmpty ? nil : previous.speakers
            }
            // `NAME thanked voters: "….." His rival said …`: a colon before the passage hands it to the clause before.
            if speakers == nil, isLedByColon(passage) { speakers = leadingAttribution(passage) }
            if speakers == nil { speakers = trailingAttribution(passage) }
            // `"…," it adds.`: "it" is the document or organisation the quote before was attributed to.
            if speakers == nil, index > 0, let previous = quotes.last, !previous.speakers.isEmpty,
               previous.speakers.allSatisfy({ view.analysis.entities[$0].type == .org }), isAttributedToIt(passage) {
                speakers = previous.speakers
            }
            // `"…," she said. "…"`: the passage right after an attribution continues the same speech.
            if speakers == nil, index > 0, let previous = quotes.last, !previous.speakers.isEmpty,
               isInterruption(passages[index - 1], passage, sentenceBreakAllowed: true) {
                speakers = previous.speakers
            }
            if speakers == nil { speakers = leadingAttribution(passage) }
            if speakers == nil { speakers = onlyPersonNearby(passage) }
            quotes.append(AnalyzedQuote(range: passage.range, text: text, sentence: sentence, speakers: speakers ?? []))
        }
        return quotes
    }

    // MARK: - Attributions

    /// Pieces of the paragraph `paragraph`, in order.
    private func paragraphPieces(_ paragraph: Int) -> [Piece] {
        var result: [Piece] = []
        for (index, sentence) in view.analysis.document.sentences.enumerated() where sentence.paragraph == paragraph {
            result.append(contentsOf: view.sentencePieces[index])
        }
        return result
    }

    private func isTerminator(_ piece: Piece) -> Bool {
        guard let word = view.word(piece) else { return false }
        return word == "." || word == "!" || word == "?"
    }

    private func isQuoteMark(_ piece: Piece) -> Bool {
        piece.mention == nil && view.tokens[piece.tokens.lowerBound].kind == .quote && "\"“”«»„‟".containsLiterally(view.tokens[piece.tokens.lowerBound].text)
    }

    /// `"…," VERB NAME` / `"…," NAME VERB` / `"…," she said` / `"…," the professor said`.
    private func trailingAttribution(_ passage: QuotePassage) -> [Int]? {
        guard let (pieces, cursor) = afterClosingMark(passage) else { return nil }
        let paragraph = passage.lastParagraph
        if let piece = pieces.at(cursor), isTerminator(piece) { return passiveAttribution(pieces, from: cursor + 1, passage: passage) }
        guard let piece = pieces.at(cursor), !isQuoteMark(piece), !quoted[piece.tokens.lowerBound] else {
            return cursor >= pieces.count ? passiveAttribution(paragraphPieces(paragraph + 1), from: 0, passage: passage) : nil
        }
        let attribution = Array(pieces[cursor..<min(pieces.count, cursor + 20)].prefix { !isQuoteMark($0) && !isTerminator($0) })
        if let first = view.word(piece), ["this", "that", "it"].contains(first) {
            return passiveAttribution(pieces, from: cursor, passage: passage)
        }
        // Antecedents are looked for before the quote, not inside it.
        let anchor = view.tokenIndex(atOrAfter: passage.openMark)
        return attributionSpeakers(attribution, at: anchor, verbFirstAllowed: true)
    }

    /// `"…," it adds.`, `"…," it continues.`: "it" and a speech verb right after the closing mark.
    private func isAttributedToIt(_ passage: QuotePassage) -> Bool {
        guard let (pieces, cursor) = afterClosingMark(passage) else { return false }
        return view.word(pieces, cursor) == "it" && SpeechVerbs.isSpeechVerb(view.word(pieces, cursor + 1) ?? "")
    }

    /// The pieces of a closed passage's last paragraph and the index of the first one after its closing mark,
    /// past commas and dashes: where a trailing attribution starts.
    private func afterClosingMark(_ passage: QuotePassage) -> (pieces: [Piece], cursor: Int)? {
        guard let close = passage.closeMark else { return nil }
        let pieces = paragraphPieces(passage.lastParagraph)
        guard var cursor = pieces.firstIndex(where: { view.tokens[$0.tokens.lowerBound].range.lowerBound > close }) else { return nil }
        while let word = view.word(pieces, cursor), [",", "–", "—", "-"].contains(word) { cursor += 1 }
        return (pieces, cursor)
    }

    /// `"…" This was stated by NAME, chairman of ORG.`: the next sentence names the speaker in the passive.
    private func passiveAttribution(_ pieces: [Piece], from start: Int, passage: QuotePassage) -> [Int]? {
        let sentence = Array(pieces[min(start, pieces.count)...].prefix { !isTerminator($0) && !isQuoteMark($0) })
        let words = sentence.map { view.word($0) ?? "#" }
        guard let first = words.first, ["this", "that", "it", "these", "those"].contains(first),
              let by = words.indices.first(where: { words[$0] == "by" }), by >= 3, by <= 5,
              ["was", "is", "were", "are", "has", "have", "been"].contains(words[1]),
              SpeechVerbs.verbs.contains(words[by - 1]) else { return nil }
        var cursor = by + 1
        while cursor < sentence.count, cursor < by + 6, sentence[cursor].mention == nil, words[cursor] != "," { cursor += 1 }
        guard let piece = sentence.at(cursor), let speaker = mentionSpeaker(piece) else { return nil }
        if view.entity(piece, .org) != nil, let person = sentence[(cursor + 1)..<min(sentence.count, cursor + 5)].lazy.compactMap({ self.view.entity($0, .person) }).first {
            return [person]
        }
        return [speaker]
    }

    /// `NAME said: "…"`, `NAME said that … "…"`, `According to NAME, "…"` in the quote's own sentence, or
    /// `NAME said:` closing the paragraph before.
    private func leadingAttribution(_ passage: QuotePassage) -> [Int]? {
        let openToken = view.tokenIndex(atOrAfter: passage.openMark)
        guard openToken < view.tokens.count else { return nil }
        var sentence = view.tokens[openToken].sentence
        var before = view.sentencePieces[sentence].filter { $0.tokens.upperBound <= openToken && !quoted[$0.tokens.lowerBound] }
        if before.isEmpty, sentence > 0, view.analysis.document.sentences[sentence - 1].paragraph == view.tokens[openToken].paragraph - 1,
           let last = view.sentencePieces[sentence - 1].last, view.word(last) == ":" {
            sentence -= 1
            before = view.sentencePieces[sentence].filter { !quoted[$0.tokens.lowerBound] }
        }
        guard !before.isEmpty else { return nil }
        // "According to NAME, "…""
        if let according = before.indices.first(where: { view.word(before, $0) == "according" && view.word(before, $0 + 1) == "to" }),
           let piece = before.at(documentIssuerStart(before, from: according + 2)), let speaker = mentionSpeaker(piece) {
            return [speaker]
        }
        let words = before.map { view.word($0) ?? "#" }
        guard let verbIndex = words.indices.reversed().first(where: { SpeechVerbs.verb(in: words, at: $0) != nil }) else {
            return words.last == ":" ? openingPerson(of: before).map { [$0] } : nil
        }
        let subject = Array(before[..<verbIndex])
        return subjectSpeakers(subject, at: before[verbIndex].tokens.lowerBound)
    }

    /// Whether a colon stands right before the passage's opening mark.
    private func isLedByColon(_ passage: QuotePassage) -> Bool {
        let open = view.tokenIndex(atOrAfter: passage.openMark)
        return open > 0 && open < view.tokens.count && view.tokens[open - 1].text == ":"
            && view.tokens[open - 1].sentence == view.tokens[open].sentence
    }

    /// "NAME, the party's candidate, thanked voters on social media: "…"": a clause that opens with a person and ends
    /// in a colon gives the quote to that person, whatever its verb. A time stamp or a dash before the name is skipped.
    private func openingPerson(of pieces: [Piece]) -> Int? {
        guard let first = pieces.first(where: { $0.mention != nil || view.tokens[$0.tokens.lowerBound].kind == .word }) else { return nil }
        return view.entity(first, .person)
    }

    /// Where the issuer's name stands after "according to": at `start` ("according to NAME"), or after a
    /// document and "from/by/of" ("according to a statement from ORG", "according to the ministry's annual
    /// report of ORG" is not one).
    private func documentIssuerStart(_ pieces: [Piece], from start: Int) -> Int {
        var cursor = start
        guard ["a", "an", "the"].contains(view.word(pieces, cursor) ?? "") else { return start }
        cursor += 1
        while cursor < start + 4, let piece = pieces.at(cursor), piece.mention == nil, let word = view.word(piece), !SpeechVerbs.documents.contains(word) {
            cursor += 1
        }
        return issuer(ofDocumentAt: cursor, in: pieces) ?? start
    }

    /// Where the issuer's name stands when `pieces[index]` is a document followed by "from", "by" or "of"
    /// ("a statement from [the] ORG", "a letter of the federation"); nil otherwise.
    private func issuer(ofDocumentAt index: Int, in pieces: [Piece]) -> Int? {
        guard SpeechVerbs.documents.contains(view.word(pieces, index) ?? ""),
              ["from", "by", "of"].contains(view.word(pieces, index + 1) ?? "") else { return nil }
        return view.word(pieces, index + 2) == "the" ? index + 3 : index + 2
    }

    /// Speakers named by an attribution that follows a quote: verb first or subject first.
    private func attributionSpeakers(_ pieces: [Piece], at token: Int, verbFirstAllowed: Bool) -> [Int]? {
        guard !pieces.isEmpty else { return nil }
        let words = pieces.map { view.word($0) ?? "#" }
        // "…," according to NAME / according to a statement from ORG.
        if words.starts(with: ["according", "to"]), let piece = pieces.at(documentIssuerStart(pieces, from: 2)), let speaker = mentionSpeaker(piece) {
            return [speaker]
        }
        // VERB [particle] [the] [titles] NAME
        if verbFirstAllowed, let verbEnd = SpeechVerbs.verb(in: words, at: 0) {
            var cursor = verbEnd
            while cursor < pieces.count, cursor < verbEnd + 6, pieces[cursor].mention == nil, !["," , "that", "on", "in", "at"].contains(words[cursor]) {
                cursor += 1
            }
            if let piece = pieces.at(cursor), let speaker = mentionSpeaker(piece) {
                // "said ORG chairman NAME": the person.
                if view.entity(piece, .org) != nil, let person = pieces[(cursor + 1)..<min(pieces.count, cursor + 5)].lazy.compactMap({ self.view.entity($0, .person) }).first {
                    return [person]
                }
                // "said ORG's founder and chairwoman, NAME".
                if view.entity(piece, .org) != nil, let person = personAfterRole(pieces, from: cursor + 1) {
                    return [person]
                }
                return [speaker]
            }
            // "said one of the founders, NAME": the name after the description.
            if words.at(cursor) == ",", let piece = pieces.at(cursor + 1), let person = view.entity(piece, .person) { return [person] }
            // "said a vendor from Lyon who asked not to be named": someone the article does not name.
            if isUnnamedPerson(Array(pieces[verbEnd...])) { return [] }
            // "said the professor"
            if words.at(verbEnd) == "the" {
                let noun = Array(pieces[(verbEnd + 1)..<min(pieces.count, verbEnd + 4)].prefix { $0.mention == nil && !["," , "."].contains(view.word($0) ?? "") })
                if !noun.isEmpty { return nounSpeakers(noun, at: token) }
            }
            return nil
        }
        // Subject first: find the verb within the next pieces.
        guard let verbIndex = words.indices.first(where: { SpeechVerbs.verb(in: words, at: $0) != nil }), verbIndex > 0 else { return nil }
        return subjectSpeakers(Array(pieces[..<verbIndex]), at: token)
    }

    /// The person after "'s ROLE [and ROLE][,]" that follows an organisation: "AWEN's founder and chairwoman, X".
    private func personAfterRole(_ pieces: [Piece], from start: Int) -> Int? {
        var cursor = start
        guard let marker = pieces.at(cursor), view.isPossessiveMarker(marker) else { return nil }
        cursor += 1
        var sawRole = false
        while let piece = pieces.at(cursor), cursor < start + 10, piece.mention == nil, let word = view.word(piece) {
            if roles.isModifier(view.text(piece)) {
                sawRole = sawRole || roles.isHead(view.text(piece))
            } else if !["and", ",", "&"].contains(word) && !RoleWords.honorifics.contains(RoleWords.bare(word)) {
                return nil
            }
            cursor += 1
        }
        guard sawRole, let piece = pieces.at(cursor) else { return nil }
        return view.entity(piece, .person)
    }

    /// The speaker of a subject that precedes a reporting verb: a name (with apposition), a pronoun, or
    /// "the NOUN".
    private func subjectSpeakers(_ subject: [Piece], at token: Int) -> [Int]? {
        guard !subject.isEmpty else { return nil }
        // "A council spokesperson said", "A spokesperson for the Syrian Arab Red Crescent, which keeps a register, told …":
        // the organisation speaks through someone it does not name (who is named in an apposition speaks: "A
        // spokeswoman for ORG, Jana Petersen, said").
        if let introduced = unnamedSpokesperson(subject, at: 0, before: token),
           subject.count == introduced.end || subject.count > 3 && view.word(subject, introduced.end) == ",",
           !subject[introduced.end...].contains(where: { view.entity($0, .person) != nil }) {
            return [introduced.org]
        }
        // "a vendor said", "One long-time vendor said:": someone the article does not name.
        if isUnnamedPerson(subject) { return [] }
        var end = subject.count
        // Adverbs between subject and verb: "Nasirov also noted"; "NAME was quoted as saying", "ORG quoted NAME as saying".
        while end > 0, let word = view.word(subject[end - 1]), ["also", "already", "further", "later", "then", "again", "once", "has", "had", "have", "recently", "who", "is", "was", "quoted", "as"].contains(word) {
            end -= 1
        }
        // "the ORG (ABC) said": the acronym after the name.
        if end >= 3, view.word(subject[end - 1]) == ")", view.word(subject[end - 3]) == "(", mentionSpeaker(subject[end - 2]) != nil {
            end -= 3
        }
        guard end > 0 else { return nil }
        // "NAME, the first deputy … in ORG, elected for ORG in 2023, recalled": a person set off by a comma opens the
        // subject, an apposition after it (not a list of names).
        if end >= 4, let person = view.entity(subject[0], .person), view.word(subject, 1) == ",", view.entity(subject[2], .person) == nil {
            return [person]
        }
        // Apposition: "NAME, chairman of ORG, said".
        if view.word(subject[end - 1]) == "," {
            let commas = subject[..<(end - 1)].indices.filter { view.word(subject[$0]) == "," }
            // "ORG's president, NAME, said", "The president of ORG, Adv. NAME, said": the name, after its titles, is
            // the apposition itself.
            if let open = commas.last, open + 1 < end - 1, case let apposition = subject[(open + 1)..<(end - 1)],
               apposition.contains(where: { view.entity($0, .person) != nil }),
               apposition.drop(while: { $0.mention == nil && roles.isAddress(view.text($0)) })
                .allSatisfy({ view.entity($0, .person) != nil || ["and", ","].contains(view.word($0) ?? "") }) {
                return listSpeakers(subject, endingBefore: end - 1)
            }
            if let open = commas.last, open >= 1, open >= end - 16, let speaker = listSpeakers(subject, endingBefore: open) {
                return speaker
            }
            return nil
        }
        // "The Permanent Mission of Pakistan to the United Nations Office at Geneva said", "NAME of ORG in PLACE said":
        // a name that opens the subject and goes on with prepositional phrases only is its head.
        let headIndex = view.word(subject, 0) == "the" ? 1 : 0
        if end > headIndex + 2, let head = subject.at(headIndex), let speaker = view.entity(head, .org) ?? view.entity(head, .person),
           Self.headPrepositions.contains(view.word(subject, headIndex + 1) ?? ""),
           subject[(headIndex + 1)..<end].allSatisfy({ view.entity($0, .person) == nil && ![",", "and", "who", "which"].contains(view.word($0) ?? "") }) {
            return [speaker]
        }
        // "Granma described X as "…" and said …": a second predicate's subject is the first one's.
        if view.word(subject[end - 1]) == "and", end >= 3,
           let opening = subject[..<min(end - 1, 5)].firstIndex(where: { $0.mention != nil }),
           !subject[..<opening].contains(where: { view.word($0) == "," }),
           let speaker = view.entity(subject[opening], .person) ?? view.entity(subject[opening], .org),
           case let words = subject.map({ view.word($0) ?? "#" }),
           ((opening + 1)..<(end - 1)).contains(where: { SpeechVerbs.verb(in: words, at: $0) != nil }) {
            return [speaker]
        }
        let last = subject[end - 1]
        if last.mention != nil {
            // "the chairman of ORG said": the person introduced with that role, not the organisation.
            let preposition = view.word(subject, end - 2) == "the" ? end - 3 : end - 2
            if view.entity(last, .org) != nil, preposition >= 1, ["of", "at"].contains(view.word(subject, preposition) ?? ""),
               let roleWord = view.word(subject, preposition - 1), roles.isHead(roleWord) {
                return titled(words: [roleWord], before: token, org: view.entity(last, .org))
            }
            // "Ilgar and Peri Mamedovs noted": every name of the list.
            return listSpeakers(subject, endingBefore: end)
        }
        guard let word = view.word(last) else { return nil }
        // Someone's document or words in the possessive: "NAME's message reads", "ORG's statement says", and "the
        // consul general's message said" (the person introduced with that title).
        if end >= 3, SpeechVerbs.documents.contains(word) || ["words", "speech", "remarks"].contains(word),
           view.isPossessiveMarker(subject[end - 2]) {
            if let speaker = mentionSpeaker(subject[end - 3]) { return [speaker] }
            if let the = subject[..<(end - 2)].lastIndex(where: { view.word($0) == "the" }), the < end - 3, end - 2 - the <= 3,
               subject[(the + 1)..<(end - 2)].allSatisfy({ $0.mention == nil && view.word($0) != nil }) {
                return titled(words: subject[(the + 1)..<(end - 2)].compactMap { view.word($0) }, before: token)
            }
        }
        if SpeechVerbs.singularPronouns.contains(word) {
            return end == 1 || !(subject[end - 2].mention != nil) ? pronounSpeaker(before: token, pronoun: word) : nil
        }
        if word == "they" { return groupOfPreviousSentence(before: token) }
        if word == "it", end == 1 || subject[end - 2].mention == nil { return organisationOpening(before: token) }
        // "the SAE appeal says", "the ORG chairman said".
        if end >= 2, let org = view.entity(subject[end - 2], .org) ?? (end >= 3 && view.isPossessiveMarker(subject[end - 2]) ? view.entity(subject[end - 3], .org) : nil) {
            if SpeechVerbs.documents.contains(word) { return [org] }
            if roles.isHead(word) || Self.leaderNouns.contains(word) { return titled(words: [word], before: token, org: org) }
        }
        // "the department said", "the federation noted": the organisation named before; "the central bank said",
        // the one whose name holds the modifier too ("Central Bank of Nigeria").
        if end >= 2, !SpeechVerbs.documents.contains(word), references.isOrgNoun(word),
           !roles.isHead(word), RoleWords.singular(word) == word || word.hasSuffix("ss") {
            // ("the same ministry told us")
            if view.word(subject[end - 2]) == "the" || end >= 3 && view.word(subject[end - 2]) == "same" && view.word(subject[end - 3]) == "the" {
                return references.resolve(noun: word, before: token).map { [$0] }
            }
            if end >= 3, view.word(subject[end - 3]) == "the", subject[end - 2].mention == nil, let modifier = view.word(subject[end - 2]),
               let org = references.resolve(noun: word, before: token),
               NameKey.make(view.analysis.entities[org].name).split(separator: " ").contains(Substring(modifier)) {
                return [org]
            }
        }
        // "the 41-year-old said": the person introduced with that age.
        if let age = ageNoun(subject[max(0, end - 7)..<end]), let person = personAged(age, before: token) {
            return [person]
        }
        // "the professor", "the statement", "the activists", "the consul general", "the MEA official".
        var start = end - 1
        while start > 0, start > end - 4, view.word(subject[start - 1]) != "the", subject[start - 1].mention == nil,
              view.word(subject[start - 1]).map({ !RoleWords.functionWords.contains($0) && $0 != "," }) == true {
            start -= 1
        }
        guard start > 0, view.word(subject[start - 1]) == "the" || view.word(subject[start - 1]) == "our" else {
            return nil
        }
        return nounSpeakers(Array(subject[start..<end]), at: token)
    }

    /// Prepositions that carry a name's complement in a subject ("… of Pakistan to the United Nations Office at Geneva").
    private static let headPrepositions: WordSet = ["of", "to", "at", "in", "for", "from"]

    /// The age in "the 41-year-old" closing a subject, nil for anything else.
    private func ageNoun(_ pieces: ArraySlice<Piece>) -> String? {
        let lowered = view.text(pieces).lowercased()
        guard lowered.hasSuffix("old") else { return nil }  // cheap test first: most subjects are no age
        let text = lowered.replacingOccurrences(of: "\u{2011}", with: "-")
        guard text.hasSuffix("-year-old"), let the = text.range(of: "the ", options: .backwards) else { return nil }
        let age = text[the.upperBound...].dropLast("-year-old".count).trimmingCharacters(in: .whitespaces)
        return !age.isEmpty && age.allSatisfy(\.isNumber) ? age : nil
    }

    /// The latest person before `token` written with that age: "X, 41," or "a 41-year-old … X" / "X, a 41-year-old".
    private func personAged(_ age: String, before token: Int) -> Int? {
        let document = view.analysis.document
        for (index, mention) in view.analysis.mentions.enumerated().reversed() {
            let range = view.mentionTokens[index]
            guard !range.isEmpty, range.upperBound <= token, !quoted[range.lowerBound], view.type(ofMention: index) == .person else { continue }
            let after = document.string(mention.range.upperBound..<min(document.scalars.count, mention.range.upperBound + 30))
            let before = document.string(max(0, mention.range.lowerBound - 30)..<mention.range.lowerBound)
            if after.hasPrefix(", \(age),") || after.hasPrefix(", \(age) ") || after.containsLiterally("\(age)-year-old") || before.containsLiterally("\(age)-year-old") {
                return mention.entity
            }
        }
        return nil
    }

    /// The persons (or organisation) of a list of names ending before `end`.
    private func listSpeakers(_ pieces: [Piece], endingBefore end: Int) -> [Int]? {
        guard let last = pieces.at(end - 1), var speaker = mentionSpeaker(last) else { return nil }
        // "Councillor NAME of ORG, whose ward …, said": the person the organisation describes speaks.
        var link = end - 2
        if view.word(pieces, link) == "the" { link -= 1 }
        if view.entity(last, .org) != nil, ["of", "from"].contains(view.word(pieces, link) ?? ""),
           let person = pieces.at(link - 1).flatMap({ view.entity($0, .person) }) {
            speaker = person
        }
        var result = [speaker]
        var index = end - 2
        while index >= 1, ["and", ","].contains(view.word(pieces[index]) ?? ""), let other = view.entity(pieces[index - 1], .person),
              view.entity(last, .person) != nil {
            result.insert(other, at: 0)
            index -= 2
        }
        var unique: [Int] = []
        for entity in result where !unique.contains(entity) { unique.append(entity) }
        return unique
    }

    /// A PERSON or ORG mention as a speaker.
    private func mentionSpeaker(_ piece: Piece) -> Int? {
        view.entity(piece, .person) ?? view.entity(piece, .org)
    }

    // MARK: - Nouns: titles, documents, groups

    /// "the professor", "the statement", "the activists", "the couple".
    private func nounSpeakers(_ noun: [Piece], at token: Int) -> [Int]? {
        let words = noun.compactMap { view.word($0) }
        guard let head = words.last else { return nil }
        if SpeechVerbs.documents.contains(head) { return issuer(before: token, noun: head) }
        if ["organisers", "organizers", "organiser", "organizer", "hosts", "sponsors"].contains(head),
           let orgs = organisers(before: token) {
            return orgs
        }
        let singular = RoleWords.singular(head)
        let isPlural = singular != head || ["couple", "family", "pair", "spouses", "duo", "trio", "group", "team", "delegation"].contains(head)
        if isPlural { return group(words: words, before: token) }
        if words.count == 1, Self.spokespersonNouns.contains(head), let org = organisationOfUnnamedSpokesperson(before: token) { return [org] }
        if let found = titled(words: words, before: token) { return found }
        // "the boy said", "the woman added": the only person the latest sentence naming anyone names.
        if Self.personNouns.contains(head) { return onlyPersonOfLatestSentence(before: token) }
        return nil
    }

    /// Nouns for a person that are no role: "the boy", "the pensioner", "the pupil".
    static let personNouns: WordSet = [
        "boy", "girl", "man", "woman", "child", "teenager", "youngster", "pupil", "schoolboy", "schoolgirl", "pensioner",
        "veteran", "survivor", "widow", "mother", "father", "grandmother", "grandfather", "refugee", "resident", "guest",
    ]

    /// The single person named (outside quotations) in the latest sentence before `token` that names anyone,
    /// within the paragraph of `token` and the one before it.
    private func onlyPersonOfLatestSentence(before token: Int) -> [Int]? {
        let paragraph = view.tokens[token].paragraph
        for current in stride(from: view.tokens[token].sentence, through: 0, by: -1) {
            if view.analysis.document.sentences[current].paragraph < paragraph - 1 { break }
            let persons = Set(view.mentions(in: current, .person).filter {
                let range = view.mentionTokens[$0]
                return !quoted[range.lowerBound] && range.upperBound <= token
            }.map { view.entity(ofMention: $0) })
            if persons.isEmpty { continue }
            return persons.count == 1 ? Array(persons) : nil
        }
        return nil
    }

    /// The organisation that issued a document mentioned before `token`; when the article mentions the document
    /// with no organisation ("The assembly adopted an address to …"), the organisation the article is about (named
    /// twice or more, and not as the document's recipient).
    private func issuer(before token: Int, noun: String) -> [Int]? {
        let sentence = view.tokens[token].sentence
        var checked = 0
        var current = sentence
        var documentSeen = false
        var documentOrgs: Set<Int> = []  // named where the document is, not as its issuer: its recipients
        while current >= 0, checked < 5 {
            let pieces = view.sentencePieces[current].filter { $0.tokens.lowerBound < token && !quoted[$0.tokens.lowerBound] }
            defer {
                current -= 1
                checked += 1
            }
            guard !pieces.isEmpty else { continue }
            let words = pieces.map { view.word($0) ?? "#" }
            let mentionsDocument = words.contains { SpeechVerbs.documents.contains($0) || SpeechVerbs.documentVerbs.contains($0) || $0 == noun }
            if mentionsDocument {
                documentSeen = true
                documentOrgs.formUnion(pieces.compactMap { view.entity($0, .org) })
            }
            if mentionsDocument, words.contains(where: { ["organisers", "organizers"].contains($0) }), let orgs = organisers(before: token) {
                return orgs
            }
            if mentionsDocument, let sender = documentSender(pieces) { return [sender] }
            let candidates = agentOrgs(pieces)
            if mentionsDocument, let first = candidates.first { return [first] }
            // "The BPDF said it would …" just before "…, the statement reads."
            if current == sentence - 1 || current == sentence, !mentionsDocument,
               let firstMention = pieces.firstIndex(where: { $0.mention != nil && [.person, .org].contains(view.type(ofMention: $0.mention!)) }),
               let org = view.entity(pieces[firstMention], .org),
               words[(firstMention + 1)...].prefix(8).contains(where: { SpeechVerbs.isSpeechVerb($0) }) {
                return [org]
            }
        }
        guard documentSeen, let main = references.mainOrganisation(), !documentOrgs.contains(main),
              view.analysis.mentions.lazy.filter({ $0.entity == main }).count >= 2 else { return nil }
        return [main]
    }

    /// The organisation or person a document comes from: named right after it ("read out a congratulatory
    /// message from the State Committee", "a letter of the federation", "a message from Ambassador NAME"), or
    /// the subject of a verb of sending it ("Senator NAME, who heads …, sent a message to the participants").
    private func documentSender(_ pieces: [Piece]) -> Int? {
        for index in pieces.indices {
            guard var name = issuer(ofDocumentAt: index, in: pieces) else { continue }
            while name < index + 8, let piece = pieces.at(name), piece.mention == nil, let word = view.word(piece),
                  roles.isModifier(word) || RoleWords.honorifics.contains(RoleWords.bare(word)) {
                name += 1
            }
            if let sender = pieces.at(name).flatMap({ view.entity($0, .org) ?? view.entity($0, .person) }) { return sender }
        }
        if let verb = pieces.indices.first(where: { Self.sendingVerbs.contains(view.word(pieces, $0) ?? "")
                && ((($0 + 1)...($0 + 3)).contains { SpeechVerbs.documents.contains(view.word(pieces, $0) ?? "") }) }),
           let subject = pieces[..<verb].firstIndex(where: { $0.mention != nil && view.type(ofMention: $0.mention!) != .place }) {
            return view.entity(pieces[subject], .person) ?? view.entity(pieces[subject], .org)
        }
        return nil
    }

    /// Verbs whose subject sends the document they take: "NAME sent a message".
    static let sendingVerbs: WordSet = ["sent", "sends", "addressed", "addresses", "wrote", "writes", "issued", "issues"]

    /// ORG mentions and "the NOUN" references of a sentence that are not inside a "to/at/with/for …" phrase.
    private func agentOrgs(_ pieces: [Piece]) -> [Int] {
        var result: [Int] = []
        for (index, piece) in pieces.enumerated() {
            var org = view.entity(piece, .org)
            if org == nil, view.word(piece) == "the", let noun = pieces.at(index + 1), let word = view.word(noun), references.isOrgNoun(word),
               !["the"].contains(word) {
                let next = view.word(pieces, index + 2) ?? "."
                if [",", ".", "'s", "’s", "said", "asked", "wrote", "has", "had", "was", "also", "and", "urged", "called", "stated", "noted"].contains(next)
                    || SpeechVerbs.isSpeechVerb(next) {
                    org = references.resolve(noun: word, before: noun.tokens.lowerBound)
                }
            }
            guard let found = org else { continue }
            // Skip objects of prepositions: "In a letter to Ethiopia's NDRMC", "sent to The Canadian Press".
            var back = index - 1
            var isObject = false
            while back >= 0, back >= index - 6 {
                let word = view.word(pieces[back]) ?? ""
                if [",", "(", "by", "from", "where", "which", "who", "that", "whose"].contains(word) { break }
                if let mention = pieces[back].mention, view.type(ofMention: mention) != .place { break }
                // "on behalf of ORG": the organisation the document speaks for.
                if word == "on", view.word(pieces, back + 1) == "behalf" { break }
                if ["to", "at", "with", "for", "on", "against", "into", "toward", "towards", "addressed"].contains(word) {
                    isObject = true
                    break
                }
                back -= 1
            }
            if view.word(pieces, index - 1) == "(" { continue }
            if !isObject, !result.contains(found) { result.append(found) }
        }
        return result
    }

    /// The organisations of the latest "organised by A and B" ("hosted by", "run by") before `token`.
    private func organisers(before token: Int) -> [Int]? {
        let sentence = view.tokens[token].sentence
        for current in stride(from: sentence, through: 0, by: -1) {
            let pieces = view.sentencePieces[current].filter { $0.tokens.lowerBound < token && !quoted[$0.tokens.lowerBound] }
            for (index, piece) in pieces.enumerated() where ["organised", "organized", "hosted", "sponsored", "co-organised", "co-organized", "run", "staged"].contains(view.word(piece) ?? "") && view.word(pieces, index + 1) == "by" {
                var orgs: [Int] = []
                var cursor = index + 2
                while cursor < pieces.count {
                    if let org = view.entity(pieces[cursor], .org) {
                        if !orgs.contains(org) { orgs.append(org) }
                    } else if let word = view.word(pieces[cursor]), !["the", "and", ",", "(", ")"].contains(word) {
                        if view.tokens[pieces[cursor].tokens.lowerBound].isAllCaps == false { break }
                    }
                    cursor += 1
                }
                if !orgs.isEmpty { return orgs }
            }
        }
        return nil
    }

    /// Everyone introduced with a group word ("the activists", "the coordinators", "the board members").
    private func group(words: [String], before token: Int) -> [Int]? {
        let head = words.last!
        let forms = Set([head, RoleWords.singular(head)])
        let sentence = view.tokens[token].sentence
        for current in stride(from: sentence, through: max(0, sentence - 8), by: -1) {
            let pieces = view.sentencePieces[current].filter { $0.tokens.lowerBound < token && !quoted[$0.tokens.lowerBound] }
            guard pieces.contains(where: { piece in
                guard let word = view.word(piece) else { return false }
                return forms.contains(word) || forms.contains(RoleWords.singular(word))
            }) else { continue }
            let persons = subjectPersons(pieces)
            if !persons.isEmpty { return persons }
        }
        if ["couple", "family", "pair", "spouses", "duo", "trio"].contains(head) || head == "they" {
            return groupOfPreviousSentence(before: token)
        }
        return nil
    }

    /// Persons of a sentence that are not objects of a preposition ("the candidacy of Ilham Aliyev").
    private func subjectPersons(_ pieces: [Piece]) -> [Int] {
        var result: [Int] = []
        for (index, piece) in pieces.enumerated() {
            guard let person = view.entity(piece, .person) else { continue }
            var back = index - 1
            var isObject = false
            while back >= 0, back >= index - 3 {
                guard let word = view.word(pieces[back]) else { break }
                if ["of", "for", "to", "with", "by", "from", "at", "on", "about", "behind", "against", "thanked", "succeeds", "met", "invited"].contains(word) {
                    isObject = true
                    break
                }
                if !(roles.isModifier(word) || RoleWords.honorifics.contains(RoleWords.bare(word))) { break }
                back -= 1
            }
            if !isObject, !result.contains(person) { result.append(person) }
        }
        return result
    }

    /// The persons of the latest coordinated list ("Serik and Aigul Nurlanovs") before `token`, for "they" and
    /// "the couple".
    private func groupOfPreviousSentence(before token: Int) -> [Int]? {
        let sentence = view.tokens[token].sentence
        for current in stride(from: sentence, through: max(0, sentence - 3), by: -1) {
            let pieces = view.sentencePieces[current].filter { $0.tokens.lowerBound < token && !quoted[$0.tokens.lowerBound] }
            for index in pieces.indices.reversed() where view.entity(pieces[index], .person) != nil {
                if let list = listSpeakers(pieces, endingBefore: index + 1), list.count >= 2 { return list }
            }
            if !view.mentions(in: current, .person).filter({ !quoted[view.mentionTokens[$0].lowerBound] }).isEmpty && current < sentence { return nil }
        }
        return nil
    }

    /// "the professor", "the ambassador", "the diplomat": the latest person introduced with that role.
    private func titled(words: [String], before token: Int, org: Int? = nil) -> [Int]? {
        let phrase = words.joined(separator: " ")
        // "the consul general", "the secretary general": the role word before a postpositive "general".
        guard let head = words.last == "general" && words.count >= 2 ? words[words.count - 2] : words.last else { return nil }
        let diplomatClass = ["diplomat", "envoy"].contains(head)
        let expertClass = ["expert", "scholar", "academic", "scientist", "researcher", "historian", "analyst"].contains(head)
        let legislatorClass = ["mp", "lawmaker", "legislator", "parliamentarian", "deputy", "senator", "congressman", "congresswoman"].contains(head)
        // "the doctor" for a person introduced as "physician X", "Dr X" or "a paediatric cardiologist".
        let medicalClass = ["doctor", "physician", "medic"].contains(head)
        // "the CFO chief", "the NiDCOM boss": whoever leads that organisation, by whatever title.
        let leaderClass = org != nil && Self.leaderNouns.contains(head)
        guard diplomatClass || expertClass || leaderClass || roles.isHead(head) else { return nil }
        let key = roles.key(ofPhrase: phrase)
        let headKey = roles.key(ofPhrase: head)
        let start = view.tokens[token].paragraph
        var keyMatch: Int?
        for (index, mention) in view.analysis.mentions.enumerated().reversed() {
            let range = view.mentionTokens[index]
            guard !range.isEmpty, range.upperBound <= token, !quoted[range.lowerBound],
                  view.type(ofMention: index) == .person else { continue }
            if view.tokens[range.lowerBound].paragraph < start - 8 { break }
            let known = personRoles[mention.entity] ?? []
            if let org, !(affiliatedOrgs[mention.entity]?.contains(org) ?? false) { continue }
            if diplomatClass {
                if diplomats.contains(mention.entity) { return [mention.entity] }
                continue
            }
            if expertClass {
                if !known.isDisjoint(with: ["professor", "dr", "doctor", "researcher", "scholar", "expert", "analyst", "lecturer", head]) { return [mention.entity] }
                continue
            }
            if leaderClass, !known.isDisjoint(with: RoleWords.leaders) { return [mention.entity] }
            if medicalClass, known.contains(where: { ["dr", "doctor", "physician", "surgeon", "medic"].contains($0) || $0.hasSuffix("ologist") || $0.hasSuffix("iatrician") }) {
                return [mention.entity]
            }
            // The whole title as written wins ("high commissioner"); the role's key alone ("commissioner", also of "Deputy
            // High Commissioner") yields to an earlier person with the whole title ("the High Commissioner said").
            if known.contains(phrase.lowercased()) { return [mention.entity] }
            if keyMatch == nil, key.map(known.contains) == true || headKey.map(known.contains) == true { keyMatch = mention.entity }
            // "the MP": a person who sits in a named legislature ("a member of the Parliament of Georgia").
            if keyMatch == nil, legislatorClass, (affiliatedOrgs[mention.entity] ?? []).contains(where: isLegislature) { return [mention.entity] }
        }
        return keyMatch.map { [$0] }
    }

    private func isLegislature(_ org: Int) -> Bool {
        let entity = view.analysis.entities[org]
        return ([entity.name] + entity.aliases).contains { NameKey.make($0).split(separator: " ").contains { WordClasses.legislatureWords.contains(String($0)) } }
    }

    /// "he" / "she": the first person named in the latest sentence before `token` that names one. A sentence
    /// opened by the same pronoun ("She succeeds X, who …") speaks of the same person as the quote, so the
    /// search goes on before it. Empty when a sentence on the way names no one and has an unnamed person speak
    /// ("One vendor said …"): the pronoun is that person's.
    private func pronounSpeaker(before token: Int, pronoun: String) -> [Int]? {
        let sentence = view.tokens[token].sentence
        let paragraph = view.tokens[token].paragraph
        for current in stride(from: sentence, through: 0, by: -1) {
            let sentenceParagraph = view.analysis.document.sentences[current].paragraph
            if sentenceParagraph < paragraph - 3 { break }
            let persons = view.mentions(in: current, .person).filter {
                let range = view.mentionTokens[$0]
                return !quoted[range.lowerBound] && range.upperBound <= token
            }
            if current < sentence, let opening = view.sentencePieces[current].first(where: { !quoted[$0.tokens.lowerBound] && view.word($0) != "\"" }),
               view.word(opening) == pronoun,
               persons.first.map({ view.mentionTokens[$0].lowerBound > opening.tokens.lowerBound }) ?? true {
                continue
            }
            if let first = persons.first(where: { !isPossessor($0, amongst: persons) }) ?? persons.first { return [view.entity(ofMention: first)] }
            // An empty list: the speaker is someone the article does not name, and no later sieve guesses one.
            if introducesUnnamedSpeaker(current, before: token) { return [] }
        }
        return nil
    }

    /// The organisation "it" speaks for: the one that opens the quote's sentence or the sentence before, as a
    /// subject does ("The Embassy of Georgia said it maintained "…"", "The embassy did not respond. In a statement,
    /// it described the levy as "…""); nil when neither sentence opens with an organisation.
    private func organisationOpening(before token: Int) -> [Int]? {
        let sentence = view.tokens[token].sentence
        for current in stride(from: sentence, through: max(0, sentence - 1), by: -1) {
            let pieces = view.sentencePieces[current].filter { !quoted[$0.tokens.lowerBound] && $0.tokens.upperBound <= token }
            let opening = view.word(pieces, 0) == "the" ? 1 : 0
            if let piece = pieces.at(opening), let org = view.entity(piece, .org) { return [org] }
        }
        return nil
    }

    /// Words after "a"/"one" that open a time phrase, not a speaker: "A week later, …".
    static let timeNouns: WordSet = ["day", "week", "month", "year", "decade", "moment", "time", "while", "few", "minute", "hour"]

    /// "One long-time vendor said …", "a woman waiting to see an adviser said …", "A guard from Kollam, who did
    /// not want to be named, said …": a sentence whose speaker is an unnamed person; a pronoun after it speaks
    /// of that person, not of a name further back.
    private func introducesUnnamedSpeaker(_ sentence: Int, before token: Int) -> Bool {
        let pieces = view.sentencePieces[sentence].filter { $0.tokens.upperBound <= token && !quoted[$0.tokens.lowerBound] }
        for (index, piece) in pieces.enumerated() where ["a", "an", "one"].contains(view.word(piece) ?? "") {
            guard let verb = pieces[index...].prefix(24).firstIndex(where: { SpeechVerbs.isSpeechVerb(view.word($0) ?? "") }) else { continue }
            if isUnnamedPerson(Array(pieces[index..<verb])) { return true }
        }
        return false
    }

    /// Nouns for whoever leads an organisation, whatever the title: "the CFO chief", "the NiDCOM boss".
    private static let leaderNouns: WordSet = ["chief", "head", "boss", "leader"]
    /// Nouns of a person who speaks for an organisation without being named.
    private static let spokespersonNouns: WordSet = RoleWords.spokespersons.union(["representative", "official"])

    /// "a council spokesperson", "A Home Office spokesperson", "a spokesperson for [the] ORG", "an official at ORG" opening
    /// at `start`: the organisation (named, or the one its noun refers to) and the piece after the phrase.
    private func unnamedSpokesperson(_ pieces: [Piece], at start: Int, before token: Int) -> (org: Int, end: Int)? {
        guard ["a", "an"].contains(view.word(pieces, start) ?? "") else { return nil }
        if let noun = view.word(pieces, start + 2), Self.spokespersonNouns.contains(noun), let piece = pieces.at(start + 1),
           let org = view.entity(piece, .org)
            ?? view.word(piece).flatMap({ references.isOrgNoun($0) ? references.resolve(noun: $0, before: token) : nil }) {
            return (org, start + 3)
        }
        guard Self.spokespersonNouns.contains(view.word(pieces, start + 1) ?? ""),
              ["for", "of", "at", "with"].contains(view.word(pieces, start + 2) ?? "") else { return nil }
        let named = view.word(pieces, start + 3) == "the" ? start + 4 : start + 3
        guard let piece = pieces.at(named), let org = view.entity(piece, .org) else { return nil }
        return (org, named + 1)
    }

    /// "A Heidelberg University spokesperson said … "…," the spokesperson said": the organisation of the unnamed
    /// spokesperson introduced in the latest sentences (this paragraph and the one before), when no one is named in
    /// an apposition to it.
    private func organisationOfUnnamedSpokesperson(before token: Int) -> Int? {
        let paragraph = view.tokens[token].paragraph
        for current in stride(from: view.tokens[token].sentence, through: max(0, view.tokens[token].sentence - 4), by: -1) {
            if view.analysis.document.sentences[current].paragraph < paragraph - 1 { break }
            let pieces = view.sentencePieces[current].filter { !quoted[$0.tokens.lowerBound] && $0.tokens.upperBound <= token }
            for start in pieces.indices.reversed() {
                guard let introduced = unnamedSpokesperson(pieces, at: start, before: token) else { continue }
                let apposition = view.word(pieces, introduced.end) == "," && pieces.at(introduced.end + 1).flatMap({ view.entity($0, .person) }) != nil
                return apposition ? nil : introduced.org
            }
        }
        return nil
    }

    /// A phrase that speaks of a person without a name: "a vendor", "one long-time vendor", "a guard from
    /// Kollam, who did not want to be named" — an indefinite article, then no name of a person or an
    /// organisation, no pronoun, and neither a time ("a week later") nor a document ("a statement").
    private func isUnnamedPerson(_ phrase: [Piece]) -> Bool {
        guard phrase.count >= 2, ["a", "an", "one"].contains(view.word(phrase, 0) ?? ""), let next = view.word(phrase, 1),
              !Self.timeNouns.contains(next), !SpeechVerbs.documents.contains(next),
              !SpeechVerbs.documents.contains(view.word(phrase, phrase.count - 1) ?? "") else { return false }
        return phrase.allSatisfy { piece in
            if let mention = piece.mention { return ![.person, .org].contains(view.type(ofMention: mention)) }
            return ![";", "he", "she", "they", "i", "we", "it"].contains(view.word(piece) ?? "")
        }
    }

    /// "Nazarov's deputy, Saidova, said …": a name in the possessive before another name of its sentence is
    /// not the sentence's subject.
    private func isPossessor(_ mention: Int, amongst persons: [Int]) -> Bool {
        let end = view.mentionTokens[mention].upperBound
        guard end < view.tokens.count, ["'s", "\u{2019}s", "'", "\u{2019}"].contains(view.tokens[end].lowercased) else { return false }
        return persons.contains { view.mentionTokens[$0].lowerBound > end }
    }

    // MARK: - Interruptions and the last resort

    /// Whether `next` continues `previous` after an attribution: `"…," she said, "…"`.
    private func isInterruption(_ previous: QuotePassage, _ next: QuotePassage, sentenceBreakAllowed: Bool) -> Bool {
        guard let close = previous.closeMark, previous.lastParagraph == next.firstParagraph else { return false }
        let between = view.analysis.document.string((close + 1)..<next.openMark)
        if !sentenceBreakAllowed, between.contains(where: { ".!?".contains($0) }) { return false }
        if sentenceBreakAllowed, between.filter({ ".!?".contains($0) }).count > 1 { return false }
        let words = between.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard between.count <= 80 || sentenceBreakAllowed && isAttributionSentence(between, words) else { return false }
        return words.contains { SpeechVerbs.verbs.contains($0) }
    }

    /// `"…," said X, a volunteer with ORG, who came to the city in 2022. "…"`: an attribution sentence that
    /// opens with its speech verb (`said X`, `X said`, `she added`) may run long with the speaker's
    /// description; the passage right after its end is still the speaker's.
    private func isAttributionSentence(_ between: String, _ words: [String]) -> Bool {
        guard let end = between.lastIndex(where: { ".!?".contains($0) }), between[between.index(after: end)...].allSatisfy(\.isWhitespace) else { return false }
        return words.prefix(4).contains { SpeechVerbs.isSpeechVerb($0) }
    }

    /// The only person named in the quote's paragraph; for a paragraph holding nothing but the quote, the
    /// only person named in the paragraph before.
    private func onlyPersonNearby(_ passage: QuotePassage) -> [Int]? {
        let paragraph = passage.firstParagraph
        let own = persons(inParagraph: paragraph)
        if own.count == 1 { return own }
        guard own.isEmpty, isQuoteOnly(passage), paragraph > 0 else { return nil }
        let previous = persons(inParagraph: paragraph - 1)
        return previous.count == 1 ? previous : nil
    }

    private func persons(inParagraph paragraph: Int) -> [Int] {
        var result: [Int] = []
        for (index, mention) in view.analysis.mentions.enumerated() where view.type(ofMention: index) == .person {
            let range = view.mentionTokens[index]
            guard !range.isEmpty, view.tokens[range.lowerBound].paragraph == paragraph, !quoted[range.lowerBound] else { continue }
            if !result.contains(mention.entity) { result.append(mention.entity) }
        }
        return result
    }

    /// Nothing but the quote (and punctuation) in its paragraphs.
    private func isQuoteOnly(_ passage: QuotePassage) -> Bool {
        for paragraph in passage.firstParagraph...passage.lastParagraph {
            for token in view.tokens where token.paragraph == paragraph {
                if token.kind == .word || token.kind == .number, !quoted[view.tokenIndex(atOrAfter: token.range.lowerBound)] { return false }
            }
        }
        return true
    }

    // MARK: - Roles of persons

    /// Role keys of each person: titles before the name ("Professor X", "Consul General of Greece in
    /// Melbourne X"), appositions after it ("X, chairman of …"), and diplomats by their mission.
    private mutating func collectPersonRoles() {
        // The extractor runs the affiliation finder first; a bare analysis (tests) gets it here.
        let affiliations = view.analysis.affiliations.isEmpty ? AffiliationFinder.find(in: view.analysis, lexicon: lexicon) : view.analysis.affiliations
        for affiliation in affiliations {
            affiliatedOrgs[affiliation.person, default: []].insert(affiliation.org)
            if let key = affiliation.roleKey { personRoles[affiliation.person, default: []].insert(key) }
            let org = view.analysis.entities[affiliation.org]
            let orgName = NameKey.make(org.name)
            if RoleWords.missionWords.contains(where: { orgName.containsLiterally($0) }) { diplomats.insert(affiliation.person) }
            if let role = affiliation.role, role.split(separator: " ").contains(where: { roles.isDiplomatic(String($0)) }) {
                diplomats.insert(affiliation.person)
            }
        }
        for pieces in view.sentencePieces {
            for (index, piece) in pieces.enumerated() {
                guard let person = view.entity(piece, .person) else { continue }
                // "Father Tadeusz Wilk" … "the priest told".
                if let address = view.word(pieces, index - 1), let implied = RoleWords.rolesOfAddress[RoleWords.bare(address)] {
                    personRoles[person, default: []].formUnion(implied)
                }
                var end = index - 1
                // Skip "of PLACE to PLACE, Mr" between a title and the name.
                var moved = true
                while moved {
                    moved = false
                    while let word = view.word(pieces, end), roles.isAddress(word) {
                        end -= 1
                        moved = true
                    }
                    if view.word(pieces, end) == ",", end >= 1, view.entity(pieces[end - 1], .place) != nil {
                        end -= 1
                        moved = true
                    }
                    // "Consul General of Greece in Melbourne X", "Chargé d'Affaires of the Embassy X", "Consul General of the
                    // Kyrgyz Republic in Novosibirsk X" (names or capitalized words that are no role).
                    while end >= 1, isTitleComplement(pieces[end]) {
                        var first = end
                        while first >= 2, isTitleComplement(pieces[first - 1]) { first -= 1 }
                        var preposition = first - 1
                        if view.word(pieces, preposition) == "the" { preposition -= 1 }
                        guard ["of", "in", "to", "for"].contains(view.word(pieces, preposition) ?? "") else { break }
                        end = preposition - 1
                        moved = true
                    }
                }
                if view.word(pieces, end) == "," { end -= 1 }
                var start = end
                while start >= 0, let word = view.word(pieces, start), roles.isModifier(word) || RoleWords.bare(word) == "general",
                      !RoleWords.functionWords.contains(word), start > end - 5 {
                    start -= 1
                }
                if start < end {
                    let words = pieces[(start + 1)...end].map { view.text($0) }
                    addRoles(words, to: person)
                }
                // Apposition: "X, a/the ROLE".
                if view.word(pieces, index + 1) == "," {
                    var cursor = index + 2
                    if ["a", "an", "the"].contains(view.word(pieces, cursor) ?? "") { cursor += 1 }
                    var words: [String] = []
                    while let word = view.word(pieces, cursor), roles.isModifier(word), words.count < 5 {
                        words.append(view.text(pieces[cursor]))
                        cursor += 1
                    }
                    if !words.isEmpty { addRoles(words, to: person) }
                }
            }
        }
    }

    /// A piece of the "of PLACE" / "of the ORG" / "for FIELD" after a title: a place or organisation, or a capitalized
    /// word in no mention that is no role's head word ("Kyrgyz", "Republic", "Diaspora Affairs").
    private func isTitleComplement(_ piece: Piece) -> Bool {
        if view.entity(piece, .place) != nil || view.entity(piece, .org) != nil { return true }
        guard piece.mention == nil, view.tokens[piece.tokens.lowerBound].isCapitalized, let word = view.word(piece) else { return false }
        return !roles.isHead(word) && !RoleWords.functionWords.contains(word) && RoleWords.bare(word) != "general"
    }

    private mutating func addRoles(_ words: [String], to person: Int) {
        let phrase = words.joined(separator: " ")
        if let key = roles.key(ofPhrase: phrase) { personRoles[person, default: []].insert(key) }
        for word in words where roles.isHead(word) {
            if let key = roles.key(ofPhrase: word) { personRoles[person, default: []].insert(key) }
            if roles.isDiplomatic(word) { diplomats.insert(person) }
        }
        if words.count >= 2 { personRoles[person, default: []].insert(words.map { $0.lowercased() }.joined(separator: " ")) }
    }
}

extension Array where Element == String {
    func at(_ index: Int) -> String? { index >= 0 && index < count ? self[index] : nil }
}
