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
///    trustee of ORG", "X has been elected president of ORG", "X, chairman of A and a student at B"), also
///    across a description ("X, a linguist who moved to … in 2011, was elected secretary of ORG") and for the
///    subject of a second predicate ("X has chaired A since 2019 and is also a lecturer at B"), a seat "on" a
///    body ("a councillor on ORG"), a role linked by a participle ("a nurse employed by ORG") and a party after a
///    chamber ("Member of the Bundestag from the CDU X", "a member of ORG for PARTY"). A role held in
///    a unit of an organisation counts for the organisation ("deputy chairwoman of the regional branch of ORG",
///    "members of the association's youth council"). A sentence-opening "He"/"She" stands for the only
///    person named in the sentence before it, in the same paragraph.
/// 3. A name (or list of names) followed by "of ORG": "Professor X of ORG", "Councillors A, B and C of ORG".
/// 4. Verbs of office: "X, who heads ORG", "X chairs ORG", "X founded ORG", "X sits on the board of ORG", also
///    coordinated ("X, who runs the school and heads ORG") and over a unit ("heads the Berlin office of ORG").
/// 5. "ORG … founded by X"; "the ORG's youth wing is headed by X"; "the center's dance ensemble, led by
///    choreographer X"; "X, nominated by ORG" (candidate); "elected A,
///    B and C to the ORG board".
/// 6. A diplomatic or legislative title with no stated organisation ("Consul General X", "Councillor X") → the
///    article's only named mission or chamber of that kind (a consul with no consulate in the article → its
///    only embassy; "Armenia's ambassador, X" → the only mission of Armenia). Diplomats "of/to PLACE" link
///    only to a named mission of those places; "Ambassador of A to B" / "the A-ian Ambassador to B" to the named
///    mission of A that lies in B.
/// 7. Short references: a head word ("Club captain X", "Association chairman X") or the last word of a name
///    ("Ararat striker X") standing for an organisation of the article.
/// 8. Officer lists, one "NAME, ROLE" a line under a header ending in a colon, and press-release contact lines;
///    "The new board also includes ROLE A and ROLE B"; "X was elected by delegates of ORG".
/// 9. Ministers: "Deputy Foreign Minister X" → the only ministry of the article whose name holds the title's
///    field words.
/// 10. Roles under an office holder: "NAME's deputy, X" → the one organisation NAME is affiliated with.
enum AffiliationFinder {
    static func find(in analysis: ArticleAnalysis, lexicon: Lexicon) -> [AnalyzedAffiliation] {
        let plain = ArticleView(analysis)
        let references = OrgReference(view: plain, lexicon: lexicon)
        let view = plain.withSubjectPronouns(quoted: references.isQuoted(mention:))
        var sieves = AffiliationSieves(view: view, lexicon: lexicon, references: references)
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

    init(view: ArticleView, lexicon: Lexicon, references: OrgReference? = nil) {
        self.view = view
        self.lexicon = lexicon
        self.roles = RoleWords(lexicon: lexicon)
        self.references = references ?? OrgReference(view: view, lexicon: lexicon)
    }

    /// Words allowed between a name and a role frame that describes it ("X, who is also a …").
    static let linkingWords: WordSet = [
        ",", "who", "is", "was", "were", "are", "has", "have", "had", "been", "also", "remains", "remained",
        "became", "becomes", "now", "currently", "still", "elected", "re-elected", "appointed", "named",
        "chosen", "as", "serves", "served", "serving", "sits", "sat", "sit", "works", "worked", "already",
        "then", "later", "recently", "newly", "previously", "formerly", "once", "sworn", "installed",
        "inaugurated", "confirmed", "all", "both", "took", "takes", "taken", "over",
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
        "direct": "director", "lead": "leader", "chair": "chair", "coordinate": "coordinator", "manage": "manager",
        "run": "head", "volunteers": "volunteer", "volunteered": "volunteer", "volunteering": "volunteer",
        "co-chairs": "co-chair", "co-chaired": "co-chair", "co-leads": "co-leader", "co-led": "co-leader",
        "co-directs": "co-director", "co-directed": "co-director", "advises": "adviser", "advised": "adviser",
    ]

    /// Verbs that, with "for" or "on behalf of", state that a person speaks for an organisation (a role the text
    /// does not name): "X, who speaks for ORG", "spoke on behalf of both A and B".
    static let speakingForVerbs: WordSet = ["speaks", "spoke", "speaking", "speak"]

    /// Particles after an office verb ("teaches at", "works for", "presides over"), or after the role it names ("works as
    /// a lawyer for").
    static let verbParticles: WordSet = ["at", "for", "with", "in", "over"]

    /// Nouns that continue an organisation into one of its bodies ("the AUCK board", "the ACEID youth committee").
    static let bodyWords: WordSet = [
        "board", "committee", "youth", "executive", "council", "branch", "chapter", "section", "wing",
        "department", "office", "team", "presidium", "secretariat", "bureau", "commission", "directorate",
        "division", "faculty", "staff", "women's", "student", "students", "management", "advisory", "governing",
        "supervisory", "editorial", "organising", "organizing",
    ]


    /// Nouns of the units inside an organisation that a role may be held in without naming the unit as an
    /// organisation: "the regional branch of ORG", "the union's methodological council", "the center's dance
    /// ensemble", "the department for compatriots at ORG".
    static let subUnitWords: WordSet = bodyWords.subtracting(["youth", "executive", "women's", "student", "students", "management",
                                                                   "advisory", "governing", "supervisory", "editorial", "organising",
                                                                   "organizing", "staff"])
        .union(["ensemble", "choir", "school", "group", "unit", "desk", "section", "chair", "programme", "program", "service",
                "sector", "laboratory", "lab", "centre", "center", "circle", "club", "orchestra", "troupe", "studio"])

    /// Roles held as a seat "on" a body: "a councillor on Reading Borough Council", "a member on the board of ORG".
    static let seatRoles: WordSet = [
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman", "member", "trustee",
        "director", "governor", "commissioner", "delegate", "representative",
    ]

    /// Words before a role that tell how its holder took it: "newly elected president".
    static let statusWords: WordSet = ["newly", "elected", "re-elected", "appointed", "newly-elected", "newly-appointed", "new"]

    /// Adjectives that may stand between "the" and an organisation's name ("the ruling …").
    static let orgAdjectives: WordSet = ["ruling", "opposition", "newly", "local", "umbrella", "main", "new", "same"]

    mutating func run() -> [AnalyzedAffiliation] {
        for sentence in view.sentencePieces.indices {
            findInSentence(sentence)
        }
        officerLists()
        ministerTitles()
        bareTitles()
        institutionRoles()
        rolesUnderAHolder()
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

    /// Roles held under another office holder, in that holder's organisation: "Nazarov's deputy, X".
    static let rolesUnderAHolder: WordSet = RoleWords.spokespersons.union(["deputy", "successor", "predecessor"])

    /// "NAME's deputy, X", "NAME's successor X": X holds the role in the one organisation NAME is affiliated with.
    private mutating func rolesUnderAHolder() {
        for (sentence, pieces) in view.sentencePieces.enumerated() {
            for index in pieces.indices {
                guard let holder = view.entity(pieces[index], .person), let marker = pieces.at(index + 1), view.isPossessiveMarker(marker),
                      let role = rolePhraseForward(pieces, from: index + 2),
                      let head = role.text.split(separator: " ").last.map({ RoleWords.singular(RoleWords.bare(String($0))) }),
                      Self.rolesUnderAHolder.contains(head) else { continue }
                let name = view.word(pieces, role.end) == "," ? role.end + 1 : role.end
                guard let person = pieces.at(name).flatMap({ view.entity($0, .person) }), person != holder else { continue }
                let orgs = Set(results.filter { $0.person == holder }.map(\.org))
                guard orgs.count == 1, let org = orgs.first else { continue }
                add(person: person, org: org, role: role.text, sentence: sentence)
            }
        }
    }

    // MARK: - Recording

    private mutating func add(person: Int, org: Int, role: String?, sentence: Int) {
        guard view.analysis.entities[person].type == .person, view.analysis.entities[org].type == .org else { return }
        guard linked.insert([person, org]).inserted else { return }
        let written = role.map { oneHoldersRole($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0.isEmpty ? nil : $0 }
        results.append(AnalyzedAffiliation(person: person, org: org, role: written,
                                           roleKey: written.flatMap { roles.key(ofPhrase: $0) }, sentence: sentence))
    }

    /// The role as written for one holder, without a title that stands before the name ("Historian Dr." →
    /// "Historian"; "Associate Professor" is one title) and in the singular ("A, B and C were elected deputy
    /// chairpersons" → "deputy chairperson").
    private func oneHoldersRole(_ role: String) -> String {
        var words = role.split(separator: " ").map(String.init)
        while words.count > 1, let last = words.last, ["dr", "prof", "doctor", "professor"].contains(RoleWords.bare(last)),
              roles.isHead(words[words.count - 2]) {
            words.removeLast()
        }
        // (not "Chargé d'Affaires": a French word after its elided article is no English plural)
        if let last = words.last, !last.hasSuffix("us"), !last.hasSuffix("is"), !last.contains("'"), !last.contains("\u{2019}"), roles.isHead(last) {
            words[words.count - 1] = RoleWords.singular(last)
        }
        return words.joined(separator: " ")
    }

    // MARK: - Sentence

    private mutating func findInSentence(_ sentence: Int) {
        let pieces = view.sentencePieces[sentence]
        guard pieces.contains(where: { view.entity($0, .person) != nil }) else { return }
        let frames = roleFrames(pieces)

        // Sieves 1 and 2: chains of frames attached to the names after or before them.
        var index = 0
        while index < frames.count {
            var chain = [frames[index]]
            // "A, the imam of ORG, and the founder of ORG2 B": an apposition of the name before it ends where a
            // frame that a name follows begins.
            while index + 1 < frames.count, follows(frames[index + 1], after: chain.last!, in: pieces),
                  !(isAppositionAfterName(chain[0], pieces) && personsAfter(frames[index + 1], in: pieces) != nil) {
                index += 1
                chain.append(frames[index])
            }
            index += 1
            if !describesNameBefore(chain, pieces), let persons = personsAfter(chain.last!, in: pieces) {
                for frame in chain { link(holders(of: frame, persons, nearest: persons.first!, pieces), frame, sentence) }
            } else if let persons = personsBefore(chain[0].start, in: pieces) {
                for frame in chain where !frame.orgFirst || isPossessiveFrame(frame, pieces) || isBracketedApposition(frame, pieces) {
                    link(holders(of: frame, persons, nearest: persons.last!, pieces), frame, sentence)
                }
            }
        }

        namesOfOrganisation(pieces, sentence)
        officeVerbs(pieces, sentence)
        foundedBy(pieces, sentence)
        passiveOffice(pieces, sentence)
        ledBy(pieces, sentence)
        nominatedBy(pieces, sentence)
        electedByMembers(pieces, sentence)
        organisationElects(pieces, sentence)
        electedToBoard(pieces, sentence)
        boardIncludes(pieces, sentence)
        electedWithoutOrganisation(pieces, sentence)
        electedAsList(pieces, sentence)
        bracketedRoles(pieces, sentence)
        ofOrganisation(pieces, sentence)
    }

    /// "NAME, of the Armenian Relief Society, said", "Pastor NAME, of the Apostolic Faith Mission …", "NAME, 24, of the
    /// ORG collective": a person set off with "of ORG" (after an age, if any) belongs to it, with the title written
    /// before the name, if any.
    private mutating func ofOrganisation(_ pieces: [Piece], _ sentence: Int) {
        for index in pieces.indices where view.word(pieces, index + 1) == "," {
            guard let person = view.entity(pieces[index], .person) else { continue }
            let of = isAge(pieces, index + 2) ? index + 4 : index + 2
            guard view.word(pieces, of) == "of" else { continue }
            let name = view.word(pieces, of + 1) == "the" ? of + 2 : of + 1
            guard let org = pieces.at(name).flatMap({ view.entity($0, .org) }) else { continue }
            add(person: person, org: org, role: rolePhraseBackward(pieces, endingAt: index - 1)?.text, sentence: sentence)
        }
    }

    /// "Dr A (chair), Mr B (treasurer) and C": a role in brackets right after a name, in the organisation named
    /// before it in the sentence, else the one the article is about (not a public or diplomatic office).
    private mutating func bracketedRoles(_ pieces: [Piece], _ sentence: Int) {
        for index in pieces.indices where view.word(pieces, index + 1) == "(" {
            guard let person = view.entity(pieces[index], .person), let role = rolePhraseForward(pieces, from: index + 2),
                  view.word(pieces, role.end) == ")" else { continue }
            guard !isPublicOffice(role.text), let org = pieces[..<index].compactMap({ self.view.entity($0, .org) }).last ?? references.mainOrganisation() else { continue }
            add(person: person, org: org, role: role.text, sentence: sentence)
        }
    }

    private mutating func link(_ persons: [Int], _ frame: RoleFrame, _ sentence: Int) {
        for person in persons {
            for org in frame.orgs { add(person: person, org: org, role: frame.role, sentence: sentence) }
        }
    }

    /// The names a frame describes: all of them, but only the nearest for a role written in the singular
    /// ("ACAL director A and B, chairwoman of C": A is the director, B the chairwoman).
    private func holders(of frame: RoleFrame, _ persons: [Int], nearest: Int, _ pieces: [Piece]) -> [Int] {
        // "secretary and treasurer" names one role for each.
        guard persons.count > 1, let role = frame.role, view.text(pieces[frame.start..<frame.end]).containsLiterally(role),
              !role.split(separator: " ").contains("and") else { return persons }
        let words = role.split(separator: " ").map { RoleWords.bare(String($0)) }
        guard let head = words.prefix(while: { !RoleWords.functionWords.contains($0) }).last(where: { roles.isHead($0) }),
              RoleWords.singular(head) == head else { return persons }
        return [nearest]
    }

    /// "A, a founder of ORG, treasurer B": an apposition after a name describes that name, not the next one, when
    /// it is indefinite or the next name has a title of its own.
    private func describesNameBefore(_ chain: [RoleFrame], _ pieces: [Piece]) -> Bool {
        guard isAppositionAfterName(chain[0], pieces) else { return false }
        let indefinite = ["a", "an"].contains(view.word(pieces, chain[0].start) ?? "") || ["a", "an"].contains(view.word(pieces, chain[0].start - 1) ?? "")
        let end = chain.last!.end
        let ownTitle = view.word(pieces, end) == "," && pieces.at(end + 1).map({ $0.mention == nil && roles.isHead(view.text($0)) }) == true
        return indefinite || ownTitle
    }

    /// "NAME, the imam of ORG", "NAME, a founder of ORG": a frame set off by a comma right after a name.
    private func isAppositionAfterName(_ frame: RoleFrame, _ pieces: [Piece]) -> Bool {
        var comma = frame.start - 1
        if ["a", "an", "the"].contains(view.word(pieces, comma) ?? "") { comma -= 1 }
        return view.word(pieces, comma) == "," && pieces.at(comma - 1).flatMap({ view.entity($0, .person) }) != nil
    }

    /// "the organisation's first woman president" may follow the name it describes; "ORG chairman" may not.
    private func isPossessiveFrame(_ frame: RoleFrame, _ pieces: [Piece]) -> Bool {
        pieces[frame.start..<frame.end].contains { view.isPossessiveMarker($0) || ["its", "their"].contains(view.word($0) ?? "") }
    }

    /// "X, ORG president, said", "X, 34, an ORG volunteer who …": an ORG-first frame set off by a comma right
    /// after the name (and its age), ending the apposition.
    private func isBracketedApposition(_ frame: RoleFrame, _ pieces: [Piece]) -> Bool {
        var comma = frame.start - 1
        if isAge(pieces, comma - 1) { comma -= 2 }
        guard view.word(pieces, comma) == ",", pieces.at(comma - 1).flatMap({ view.entity($0, .person) }) != nil else { return false }
        guard frame.end < pieces.count else { return true }
        let next = view.word(pieces, frame.end) ?? "#"
        return [",", ".", ";", ")", "who", "whose"].contains(next) || SpeechVerbs.isSpeechVerb(next)
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
                // "President British Pakistani Business Forum Manchester (BPBFM) NAME": agency style runs a capitalized
                // title on into the organisation and the name, with no "of".
                if let role = rolePhraseBackward(pieces, endingAt: index - 1), view.tokens[pieces[role.start].tokens.lowerBound].isCapitalized {
                    var end = index + 1
                    if view.word(pieces, end) == "(", view.word(pieces, end + 2) == ")" { end += 3 }
                    if pieces.at(end).flatMap({ view.entity($0, .person) }) != nil {
                        frames.append(RoleFrame(start: role.start, end: end, orgs: [org], role: role.text, orgFirst: false))
                        continue
                    }
                }
                let start = ["the", "a", "an"].contains(view.word(pieces, index - 1) ?? "") ? index - 1 : index
                var after = index + 1
                if view.word(pieces, after) == ")" { after += 1 }
                if let marker = pieces.at(after), view.isPossessiveMarker(marker),
                   let role = rolePhraseForward(pieces, from: after + 1) {
                    frames.append(RoleFrame(start: start, end: role.end, orgs: [org], role: role.text, orgFirst: true))
                } else if let role = rolePhraseForward(pieces, from: after), !isModifierTaggedAsOrg(pieces, index, role: role.text) {
                    let party = partyAfter(pieces, role.end, role: role.text)
                    frames.append(RoleFrame(start: start, end: party?.end ?? role.end, orgs: [org] + (party?.orgs ?? []), role: role.text,
                                            orgFirst: true))
                }
                continue
            }
            // "Club captain X", "Association chairman X", "Ararat striker X".
            if let frame = headWordFrame(pieces, at: index) {
                frames.append(frame)
                continue
            }
            guard let word = view.word(piece) else { continue }
            // "ORG, whose president NAME"; "ORG, a Fresno nonprofit whose board chair, NAME,".
            if word == "whose", let role = rolePhraseForward(pieces, from: index + 1),
               let host = view.word(pieces, index - 1) == ","
                   ? hostOrganisation(pieces, before: index - 1) ?? unitOwner(pieces, endingAt: index - 2)
                   : organisationDescribed(pieces, before: index) {
                frames.append(RoleFrame(start: index, end: role.end, orgs: [host], role: role.text, orgFirst: true))
                continue
            }
            // its ROLE / their ROLE.
            if word == "its" || word == "their", let role = rolePhraseForward(pieces, from: index + 1),
               let org = nearestOrganisation(pieces, before: index) ?? references.resolvePossessivePronoun(before: piece.tokens.lowerBound) {
                frames.append(RoleFrame(start: index, end: role.end, orgs: [org], role: role.text, orgFirst: true))
                continue
            }
            // our ROLE: in the organisation's own newsletter or release, the organisation the article is about ("Our
            // treasurer, NAME", "our secretary is NAME").
            if word == "our", let role = rolePhraseForward(pieces, from: index + 1),
               (view.tokens[piece.tokens.lowerBound].isCapitalized && view.word(pieces, role.end) == ",") || ["is", "was"].contains(view.word(pieces, role.end) ?? ""),
               let org = references.mainOrganisation() {
                frames.append(RoleFrame(start: index, end: role.end, orgs: [org], role: role.text, orgFirst: true))
                continue
            }
            // "the treasurer is NAME", "The new deputy chairwoman is NAME": an association's office after "the" and before
            // "is", with no organisation named, is one of the organisation the article is about.
            if word == "the", let role = rolePhraseForward(pieces, from: index + 1), ["is", "was"].contains(view.word(pieces, role.end) ?? ""),
               let head = role.text.split(separator: " ").last, Self.associationOffices.contains(RoleWords.bare(String(head))),
               pieces.at(role.end + 1).flatMap({ view.entity($0, .person) }) != nil, let org = references.mainOrganisation() {
                frames.append(RoleFrame(start: index, end: role.end, orgs: [org], role: role.text, orgFirst: true))
                continue
            }
            // the NOUN's ROLE, the [DEMONYM] NOUN's ROLE ("the Eritrean association's chairman").
            let adjectives = pieces.at(index + 2).map { view.isPossessiveMarker($0) } == true ? 0 : 1
            if word == "the", adjectives == 0 || pieces.at(index + 1).map({ view.tokens[$0.tokens.lowerBound].isCapitalized && $0.mention == nil }) == true,
               let noun = pieces.at(index + 1 + adjectives), let nounWord = view.word(noun), references.isOrgNoun(nounWord),
               let marker = pieces.at(index + 2 + adjectives), view.isPossessiveMarker(marker),
               let role = rolePhraseForward(pieces, from: index + 3 + adjectives),
               let org = (adjectives == 0 ? nil : references.mostSalient(references.orgs(named: [nounWord])
                            .intersection(references.orgs(named: [view.text(pieces[index + 1])]))))
                         ?? references.resolve(noun: nounWord, before: piece.tokens.lowerBound) {
                frames.append(RoleFrame(start: index, end: role.end, orgs: [org], role: role.text, orgFirst: true))
                continue
            }
            // ROLE of ORG (and ORG …).
            if ["of", "at", "with", "to", "for", "in", "from", "on", "by"].contains(word) {
                if let frame = boardFrame(pieces, preposition: index) {
                    frames.append(frame)
                } else if let role = (word == "by" ? nil : rolePhraseBackward(pieces, endingAt: index - 1) ?? roleOfBody(pieces, endingAt: index - 1)
                            ?? (word == "at" ? roleWithField(pieces, endingAt: index - 1) : nil)
                            ?? (["of", "at"].contains(word) ? titleWithField(pieces, endingAt: index - 1) : nil)) ?? roleBeforeLink(pieces, preposition: index),
                          word != "on" || Self.seatRoles.contains(RoleWords.singular(RoleWords.bare(role.head))) {
                    let opening = nounPhraseOpening(pieces, roleStart: role.start)
                    let start = opening.start
                    if let unit = subUnitOrganisation(pieces, from: index + 1) {
                        frames.append(RoleFrame(start: start, end: unit.end, orgs: opening.orgs + [unit.org], role: role.text, orgFirst: false))
                    } else if let chain = orgChain(pieces, from: index + 1) {
                        var text = role.text
                        if chain.orgs.count == 1, let orgPiece = pieces[(index + 1)..<chain.end].firstIndex(where: { view.entity($0, .org) != nil }) {
                            text = roleWithBody(role.text, pieces, orgEnd: orgPiece + 1, chainEnd: chain.end)
                        }
                        let party = partyAfter(pieces, chain.end, role: role.text)
                        frames.append(RoleFrame(start: start, end: party?.end ?? chain.end, orgs: opening.orgs + chain.orgs + (party?.orgs ?? []),
                                                role: text, orgFirst: false))
                    } else if let reference = orgNounReference(pieces, from: index + 1) {
                        frames.append(RoleFrame(start: start, end: reference.end, orgs: opening.orgs + [reference.org], role: role.text, orgFirst: false))
                    } else if roles.isDiplomatic(role.head), let mission = namedMission(pieces, preposition: index, roleStart: role.start, role: role.head) {
                        frames.append(RoleFrame(start: start, end: mission.end, orgs: opening.orgs + [mission.org], role: role.text, orgFirst: false))
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

    /// The first piece of the noun phrase a role heads, and the organisations named inside it: its article
    /// ("a councillor"), also across proper words before the role ("a Green councillor on ORG", "a Liberal
    /// Democrat councillor on ORG", "a Reuters correspondent at ORG": the named one is a second organisation).
    private func nounPhraseOpening(_ pieces: [Piece], roleStart: Int) -> (start: Int, orgs: [Int]) {
        if ["the", "a", "an"].contains(view.word(pieces, roleStart - 1) ?? "") { return (roleStart - 1, []) }
        var cursor = roleStart - 1
        var orgs: [Int] = []
        while cursor >= roleStart - 3, let piece = pieces.at(cursor) {
            if let org = view.entity(piece, .org) {
                orgs.insert(org, at: 0)
            } else if piece.mention != nil || !view.tokens[piece.tokens.lowerBound].isCapitalized || !isContentWord(piece) {
                break
            }
            cursor -= 1
        }
        guard cursor < roleStart - 1, ["a", "an"].contains(view.word(pieces, cursor) ?? "") else { return (roleStart, []) }
        return (cursor, orgs)
    }

    /// Seats in a chamber that are held "for" a party: "a member of the Bundestag for the CDU".
    static let partySeats: WordSet = ["member", "mp", "mep", "senator", "deputy", "representative", "councillor", "councilor", "candidate"]

    /// The party a legislator's seat is held for, right after the role or its chamber: "a Landtag member from
    /// the Green Party", "Member of the Bundestag from the Christian Democratic Union (CDU) X", "a member of the
    /// Bundestag for the CDU".
    private func partyAfter(_ pieces: [Piece], _ end: Int, role: String) -> (orgs: [Int], end: Int)? {
        guard let word = view.word(pieces, end) else { return nil }
        let head = role.split(separator: " ").last.map { RoleWords.singular(RoleWords.bare(String($0))) } ?? ""
        guard word == "from" || word == "for" && Self.partySeats.contains(head) else { return nil }
        return orgChain(pieces, from: end + 1)
    }

    /// "X, who headed the autonomy for twelve years and was named its honorary chairman": inside a sentence, "its"
    /// after a person's clause refers to the organisation named or referred to ("the autonomy") nearest before it,
    /// after the last name.
    private func nearestOrganisation(_ pieces: [Piece], before end: Int) -> Int? {
        guard end > 0 else { return nil }
        let lastPerson = pieces[..<end].lastIndex { view.entity($0, .person) != nil } ?? -1
        guard lastPerson >= 0 else { return nil }
        var cursor = end - 1
        while cursor > lastPerson {
            if let org = view.entity(pieces[cursor], .org) { return org }
            if let noun = view.word(pieces[cursor]), view.word(pieces, cursor - 1) == "the",
               let org = references.resolveOrgNoun(noun, at: pieces[cursor].tokens.lowerBound) {
                return org
            }
            cursor -= 1
        }
        return nil
    }

    /// "Labour Counsellor X", "Trade Attaché X": a one-word "organisation" before a diplomat's title is the
    /// title's own modifier; the diplomat belongs to a mission, found by the mission sieves.
    private func isModifierTaggedAsOrg(_ pieces: [Piece], _ index: Int, role: String) -> Bool {
        guard pieces[index].tokens.count == 1, let org = view.entity(pieces[index], .org),
              let head = role.split(separator: " ").last.map(String.init), roles.isDiplomatic(head) else { return false }
        return !references.orgs(named: Array(RoleWords.missionWords)).contains(org)
    }

    /// A head word standing for an organisation of the article ("Club captain X", "Association chairman X",
    /// "Foundation chairman X"), or the last word of an organisation's name ("Ararat striker X"), followed by
    /// a role and a name; after "a", only a spokesperson's role, and the name may follow a comma ("A ministry
    /// spokeswoman, X, said": "a union leader X" names no union of the article).
    private func headWordFrame(_ pieces: [Piece], at index: Int) -> RoleFrame? {
        let piece = pieces[index]
        var indefinite = false
        if let previous = pieces.at(index - 1) {
            if previous.mention != nil || view.isPossessiveMarker(previous) { return nil }
            indefinite = ["a", "an"].contains(view.word(previous) ?? "")
            guard let word = view.word(previous), indefinite || !["its", "their", "his", "her", "of", "our", "whose"].contains(word) else { return nil }
            // The head word opens its noun phrase: "trade union leader X" is no reference to a named union.
            let opensPhrase = indefinite || view.tokens[previous.tokens.lowerBound].kind != .word || RoleWords.functionWords.contains(word)
                || SpeechVerbs.isSpeechVerb(word) || ["when", "while", "after", "before", "says", "added"].contains(word)
            guard opensPhrase else { return nil }
        }
        var org: Int?
        if let word = view.word(piece) {
            guard view.tokens[piece.tokens.lowerBound].kind == .word else { return nil }
            // "A ministry spokeswoman": the ministry named last before.
            org = indefinite ? references.nearestNamed(RoleWords.bare(word), before: piece.tokens.lowerBound) : references.resolveHeadWord(word, at: piece.tokens.lowerBound)
        } else if view.entity(piece, .place) != nil, piece.tokens.count == 1 {
            let candidates = references.orgs(endingWith: view.text(piece))
            org = candidates.count == 1 ? candidates.first : nil
        }
        guard let org, let role = rolePhraseForward(pieces, from: index + 1) else { return nil }
        var name = role.end
        if indefinite {
            guard let head = role.text.split(separator: " ").last.map({ RoleWords.bare(String($0)) }), RoleWords.spokespersons.contains(head) else { return nil }
            if view.word(pieces, name) == "," { name += 1 }
        }
        while let piece = pieces.at(name), piece.mention == nil, let word = view.word(piece), name < role.end + 2,
              RoleWords.honorifics.contains(RoleWords.bare(word)) || ["dr", "prof"].contains(RoleWords.bare(word)) {
            name += 1
        }
        guard pieces.at(name).flatMap({ view.entity($0, .person) }) != nil else { return nil }
        return RoleFrame(start: index, end: role.end, orgs: [org], role: role.text, orgFirst: true)
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

    /// Words that count the people of an apposition, never a role's field: "A, B and C, all members of ORG".
    static let quantifiers: WordSet = ["all", "both", "each", "many", "most", "some", "several", "two", "three", "four", "five"]

    /// The organisation an apposition describes, the apposition ending at `end`: "ORG, a Fresno nonprofit".
    private func organisationDescribed(_ pieces: [Piece], before end: Int) -> Int? {
        guard let article = (max(1, end - 5)..<end).reversed().first(where: { ["a", "an"].contains(view.word(pieces, $0) ?? "") }),
              view.word(pieces, article - 1) == ",",
              pieces[(article + 1)..<end].allSatisfy({ view.entity($0, .place) != nil || $0.mention == nil && isContentWord($0) })
        else { return nil }
        return hostOrganisation(pieces, before: article - 1)
    }

    /// Participles that link a role to the preposition of its organisation: "a nurse employed by ORG", "a
    /// paramedic working with ORG", "a researcher based at ORG".
    static let roleLinks: [String: Set<String>] = [
        "employed": ["by", "at"], "hired": ["by"], "working": ["at", "for", "with", "in"], "based": ["at", "in"],
        "serving": ["with", "at", "in", "on"],
    ]

    /// The role before a link participle or a bracketed remark that stands between it and the preposition at
    /// `index`: "a nurse employed by ORG", "Consul (Community Affairs) at ORG".
    private func roleBeforeLink(_ pieces: [Piece], preposition index: Int) -> (start: Int, text: String, head: String)? {
        guard let preposition = view.word(pieces, index), let before = view.word(pieces, index - 1) else { return nil }
        if Self.roleLinks[before]?.contains(preposition) == true { return rolePhraseBackward(pieces, endingAt: index - 2) }
        guard before == ")", let open = (max(0, index - 7)..<(index - 1)).reversed().first(where: { view.word(pieces, $0) == "(" }) else { return nil }
        return rolePhraseBackward(pieces, endingAt: open - 1)
    }

    /// "chairman of the board [of ORG]": a role in one of the organisation's bodies.
    private func roleOfBody(_ pieces: [Piece], endingAt end: Int) -> (start: Int, text: String, head: String)? {
        guard let body = view.word(pieces, end), Self.bodyWords.contains(body) else { return nil }
        let of = view.word(pieces, end - 1) == "the" ? end - 2 : end - 1
        guard view.word(pieces, of) == "of", let role = rolePhraseBackward(pieces, endingAt: of - 1) else { return nil }
        return (role.start, view.text(pieces[role.start...end]), role.head)
    }

    /// "professor of French linguistics", "lecturer in public health", "head of the Central Asia desk" before
    /// "at ORG": a role with the field it covers (one to four words, at least one of them lower-case).
    private func roleWithField(_ pieces: [Piece], endingAt end: Int) -> (start: Int, text: String, head: String)? {
        guard let last = pieces.at(end), isContentWord(last) else { return nil }
        var cursor = end
        var hasCommonNoun = false
        while cursor > end - 4, let piece = pieces.at(cursor), isContentWord(piece) || view.word(piece) == "and" || view.entity(piece, .place) != nil {
            if isContentWord(piece), let word = view.word(piece), word.first?.isLowercase == true, !Self.fieldlessWords.contains(word) {
                hasCommonNoun = true
            }
            cursor -= 1
        }
        if view.word(pieces, cursor) == "the" { cursor -= 1 }
        guard hasCommonNoun, ["of", "in", "for"].contains(view.word(pieces, cursor) ?? ""),
              let role = rolePhraseBackward(pieces, endingAt: cursor - 1) else { return nil }
        return (role.start, view.text(pieces[role.start...end]), role.head)
    }

    /// "Vice-Rector for International Affairs", "Professor Emeritus of Linguistics", "Vice President for Research" before
    /// "of ORG" or "at ORG": a capitalized title with the capitalized field it covers (one to four words).
    private func titleWithField(_ pieces: [Piece], endingAt end: Int) -> (start: Int, text: String, head: String)? {
        var cursor = end
        while cursor > end - 4, let piece = pieces.at(cursor), piece.mention == nil || view.entity(piece, .place) != nil,
              isContentWord(piece) && view.tokens[piece.tokens.lowerBound].isCapitalized || view.word(piece) == "and" && cursor < end {
            cursor -= 1
        }
        guard cursor < end, ["of", "for", "in"].contains(view.word(pieces, cursor) ?? ""),
              let role = rolePhraseBackward(pieces, endingAt: cursor - 1), view.tokens[pieces[cursor - 1].tokens.lowerBound].isCapitalized
        else { return nil }
        return (role.start, view.text(pieces[role.start...end]), role.head)
    }

    /// Words after "head of" that make no field of work: "the head of state at the forum".
    static let fieldlessWords: WordSet = ["state", "government", "country"]

    /// "on the board of ORG" → board member; "on [the] ORG's [advisory] board/committee" → board/committee member.
    private func boardFrame(_ pieces: [Piece], preposition index: Int) -> RoleFrame? {
        if view.word(pieces[index]) == "on" { return possessiveBodyFrame(pieces, on: index) }
        guard view.word(pieces[index]) == "of", view.word(pieces, index - 1) == "board",
              view.word(pieces, index - 2) == "the", view.word(pieces, index - 3) == "on",
              let chain = orgChain(pieces, from: index + 1) else { return nil }
        return RoleFrame(start: index - 3, end: chain.end, orgs: chain.orgs, role: "board member", orgFirst: false)
    }

    /// Bodies a seat is held on: "sits on the ORG's advisory board", "serves on ORG's ethics committee".
    static let seatBodies: WordSet = ["board", "committee", "council", "panel", "presidium", "commission"]

    /// "on [the] ORG's [up to two words] BODY" → "BODY member".
    private func possessiveBodyFrame(_ pieces: [Piece], on index: Int) -> RoleFrame? {
        let name = view.word(pieces, index + 1) == "the" ? index + 2 : index + 1
        guard let org = pieces.at(name).flatMap({ view.entity($0, .org) }), let marker = pieces.at(name + 1), view.isPossessiveMarker(marker),
              let body = ((name + 2)..<min(pieces.count, name + 5)).first(where: { Self.seatBodies.contains(view.word(pieces, $0) ?? "") }),
              pieces[(name + 2)..<body].allSatisfy({ isContentWord($0) }) else { return nil }
        return RoleFrame(start: index, end: body + 1, orgs: [org], role: "\(view.word(pieces, body)!) member", orgFirst: false)
    }

    /// A word piece that may stand inside a role phrase before the head noun.
    private func isContentWord(_ piece: Piece) -> Bool {
        guard let word = view.word(piece), view.tokens[piece.tokens.lowerBound].kind == .word else { return false }
        let bare = RoleWords.bare(word)
        return !RoleWords.functionWords.contains(bare) && !SpeechVerbs.isSpeechVerb(bare) && !RoleWords.honorifics.contains(bare)
    }

    /// A role phrase starting at `from`: up to five words ending in a role noun, greedy ("first secretary",
    /// "Community Welfare Attaché", "first woman president").
    func rolePhraseForward(_ pieces: [Piece], from first: Int) -> (end: Int, text: String)? {
        var lastHead: Int?
        var previousHead: Int?
        // "ORG's newly elected president": how the office was taken is no part of the role.
        var start = first
        while start < first + 2, let word = view.word(pieces, start), Self.statusWords.contains(word) { start += 1 }
        var index = start
        // A body word before the head names the unit the role is held in: "women's convenor", "youth leader".
        while index < pieces.count, index < start + 5 {
            if ["women", "men", "children", "ladies"].contains(view.word(pieces, index) ?? ""), let marker = pieces.at(index + 1), view.isPossessiveMarker(marker) {
                index += 2
                continue
            }
            guard isContentWord(pieces[index]) && (roles.isModifierLike(view.text(pieces[index])) || Self.bodyWords.contains(view.word(pieces[index]) ?? ""))
                    || isPlaceModifier(pieces, index) else { break }
            if pieces[index].mention == nil, roles.isHead(view.text(pieces[index])) {
                previousHead = lastHead
                lastHead = index
            }
            index += 1
        }
        // "its refugee program director": lower-case nouns naming the role's field before its head.
        if lastHead == nil {
            var field = start
            while field < min(pieces.count, start + 4), isContentWord(pieces[field]), pieces[field].mention == nil,
                  view.tokens[pieces[field].tokens.lowerBound].text.first?.isLowercase == true {
                if field > start, roles.isHead(view.text(pieces[field])) {
                    lastHead = field
                    break
                }
                field += 1
            }
        }
        guard var head = lastHead else { return nil }
        // "President Dr. NAME", "president Ratu NAME": the title or form of address before the name is no part of the role.
        if let previous = previousHead,
           ["dr", "prof", "doctor", "professor"].contains(RoleWords.bare(view.text(pieces[head]))) || roles.isFormOfAddress(view.text(pieces[head])),
           pieces.at(head + 1).flatMap({ view.entity($0, .person) }) != nil {
            head = previous
        }
        // "founder and chairwoman".
        if view.word(pieces, head + 1) == "and", let other = pieces.at(head + 2), isContentWord(other), roles.isHead(view.text(other)),
           let more = rolePhraseForward(pieces, from: head + 2) {
            return (more.end, view.text(pieces[start..<more.end]))
        }
        let end = capitalizedFieldEnd(pieces, afterTitle: head) ?? head + 1
        return (end, view.text(pieces[start..<end]))
    }

    /// "Director of Diaspora Investment", "Vice-President for Research": the end of a capitalized field (one to four
    /// capitalized words that name nothing) after the capitalized title at `head`, when a comma or a person follows it.
    private func capitalizedFieldEnd(_ pieces: [Piece], afterTitle head: Int) -> Int? {
        guard view.tokens[pieces[head].tokens.lowerBound].isCapitalized, ["of", "for"].contains(view.word(pieces, head + 1) ?? "") else { return nil }
        var end = head + 2
        while end < head + 6, let piece = pieces.at(end), piece.mention == nil,
              isContentWord(piece) && view.tokens[piece.tokens.lowerBound].isCapitalized || view.word(piece) == "and" && end > head + 2 {
            end += 1
        }
        guard end > head + 2, view.word(pieces, end - 1) != "and",
              view.word(pieces, end) == "," || pieces.at(end).flatMap({ view.entity($0, .person) }) != nil else { return nil }
        return end
    }

    /// "its Marseille chapter chairman", "the party's Bursa branch head": a place before the unit a role is held in.
    private func isPlaceModifier(_ pieces: [Piece], _ index: Int) -> Bool {
        guard view.entity(pieces[index], .place) != nil, let next = pieces.at(index + 1), let word = view.word(next) else { return false }
        return Self.subUnitWords.contains(word) || ["city", "regional", "district", "local", "provincial"].contains(word)
    }

    /// Where an interim mark ending at piece `end` starts: "a.i." alone, or "ad interim".
    private func interimMarkStart(_ pieces: [Piece], endingAt end: Int) -> Int? {
        guard let last = pieces.at(end), last.mention == nil else { return nil }
        if ["a.i.", "a.i"].contains(view.text(last)) { return end }
        return view.text(last) == "interim" && view.word(pieces, end - 1) == "ad" ? end - 1 : nil
    }

    /// The role phrase ending at piece `end`: the head noun and the modifiers before it ("active member").
    func rolePhraseBackward(_ pieces: [Piece], endingAt end: Int) -> (start: Int, text: String, head: String)? {
        // "Chargé d'Affaires a.i.", "Ambassador ad interim": the interim mark after the title is part of it.
        if let mark = interimMarkStart(pieces, endingAt: end), let role = rolePhraseBackward(pieces, endingAt: mark - 1) {
            return (role.start, view.text(pieces[role.start...end]), role.head)
        }
        // "vice president for Canada [of ORG]", "Member for Oakleigh [of ORG]": the country, region or seat a role covers
        // stands between it and its organisation; the role is the title alone.
        if let last = pieces.at(end), view.entity(last, .place) != nil, view.word(pieces, end - 1) == "for",
           let role = rolePhraseBackward(pieces, endingAt: end - 2) {
            return role
        }
        guard let last = pieces.at(end), isContentWord(last) else { return nil }
        // "the assessore for social policies, X", "the deputy mayor for urban planning, X": a field in lower case after
        // "for" (no name in it) is part of the title.
        if let role = roleWithLowerCaseField(pieces, endingAt: end) { return role }
        // "Ambassador Extraordinary and Plenipotentiary": the rank after the head is part of the title.
        if view.text(last) == "Plenipotentiary", view.word(pieces, end - 1) == "and", view.text(pieces.at(end - 2) ?? last) == "Extraordinary",
           let role = rolePhraseBackward(pieces, endingAt: end - 3) {
            return (role.start, view.text(pieces[role.start...end]), role.head)
        }
        // "Minister of State", "Secretary of State".
        if view.text(last) == "State", view.word(pieces, end - 1) == "of", let role = rolePhraseBackward(pieces, endingAt: end - 2),
           ["minister", "secretary"].contains(RoleWords.bare(role.head)) {
            return (role.start, view.text(pieces[role.start...end]), role.head)
        }
        var head = view.text(last)
        if ["general", "emeritus", "emerita"].contains(RoleWords.bare(head)), let previous = pieces.at(end - 1), isContentWord(previous),
           roles.isHead(view.text(previous)) {
            // "Consul General", "Secretary General", "Professor Emeritus": the head comes first.
            head = view.text(previous)
        } else if !roles.isHead(head) {
            return nil
        }
        var start = end
        while start - 1 >= 0, start - 1 > end - 5, isContentWord(pieces[start - 1]), roles.isModifier(view.text(pieces[start - 1])) {
            start -= 1
        }
        // "NAME, Labour Welfare Officer of ORG": capitalized field words of a capitalized title, set off by a comma or article.
        if view.tokens[pieces[end].tokens.lowerBound].isCapitalized {
            var field = start
            while field - 1 >= 0, field > start - 2, pieces[field - 1].mention == nil, isContentWord(pieces[field - 1]),
                  view.tokens[pieces[field - 1].tokens.lowerBound].isCapitalized,
                  lexicon.demonymCountries(view.text(pieces[field - 1])).isEmpty, lexicon.places(named: view.text(pieces[field - 1])).isEmpty { field -= 1 }
            if field < start, [",", "the", "a", "an", "("].contains(view.word(pieces, field - 1) ?? ",") { start = field }
        }
        // "who volunteers with": a verb, not a plural role.
        if start == end, ["who", "that"].contains(view.word(pieces, end - 1) ?? "") { return nil }
        // "a law student", "an economics student", "its refugee program director": lower-case nouns between an
        // article or possessive pronoun and the role name its field.
        // "NAME, settlement coordinator at ORG": the same in an apposition to a person.
        // "NAME, the station manager of ORG", "NAME, the Filipino chaplain of ORG": the same after "the" opening an
        // apposition, where a demonym may name the field too.
        let before = start - 3..<start
        let isAppositionComma = { (index: Int) in view.word(pieces, index) == "," && pieces.at(index - 1).flatMap({ view.entity($0, .person) }) != nil }
        let apposition = before.first(where: isAppositionComma)
        let definiteApposition = before.first(where: { view.word(pieces, $0) == "the" && isAppositionComma($0 - 1) })
        if let article = before.first(where: { ["a", "an", "its", "their", "our"].contains(view.word(pieces, $0) ?? "") }) ?? definiteApposition ?? apposition,
           pieces[(article + 1)..<start].allSatisfy({ isContentWord($0) && !(article == apposition && Self.quantifiers.contains(view.word($0) ?? ""))
                                                       && (view.tokens[$0.tokens.lowerBound].text.first?.isLowercase == true
                                                           || article == definiteApposition && $0.mention == nil && !lexicon.demonymCountries(view.text($0)).isEmpty) }) {
            start = article + 1
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

    /// "the échevine for equal opportunities", "the municipal councillor for heritage": a title, "for" and one to three
    /// lower-case words of its field, after "the" or a comma.
    private func roleWithLowerCaseField(_ pieces: [Piece], endingAt end: Int) -> (start: Int, text: String, head: String)? {
        var field = end
        while field > end - 3, let piece = pieces.at(field), piece.mention == nil, isContentWord(piece),
              view.text(piece).first?.isLowercase == true, view.word(pieces, field - 1) != "for" { field -= 1 }
        guard view.word(pieces, field - 1) == "for", let piece = pieces.at(field), piece.mention == nil, isContentWord(piece),
              view.text(piece).first?.isLowercase == true,
              let role = rolePhraseBackward(pieces, endingAt: field - 2), ["the", ","].contains(view.word(pieces, role.start - 1) ?? "") else { return nil }
        return (role.start, view.text(pieces[role.start...end]), role.head)
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
            // "the state's Ministry of …", "Germany's Foreign Office": the owner before the name.
            if let owner = pieces.at(cursor), view.entity(owner, .place) != nil || view.word(owner).map({ $0.first?.isLetter == true }) == true,
               let marker = pieces.at(cursor + 1), view.isPossessiveMarker(marker), pieces.at(cursor + 2).flatMap({ view.entity($0, .org) }) != nil {
                cursor += 2
            }
            var skipped = 0
            while let piece = pieces.at(cursor), skipped < 2, piece.mention == nil || view.type(ofMention: piece.mention!) == .place,
                  isOrgAdjective(piece) {
                cursor += 1
                skipped += 1
            }
            // "the Rotterdam-based logistics company ORG", "the human rights group ORG", "the Los Angeles law firm ORG": a
            // descriptor before the name, after lower-case words or a place.
            if let descriptor = (cursor..<min(pieces.count, cursor + 3)).first(where: { OrganizationNames.descriptorNouns.contains(view.word(pieces[$0]) ?? "") }),
               pieces[cursor..<descriptor].allSatisfy({ isContentWord($0) && view.text($0).first?.isLowercase == true || view.entity($0, .place) != nil }),
               pieces.at(descriptor + 1).flatMap({ view.entity($0, .org) }) != nil {
                cursor = descriptor + 1
            }
            cursor = nameAfterUnitModifiers(pieces, from: cursor)
            guard let piece = pieces.at(cursor), var org = view.entity(piece, .org) else { break }
            cursor += 1
            // "the Department of Caucasian Studies at ORG": a role in a named unit is held in its organisation.
            if isUnit(org), ["of", "at"].contains(view.word(pieces, cursor) ?? "") {
                let parent = view.word(pieces, cursor + 1) == "the" ? cursor + 2 : cursor + 1
                if let parentPiece = pieces.at(parent), let found = view.entity(parentPiece, .org) {
                    org = found
                    cursor = parent + 1
                }
            }
            orgs.append(org)
            cursor = skipTrailers(pieces, from: cursor)
            index = cursor
            // "and [the] ORG": the same role in another organisation.
            var next = cursor
            if view.word(pieces, next) == ",", view.word(pieces, next + 1) == "and" { next += 1 }
            guard view.word(pieces, next) == "and" else { break }
            let of = view.word(pieces, next + 1) == "of" ? next + 1 : next  // "chairman of A and of B"
            var after = of + 1
            if view.word(pieces, after) == "the" { after += 1 }
            guard let candidate = pieces.at(after), view.entity(candidate, .org) != nil,
                  !(pieces.at(after + 1).map { view.isPossessiveMarker($0) } ?? false),
                  rolePhraseForward(pieces, from: after + 1) == nil else { break }
            index = of + 1
        }
        return orgs.isEmpty ? nil : (orgs, index)
    }

    /// "the winning ORG team", "the new ORG youth choir": lower-case words that modify a unit written after the
    /// name; returns the piece of the name, or `start` when the phrase is not of that form.
    private func nameAfterUnitModifiers(_ pieces: [Piece], from start: Int) -> Int {
        var cursor = start
        while cursor < start + 2, let piece = pieces.at(cursor), isContentWord(piece), view.text(piece).first?.isLowercase == true { cursor += 1 }
        guard cursor > start, pieces.at(cursor).flatMap({ view.entity($0, .org) }) != nil,
              let unit = view.word(pieces, cursor + 1), Self.subUnitWords.contains(unit) || Self.bodyWords.contains(unit) else { return start }
        return cursor
    }

    /// An organisation named as a unit of another: "Department of Iranian Studies", "Diaspora Relations Department".
    private func isUnit(_ org: Int) -> Bool {
        view.analysis.entities[org].name.split(separator: " ").contains { OrganizationNames.unitHeads.contains($0.lowercased()) }
    }

    private func isOrgAdjective(_ piece: Piece) -> Bool {
        let text = view.text(piece).lowercased()
        return text.hasSuffix("-based") || Self.orgAdjectives.contains(text)
    }

    /// Skips "(ABC)", "in [the] PLACE", "at [the] ORG" (the host of a club or society: "the Kuwaiti Student Society at
    /// the Colorado School of Mines"), "under [the] ORG" (the body it answers to: "… Committee under the Cabinet of
    /// Ministers") and body words ("board", "youth committee") after an organisation.
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
            // "Association of Moldovans in Ireland "Dor"": a short name in quotation marks.
            if let mark = pieces.at(cursor), mark.mention == nil, view.tokens[mark.tokens.lowerBound].kind == .quote,
               let close = (cursor + 2..<min(pieces.count, cursor + 5)).first(where: { view.tokens[pieces[$0].tokens.lowerBound].kind == .quote }),
               pieces[(cursor + 1)..<close].allSatisfy({ view.tokens[$0.tokens.lowerBound].isCapitalized }) {
                cursor = close + 1
                progress = true
            }
            if let next = past("in", .place, pieces, at: cursor) ?? past("at", .org, pieces, at: cursor) ?? past("under", .org, pieces, at: cursor) {
                cursor = next
                progress = true
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

    /// The piece after "`word` [the] NAME" at `cursor`, the name of type `type`; nil where none stands there.
    private func past(_ word: String, _ type: EntityType, _ pieces: [Piece], at cursor: Int) -> Int? {
        guard view.word(pieces, cursor) == word else { return nil }
        var name = cursor + 1
        if view.word(pieces, name) == "the" { name += 1 }
        guard let piece = pieces.at(name), view.entity(piece, type) != nil else { return nil }
        return name + 1
    }

    /// "Consul General of PLACE [in PLACE]" → the named mission of those places, if the article names one.
    /// "Ambassador of PLACE to COUNTRY", "the Indonesian Ambassador to COUNTRY", "PLACE's ambassador to
    /// COUNTRY": the named mission of the sending country (by name or demonym) that lies in that country.
    private func namedMission(_ pieces: [Piece], preposition: Int, roleStart: Int, role: String) -> (org: Int, end: Int)? {
        var cursor = preposition
        var origins: [(text: String, entity: Int)] = []
        var hosts: [(text: String, entity: Int)] = []
        // Places after "in": where the diplomat serves ("Poland's ambassador in Vilnius").
        var seats: Set<Int> = []
        var end = preposition
        while origins.count + hosts.count < 3, let word = view.word(pieces, cursor), ["of", "in", "to", "at", "for", "from", "with"].contains(word) {
            guard cursor == preposition || ["of", "in", "to"].contains(word) else { break }
            var at = cursor + 1
            if view.word(pieces, at) == "the" { at += 1 }
            guard let piece = pieces.at(at), let place = view.entity(piece, .place) else { break }
            if word == "to" { hosts.append((view.text(piece), place)) } else { origins.append((view.text(piece), place)) }
            if word == "in" { seats.insert(origins.count - 1) }
            cursor = at + 1
            end = cursor
        }
        guard !origins.isEmpty || !hosts.isEmpty else { return nil }
        // The sending country named before the title: "Estonia's ambassador", "the Indonesian Ambassador".
        var demonym: String?
        if let before = pieces.at(roleStart - 1) {
            if view.isPossessiveMarker(before), let place = pieces.at(roleStart - 2), view.entity(place, .place) != nil {
                origins.append((view.text(place), view.entity(place, .place)!))
            } else if before.mention == nil, view.tokens[before.tokens.lowerBound].kind == .word, view.tokens[before.tokens.lowerBound].isCapitalized,
                      !["the", "a", "an"].contains(view.word(before) ?? "") {
                demonym = view.text(before)
            }
        }
        // "RA Ambassador to Argentina": a sending state written as an abbreviation the article's missions cannot be
        // matched with; no mission in Argentina of another state is his.
        if origins.isEmpty, demonym == nil, roleStart < preposition,
           pieces[roleStart..<preposition].contains(where: { view.text($0).count >= 2 && view.text($0).allSatisfy(\.isUppercase) }) { return nil }
        let missions = references.orgs(named: OrgReference.missionWords(forRole: role))
        let matching = missions.filter { org in
            let entity = view.analysis.entities[org]
            let names = ([entity.name] + entity.aliases).map { " " + NameKey.make($0) + " " }
            func named(_ place: String) -> Bool { names.contains { $0.containsLiterally(" " + NameKey.make(place) + " ") } }
            // A city of service matches a mission named after its country: "ambassador in Vilnius", "Embassy … in Lithuania".
            let sendingCodes = Set(origins.indices.filter { !seats.contains($0) }.compactMap { view.analysis.entities[origins[$0].entity].place?.countryCode })
            let namedCodes = Set(placesNamed(in: entity).compactMap(\.countryCode)).subtracting(sendingCodes)
            // A place written one way in the title and another in the name: "Consul General of the Republic of
            // Azerbaijan in Los Angeles" and "Consulate General of Azerbaijan in Los Angeles".
            func namedPlace(_ origin: (text: String, entity: Int)) -> Bool {
                named(origin.text) || lexicon.places(named: origin.text).first.map { named($0.name) } == true
            }
            guard origins.indices.allSatisfy({ namedPlace(origins[$0]) || seats.contains($0)
                    && view.analysis.entities[origins[$0].entity].place?.countryCode.map(namedCodes.contains) == true }) else { return false }
            if let demonym, !names.contains(where: { name in name.split(separator: " ").contains { sharesStem(String($0), demonym) } }) {
                return false
            }
            // "the Embassy of Georgia": a mission that names no place but its sending country may lie anywhere.
            let originCodes = Set(origins.compactMap { view.analysis.entities[$0.entity].place?.countryCode })
            let unlocated = !originCodes.isEmpty && placesNamed(in: entity).allSatisfy { $0.countryCode.map(originCodes.contains) ?? false }
            return hosts.allSatisfy { host in
                if named(host.text) || unlocated { return true }
                // Accredited to a country: the mission lies in that country.
                guard !origins.isEmpty || demonym != nil, let country = view.analysis.entities[host.entity].place,
                      country.kind == .country, let code = country.countryCode else { return false }
                return placesNamed(in: entity).contains { $0.countryCode == code }
            }
        }
        guard matching.count == 1, let org = matching.first else { return nil }
        return (org, end)
    }

    /// A demonym and a country name of the same stem: "Indonesian"/"Indonesia", "Ghanaian"/"Ghana".
    private func sharesStem(_ word: String, _ demonym: String) -> Bool {
        let a = Array(NameKey.make(word)), b = Array(NameKey.make(demonym))
        guard a.count >= 4, b.count >= 4 else { return false }
        var common = 0
        while common < min(a.count, b.count), a[common] == b[common] { common += 1 }
        return common >= min(5, a.count - 1)
    }

    /// Places of the article whose names stand inside an organisation's name.
    private func placesNamed(in org: AnalyzedEntity) -> [PlaceDetail] {
        let names = ([org.name] + org.aliases).map { " " + NameKey.make($0) + " " }
        return view.analysis.entities.compactMap { entity in
            guard entity.type == .place, let detail = entity.place else { return nil }
            let forms = ([entity.name] + entity.aliases).map { " " + NameKey.make($0) + " " }
            return forms.contains { form in names.contains { $0.containsLiterally(form) } } ? detail : nil
        }
    }

    // MARK: - Names around frames

    /// A list of names starting at `start`: "A", "A and B", "A, B and C". Returns entity indices and the end.
    func personList(_ pieces: [Piece], from start: Int) -> (persons: [Int], end: Int)? {
        guard let first = pieces.at(start), let person = view.entity(first, .person) else { return nil }
        var persons = [person]
        var cursor = start + 1
        while true {
            // "A (chair) and B (treasurer)": a role in brackets after a name that the list goes on from.
            if view.word(pieces, cursor) == "(", let close = (cursor + 2..<min(pieces.count, cursor + 6)).first(where: { view.word(pieces, $0) == ")" }),
               rolePhraseForward(pieces, from: cursor + 1)?.end == close, [",", "and"].contains(view.word(pieces, close + 1) ?? "") {
                cursor = close + 1
            }
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
            // "the embassy's deputy head of mission, NAME".
            let name = view.word(pieces, tail) == "," ? tail + 1 : tail
            if tail > cursor + 1, pieces.at(name).flatMap({ view.entity($0, .person) }) != nil { cursor = name }
        }
        cursor = skipPlaceList(pieces, from: cursor)
        if view.word(pieces, cursor) == ",", cursor < pieces.count { cursor += 1 }
        // "Its trustees are NAME and NAME", "the club's captain is NAME".
        if frame.orgFirst, ["is", "are", "was", "were"].contains(view.word(pieces, cursor) ?? "") { cursor += 1 }
        // "the chairman of the association, known by its acronym ABC, NAME"; "the chairman of CACENA, who is also
        // the head of the society, NAME".
        if ["known", "also", "better", "who"].contains(view.word(pieces, cursor) ?? ""),
           let comma = (cursor + 1..<min(pieces.count, cursor + 10)).first(where: { view.word(pieces[$0]) == "," }) {
            cursor = comma + 1
        }
        var titles = 0
        while titles < 4, let piece = pieces.at(cursor), piece.mention == nil,
              view.tokens[piece.tokens.lowerBound].kind == .word,
              roles.isModifier(view.text(piece)) || RoleWords.honorifics.contains(RoleWords.bare(view.text(piece))) {
            cursor += 1
            titles += 1
        }
        return personListWithPlaces(pieces, from: cursor)
    }

    /// "A in PLACE and B in PLACE" after a frame ("Associated Press writers A in Dhaka and B in Kuala Lumpur"),
    /// or a plain list of names.
    private func personListWithPlaces(_ pieces: [Piece], from start: Int) -> [Int]? {
        guard let list = personList(pieces, from: start) else { return nil }
        var persons = list.persons
        var cursor = list.end
        while view.word(pieces, cursor) == "in" {
            var place = cursor + 1
            if view.word(pieces, place) == "the" { place += 1 }
            guard let piece = pieces.at(place), view.entity(piece, .place) != nil else { break }
            var next = place + 1
            if view.word(pieces, next) == "," { next += 1 }
            if view.word(pieces, next) == "and" { next += 1 }
            guard next > place + 1, let more = personList(pieces, from: next) else { break }
            persons.append(contentsOf: more.persons.filter { !persons.contains($0) })
            cursor = more.end
        }
        return persons
    }

    /// Skips "in [the] PLACE[, PLACE] [and PLACE]" ("coordinators in Barcelona, Valencia and Murcia").
    private func skipPlaceList(_ pieces: [Piece], from start: Int) -> Int {
        guard ["in", "for", "from", "to"].contains(view.word(pieces, start) ?? "") else { return start }
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
        // "X, one of the founders of ORG", "X, one of the ORG's founders".
        if cursor >= 2, view.word(pieces, cursor) == "the", view.word(pieces, cursor - 1) == "of", view.word(pieces, cursor - 2) == "one" {
            cursor -= 3
        } else if cursor >= 1, view.word(pieces, cursor) == "of", view.word(pieces, cursor - 1) == "one" {
            cursor -= 2
        }
        var gap = 0
        var sawComma = false
        // "X, a pharmacist in Houston and treasurer of ORG": a second apposition joined by "and" (not a name right
        // before the "and" or ", and": "Professor X and representatives of ORG" lists others).
        let beforeAnd = view.word(pieces, cursor - 1) == "," ? cursor - 2 : cursor - 1
        let sawAnd = view.word(pieces, cursor) == "and" && pieces.at(beforeAnd).flatMap({ view.entity($0, .person) }) == nil
        if sawAnd { cursor -= 1 }
        while cursor >= 0, gap < 8, let word = view.word(pieces[cursor]),
              Self.linkingWords.contains(word) || word == "in" && view.word(pieces, cursor - 1) == "sworn" || isAge(pieces, cursor) {
            if word == "," { sawComma = true }
            cursor -= 1
            gap += 1
        }
        guard cursor >= 0 else { return nil }
        cursor = skipBackOverNoRelation(pieces, from: cursor)
        guard cursor >= 0 else { return nil }
        // "X has chaired ORG since 2019 and is also a lecturer at ORG": the subject of the first predicate.
        if gap > 0, view.word(pieces, cursor) == "and", pieces[(cursor + 1)..<start].contains(where: { ["is", "was", "has", "had", "serves", "became", "remains"].contains(view.word($0) ?? "") }),
           let subject = clauseSubject(pieces, before: cursor) ?? relativeClauseHead(pieces, before: cursor) {
            return [subject]
        }
        // "X from PLACE as the council's new president".
        if gap > 0, view.entity(pieces[cursor], .place) != nil, ["from", "in"].contains(view.word(pieces, cursor - 1) ?? ""),
           pieces.at(cursor - 2).flatMap({ view.entity($0, .person) }) != nil {
            cursor -= 2
        }
        // "X … sued Sankofa Press Ltd, the publisher of ORG": an apposition after the object of a verb describes the object.
        if sawComma, view.entity(pieces[cursor], .org) != nil, case let before = view.word(pieces, cursor - 1) == "the" ? cursor - 2 : cursor - 1,
           let verb = view.word(pieces, before), view.tokens[pieces[before].tokens.lowerBound].kind == .word,
           !view.tokens[pieces[before].tokens.lowerBound].isCapitalized, !verb.containsLiterally("-"), !roles.isHead(verb),
           !["of", "for", "at", "with", "in", "from", "to", "on", "by", "and", ",", "(", "'s", "’s"].contains(verb) {
            return nil
        }
        cursor = skipBackOverAffiliationTail(pieces, from: cursor)
        // "X, a linguist who moved to Finland in 2011, was elected …", "X, a law student from Cologne who is …",
        // "X, a pharmacist in Houston and treasurer of ORG": a description set off after the name.
        if cursor >= 0, view.entity(pieces[cursor], .person) == nil, sawComma || sawAnd || view.word(pieces, cursor + 1) == "who",
           let name = nameBeforeApposition(pieces, endingAt: cursor) {
            cursor = name
        }
        guard cursor >= 0, let list = personList(pieces, endingBefore: cursor + 1) else { return nil }
        // A name directly before an unannounced frame ("X chairman of") needs a comma or a linking verb.
        if gap == 0, cursor == start - 1 { return nil }
        return list.persons
    }

    /// The person a sentence opens with as its subject ("[Dr.] X has …", "She has …"), when no other name
    /// stands before `end` and a verb, not a comma, follows the name.
    private func clauseSubject(_ pieces: [Piece], before end: Int) -> Int? {
        guard let index = pieces[..<end].firstIndex(where: { view.entity($0, .person) != nil }), index <= 2,
              !pieces[(index + 1)..<end].contains(where: { view.entity($0, .person) != nil }),
              let next = view.word(pieces, index + 1), next != ",", next != "and", next != "(",
              pieces[..<index].allSatisfy({ piece in view.word(piece).map { RoleWords.honorifics.contains(RoleWords.bare($0)) || ["dr", "prof", "professor"].contains(RoleWords.bare($0)) } ?? false })
        else { return nil }
        return view.entity(pieces[index], .person)
    }

    /// "X, a violinist who trained in Yerevan and is now …": the person a relative clause opened before `end`
    /// describes (its "who" within 20 pieces, no other name between).
    private func relativeClauseHead(_ pieces: [Piece], before end: Int) -> Int? {
        var cursor = end - 1
        while cursor > max(0, end - 20) {
            let piece = pieces[cursor]
            if view.entity(piece, .person) != nil { return nil }
            if let word = view.word(piece), [";", ":", ".", "and"].contains(word) { return nil }
            if view.word(piece) == "who" {
                if view.word(pieces, cursor - 1) == ",", let person = pieces.at(cursor - 2).flatMap({ view.entity($0, .person) }) { return person }
                return nameBeforeApposition(pieces, endingAt: cursor - 1).flatMap { view.entity(pieces[$0], .person) }
            }
            cursor -= 1
        }
        return nil
    }

    /// The name a description ending at piece `end` describes: "NAME, [AGE,] a/an …" or "NAME, chairman of …" with
    /// no other name, clause end or quotation inside (at most 30 pieces).
    private func nameBeforeApposition(_ pieces: [Piece], endingAt end: Int) -> Int? {
        var cursor = end
        while cursor > max(0, end - 30) {
            let piece = pieces[cursor]
            if view.entity(piece, .person) != nil { return nil }
            if let word = view.word(piece), [";", ":", ".", "!", "?"].contains(word) || view.tokens[piece.tokens.lowerBound].kind == .quote {
                return nil
            }
            if view.word(piece) == ",", ["a", "an"].contains(view.word(pieces, cursor + 1) ?? "") || isAge(pieces, cursor + 1)
                || rolePhraseForward(pieces, from: cursor + 1) != nil || isNoRelation(pieces, cursor + 1) {
                let name = skipBackOverAffiliationTail(pieces, from: cursor - 1)
                if name >= 0, view.entity(pieces[name], .person) != nil { return name }
            }
            cursor -= 1
        }
        return nil
    }

    /// Whether "no relation" starts at piece `index`.
    private func isNoRelation(_ pieces: [Piece], _ index: Int) -> Bool {
        view.word(pieces, index) == "no" && view.word(pieces, index + 1) == "relation"
    }

    /// "Sultana Begum, no relation to Rashida, a caseworker with ORG", "Efua Boateng, no relation, is …": from the last
    /// piece of such an aside back to the name before it; other pieces are returned as is.
    private func skipBackOverNoRelation(_ pieces: [Piece], from end: Int) -> Int {
        var start = end
        if view.word(pieces, start) == ",", start >= 1 { start -= 1 }
        if view.entity(pieces[start], .person) != nil, start >= 2, view.word(pieces, start - 1) == "to" { start -= 2 }
        guard start >= 2, view.word(pieces, start) == "relation", isNoRelation(pieces, start - 1), view.word(pieces, start - 2) == "," else { return end }
        return start - 3
    }

    /// An age set off by commas after a name: "Zhunusov, 46, a surgeon".
    private func isAge(_ pieces: [Piece], _ index: Int) -> Bool {
        guard let piece = pieces.at(index), piece.mention == nil, view.tokens[piece.tokens.lowerBound].kind == .number,
              view.text(piece).count <= 3 else { return false }
        return view.word(pieces, index - 1) == "," && view.word(pieces, index + 1) == ","
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
               view.word(pieces, list.end + 2) == ")", !Self.isPartyStateTag(view.text(piece)) {
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

    /// "(D-MO)", "(R-Texas)": a legislator's party and state, not an organisation he speaks for.
    static func isPartyStateTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 1, parts[0].allSatisfy({ $0.isUppercase }), !parts[1].isEmpty else { return false }
        return parts[1].first!.isUppercase && parts[1].count <= 14
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
                cursor = skipDescription(pieces, from: cursor + 1)
                sawComma = true
            }
            if view.word(pieces, cursor) == "who", cursor < pieces.count {
                guard sawComma else { continue }
                cursor += 1
            } else if sawComma, let main = predicateAfterApposition(pieces, from: cursor) {
                // "X, a lecturer at ORG, has taught history at the school": the sentence's own verb after the apposition.
                cursor = main
            } else if sawComma, !(view.word(pieces, cursor).map { $0.hasSuffix("ing") && (Self.officeVerbs[$0] != nil || Self.speakingForVerbs.contains($0)) } ?? false) {
                // After a comma only a relative clause or a participle ("X, representing ORG,") states an office.
                continue
            }
            while let word = view.word(pieces, cursor), cursor < pieces.count,
                  ["also", "now", "currently", "still", "already", "has", "had", "once", "previously", "formerly", "later", "will"].contains(word) {
                cursor += 1
            }
            guard let verbPiece = pieces.at(cursor), let verb = view.word(verbPiece) else { continue }
            if Self.speakingForVerbs.contains(verb) {
                for org in organisationsSpokenFor(pieces, verb: cursor) {
                    for person in list.persons { add(person: person, org: org, role: nil, sentence: sentence) }
                }
                continue
            }
            guard Self.officeVerbs[verb] != nil else { continue }
            for verbIndex in [cursor] + coordinatedOfficeVerbs(pieces, after: cursor) {
                guard let office = officeVerbObject(pieces, verb: verbIndex) else { continue }
                for person in list.persons { add(person: person, org: office.org, role: office.role, sentence: sentence) }
            }
        }
    }

    /// The organisation an office verb at piece `verb` governs and the role the verb implies: "heads ORG",
    /// "teaches at ORG", "has taught history at the school", "teaches Korean language courses at ORG" (the
    /// subject taught, up to three words, before the particle).
    private func officeVerbObject(_ pieces: [Piece], verb: Int) -> (org: Int, role: String)? {
        guard let word = view.word(pieces, verb), let role = Self.officeVerbs[word] else { return nil }
        var cursor = verb + 1
        // "volunteers as an interpreter for ORG", "works as a lawyer with ORG": the role written after "as".
        if view.word(pieces, cursor) == "as" {
            let start = ["a", "an", "the"].contains(view.word(pieces, cursor + 1) ?? "") ? cursor + 2 : cursor + 1
            guard let written = rolePhraseForward(pieces, from: start), let particle = view.word(pieces, written.end),
                  Self.verbParticles.contains(particle) || particle == "of" else { return nil }
            return orgObject(pieces, from: written.end + 1).map { ($0, written.text) }
        }
        // "heads the list of ORG", "leads the electoral list of ORG": a party's list is the party's; so is a body of an
        // organisation ("chairs the board of ORG", "heads the youth committee of ORG").
        if view.word(pieces, cursor) == "the",
           let list = (cursor..<min(pieces.count, cursor + 4)).first(where: { view.word(pieces, $0).map { $0 == "list" || Self.bodyWords.contains($0) } ?? false }),
           view.word(pieces, list + 1) == "of" {
            return orgObject(pieces, from: list + 2).map { ($0, role) }
        }
        var object = cursor
        while object < cursor + 3, let piece = pieces.at(object), isContentWord(piece) || view.entity(piece, .place) != nil,
              !Self.verbParticles.contains(view.word(piece) ?? "") {
            object += 1
        }
        if object > cursor, ["at", "in"].contains(view.word(pieces, object) ?? "") { cursor = object }
        if let particle = view.word(pieces, cursor), cursor < pieces.count, Self.verbParticles.contains(particle) { cursor += 1 }
        return orgObject(pieces, from: cursor).map { ($0, role) }
    }

    /// The organisations after a verb of speech at piece `verb` and "for" or "on behalf of [both]": "speaks for ORG",
    /// "spoke on behalf of both A and B". None without those words ("spoke at ORG" is where, not for whom).
    private func organisationsSpokenFor(_ pieces: [Piece], verb: Int) -> [Int] {
        var cursor = verb + 1
        if view.word(pieces, cursor) == "for" {
            cursor += 1
        } else if view.word(pieces, cursor) == "on", view.word(pieces, cursor + 1) == "behalf", view.word(pieces, cursor + 2) == "of" {
            cursor += 3
        } else {
            return []
        }
        if view.word(pieces, cursor) == "both" { cursor += 1 }
        return orgChain(pieces, from: cursor)?.orgs ?? []
    }

    /// Further office verbs of the same subject after the one at piece `verb`: "who runs the school and heads
    /// ORG", "chairs A and also lectures at B". The clause ends at a comma, a clause word or another name.
    private func coordinatedOfficeVerbs(_ pieces: [Piece], after verb: Int) -> [Int] {
        var verbs: [Int] = []
        var cursor = verb + 1
        while cursor < min(pieces.count, verb + 12) {
            let piece = pieces[cursor]
            if view.entity(piece, .person) != nil || view.tokens[piece.tokens.lowerBound].kind == .quote { break }
            if let word = view.word(piece), [",", ";", ".", ":", "who", "which", "but", "while"].contains(word) { break }
            if view.word(piece) == "and" {
                var next = cursor + 1
                if ["also", "now", "currently"].contains(view.word(pieces, next) ?? "") { next += 1 }
                if let word = view.word(pieces, next), Self.officeVerbs[word] != nil {
                    verbs.append(next)
                    cursor = next
                }
            }
            cursor += 1
        }
        return verbs
    }

    /// "a lecturer in … at ORG, has taught …": an apposition opened by "a/an/the" or a role after "NAME," and closed
    /// by a comma before an auxiliary; returns the piece of the auxiliary. No other name, clause end or quotation inside.
    private func predicateAfterApposition(_ pieces: [Piece], from start: Int) -> Int? {
        // "a lecturer …", "the head of …", "senior lecturer in nursing at ORG": an apposition, not a list of names.
        guard let first = pieces.at(start), let word = view.word(first),
              ["a", "an", "the"].contains(word) || isContentWord(first) && roles.isModifierLike(view.text(first)) else { return nil }
        var cursor = start + 1
        while cursor < min(pieces.count, start + 25) {
            let piece = pieces[cursor]
            if view.entity(piece, .person) != nil || view.tokens[piece.tokens.lowerBound].kind == .quote { return nil }
            if let word = view.word(piece), [";", ":", ".", "who", "which"].contains(word) { return nil }
            if view.word(piece) == "," {
                return ["has", "had", "is", "was", "also", "now", "currently", "still"].contains(view.word(pieces, cursor + 1) ?? "") ? cursor + 1 : nil
            }
            cursor += 1
        }
        return nil
    }

    /// After "NAME,": skips an age ("58,") and a short description that a relative clause follows ("a
    /// Bankstown GP who founded ORG", "a nurse in Alicante who chairs ORG"); returns the piece after the age when no
    /// "who" follows a description.
    private func skipDescription(_ pieces: [Piece], from start: Int) -> Int {
        let cursor = isAge(pieces, start) ? start + 2 : start
        guard ["a", "an"].contains(view.word(pieces, cursor) ?? "") else { return cursor }
        var end = cursor + 1
        while end < cursor + 7, let piece = pieces.at(end), isContentWord(piece) || view.entity(piece, .place) != nil
                || ["in", "from"].contains(view.word(piece) ?? "") && pieces.at(end + 1).flatMap({ view.entity($0, .place) }) != nil { end += 1 }
        return end > cursor + 1 && view.word(pieces, end) == "who" ? end : cursor
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
        guard view.word(pieces, start) == "the" else { return nil }
        // "the Dearborn-based chamber", "the Māngere congregation".
        var nounIndex = start + 1
        if let between = pieces.at(nounIndex), view.entity(between, .place) != nil || (view.word(between).map { $0.hasSuffix("-based") } ?? false) {
            nounIndex += 1
        }
        guard let nounPiece = pieces.at(nounIndex), let noun = view.word(nounPiece), references.isOrgNoun(noun) else { return nil }
        let next = view.word(pieces, nounIndex + 1) ?? (nounIndex + 1 >= pieces.count ? "." : "#")
        // "Consul of the Embassy NAME": agency style runs the title on into the name.
        let nameFollows = pieces.at(nounIndex + 1).flatMap { view.entity($0, .person) } != nil
        guard nameFollows || [".", ",", ";", "since", "in", "and", "for", "from", "until", "at", "who", "which", ")"].contains(next),
              let org = references.resolve(noun: noun, before: nounPiece.tokens.lowerBound) else { return nil }
        return (org, nounIndex + 1)
    }

    /// A body word within a few plain words from `start`: "women's council", "cultural heritage committee".
    private func bodyAfterModifiers(_ pieces: [Piece], from start: Int) -> Bool {
        var index = start
        while index < start + 4, let piece = pieces.at(index), let word = view.word(piece) {
            if Self.bodyWords.contains(word) { return true }
            guard isContentWord(piece) || view.isPossessiveMarker(piece) else { return false }
            index += 1
        }
        return false
    }

    /// The organisation an office verb governs: "[the] [X-based] ORG", "the university's ORG", "the Berlin office of ORG",
    /// "its youth wing", "the consulate".
    private func orgObject(_ pieces: [Piece], from start: Int) -> Int? {
        if let chain = orgChain(pieces, from: start) { return chain.orgs.first }
        // "heads the Berlin office of ORG", "leads its youth wing": a unit of the organisation.
        if let unit = subUnitOrganisation(pieces, from: start) { return unit.org }
        var cursor = start
        guard view.word(pieces, cursor) == "the", cursor < pieces.count else { return nil }
        cursor += 1
        guard let nounPiece = pieces.at(cursor), view.word(nounPiece) != nil else { return orgNounReference(pieces, from: start)?.org }
        // "the university's Centre for Diaspora Studies"
        if let marker = pieces.at(cursor + 1), view.isPossessiveMarker(marker), let piece = pieces.at(cursor + 2), let org = view.entity(piece, .org) {
            return org
        }
        // "the council's cultural committee", "the autonomy's women's council": a body of the organisation named before.
        if let marker = pieces.at(cursor + 1), view.isPossessiveMarker(marker), let noun = view.word(nounPiece), references.isOrgNoun(noun),
           let body = pieces.at(cursor + 2), view.word(body) != nil, roles.isModifierLike(view.text(body)) || bodyAfterModifiers(pieces, from: cursor + 2) {
            return references.resolve(noun: noun, before: nounPiece.tokens.lowerBound)
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

    /// Verbs of office whose passive has the organisation as its subject: "ORG is headed by X".
    static let passiveOfficeVerbs: WordSet = ["headed", "led", "chaired", "directed", "run", "managed", "coordinated"]

    /// "The association's youth wing is headed by X", "ORG was led by its president X": an organisation, one
    /// of its bodies, "the NOUN" or "its" as the subject of a passive verb of office.
    private mutating func passiveOffice(_ pieces: [Piece], _ sentence: Int) {
        let auxiliaries: Set<String> = ["is", "was", "are", "were", "been", "be", "has", "have", "had", "will", "now", "currently", "still"]
        for (index, piece) in pieces.enumerated() {
            guard let verb = view.word(piece), Self.passiveOfficeVerbs.contains(verb), let role = Self.officeVerbs[verb],
                  view.word(pieces, index + 1) == "by", auxiliaries.contains(view.word(pieces, index - 1) ?? "") else { continue }
            var cursor = index - 1
            while let word = view.word(pieces, cursor), auxiliaries.contains(word) { cursor -= 1 }
            while let word = view.word(pieces, cursor), Self.bodyWords.contains(word) { cursor -= 1 }
            guard let org = subjectOrganisation(pieces, endingAt: cursor) else { continue }
            linkAgents(pieces, from: index + 2, org: org, impliedRole: role, sentence)
        }
    }

    /// The names after "by" of a passive of office, with the title written before them ("led by its president
    /// X", "chaired by Mrs. X") or else the role the verb implies ("headed by businessman X", "led by
    /// Trinidad-born designer X": an occupation, not the office).
    private mutating func linkAgents(_ pieces: [Piece], from start: Int, org: Int, impliedRole: String, _ sentence: Int) {
        var name = start
        var title = impliedRole
        if let written = rolePhraseForward(pieces, from: name), pieces.at(afterAddresses(pieces, from: written.end)).flatMap({ view.entity($0, .person) }) != nil {
            name = written.end
            title = written.text
        } else {
            name = occupationEnd(pieces, from: name)
        }
        guard let list = personList(pieces, from: afterAddresses(pieces, from: name)) else { return }
        for person in list.persons { add(person: person, org: org, role: title, sentence: sentence) }
    }

    /// The piece after the forms of address at `start` ("Mrs.", "Rev.", "Ratu"), at most two.
    private func afterAddresses(_ pieces: [Piece], from start: Int) -> Int {
        var cursor = start
        while cursor < start + 2, let word = view.word(pieces, cursor), roles.isAddress(word) { cursor += 1 }
        return cursor
    }

    /// The piece after an occupation written in lower case before a name, with its modifiers ("businessman",
    /// "veteran organiser", "24-year-old accountant", "Trinidad-born designer"), or `start` where none stands
    /// before a name.
    private func occupationEnd(_ pieces: [Piece], from start: Int) -> Int {
        var cursor = start
        var noun: Int?
        while cursor < start + 5, let piece = pieces.at(cursor) {
            let token = view.tokens[piece.tokens.lowerBound]
            if piece.mention == nil, isContentWord(piece), token.text.first?.isLowercase == true {
                noun = cursor
            } else if !(token.kind == .number || isCompoundModifier(token.text)) {
                break
            }
            cursor += 1
        }
        guard let noun, pieces.at(afterAddresses(pieces, from: noun + 1)).flatMap({ view.entity($0, .person) }) != nil else { return start }
        return noun + 1
    }

    /// "Trinidad-born", "London-based", "24-year-old": a hyphenated modifier whose last part is written in lower case.
    private func isCompoundModifier(_ word: String) -> Bool {
        guard let hyphen = word.lastIndex(of: "-") else { return false }
        return word[word.index(after: hyphen)...].first?.isLowercase == true
    }

    /// The organisation a subject ending at `end` names: "ORG [(ABC)]", "ORG's", "the NOUN['s]", "its".
    private func subjectOrganisation(_ pieces: [Piece], endingAt end: Int) -> Int? {
        var cursor = end
        if let marker = pieces.at(cursor), view.isPossessiveMarker(marker) { cursor -= 1 }
        if let org = hostOrganisation(pieces, before: cursor + 1) { return org }
        guard let piece = pieces.at(cursor), let word = view.word(piece) else { return nil }
        if ["its", "their"].contains(word) { return references.resolvePossessivePronoun(before: piece.tokens.lowerBound) }
        guard view.word(pieces, cursor - 1) == "the" else { return nil }
        return references.resolveOrgNoun(word, at: piece.tokens.lowerBound)
    }

    /// "The choir, led by conductor X", "the Sunday school of ORG, led by teacher X", "the center's dance ensemble,
    /// headed by X": a reduced relative of a verb of office after an organisation or one of its units, set off
    /// by a comma. Without the comma only a capitalized title names the office: "a delegation of ORG headed by
    /// Deputy Minister X".
    private mutating func ledBy(_ pieces: [Piece], _ sentence: Int) {
        for (index, piece) in pieces.enumerated() {
            guard let verb = view.word(piece), Self.passiveOfficeVerbs.contains(verb), let implied = Self.officeVerbs[verb],
                  view.word(pieces, index + 1) == "by" else { continue }
            if view.word(pieces, index - 1) == ",", let org = hostOrganisation(pieces, before: index - 1) ?? unitOwner(pieces, endingAt: index - 2) {
                linkAgents(pieces, from: index + 2, org: org, impliedRole: implied, sentence)
            } else if let org = hostOrganisation(pieces, before: index), let title = pieces.at(index + 2),
                      view.tokens[title.tokens.lowerBound].isCapitalized, rolePhraseForward(pieces, from: index + 2) != nil {
                linkAgents(pieces, from: index + 2, org: org, impliedRole: implied, sentence)
            }
        }
    }

    /// A unit of an organisation written in lower case after the role it is held in: "[the] regional branch of
    /// [the] ORG", "the department for compatriots at ORG", "the union's methodological council", "its youth
    /// wing". Returns the organisation and the piece after the phrase.
    func subUnitOrganisation(_ pieces: [Piece], from start: Int) -> (org: Int, end: Int)? {
        var cursor = start
        guard let first = view.word(pieces, cursor) else { return nil }
        var owner: Int?
        if ["its", "their"].contains(first) {
            owner = references.resolvePossessivePronoun(before: pieces[cursor].tokens.lowerBound)
            guard owner != nil else { return nil }
            cursor += 1
        } else if ["the", "a", "an"].contains(first) {
            cursor += 1
            // "the union's …", "the ORG's …".
            if let marker = pieces.at(cursor + 1), view.isPossessiveMarker(marker), let nounPiece = pieces.at(cursor) {
                if let org = view.entity(nounPiece, .org) {
                    owner = org
                } else if let noun = view.word(nounPiece), references.isOrgNoun(noun) {
                    guard let org = references.resolve(noun: noun, before: nounPiece.tokens.lowerBound) else { return nil }
                    owner = org
                } else {
                    return nil
                }
                cursor += 2
            }
        } else {
            return nil
        }
        // Modifiers, then the unit noun: "regional branch", "Belgrade city board", "children's dance ensemble".
        var unit: Int?
        var scan = cursor
        while scan < cursor + 5, let piece = pieces.at(scan) {
            if let word = view.word(piece), Self.subUnitWords.contains(word) { unit = scan }
            let isModifier = isContentWord(piece) || view.entity(piece, .place) != nil
                || (view.isPossessiveMarker(piece) && scan > cursor && isContentWord(pieces[scan - 1]))
            guard isModifier else { break }
            scan += 1
        }
        guard let unit else { return nil }
        // A unit with the field it covers, named in capitals or not: "the Faculty of Oriental Studies of ORG", "the
        // faculty of law of ORG", "the Chair of Methods of Teaching the Tajik Language of the university".
        if owner == nil, ["for", "of"].contains(view.word(pieces, unit + 1) ?? ""), let named = namedUnitOwner(pieces, fieldFrom: unit + 2) {
            return named
        }
        // "chairman of the board of ORG" keeps its body in the role (`roleOfBody`).
        if owner == nil, unit == cursor, Self.bodyWords.contains(view.word(pieces[unit]) ?? ""), view.word(pieces, unit + 1) == "of" { return nil }
        // "head of the Central Asia desk at ORG" keeps its unit in the role (`roleWithField`).
        if owner == nil, view.word(pieces, unit + 1) == "at" { return nil }
        // A unit noun with the field it covers: "the department for compatriots", "the office of public affairs".
        var after = unit + 1
        if ["for", "of", "on"].contains(view.word(pieces, after) ?? "") {
            var field = after + 1
            while field < after + 4, let piece = pieces.at(field), isContentWord(piece), view.text(piece).first?.isLowercase == true { field += 1 }
            if field > after + 1, ["of", "at"].contains(view.word(pieces, field) ?? "") { after = field }
        }
        if let owner {
            // "the union's council of elders" is still the union's.
            return (owner, after == unit + 1 ? unit + 1 : after)
        }
        guard ["of", "at"].contains(view.word(pieces, after) ?? ""), let chain = orgChain(pieces, from: after + 1), chain.orgs.count == 1 else { return nil }
        return (chain.orgs[0], chain.end)
    }

    /// The organisation after the capitalized field of a unit's name, from `start` (after the unit's "of"/"for"): up to
    /// eight words of the field, then "of"/"at" and an organisation's name or "the" and its noun ("of the university").
    private func namedUnitOwner(_ pieces: [Piece], fieldFrom start: Int) -> (org: Int, end: Int)? {
        var cursor = start
        while cursor < start + 9, let piece = pieces.at(cursor) {
            let word = view.word(piece) ?? "#"
            if cursor > start, ["of", "at"].contains(word) {
                if let chain = orgChain(pieces, from: cursor + 1), chain.orgs.count == 1 { return (chain.orgs[0], chain.end) }
                if let reference = orgNounReference(pieces, from: cursor + 1) { return reference }
            }
            guard piece.mention == nil && (isContentWord(piece) || ["and", "of", "the", "&"].contains(word)) || view.entity(piece, .place) != nil else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The organisation that owns a unit named by the phrase ending at piece `end`: "the center's children's
    /// dance ensemble", "its youth wing", "the ORG youth choir".
    func unitOwner(_ pieces: [Piece], endingAt end: Int) -> Int? {
        guard let last = view.word(pieces, end), Self.subUnitWords.contains(last) else { return nil }
        var cursor = end - 1
        while cursor > end - 6, let piece = pieces.at(cursor) {
            if let org = view.entity(piece, .org) { return org }
            if let word = view.word(piece), ["its", "their"].contains(word) {
                return references.resolvePossessivePronoun(before: piece.tokens.lowerBound)
            }
            if view.isPossessiveMarker(piece), let ownerPiece = pieces.at(cursor - 1) {
                if let org = view.entity(ownerPiece, .org) { return org }
                if let noun = view.word(ownerPiece), references.isOrgNoun(noun), view.word(pieces, cursor - 2) == "the" {
                    return references.resolve(noun: noun, before: ownerPiece.tokens.lowerBound)
                }
                cursor -= 1
                continue
            }
            guard isContentWord(piece) || view.entity(piece, .place) != nil else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// "X, 49, was elected on Sept. 3 by delegates of ORG": elected by an organisation's members to an office in it.
    private mutating func electedByMembers(_ pieces: [Piece], _ sentence: Int) {
        for (index, piece) in pieces.enumerated() where ["elected", "re-elected"].contains(view.word(piece) ?? "") {
            guard let by = (index + 1..<min(pieces.count, index + 7)).first(where: { view.word(pieces[$0]) == "by" }),
                  !pieces[(index + 1)..<by].contains(where: { $0.mention != nil && view.type(ofMention: $0.mention!) != .date }) else { continue }
            var cursor = by + 1
            if view.word(pieces, cursor) == "the" { cursor += 1 }
            while let word = view.word(pieces, cursor), cursor < by + 4, ["general", "annual", "its"].contains(word) { cursor += 1 }
            guard ["delegates", "members", "membership", "assembly", "congress", "board", "council"].contains(view.word(pieces, cursor) ?? ""),
                  view.word(pieces, cursor + 1) == "of", let chain = orgChain(pieces, from: cursor + 2), chain.orgs.count == 1 else { continue }
            // The subject: a name at the start of the clause, across an apposition and "was/has been".
            var back = index - 1
            while back >= 0, let word = view.word(pieces[back]), ["was", "is", "has", "had", "been", "be", "will", "unanimously", "newly"].contains(word) { back -= 1 }
            if view.word(pieces, back) == ",", let open = (max(0, back - 8)..<back).reversed().first(where: { view.word(pieces[$0]) == "," }) {
                back = open - 1
            }
            guard let personPiece = pieces.at(back), let person = view.entity(personPiece, .person) else { continue }
            add(person: person, org: chain.orgs[0], role: nil, sentence: sentence)
        }
    }

    /// "ORG, which on Saturday elected a new president, X", "The council appointed its first director, X": the
    /// organisation that elects or appoints, the nearest named before the verb, gives the office to the name after.
    private mutating func organisationElects(_ pieces: [Piece], _ sentence: Int) {
        for (index, piece) in pieces.enumerated() where Self.electingVerbs.contains(view.word(piece) ?? "") {
            guard !["was", "were", "been", "be", "is", "are"].contains(view.word(pieces, index - 1) ?? ""),
                  let orgPiece = pieces[..<index].last(where: { view.entity($0, .org) != nil }),
                  let org = view.entity(orgPiece, .org) else { continue }
            var roleStart = index + 1
            while let word = view.word(pieces, roleStart), ["a", "an", "its", "their", "the", "new", "first"].contains(word), roleStart < index + 4 { roleStart += 1 }
            guard roleStart > index + 1, let role = rolePhraseForward(pieces, from: roleStart), view.word(pieces, role.end) == ",",
                  let person = pieces.at(role.end + 1).flatMap({ view.entity($0, .person) }) else { continue }
            add(person: person, org: org, role: role.text, sentence: sentence)
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

    /// "X was elected chairwoman.", "A, B and C of ORG were elected deputy chairpersons", "X became secretary": an
    /// office taken in an election the article reports, with no organisation after the role, is an office in the
    /// organisation the article is about; so are the offices listed after it with the verb left out (", Y general
    /// secretary and Z treasurer"). Public and diplomatic offices ("was elected mayor") are not.
    private mutating func electedWithoutOrganisation(_ pieces: [Piece], _ sentence: Int) {
        for (index, piece) in pieces.enumerated() {
            guard let word = view.word(piece), Self.electionVerbs.contains(word),
                  word == "became" || ["was", "were", "been"].contains(view.word(pieces, index - 1) ?? "") else { continue }
            var roleStart = index + 1
            while let next = view.word(pieces, roleStart), ["as", "the", "its", "their", "new"].contains(next), roleStart < index + 3 { roleStart += 1 }
            guard let role = rolePhraseForward(pieces, from: roleStart),
                  Self.electionRoleEnds.contains(view.word(pieces, role.end) ?? "."), !isPublicOffice(role.text),
                  let persons = personsBefore(roleStart, in: pieces), let org = references.mainOrganisation() else { continue }
            for person in persons { add(person: person, org: org, role: role.text, sentence: sentence) }
            // "X was elected senior vice president, Y general secretary and Z finance secretary": the verb left out, each
            // further name and office of the same election.
            var cursor = role.end
            while [",", "and"].contains(view.word(pieces, cursor) ?? "") {
                cursor += 1
                if view.word(pieces, cursor) == "and" { cursor += 1 }
                guard let person = pieces.at(cursor).flatMap({ view.entity($0, .person) }),
                      let office = rolePhraseForward(pieces, from: cursor + 1), !isPublicOffice(office.text),
                      Self.electionRoleEnds.contains(view.word(pieces, office.end) ?? ".") else { break }
                add(person: person, org: org, role: office.text, sentence: sentence)
                cursor = office.end
            }
        }
    }

    /// "[ORG] also elected the rest of the board: A as deputy chairwoman, B as secretary and C as treasurer": each
    /// name "as" a role after a verb of election, in the organisation named before the verb, else the one the article
    /// is about (not for public or diplomatic offices); one name where the organisation is the verb's subject.
    private mutating func electedAsList(_ pieces: [Piece], _ sentence: Int) {
        guard let verb = pieces.indices.first(where: { Self.electingVerbs.contains(view.word(pieces[$0]) ?? "") }),
              !["was", "were", "been", "be", "is", "are"].contains(view.word(pieces, verb - 1) ?? "") else { return }
        // The names start within a few words of the verb ("the rest of the board :").
        guard var cursor = ((verb + 1)..<min(pieces.count, verb + 9)).first(where: { view.entity(pieces[$0], .person) != nil }),
              !pieces[(verb + 1)..<cursor].contains(where: { $0.mention != nil }) else { return }
        var found: [(person: Int, role: String)] = []
        while let person = pieces.at(cursor).flatMap({ view.entity($0, .person) }), view.word(pieces, cursor + 1) == "as",
              let role = rolePhraseForward(pieces, from: cursor + 2) {
            found.append((person, role.text))
            cursor = role.end
            // "head of the youth wing": the unit the office is held in belongs to the role's organisation.
            if view.word(pieces, cursor) == "of", view.word(pieces, cursor + 1) == "the", let unit = view.word(pieces, cursor + 2),
               Self.bodyWords.contains(unit) || Self.subUnitWords.contains(unit) {
                cursor += 3
                while let word = view.word(pieces, cursor), pieces[cursor].mention == nil, Self.bodyWords.contains(word) || Self.subUnitWords.contains(word) { cursor += 1 }
            }
            if view.word(pieces, cursor) == "," { cursor += 1 }
            if view.word(pieces, cursor) == "and" { cursor += 1 }
        }
        let named = pieces[..<verb].compactMap { self.view.entity($0, .org) }.last
        // One name is enough where the organisation is the verb's subject: "Atlântida Airlines named X as Country Manager".
        let subject = verb >= 1 && view.entity(pieces[verb - 1], .org) != nil
            || verb >= 2 && ["has", "have", "also", "today"].contains(view.word(pieces, verb - 1) ?? "") && view.entity(pieces[verb - 2], .org) != nil
        guard found.count >= 2 || subject && named != nil else { return }
        for (person, role) in found {
            guard let org = named ?? (isPublicOffice(role) ? nil : references.mainOrganisation()) else { continue }
            add(person: person, org: org, role: role, sentence: sentence)
        }
    }

    /// Whether a role phrase names a public or diplomatic office ("was elected mayor", "as consul"), never one in
    /// the organisation an article is about.
    private func isPublicOffice(_ role: String) -> Bool {
        let head = RoleWords.singular(RoleWords.bare(String(role.split(separator: " ").last ?? "")))
        return roles.isDiplomatic(head) || Self.publicOffices.contains(head)
    }

    private static let electionVerbs: WordSet = ["elected", "re-elected", "appointed", "named", "chosen", "became"]
    /// Verbs of an electing body or its members, in the active voice: "ORG elected A as …".
    private static let electingVerbs: WordSet = ["elected", "re-elected", "appointed", "named", "chose"]
    /// What may follow the role of such an election: the sentence or clause ends ("…, while", "for a term").
    private static let electionRoleEnds: WordSet = [".", ",", ";", "for", "while", "and", "unanimously", "until"]
    /// Offices held in public bodies, never in the organisation an article is about.
    private static let publicOffices: WordSet = [
        "mayor", "governor", "senator", "mp", "deputy", "minister", "councillor", "councilor", "ombudsman", "judge", "prosecutor",
    ]

    /// "The new board also includes first vice president A and treasurer B", "Other officers elected were
    /// general secretary A and treasurer B", "Also elected were …": office holders listed after a body that
    /// "includes" them or officers who "were" elected, of the organisation named with the body or else the one the
    /// article is about.
    private mutating func boardIncludes(_ pieces: [Piece], _ sentence: Int) {
        guard let verb = pieces.indices.first(where: { ["includes", "include", "included", "comprises", "comprise", "comprised", "were", "are"].contains(view.word(pieces[$0]) ?? "") }),
              verb <= 7 else { return }
        let subject = pieces[..<verb]
        let isList = ["were", "are"].contains(view.word(pieces, verb) ?? "")
        // "Other officers elected were …", "Also elected were …": the subject says who was elected, and names no one.
        guard isList ? subject.contains(where: { Self.electionVerbs.contains(view.word($0) ?? "") })
                       && (subject.contains(where: { ["officers", "officials", "office-bearers", "officeholders"].contains(view.word($0) ?? "") })
                           || subject.allSatisfy({ $0.mention == nil && ["also", "elected", "re-elected", "appointed", "chosen", "named", "newly"].contains(view.word($0) ?? "") }))
                     : ["the", "its", "their"].contains(view.word(pieces, 0) ?? "")
                       && subject.contains(where: { ["board", "committee", "executive", "leadership", "presidium", "bureau"].contains(view.word($0) ?? "") }),
              !subject.contains(where: { view.entity($0, .person) != nil }) else { return }
        var org = subject.compactMap { self.view.entity($0, .org) }.first
        if org == nil, ["its", "their"].contains(view.word(pieces, 0) ?? "") {
            org = references.resolvePossessivePronoun(before: pieces[0].tokens.lowerBound)
        }
        guard let org = org ?? references.mainOrganisation() else { return }
        // The list ends with its clause: "…, while Professor X of ORG advises it."
        let clauseEnd = pieces[(verb + 1)...].firstIndex { ["while", "but", "whereas", ";"].contains(view.word($0) ?? "") } ?? pieces.count
        for index in (verb + 1)..<clauseEnd {
            guard let person = view.entity(pieces[index], .person), let role = rolePhraseBackward(pieces, endingAt: index - 1) else { continue }
            // "Professor X of ORG": an academic named with her own institution sits on the board from outside.
            if ["dr", "doctor", "professor"].contains(roles.key(ofPhrase: role.text) ?? ""), ["of", "at", "from"].contains(view.word(pieces, index + 1) ?? ""),
               orgChain(pieces, from: index + 2) != nil { continue }
            add(person: person, org: org, role: role.text, sentence: sentence)
        }
    }

    // MARK: - Officer lists

    /// Lists of office holders, one a line, under a line that ends in a colon ("The members of the new Board
    /// are:" / "- NAME, President"), and contact lines of a press release ("Media contact: NAME, Treasurer"):
    /// of the organisation the header names, else the one the article is about.
    private mutating func officerLists() {
        let lines = view.lines()
        var items: [Int: (persons: [Int], role: String, contact: Bool, org: Int?, titled: Bool)] = [:]
        for (number, line) in lines.enumerated() {
            let underContactHeader = number > 0 && isContactHeader(view.pieces(lines[number - 1]))
            let pieces = view.pieces(line)
            if let item = officerLine(pieces, underContactHeader: underContactHeader) {
                items[number] = item
            } else if number + 1 < lines.count, let item = signature(pieces, lines: lines, after: number) {
                items[number] = item
            }
        }
        guard !items.isEmpty else { return }
        var main: Int??
        for number in items.keys.sorted() {
            let item = items[number]!
            var org = item.org
            if !item.contact, org == nil {
                // The header: the line before the block of items, ending in a colon; else a signature's footer, the
                // short line after the block, naming the organisation and no one ("Board of Directors, ORG, Halifax").
                var header = number - 1
                while header >= 0, items[header] != nil, !items[header]!.contact { header -= 1 }
                var footer = number + 1
                while footer < lines.count, items[footer] != nil, !items[footer]!.contact { footer += 1 }
                let headerPieces = header >= 0 ? view.pieces(lines[header]) : []
                if view.word(headerPieces, headerPieces.count - 1) == ":" {
                    org = headerPieces.reversed().compactMap { self.view.entity($0, .org) }.first
                } else if footer - header - 1 >= 2, footer < lines.count, case let pieces = view.pieces(lines[footer]), pieces.count <= 12,
                          !pieces.contains(where: { self.view.entity($0, .person) != nil || self.view.word($0) == ":" }),
                          let named = pieces.compactMap({ self.view.entity($0, .org) }).first {
                    org = named
                } else if !item.titled || !((header + 1)..<footer).contains(where: { $0 != number && items[$0]?.titled == true }) {
                    // Lines "ROLE: NAME, …" two or more in a row are a list under any header ("Below is the full list
                    // of the new board"): of the organisation the article is about.
                    continue
                }
            }
            if org == nil {
                if main == nil { main = .some(references.mainOrganisation()) }
                org = main!
            }
            guard let org else { continue }
            let sentence = view.tokens[lines[number].lowerBound].sentence
            for person in item.persons { add(person: person, org: org, role: item.role, sentence: sentence) }
        }
    }

    /// One line of an officer list: "[-] [Dr.] NAME[ and NAME], ROLE[;]", "NAME – ROLE", "ROLE: NAME", or a
    /// press release's "Press contact: NAME, ROLE[, ORG]", also under a header line "Media contact:" (whose
    /// title may be any capitalised words before ", ORG": "NAME, Media Relations, ORG"). A trailing ", ORG"
    /// names the organisation.
    private func officerLine(_ pieces: [Piece], underContactHeader: Bool) -> (persons: [Int], role: String, contact: Bool, org: Int?, titled: Bool)? {
        var cursor = 0
        if let word = view.word(pieces, 0), ["-", "–", "—", "•", "*", "·"].contains(word) { cursor = 1 }
        var last = pieces.count
        while last > cursor, let word = view.word(pieces, last - 1), [";", ".", ","].contains(word) { last -= 1 }
        guard last > cursor else { return nil }
        let separators: Set<String> = [",", "–", "—", "-", ":"]
        var contact = underContactHeader
        if let colon = pieces.indices.first(where: { view.word(pieces[$0]) == ":" }), colon > cursor, colon <= cursor + 3,
           pieces[cursor..<colon].contains(where: { ["contact", "contacts", "enquiries", "inquiries"].contains(view.word($0) ?? "") }) {
            contact = true
            cursor = colon + 1
        }
        // NAME SEP ROLE [SEP ORG [SEP PLACE]]
        if let list = personList(pieces, from: afterTitles(pieces, from: cursor)), list.end < last, let separator = view.word(pieces, list.end),
           separators.contains(separator) {
            var roleEnd = last
            var org: Int?
            if let trailing = trailingOrganisation(pieces, end: last), trailing.comma > list.end + 1 {
                org = trailing.org
                roleEnd = trailing.comma
            }
            // A contact line goes on with the organisation, a telephone number or an address: "NAME, ROLE, +44 …".
            if contact, let comma = ((list.end + 2)..<roleEnd).first(where: { [",", "|", "(", ";"].contains(view.word(pieces[$0]) ?? "") }) {
                if org == nil, let orgPiece = pieces[(comma + 1)..<roleEnd].first(where: { view.entity($0, .org) != nil }) {
                    org = view.entity(orgPiece, .org)
                }
                roleEnd = comma
            }
            let title = roleText(pieces, (list.end + 1)..<roleEnd) ?? (contact && org != nil ? contactTitle(pieces, (list.end + 1)..<roleEnd) : nil)
            return title.map { (list.persons, $0, contact, org, false) }
        }
        // ROLE SEP NAME
        guard !contact, let separator = (cursor..<min(last, cursor + 7)).first(where: { separators.contains(view.word(pieces[$0]) ?? "") }),
              let role = roleText(pieces, cursor..<separator),
              let list = personList(pieces, from: afterTitles(pieces, from: separator + 1)) else { return nil }
        if list.end == last { return (list.persons, role, false, nil, false) }
        // "Chair: NAME, 39, historian …", "Board members: NAME, 24, …; NAME, 41, …; and Father NAME, …": after a colon
        // each name may go on with a description, and semicolons part the entries.
        guard view.word(pieces[separator]) == ":", [",", ";"].contains(view.word(pieces, list.end) ?? "") else { return nil }
        var persons = list.persons
        var index = list.end
        while let semicolon = (index..<last).first(where: { view.word(pieces[$0]) == ";" }) {
            var start = semicolon + 1
            if view.word(pieces, start) == "and" { start += 1 }
            index = start
            if let next = personList(pieces, from: afterTitles(pieces, from: start)) {
                persons += next.persons.filter { !persons.contains($0) }
                index = next.end
            }
        }
        return (persons, role, false, nil, true)
    }

    /// The index after the forms of address and academic titles from `start` ("Dr.", "Prof.", "Rev.").
    private func afterTitles(_ pieces: [Piece], from start: Int) -> Int {
        var index = start
        while let piece = pieces.at(index), piece.mention == nil, let word = view.word(piece),
              roles.isAddress(word) || RoleWords.rolesOfAddress[RoleWords.bare(word)] != nil || ["dr", "prof", "professor"].contains(RoleWords.bare(word)) {
            index += 1
        }
        return index
    }

    /// ", ORG" or ", ORG, PLACE" at the end of a line that ends at `end`: the organisation and the comma before it.
    private func trailingOrganisation(_ pieces: [Piece], end: Int) -> (org: Int, comma: Int)? {
        var last = end - 1
        if pieces.at(last).flatMap({ view.entity($0, .place) }) != nil, view.word(pieces, last - 1) == "," { last -= 2 }
        guard let piece = pieces.at(last), let org = view.entity(piece, .org), view.word(pieces, last - 1) == "," else { return nil }
        return (org, last - 1)
    }

    /// A signature of two or three lines: a line with only a name (`nameLine`, the line `number` of `lines`), then
    /// "ROLE, ORG[, PLACE]", or "ROLE" with the organisation alone on the line after it ("Kandiah Sivapalan" / "Chair,
    /// Scarborough Tamil Seniors' Circle").
    private func signature(_ nameLine: [Piece], lines: [Range<Int>], after number: Int) -> (persons: [Int], role: String, contact: Bool, org: Int?, titled: Bool)? {
        var last = nameLine.count
        if view.word(nameLine, last - 1) == "," { last -= 1 }
        guard let list = personList(nameLine, from: afterTitles(nameLine, from: 0)), list.end == last else { return nil }
        let roleLine = view.pieces(lines[number + 1])
        let orgLine = number + 2 < lines.count ? view.pieces(lines[number + 2]) : []
        guard !roleLine.contains(where: { view.entity($0, .person) != nil }) else { return nil }
        var roleEnd = roleLine.count
        while roleEnd > 0, [".", ","].contains(view.word(roleLine, roleEnd - 1) ?? "") { roleEnd -= 1 }
        var org: Int?
        if let trailing = trailingOrganisation(roleLine, end: roleEnd) {
            org = trailing.org
            roleEnd = trailing.comma
        } else if orgLine.count <= 12, !orgLine.contains(where: { view.entity($0, .person) != nil || view.word($0) == ":" }),
                  let named = orgLine.first.flatMap({ view.entity($0, .org) }) {
            org = named
        }
        guard let org, let role = roleText(roleLine, 0..<roleEnd) else { return nil }
        return (list.persons, role, false, org, false)
    }

    /// A line that only announces contact lines below it: "Media contact:", "Press enquiries:".
    private func isContactHeader(_ pieces: [Piece]) -> Bool {
        guard view.word(pieces, pieces.count - 1) == ":", pieces.count <= 4 else { return false }
        return pieces.contains { ["contact", "contacts", "enquiries", "inquiries"].contains(view.word($0) ?? "") }
    }

    /// The title of a press contact that names its organisation after it, even in words no role list holds:
    /// "NAME, Media Relations, ORG" → "Media Relations" (one to five capitalised words, no name among them).
    private func contactTitle(_ pieces: [Piece], _ range: Range<Int>) -> String? {
        guard !range.isEmpty, range.count <= 5 else { return nil }
        let slice = pieces[range]
        let isTitle = slice.allSatisfy { piece in
            piece.mention == nil && view.tokens[piece.tokens.lowerBound].kind == .word
                && (view.tokens[piece.tokens.lowerBound].isCapitalized || ["and", "of", "&"].contains(view.word(piece) ?? ""))
        }
        return isTitle ? view.text(slice) : nil
    }

    /// The pieces `range` as a role ("Vice-President", "director of external relations", "Committee Members"
    /// even when tagged as a name); nil when they are anything else.
    private func roleText(_ pieces: [Piece], _ range: Range<Int>) -> String? {
        guard !range.isEmpty, range.count <= 6 else { return nil }
        let slice = pieces[range]
        if slice.count == 1, let only = slice.first, view.entity(only, .org) != nil {
            let words = view.text(only).split(separator: " ").map(String.init)
            guard words.allSatisfy({ roles.isModifier($0) }), words.contains(where: { roles.isHead($0) }) else { return nil }
            return view.text(only)
        }
        guard !slice.contains(where: { $0.mention != nil }), let role = rolePhraseForward(pieces, from: range.lowerBound),
              role.end <= range.upperBound else { return nil }
        // After the role phrase only "of/for …" may follow ("director of external relations").
        if role.end < range.upperBound, !["of", "for"].contains(view.word(pieces, role.end) ?? "") { return nil }
        return view.text(slice)
    }

    // MARK: - Ministers

    /// "Deputy Foreign Minister X", "the Deputy Minister for Foreign Affairs and Regional Integration, Hon. X":
    /// a minister's title whose field words all stand in the name of exactly one ministry of the article.
    private mutating func ministerTitles() {
        var ministries: [Int: Set<String>] = [:]
        for (index, entity) in view.analysis.entities.enumerated() where entity.type == .org {
            let words = Set(([entity.name] + entity.aliases).flatMap { NameKey.make($0).split(separator: " ").map(String.init) })
            if words.contains("ministry") || words.contains("department") { ministries[index] = words }
        }
        guard !ministries.isEmpty else { return }
        let rankWords: Set<String> = [
            "deputy", "vice", "first", "second", "prime", "minister", "vice-minister", "state", "secretary", "acting",
            "assistant", "junior", "senior", "former", "general", "chief", "cabinet", "federal", "national", "of", "for",
            "and", "the", "&", "hon", "mr", "ms", "mrs", "dr",
        ]
        let affiliated = Set(results.map(\.person))
        for (sentence, pieces) in view.sentencePieces.enumerated() {
            for (index, piece) in pieces.enumerated() {
                guard let person = view.entity(piece, .person), !affiliated.contains(person) else { continue }
                var end = index - 1
                while let word = view.word(pieces, end), RoleWords.honorifics.contains(RoleWords.bare(word)) { end -= 1 }
                if view.word(pieces, end) == "," { end -= 1 }
                var start = end
                while start >= 0, start > end - 10 {
                    let current = pieces[start]
                    if let word = view.word(current) {
                        if view.tokens[current.tokens.lowerBound].kind != .word && word != "&" { break }
                        if RoleWords.functionWords.contains(word) && !["of", "for", "and"].contains(word) { break }
                        if SpeechVerbs.isSpeechVerb(word) { break }
                    } else if view.entity(current, .org) == nil && view.entity(current, .place) == nil {
                        break
                    }
                    start -= 1
                }
                start += 1
                guard start <= end else { continue }
                let title = pieces[start...end]
                let tokens = title.flatMap { $0.tokens }.map { RoleWords.bare(view.tokens[$0].text) }
                guard tokens.contains(where: { $0 == "minister" || $0 == "vice-minister" }) else { continue }
                let field = Set(tokens.filter { !rankWords.contains($0) && $0.first?.isLetter == true }.map { NameKey.make($0) })
                guard !field.isEmpty else { continue }
                let matching = ministries.filter { field.isSubset(of: $0.value) }
                guard matching.count == 1, let org = matching.first?.key else { continue }
                // "Deputy Minister for Foreign Affairs and …" → "Deputy Minister".
                var roleEnd = end
                if let preposition = title.indices.first(where: { ["for", "of"].contains(view.word(pieces[$0]) ?? "") }), preposition > start,
                   pieces[start..<preposition].contains(where: { ["minister", "vice-minister"].contains(RoleWords.bare(view.text($0))) }) {
                    roleEnd = preposition - 1
                }
                add(person: person, org: org, role: view.text(pieces[start...roleEnd]), sentence: sentence)
            }
        }
    }

    // MARK: - Sieve 6: bare titles

    /// Titles of an association's officers that name no public office: alone before a name at the start of a
    /// sentence, an office in the organisation the article is about.
    private static let officerTitles: WordSet = ["treasurer", "convenor", "convener", "chairperson", "chairwoman", "chairman"]

    /// A role only one kind of institution has, before a name or after it in an apposition, with no organisation stated:
    /// the article's only institution of that kind ("The principal, X," → its school; "X, the parish priest, said" → its
    /// church).
    private mutating func institutionRoles() {
        var affiliated = Set(results.map(\.person))
        for (sentence, pieces) in view.sentencePieces.enumerated() {
            for (index, piece) in pieces.enumerated() {
                guard let person = view.entity(piece, .person), !affiliated.contains(person) else { continue }
                let titleEnd = view.word(pieces, index - 1) == "," ? index - 2 : index - 1
                var role = rolePhraseBackward(pieces, endingAt: titleEnd).map(\.text)
                if role == nil, view.word(pieces, index + 1) == ",", view.word(pieces, index + 2) == "the",
                   let after = rolePhraseForward(pieces, from: index + 3), [",", "."].contains(view.word(pieces, after.end) ?? "") {
                    role = after.text
                }
                guard let role, let head = role.split(separator: " ").last,
                      let candidates = references.institutions(forRole: String(head)), candidates.count == 1, let org = candidates.first else { continue }
                affiliated.insert(person)
                add(person: person, org: org, role: role, sentence: sentence)
            }
        }
    }

    /// Whether the words before piece `start` are "The" opening the sentence and words of tenure ("The new", "The
    /// outgoing").
    private func opensWithDefiniteArticle(_ pieces: [Piece], before start: Int) -> Bool {
        guard start >= 1, view.word(pieces, 0) == "the" else { return false }
        return pieces[1..<start].allSatisfy { Self.tenureWords.contains(view.word($0) ?? "") }
    }

    /// Offices of an association's board, which "the" before them, with no organisation named, gives to the one the
    /// article is about.
    private static let associationOffices: WordSet = [
        "president", "chairman", "chairwoman", "chairperson", "chair", "treasurer", "secretary", "convenor", "convener", "coordinator", "founder",
    ]

    private static let tenureWords: WordSet = ["new", "newly", "elected", "outgoing", "incoming", "current", "longtime", "long-serving", "former"]

    /// The article's only organisation called "Office of the TITLE …" for a title of two words or more without its
    /// rank ("Deputy State Minister" → "Office of the State Minister of Georgia for Diaspora Issues").
    private func officeNamed(after titleWords: [String]) -> Int? {
        let title = titleWords.drop { Self.rankWords.contains(RoleWords.bare($0)) }
        guard title.count >= 2 else { return nil }
        let key = "office of the " + NameKey.make(title.joined(separator: " "))
        let offices = references.orgs(named: ["office"]).filter { index in
            let entity = view.analysis.entities[index]
            return ([entity.name] + entity.aliases).contains { NameKey.make($0).hasPrefix(key) }
        }
        return offices.count == 1 ? offices.first : nil
    }

    /// Ranks before a title that the office's name does not repeat.
    private static let rankWords: WordSet = ["deputy", "vice", "first", "acting", "assistant", "former", "interim"]

    /// A diplomat's, legislator's, judge's, police officer's or town official's title before a name with no organisation
    /// stated: the article's only organisation of that kind ("Consul General X" → its consulate, "Councillor X" → its
    /// council, "federal deputy X" → the Chamber of Deputies, "Judge X" → its court, "Mayor X" → its city); "Armenia's
    /// ambassador, X" → the only named mission of Armenia.
    private mutating func bareTitles() {
        let affiliated = Set(results.map(\.person))
        // A consulate the article speaks of without naming it is where its consuls work.
        let mentionsConsulate = view.tokens.contains { $0.lowercased.hasPrefix("consulate") }
        var done: Set<Int> = []
        for (sentence, pieces) in view.sentencePieces.enumerated() {
            for (index, piece) in pieces.enumerated() {
                guard let person = view.entity(piece, .person), !affiliated.contains(person), !done.contains(person) else { continue }
                let titleEnd = view.word(pieces, index - 1) == "," ? index - 2 : index - 1
                guard let role = rolePhraseBackward(pieces, endingAt: titleEnd) else { continue }
                let words = role.text.split(separator: " ").map(String.init)
                let diplomatic = words.first(where: { roles.isDiplomatic($0) })
                // "Treasurer X said": an officer's title opening the sentence, in the organisation the article is about.
                if diplomatic == nil, role.start == 0, words.count == 1, Self.officerTitles.contains(RoleWords.bare(role.head)),
                   let org = references.mainOrganisation() {
                    done.insert(person)
                    add(person: person, org: org, role: role.text, sentence: sentence)
                    continue
                }
                // "The new president, X, said": an office after "the" opening the sentence, set off by a comma, in the
                // organisation the article is about.
                let office = words.drop { Self.tenureWords.contains(RoleWords.bare($0)) }
                if diplomatic == nil, titleEnd == index - 2, office.count <= 2, Self.associationOffices.contains(RoleWords.bare(role.head)),
                   opensWithDefiniteArticle(pieces, before: role.start),
                   let org = references.mainOrganisation() {
                    done.insert(person)
                    add(person: person, org: org, role: office.joined(separator: " "), sentence: sentence)
                    continue
                }
                // "Deputy High Commissioner X" with the "Office of the High Commissioner for Diaspora Affairs" named in the
                // article: an office named after the title is the holder's (rank modifiers aside).
                if let office = officeNamed(after: words) {
                    done.insert(person)
                    add(person: person, org: office, role: role.text, sentence: sentence)
                    continue
                }
                // (a police force's, a town's or a court's words stand anywhere in its name: "Avon and Somerset Police", "Stadt
                // Köln", "Ontario Superior Court of Justice")
                let courtWords = diplomatic == nil ? OrgReference.courtWords(forRole: role.head) : nil
                let wordsInName = diplomatic == nil
                    ? OrgReference.forceWords(forRole: role.head) ?? OrgReference.municipalWords(forRole: role.head) ?? courtWords
                    : nil
                guard var accepted = diplomatic.map({ OrgReference.missionWords(forRole: $0) }) ?? OrgReference.bodyWords(forRole: role.head) ?? wordsInName
                else { continue }
                // A consul with no consulate in the article works in the consular section of its embassy.
                if let diplomatic, RoleWords.bare(diplomatic).hasPrefix("consul"), !mentionsConsulate,
                   references.orgs(named: accepted).isEmpty {
                    accepted = ["embassy", "high commission"]
                }
                // (the one court whose name ends in its word goes first: "the High Court" where the "Court of Appeal" is named too)
                let onlyCourtEndingInWord = courtWords.map { _ in references.orgs(endingIn: accepted) }.flatMap { $0.count == 1 ? $0 : nil }
                var candidates = onlyCourtEndingInWord
                    ?? (diplomatic == nil && wordsInName == nil ? references.orgs(endingIn: accepted) : references.orgs(named: accepted))
                // A councillor where no council is named sits for the town's government.
                if candidates.isEmpty, diplomatic == nil, let town = OrgReference.councilTownWords(forRole: role.head) { candidates = references.orgs(named: town) }
                // "Armenia's ambassador", "U.S. Ambassador": only a mission that names the sending country.
                var before = role.start - 1
                if let marker = pieces.at(before), view.isPossessiveMarker(marker) { before -= 1 }
                // (a numbered ward before the title is where the holder sits, no owner: "Ward 3 Coun. X")
                if let senderPiece = pieces.at(before), let sender = view.entity(senderPiece, .place),
                   !view.tokens[senderPiece.tokens].contains(where: { $0.kind == .number }) {
                    let entity = view.analysis.entities[sender]
                    candidates.formIntersection(references.orgs(named: [entity.name] + entity.aliases))
                } else if before < role.start - 1 {
                    continue
                }
                guard candidates.count == 1, let org = candidates.first else { continue }
                done.insert(person)
                add(person: person, org: org, role: role.text, sentence: sentence)
            }
        }
    }
}
