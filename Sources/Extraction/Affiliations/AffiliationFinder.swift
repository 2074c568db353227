import ArticleText
import Lexicon

/// Affiliations (person — role — organisation) as news states them, found by sieves over entity mentions
/// and role words, one sentence at a time. No affiliation comes from mere co-occurrence: every sieve needs
/// a role word, a possessive, "of", or a verb that states the relation.
///
/// Sieves, most precise first (the first one to link a person and an organisation wins):
/// 1. Role frames before a name: "the Chairman of A and B, the coordinator of C X", "ORG chairman X",
///    "ORG's secretary X", "the center's secretary X" (→ the organisation named before), "its president X".
/// 2. Role frames after a name: appositions and relative clauses ("X, head of ORG,", "X, who is also a
///    trustee of ORG", "X has been elected president of ORG", "X, chairman of A and a student at B").
/// 3. A name (or list of names) followed by "of ORG": "Professor X of ORG", "Councillors A, B and C of ORG".
/// 4. Verbs of office: "X, who heads ORG", "X chairs ORG", "X founded ORG", "X sits on the board of ORG".
/// 5. "ORG … founded by X"; "X, nominated by ORG" (candidate); "elected A, B and C to the ORG board".
/// 6. A diplomatic title with no stated mission ("Consul General X") → the article's only named mission of
///    that kind. Diplomats "of/to PLACE" link only to a named mission of those places.
enum AffiliationFinder {
    static func find(in analysis: ArticleAnalysis, lexicon: Lexicon) -> [AnalyzedAffiliation] {
        var sieves = AffiliationSieves(view: ArticleView(analysis), lexicon: lexicon)
        return sieves.run()
    }
}

/// A role stated for one or more organisations: "the Chairman of A and B", "ORG's secretary".
struct RoleFrame {
    /// First piece (determiner included).
    var start: Int
    /// Piece after the frame.
    var end: Int
    /// ORG entities.
    var orgs: [Int]
    var role: String?
    /// The organisation comes before the role ("ORG chairman", "the center's secretary"): the person
    /// must follow.
    var orgFirst: Bool
}

struct AffiliationSieves {
    let view: ArticleView
    let lexicon: Lexicon
    let roles: RoleWords
    let references: OrgReference
    private var results: [AnalyzedAffiliation] = []
    private var linked: Set<[Int]> = []

    init(view: ArticleView, lexicon: Lexicon) {
        self.view = view
        self.lexicon = lexicon
        self.roles = RoleWords(lexicon: lexicon)
        self.references = OrgReference(view: view, lexicon: lexicon)
    }

    /// Words allowed between a name and a role frame that describes it ("X, who is also a …").
    static let linkingWords: Set<String> = [
        ",", "who", "is", "was", "were", "are", "has", "have", "had", "been", "also", "remains", "remained",
        "became", "becomes", "now", "currently", "still", "elected", "re-elected", "appointed", "named",
        "chosen", "as", "serves", "served", "serving", "sits", "sat", "sit", "works", "worked", "already",
        "then", "later", "recently", "newly", "previously", "formerly", "once",
    ]

    /// Verbs that state an office, with the role they imply.
    static let officeVerbs: [String: String] = [
        "heads": "head", "headed": "head", "head": "head", "chairs": "chair", "chaired": "chair",
        "leads": "leader", "led": "leader", "founded": "founder", "co-founded": "co-founder",
        "cofounded": "co-founder", "directs": "director", "directed": "director", "runs": "head", "ran": "head",
        "manages": "manager", "managed": "manager", "coordinates": "coordinator", "coordinated": "coordinator",
        "represents": "representative", "represented": "representative", "teaches": "teacher",
        "taught": "teacher", "lectures": "lecturer", "lectured": "lecturer", "works": "staff", "worked": "staff",
        "studies": "student", "studied": "student", "joined": "member", "chairing": "chair", "heading": "head",
        "leading": "leader", "presides": "president", "presided": "president", "representing": "representative",
    ]

    /// Particles after an office verb ("teaches at", "works for", "presides over").
    static let verbParticles: Set<String> = ["at", "for", "with", "in", "over"]

    /// Nouns that continue an organisation into one of its bodies ("the AUCK board", "the ACEID youth committee").
    static let bodyWords: Set<String> = [
        "board", "committee", "youth", "executive", "council", "branch", "chapter", "section", "wing",
        "department", "office", "team", "presidium", "secretariat", "bureau", "commission", "directorate",
        "division", "faculty", "staff", "women's", "student", "students", "management", "advisory", "governing",
        "supervisory", "editorial", "organising", "organizing",
    ]

    /// Adjectives that may stand between "the" and an organisation's name ("the ruling …").
    static let orgAdjectives: Set<String> = ["ruling", "opposition", "newly", "local", "umbrella", "main", "new", "same"]

    mutating func run() -> [AnalyzedAffiliation] {
        for sentence in view.sentencePieces.indices {
            findInSentence(sentence)
        }
        bareDiplomaticTitles()
        preferTitles()
        return results
    }

    /// Roles from a verb or a generic noun ("heads", "led", "head") give way to the title written right
    /// before the name in the same sentence ("Consul General X, who heads the consulate").
    private mutating func preferTitles() {
        for (index, affiliation) in results.enumerated() where [nil, "head", "leader"].contains(affiliation.roleKey) {
            let pieces = view.sentencePieces[affiliation.sentence]
            for (position, piece) in pieces.enumerated() where view.entity(piece, .person) == affiliation.person {
                guard let title = rolePhraseBackward(pieces, endingAt: position - 1),
                      let key = roles.key(ofPhrase: title.text), key != affiliation.roleKey,
                      !["dr", "doctor", "professor"].contains(key) || affiliation.role == nil else { continue }
                results[index] = AnalyzedAffiliation(person: affiliation.person, org: affiliation.org, role: title.text,
                                                     roleKey: key, sentence: affiliation.sentence)
                break
            }
        }
    }

    // MARK: - Recording

    private mutating func add(person: Int, org: Int, role: String?, sentence: Int) {
        guard view.analysis.entities[person].type == .person, view.analysis.entities[org].type == .org else { return }
        guard linked.insert([person, org]).inserted else { return }
        let written = role.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        results.append(AnalyzedAffiliation(person: person, org: org, role: written,
                                           roleKey: written.flatMap { roles.key(ofPhrase: $0) }, sentence: sentence))
    }

    // MARK: - Sentence

    private mutating func findInSentence(_ sentence: Int) {
        let pieces = view.sentencePieces[sentence]
        guard pieces.contains(where: { $0.mention != nil && view.type(ofMention: $0.mention!) == .person }) else { return }
        let frames = roleFrames(pieces)

        // Sieves 1 and 2: chains of frames attached to the names after or before them.
        var index = 0
        while index < frames.count {
            var chain = [frames[index]]
            while index + 1 < frames.count, follows(frames[index + 1], after: chain.last!, in: pieces) {
                index += 1
                chain.append(frames[index])
            }
            index += 1
            if let persons = personsAfter(chain.last!, in: pieces) {
                for frame in chain { link(persons, frame, sentence) }
            } else if let persons = personsBefore(chain[0].start, in: pieces) {
                for frame in chain where !frame.orgFirst || isPossessiveFrame(frame, pieces) || isBracketedApposition(frame, pieces) {
                    link(persons, frame, sentence)
                }
            }
        }

        namesOfOrganisation(pieces, sentence)
        officeVerbs(pieces, sentence)
        foundedBy(pieces, sentence)
        nominatedBy(pieces, sentence)
        electedToBoard(pieces, sentence)
    }

    private mutating func link(_ persons: [Int], _ frame: RoleFrame, _ sentence: Int) {
        for person in persons {
            for org in frame.orgs { add(person: person, org: org, role: frame.role, sentence: sentence) }
        }
    }

    /// "the organisation's first woman president" may follow the name it describes; "ORG chairman" may not.
    private func isPossessiveFrame(_ frame: RoleFrame, _ pieces: [Piece]) -> Bool {
        pieces[frame.start..<frame.end].contains { view.isPossessiveMarker($0) || ["its", "their"].contains(view.word($0) ?? "") }
    }

    /// "X, ORG president, said": an ORG-first frame between commas right after the name.
    private func isBracketedApposition(_ frame: RoleFrame, _ pieces: [Piece]) -> Bool {
        guard view.word(pieces, frame.start - 1) == ",", pieces.at(frame.start - 2).flatMap({ view.entity($0, .person) }) != nil else { return false }
        guard frame.end < pieces.count else { return true }
        let next = view.word(pieces, frame.end) ?? "#"
        return [",", ".", ";", ")"].contains(next) || SpeechVerbs.isSpeechVerb(next)
    }

    /// Whether `next` continues `previous` in a coordination: nothing, ",", "and" or ", and" between them.
    private func follows(_ next: RoleFrame, after previous: RoleFrame, in pieces: [Piece]) -> Bool {
        guard next.start >= previous.end else { return false }
        let between = pieces[previous.end..<next.start].map { view.word($0) ?? "#" }
        return between.allSatisfy { $0 == "," || $0 == "and" } && between.count <= 2
    }

    // MARK: - Frames

    private func roleFrames(_ pieces: [Piece]) -> [RoleFrame] {
        var frames: [RoleFrame] = []
        for (index, piece) in pieces.enumerated() {
            // ORG's ROLE / ORG ROLE.
            if let mention = piece.mention, view.type(ofMention: mention) == .org {
                let org = view.entity(ofMention: mention)
                let start = view.word(pieces, index - 1) == "the" ? index - 1 : index
                var after = index + 1
                if view.word(pieces, after) == ")" { after += 1 }
                if let marker = pieces.at(after), view.isPossessiveMarker(marker),
                   let role = rolePhraseForward(pieces, from: after + 1) {
                    frames.append(RoleFrame(start: start, end: role.end, orgs: [org], role: role.text, orgFirst: true))
                } else if let role = rolePhraseForward(pieces, from: after) {
                    frames.append(RoleFrame(start: start, end: role.end, orgs: [org], role: role.text, orgFirst: true))
                }
                continue
            }
            guard let word = view.word(piece) else { continue }
            // "ORG, whose president NAME".
            if word == "whose", view.word(pieces, index - 1) == ",", let role = rolePhraseForward(pieces, from: index + 1),
               let host = hostOrganisation(pieces, before: index - 1) {
                frames.append(RoleFrame(start: index, end: role.end, orgs: [host], role: role.text, orgFirst: true))
                continue
            }
            // its ROLE / their ROLE.
            if word == "its" || word == "their", let role = rolePhraseForward(pieces, from: index + 1),
               let org = references.resolvePossessivePronoun(before: piece.tokens.lowerBound) {
                frames.append(RoleFrame(start: index, end: role.end, orgs: [org], role: role.text, orgFirst: true))
                continue
            }
            // the NOUN's ROLE.
            if word == "the", let noun = pieces.at(index + 1), let nounWord = view.word(noun), references.isOrgNoun(nounWord),
               let marker = pieces.at(index + 2), view.isPossessiveMarker(marker),
               let role = rolePhraseForward(pieces, from: index + 3),
               let org = references.resolve(noun: nounWord, before: piece.tokens.lowerBound) {
                frames.append(RoleFrame(start: index, end: role.end, orgs: [org], role: role.text, orgFirst: true))
                continue
            }
            // ROLE of ORG (and ORG …).
            if ["of", "at", "with", "to", "for", "in", "from"].contains(word) {
                if let frame = boardFrame(pieces, preposition: index) {
                    frames.append(frame)
                } else if let role = rolePhraseBackward(pieces, endingAt: index - 1) ?? roleOfBody(pieces, endingAt: index - 1) {
                    let start = ["the", "a", "an"].contains(view.word(pieces, role.start - 1) ?? "") ? role.start - 1 : role.start
                    if let chain = orgChain(pieces, from: index + 1) {
                        var text = role.text
                        if chain.orgs.count == 1, let orgPiece = pieces[(index + 1)..<chain.end].firstIndex(where: { view.entity($0, .org) != nil }) {
                            text = roleWithBody(role.text, pieces, orgEnd: orgPiece + 1, chainEnd: chain.end)
                        }
                        frames.append(RoleFrame(start: start, end: chain.end, orgs: chain.orgs, role: text, orgFirst: false))
                    } else if let reference = orgNounReference(pieces, from: index + 1) {
                        frames.append(RoleFrame(start: start, end: reference.end, orgs: [reference.org], role: role.text, orgFirst: false))
                    } else if roles.isDiplomatic(role.head), let mission = namedMission(pieces, from: index + 1, role: role.head) {
                        frames.append(RoleFrame(start: start, end: mission.end, orgs: [mission.org], role: role.text, orgFirst: false))
                    }
                }
            }
        }
        // Keep the longest frame among those that overlap.
        var kept: [RoleFrame] = []
        for frame in frames.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
            if let last = kept.last, frame.start < last.end { continue }
            kept.append(frame)
        }
        return kept
    }

    /// The ORG ending at piece `end`, across "(ABC)" and a trailing "in PLACE".
    private func hostOrganisation(_ pieces: [Piece], before end: Int) -> Int? {
        var cursor = end - 1
        if view.word(pieces, cursor) == ")", let open = (max(0, cursor - 8)..<cursor).reversed().first(where: { view.word(pieces, $0) == "(" }) {
            cursor = open - 1
        }
        if let piece = pieces.at(cursor), view.entity(piece, .place) != nil {
            var before = cursor - 1
            if view.word(pieces, before) == "the" { before -= 1 }
            if view.word(pieces, before) == "in" { cursor = before - 1 }
        }
        return pieces.at(cursor).flatMap { view.entity($0, .org) }
    }

    /// "chairman of the board [of ORG]": a role in one of the organisation's bodies.
    private func roleOfBody(_ pieces: [Piece], endingAt end: Int) -> (start: Int, text: String, head: String)? {
        guard let body = view.word(pieces, end), Self.bodyWords.contains(body) else { return nil }
        let of = view.word(pieces, end - 1) == "the" ? end - 2 : end - 1
        guard view.word(pieces, of) == "of", let role = rolePhraseBackward(pieces, endingAt: of - 1) else { return nil }
        return (role.start, view.text(pieces[role.start...end]), role.head)
    }

    /// "on the board of ORG" → board member.
    private func boardFrame(_ pieces: [Piece], preposition index: Int) -> RoleFrame? {
        guard view.word(pieces[index]) == "of", view.word(pieces, index - 1) == "board",
              view.word(pieces, index - 2) == "the", view.word(pieces, index - 3) == "on",
              let chain = orgChain(pieces, from: index + 1) else { return nil }
        return RoleFrame(start: index - 3, end: chain.end, orgs: chain.orgs, role: "board member", orgFirst: false)
    }

    /// A word piece that may stand inside a role phrase before the head noun.
    private func isContentWord(_ piece: Piece) -> Bool {
        guard let word = view.word(piece), view.tokens[piece.tokens.lowerBound].kind == .word else { return false }
        let bare = RoleWords.bare(word)
        return !RoleWords.functionWords.contains(bare) && !SpeechVerbs.isSpeechVerb(bare) && !RoleWords.honorifics.contains(bare)
    }

    /// A role phrase starting at `from`: up to five words ending in a role noun, greedy ("first secretary",
    /// "Community Welfare Attaché", "first woman president").
    func rolePhraseForward(_ pieces: [Piece], from start: Int) -> (end: Int, text: String)? {
        var lastHead: Int?
        var index = start
        while index < pieces.count, index < start + 5, isContentWord(pieces[index]), roles.isModifierLike(view.text(pieces[index])) {
            if roles.isHead(view.text(pieces[index])) { lastHead = index }
            index += 1
        }
        guard let head = lastHead else { return nil }
        // "d'affaires" after "chargé".
        return (head + 1, view.text(pieces[start...head]))
    }

    /// The role phrase ending at piece `end`: the head noun and the modifiers before it ("active member").
    func rolePhraseBackward(_ pieces: [Piece], endingAt end: Int) -> (start: Int, text: String, head: String)? {
        guard let last = pieces.at(end), isContentWord(last) else { return nil }
        var head = view.text(last)
        if RoleWords.bare(head) == "general", let previous = pieces.at(end - 1), isContentWord(previous), roles.isHead(view.text(previous)) {
            // "Consul General", "Secretary General": the head comes first.
            head = view.text(previous)
        } else if !roles.isHead(head) {
            return nil
        }
        var start = end
        while start - 1 >= 0, start - 1 > end - 5, isContentWord(pieces[start - 1]), roles.isModifier(view.text(pieces[start - 1])) {
            start -= 1
        }
        // "founder and president", "chairman and co-founder".
        if view.word(pieces, start - 1) == "and", let other = pieces.at(start - 2), isContentWord(other), roles.isHead(view.text(other)) {
            start -= 2
            while start - 1 >= 0, start - 1 > end - 8, isContentWord(pieces[start - 1]), roles.isModifier(view.text(pieces[start - 1])) {
                start -= 1
            }
        }
        return (start, view.text(pieces[start...end]), head)
    }

    /// "[the] ORG [(ABC)] [in PLACE] [board] [and [the] ORG …]" starting at `from`.
    /// The role of a frame over an organisation's body: "member of the AUCK board" → "board member",
    /// "head of the ACEID youth committee" → "head of the youth committee".
    private func roleWithBody(_ role: String, _ pieces: [Piece], orgEnd: Int, chainEnd: Int) -> String {
        let body = pieces[min(orgEnd, chainEnd)..<chainEnd].compactMap { view.word($0) }.filter { Self.bodyWords.contains($0) }
        guard !body.isEmpty, body.count == chainEnd - orgEnd else { return role }
        if roles.key(ofPhrase: role) == "member" { return (body + ["member"]).joined(separator: " ") }
        return role + " of the " + body.joined(separator: " ")
    }

    func orgChain(_ pieces: [Piece], from start: Int) -> (orgs: [Int], end: Int)? {
        var index = start
        var orgs: [Int] = []
        while true {
            var cursor = index
            if view.word(pieces, cursor) == "the", cursor < pieces.count { cursor += 1 }
            var skipped = 0
            while let piece = pieces.at(cursor), skipped < 2, piece.mention == nil || view.type(ofMention: piece.mention!) == .place,
                  isOrgAdjective(piece) {
                cursor += 1
                skipped += 1
            }
            guard let piece = pieces.at(cursor), let org = view.entity(piece, .org) else { break }
            orgs.append(org)
            cursor += 1
            cursor = skipTrailers(pieces, from: cursor)
            index = cursor
            // "and [the] ORG": the same role in another organisation.
            var next = cursor
            if view.word(pieces, next) == ",", view.word(pieces, next + 1) == "and" { next += 1 }
            guard view.word(pieces, next) == "and" else { break }
            var after = next + 1
            if view.word(pieces, after) == "the" { after += 1 }
            guard let candidate = pieces.at(after), view.entity(candidate, .org) != nil,
                  !(pieces.at(after + 1).map { view.isPossessiveMarker($0) } ?? false),
                  rolePhraseForward(pieces, from: after + 1) == nil else { break }
            index = next + 1
        }
        return orgs.isEmpty ? nil : (orgs, index)
    }

    private func isOrgAdjective(_ piece: Piece) -> Bool {
        let text = view.text(piece).lowercased()
        return text.hasSuffix("-based") || Self.orgAdjectives.contains(text)
    }

    /// Skips "(ABC)", "in [the] PLACE" and body words ("board", "youth committee") after an organisation.
    private func skipTrailers(_ pieces: [Piece], from start: Int) -> Int {
        var cursor = start
        var progress = true
        while progress {
            progress = false
            if view.word(pieces, cursor) == "(", cursor < pieces.count {
                if let close = (cursor + 1..<min(pieces.count, cursor + 8)).first(where: { view.word(pieces[$0]) == ")" }) {
                    cursor = close + 1
                    progress = true
                }
            }
            if view.word(pieces, cursor) == "in", cursor < pieces.count {
                var place = cursor + 1
                if view.word(pieces, place) == "the" { place += 1 }
                if let piece = pieces.at(place), view.entity(piece, .place) != nil {
                    cursor = place + 1
                    progress = true
                }
            }
            var body = cursor
            while let piece = pieces.at(body), body < cursor + 3, let word = view.word(piece), Self.bodyWords.contains(word) { body += 1 }
            if body > cursor {
                cursor = body
                progress = true
            }
        }
        return cursor
    }

    /// "Consul General of PLACE [in PLACE]" → the named mission of those places, if the article names one.
    private func namedMission(_ pieces: [Piece], from start: Int, role: String) -> (org: Int, end: Int)? {
        var cursor = start
        var places: [String] = []
        while places.count < 2 {
            if view.word(pieces, cursor) == "the" { cursor += 1 }
            guard let piece = pieces.at(cursor), view.entity(piece, .place) != nil else { break }
            places.append(view.text(piece))
            cursor += 1
            guard view.word(pieces, cursor) == "in", cursor < pieces.count else { break }
            cursor += 1
        }
        if !places.isEmpty, view.word(pieces, cursor - 1) == "in" { cursor -= 1 }
        guard !places.isEmpty else { return nil }
        let missions = references.orgs(named: OrgReference.missionWords(forRole: role))
        let matching = missions.filter { org in
            let entity = view.analysis.entities[org]
            let names = ([entity.name] + entity.aliases).map { " " + NameKey.make($0) + " " }
            return places.allSatisfy { place in names.contains { $0.contains(" " + NameKey.make(place) + " ") } }
        }
        guard matching.count == 1, let org = matching.first else { return nil }
        return (org, cursor)
    }

    // MARK: - Names around frames

    /// A list of names starting at `start`: "A", "A and B", "A, B and C". Returns entity indices and the end.
    func personList(_ pieces: [Piece], from start: Int) -> (persons: [Int], end: Int)? {
        guard let first = pieces.at(start), let person = view.entity(first, .person) else { return nil }
        var persons = [person]
        var cursor = start + 1
        while true {
            let word = view.word(pieces, cursor)
            if word == ",", let next = pieces.at(cursor + 1), let person = view.entity(next, .person) {
                persons.append(person)
                cursor += 2
                continue
            }
            if word == ",", view.word(pieces, cursor + 1) == "and", let next = pieces.at(cursor + 2),
               let person = view.entity(next, .person) {
                persons.append(person)
                cursor += 3
                break
            }
            if word == "and", cursor < pieces.count, let next = pieces.at(cursor + 1), let person = view.entity(next, .person) {
                persons.append(person)
                cursor += 2
                break
            }
            break
        }
        return (persons, cursor)
    }

    /// The list of names ending just before `end` (exclusive).
    func personList(_ pieces: [Piece], endingBefore end: Int) -> (persons: [Int], start: Int)? {
        guard let last = pieces.at(end - 1), view.entity(last, .person) != nil else { return nil }
        var start = end - 1
        while start - 2 >= 0 {
            let word = view.word(pieces[start - 1])
            guard word == "," || word == "and", view.entity(pieces[start - 2], .person) != nil else { break }
            start -= 2
            if start - 1 >= 0, view.word(pieces[start - 1]) == "," , start - 2 >= 0, view.entity(pieces[start - 2], .person) != nil {
                continue
            }
        }
        guard let list = personList(pieces, from: start), list.end == end else {
            return pieces.at(end - 1).flatMap { view.entity($0, .person) }.map { ([$0], end - 1) }
        }
        return (list.persons, start)
    }

    /// Names right after a frame: "[for consular affairs] [,] [Ambassador] NAME[, NAME and NAME]".
    private func personsAfter(_ frame: RoleFrame, in pieces: [Piece]) -> [Int]? {
        var cursor = frame.end
        // "first secretary for consular affairs NAME".
        if frame.orgFirst, ["for", "of"].contains(view.word(pieces, cursor) ?? "") {
            var tail = cursor + 1
            while tail < cursor + 4, let piece = pieces.at(tail), isContentWord(piece), !view.tokens[piece.tokens.lowerBound].isCapitalized { tail += 1 }
            if tail > cursor + 1, pieces.at(tail).flatMap({ view.entity($0, .person) }) != nil { cursor = tail }
        }
        cursor = skipPlaceList(pieces, from: cursor)
        if view.word(pieces, cursor) == ",", cursor < pieces.count { cursor += 1 }
        var titles = 0
        while titles < 4, let piece = pieces.at(cursor), piece.mention == nil,
              view.tokens[piece.tokens.lowerBound].kind == .word,
              roles.isModifier(view.text(piece)) || RoleWords.honorifics.contains(RoleWords.bare(view.text(piece))) {
            cursor += 1
            titles += 1
        }
        return personList(pieces, from: cursor)?.persons
    }

    /// Skips "in [the] PLACE[, PLACE] [and PLACE]" ("coordinators in Barcelona, Valencia and Murcia").
    private func skipPlaceList(_ pieces: [Piece], from start: Int) -> Int {
        guard ["in", "for", "from"].contains(view.word(pieces, start) ?? "") else { return start }
        var cursor = start + 1
        var end = start
        while true {
            if view.word(pieces, cursor) == "the" { cursor += 1 }
            guard let piece = pieces.at(cursor), view.entity(piece, .place) != nil else { break }
            cursor += 1
            end = cursor
            if view.word(pieces, cursor) == ",", pieces.at(cursor + 1).flatMap({ view.entity($0, .place) }) != nil {
                cursor += 1
            } else if view.word(pieces, cursor) == "and" || (view.word(pieces, cursor) == "," && view.word(pieces, cursor + 1) == "and") {
                cursor += view.word(pieces, cursor) == "," ? 2 : 1
            } else {
                break
            }
        }
        return end
    }

    /// Names before a frame across linking words: "NAME, who is also", "NAME [of ORG], a", "NAME has been elected".
    private func personsBefore(_ start: Int, in pieces: [Piece]) -> [Int]? {
        var cursor = start - 1
        // "X, one of the founders of ORG".
        if cursor >= 2, view.word(pieces, cursor) == "the", view.word(pieces, cursor - 1) == "of", view.word(pieces, cursor - 2) == "one" {
            cursor -= 3
        }
        var gap = 0
        while cursor >= 0, gap < 8, let word = view.word(pieces[cursor]), Self.linkingWords.contains(word) {
            cursor -= 1
            gap += 1
        }
        guard cursor >= 0 else { return nil }
        cursor = skipBackOverAffiliationTail(pieces, from: cursor)
        guard cursor >= 0, let list = personList(pieces, endingBefore: cursor + 1) else { return nil }
        // A name directly before an unannounced frame ("X chairman of") needs a comma or a linking verb.
        if gap == 0, cursor == start - 1 { return nil }
        return list.persons
    }

    /// From the last piece of "NAME of ORG [in PLACE] [(ABC)]", back to NAME; other pieces are returned as is.
    private func skipBackOverAffiliationTail(_ pieces: [Piece], from end: Int) -> Int {
        var cursor = end
        if view.word(pieces[cursor]) == ")", let open = (max(0, cursor - 8)..<cursor).reversed().first(where: { view.word(pieces[$0]) == "(" }) {
            cursor = open - 1
        }
        guard cursor >= 0 else { return cursor }
        // "… in [the] PLACE"
        if view.entity(pieces[cursor], .place) != nil {
            var before = cursor - 1
            if before >= 0, view.word(pieces[before]) == "the" { before -= 1 }
            if before >= 1, view.word(pieces[before]) == "in", view.entity(pieces[before - 1], .org) != nil { cursor = before - 1 }
        }
        if cursor >= 0, view.entity(pieces[cursor], .org) != nil {
            var before = cursor - 1
            if before >= 0, view.word(pieces[before]) == "the" { before -= 1 }
            if before >= 1, ["of", "from", "at"].contains(view.word(pieces[before]) ?? ""), view.entity(pieces[before - 1], .person) != nil {
                return before - 1
            }
        }
        return cursor
    }

    // MARK: - Sieve 3: NAME of ORG

    private mutating func namesOfOrganisation(_ pieces: [Piece], _ sentence: Int) {
        var index = 0
        while index < pieces.count {
            guard view.entity(pieces[index], .person) != nil, let list = personList(pieces, from: index) else {
                index += 1
                continue
            }
            defer { index = list.end }
            let role = rolePhraseBackward(pieces, endingAt: index - 1)?.text
            // "NAME (ORG)".
            if view.word(pieces, list.end) == "(", let piece = pieces.at(list.end + 1), let org = view.entity(piece, .org),
               view.word(pieces, list.end + 2) == ")" {
                for person in list.persons { add(person: person, org: org, role: role, sentence: sentence) }
                continue
            }
            guard ["of", "from"].contains(view.word(pieces, list.end) ?? ""), list.end < pieces.count,
                  let chain = orgChain(pieces, from: list.end + 1) else { continue }
            for person in list.persons {
                for org in chain.orgs { add(person: person, org: org, role: role, sentence: sentence) }
            }
        }
    }

    // MARK: - Sieve 4: verbs of office

    private mutating func officeVerbs(_ pieces: [Piece], _ sentence: Int) {
        var index = 0
        while index < pieces.count {
            guard view.entity(pieces[index], .person) != nil, let list = personList(pieces, from: index) else {
                index += 1
                continue
            }
            defer { index = max(list.end, index + 1) }
            var cursor = skipForwardOverAffiliationTail(pieces, from: list.end)
            var sawComma = false
            if view.word(pieces, cursor) == ",", cursor < pieces.count {
                cursor += 1
                sawComma = true
            }
            if view.word(pieces, cursor) == "who", cursor < pieces.count {
                guard sawComma else { continue }
                cursor += 1
            } else if sawComma, !(view.word(pieces, cursor).map { $0.hasSuffix("ing") && Self.officeVerbs[$0] != nil } ?? false) {
                // After a comma only a relative clause or a participle ("X, representing ORG,") states an office.
                continue
            }
            while let word = view.word(pieces, cursor), cursor < pieces.count,
                  ["also", "now", "currently", "still", "already", "has", "had", "once", "previously", "formerly", "later"].contains(word) {
                cursor += 1
            }
            guard let verbPiece = pieces.at(cursor), let verb = view.word(verbPiece), let role = Self.officeVerbs[verb] else { continue }
            cursor += 1
            if let word = view.word(pieces, cursor), cursor < pieces.count, Self.verbParticles.contains(word) { cursor += 1 }
            guard let org = orgObject(pieces, from: cursor) else { continue }
            for person in list.persons { add(person: person, org: org, role: role, sentence: sentence) }
        }
    }

    /// Skips "of ORG [in PLACE] [(ABC)]" or "(…)" right after a name.
    private func skipForwardOverAffiliationTail(_ pieces: [Piece], from start: Int) -> Int {
        var cursor = start
        if view.word(pieces, cursor) == "(", cursor < pieces.count,
           let close = (cursor + 1..<min(pieces.count, cursor + 8)).first(where: { view.word(pieces[$0]) == ")" }) {
            cursor = close + 1
        }
        if ["of", "from"].contains(view.word(pieces, cursor) ?? ""), cursor < pieces.count,
           let chain = orgChain(pieces, from: cursor + 1) {
            cursor = chain.end
        }
        return cursor
    }

    /// "the council" / "the embassy" standing for an organisation named before, at the end of a phrase.
    private func orgNounReference(_ pieces: [Piece], from start: Int) -> (org: Int, end: Int)? {
        guard view.word(pieces, start) == "the", let nounPiece = pieces.at(start + 1), let noun = view.word(nounPiece),
              references.isOrgNoun(noun) else { return nil }
        let next = view.word(pieces, start + 2) ?? (start + 2 >= pieces.count ? "." : "#")
        guard [".", ",", ";", "since", "in", "and", "for", "from", "until", "at", "who", "which", ")"].contains(next),
              let org = references.resolve(noun: noun, before: nounPiece.tokens.lowerBound) else { return nil }
        return (org, start + 2)
    }

    /// The organisation an office verb governs: "[the] [X-based] ORG", "the university's ORG", "the consulate".
    private func orgObject(_ pieces: [Piece], from start: Int) -> Int? {
        if let chain = orgChain(pieces, from: start) { return chain.orgs.first }
        var cursor = start
        guard view.word(pieces, cursor) == "the", cursor < pieces.count else { return nil }
        cursor += 1
        guard let nounPiece = pieces.at(cursor), view.word(nounPiece) != nil else { return nil }
        // "the university's Centre for Diaspora Studies"
        if let marker = pieces.at(cursor + 1), view.isPossessiveMarker(marker), let piece = pieces.at(cursor + 2), let org = view.entity(piece, .org) {
            return org
        }
        // "the consulate": an organisation named before.
        return orgNounReference(pieces, from: start)?.org
    }

    // MARK: - Sieve 5: founded by, nominated by, elected to the board

    private mutating func foundedBy(_ pieces: [Piece], _ sentence: Int) {
        for (index, piece) in pieces.enumerated() {
            guard let word = view.word(piece), ["founded", "co-founded", "established", "created"].contains(word) else { continue }
            var cursor = index + 1
            if view.word(pieces, cursor) == "in" {
                cursor += 1
                while let next = pieces.at(cursor), cursor < index + 5,
                      view.tokens[next.tokens.lowerBound].kind == .number || view.entity(next, .date) != nil
                        || ["the", "early", "late", "mid"].contains(view.word(next) ?? "") {
                    cursor += 1
                }
            }
            guard view.word(pieces, cursor) == "by", cursor < pieces.count else { continue }
            cursor += 1
            if let role = rolePhraseForward(pieces, from: cursor), pieces.at(role.end).flatMap({ view.entity($0, .person) }) != nil {
                cursor = role.end
            }
            guard let list = personList(pieces, from: cursor),
                  let orgPiece = pieces[..<index].last(where: { $0.mention != nil && view.type(ofMention: $0.mention!) == .org }),
                  !pieces[..<index].contains(where: { $0.tokens.lowerBound > orgPiece.tokens.lowerBound && view.entity($0, .person) != nil }),
                  let org = view.entity(orgPiece, .org) else { continue }
            for person in list.persons { add(person: person, org: org, role: "founder", sentence: sentence) }
        }
    }

    private mutating func nominatedBy(_ pieces: [Piece], _ sentence: Int) {
        for (index, piece) in pieces.enumerated() where view.word(piece) == "nominated" && view.word(pieces, index + 1) == "by" {
            var cursor = index + 2
            if view.word(pieces, cursor) == "the" { cursor += 1 }
            while let next = pieces.at(cursor), cursor < index + 5, next.mention == nil, view.word(next).map({ !$0.isEmpty && $0.first!.isLowercase }) == true { cursor += 1 }
            guard let orgPiece = pieces.at(cursor), let org = view.entity(orgPiece, .org) else { continue }
            var before = index - 1
            if view.word(pieces, before) == "," { before -= 1 }
            guard let personPiece = pieces.at(before), let person = view.entity(personPiece, .person) else { continue }
            add(person: person, org: org, role: "candidate", sentence: sentence)
        }
    }

    private mutating func electedToBoard(_ pieces: [Piece], _ sentence: Int) {
        for (index, piece) in pieces.enumerated() {
            guard let word = view.word(piece), ["elected", "re-elected", "appointed", "named", "chose", "voted"].contains(word),
                  let list = personList(pieces, from: index + 1),
                  view.word(pieces, list.end) == "to" else { continue }
            var cursor = list.end + 1
            if view.word(pieces, cursor) == "the" { cursor += 1 }
            guard let orgPiece = pieces.at(cursor), let org = view.entity(orgPiece, .org) else { continue }
            var body: [String] = []
            var next = cursor + 1
            while let bodyPiece = pieces.at(next), let bodyWord = view.word(bodyPiece), Self.bodyWords.contains(bodyWord) {
                body.append(view.text(bodyPiece))
                next += 1
            }
            guard !body.isEmpty else { continue }
            let role = (body + ["member"]).joined(separator: " ")
            for person in list.persons { add(person: person, org: org, role: role, sentence: sentence) }
        }
    }

    // MARK: - Sieve 6: bare diplomatic titles

    private mutating func bareDiplomaticTitles() {
        let affiliated = Set(results.map(\.person))
        var done: Set<Int> = []
        for (sentence, pieces) in view.sentencePieces.enumerated() {
            for (index, piece) in pieces.enumerated() {
                guard let person = view.entity(piece, .person), !affiliated.contains(person), !done.contains(person),
                      let role = rolePhraseBackward(pieces, endingAt: index - 1) else { continue }
                let words = role.text.split(separator: " ").map(String.init)
                guard let diplomatic = words.first(where: { roles.isDiplomatic($0) }) else { continue }
                // "Ambassador to the United States X": a mission to somewhere else, unnamed.
                if let before = pieces.at(role.start - 1), view.entity(before, .place) != nil || view.isPossessiveMarker(before) { continue }
                let missions = references.orgs(named: OrgReference.missionWords(forRole: diplomatic))
                guard missions.count == 1, let org = missions.first else { continue }
                done.insert(person)
                add(person: person, org: org, role: role.text, sentence: sentence)
            }
        }
    }
}
