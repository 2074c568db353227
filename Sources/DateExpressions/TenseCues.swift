import ArticleText

/// The direction in which a date without a year is read from the article date.
enum Tense {
    /// Past: the date is not after the article date.
    case past
    /// Future: the date is not before the article date.
    case future
}

/// Tense cues of single words in context, without a part-of-speech tagger.
///
/// Primary cues: modal and planning words ("will", "scheduled", "upcoming", "next", "is to",
/// "plans to", "to be held", a gerund after a preposition: "on holding") are future; past-tense
/// forms ("was", "held", "took", "-ed" words, "last", "ago") are past. Reporting verbs ("said",
/// "noted", …) are weak past cues: they date the report, not the event.
enum TenseCues {
    struct Cue {
        let tense: Tense
        let isPrimary: Bool
        /// A participle-like form ("held", "aimed"): after a noun it may be a reduced relative
        /// ("a tour aimed at …") rather than the verb of the date's clause.
        var isParticiple = false
    }

    /// The cue of token `index`, if it is one.
    static func cue(at index: Int, in tokens: [Token]) -> Cue? {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized || index == 0 || tokens[index - 1].sentence != token.sentence
        else { return nil }
        let word = token.lowercased
        var previous = index > 0 && tokens[index - 1].sentence == token.sentence ? tokens[index - 1].lowercased : ""
        // An adverb between the auxiliary and the participle: "is officially celebrated", "will be formally opened",
        // "are then flown".
        if (previous.hasSuffix("ly") && previous.count > 4) || insertedAdverbs.contains(previous), index > 1,
           tokens[index - 2].sentence == token.sentence,
           case let auxiliary = tokens[index - 2].lowercased, auxiliary == "be" || presentAuxiliaries.contains(auxiliary) {
            previous = auxiliary
        }
        let next = index + 1 < tokens.count && tokens[index + 1].sentence == token.sentence ? tokens[index + 1].lowercased : ""

        // "is planning to", "planning to hold"; not the noun of "reintegration planning" ("plans for a festival" looks ahead).
        if word == "planning", next != "to", !presentAuxiliaries.contains(previous), previous != "were", previous != "was" {
            return nil
        }
        if futureWords.contains(word) || word.hasSuffix("'ll") || word.hasSuffix("’ll") {
            return Cue(tense: .future, isPrimary: true)
        }
        if (word == "is" || word == "are" || word == "going" || word == "set" || word == "due") && next == "to" {
            return Cue(tense: .future, isPrimary: true)
        }
        // "the books are due on Nov. 4", "is due in March".
        if word == "due", presentAuxiliaries.contains(previous) { return Cue(tense: .future, isPrimary: true) }
        // "offered to chair a meeting in November", "hoped to rule before 30 September": an intention looks ahead.
        if word == "to", intentionVerbs.contains(previous) { return Cue(tense: .future, isPrimary: true) }
        if word == "to", eventVerbs.contains(next) {
            // "registered to vote", "gathered to celebrate": the purpose of a past act is no plan (the verb before
            // "to" tells the tense); "was to open", "were invited to attend" still look ahead.
            let isPastAct = (pastForms.contains(previous) || isEdForm(previous) || pastOnlyWords.contains(previous))
                && previous != "was" && previous != "were" && !reportingVerbs.contains(previous) && !futureWords.contains(previous)
            return isPastAct ? nil : Cue(tense: .future, isPrimary: true)
        }
        // "the campaign ends at midnight on 15 November", "voting closes on Sunday": a scheduled event told in the
        // present tense.
        if isPresentEventVerb(word), !determiners.contains(previous), scheduleFollowers.contains(next) {
            return Cue(tense: .future, isPrimary: true)
        }
        if word.hasSuffix("ing"), word.unicodeScalars.count > 5, prospectivePrepositions.contains(previous) {
            return Cue(tense: .future, isPrimary: true)
        }
        // "results are expected to be announced on September 2": a passive after "be" looks ahead.
        if reportingVerbs.contains(word) { return previous == "be" ? Cue(tense: .future, isPrimary: true) : Cue(tense: .past, isPrimary: false) }
        if word == "was" || word == "were" {
            // "was being planned", "were scheduled": a past plan for a later event.
            var ahead = index + 1
            while ahead < tokens.count, ahead <= index + 3, tokens[ahead].sentence == token.sentence {
                if futureWords.contains(tokens[ahead].lowercased) { return Cue(tense: .future, isPrimary: true) }
                ahead += 1
            }
        }
        // "its last annual meeting", "the last session": the final one, no past.
        if word == "last", determiners.contains(previous) { return nil }
        let isParticiple = pastForms.contains(word) || isEdForm(word)
        if isParticiple || pastOnlyWords.contains(word) {
            if isParticiple {
                if previous == "be" { return Cue(tense: .future, isPrimary: true) }   // "will be held", "to be opened"
                if presentAuxiliaries.contains(previous) || determiners.contains(previous) { return nil }
                // "are flown to Rome and counted", "were collected and counted": a participle after "and" reads as the
                // one it is coordinated with.
                if previous == "and" || previous == "or", let partner = coordinatedParticiple(before: index - 1, in: tokens) {
                    return cue(at: partner, in: tokens)
                }
                // An attributive participle before its noun: "on temporary protected status", "would hold extended
                // passport hours" (after a preposition, an adjective, or the object slot of a verb after a modal).
                let beforePrevious = index > 1 && tokens[index - 2].sentence == token.sentence ? tokens[index - 2].lowercased : ""
                if isEdForm(word), !next.isEmpty, !nonNounFollowers.contains(next),
                   attributivePrepositions.contains(previous) || adjectiveEndings.contains(where: { previous.hasSuffix($0) })
                    || futureWords.contains(beforePrevious) || modals.contains(beforePrevious) || beforePrevious == "to" {
                    return nil
                }
            }
            return Cue(tense: .past, isPrimary: true, isParticiple: isParticiple)
        }
        if word == "could", next == "not" { return Cue(tense: .past, isPrimary: true) }
        // A modal before an event verb looks ahead: "can apply until August 31", "could register by May 5".
        if modals.contains(word), eventVerbs.contains(next) { return Cue(tense: .future, isPrimary: true) }
        return nil
    }

    /// The tense governing a date at token indices `date`.
    ///
    /// English puts the verb before its time adjunct ("was held on May 5"), so the nearest primary
    /// cue before the date wins; then the nearest after it ("On May 5 the council approved");
    /// both within `window` words before the date (tokens after it) and the date's clause (a scan stops
    /// at "that", "and", "but", ";"). A reporting verb right before the date ("said on Jan. 8") dates it; elsewhere it
    /// dates the report, not the event, and is ignored. Nil when nothing decides.
    static func tense(of date: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Tense? {
        let tense = clauseTense(of: date, in: tokens, sentence: sentence)
        // "had given the schools until March 31", "extended the permits until 31 December", "collected signatures by 15
        // December": a deadline set in the past often lies ahead; the past tells nothing, the nearest date is read.
        if tense == .past, isDeadline(date, in: tokens, sentence: sentence) { return nil }
        // "has suspended all trains from 2 to 5 March", "has set the first hearing for 17 August", "was adjourned to 19 June":
        // so may a period that starts at the date, and a date something is set or moved to.
        let before = date.lowerBound > sentence.lowerBound ? tokens[date.lowerBound - 1].lowercased : ""
        if tense == .past, before == "from" || before == "for" || before == "to" { return nil }
        // "has risen since January": a date after "since" is past, whatever the verb.
        if before == "since" { return .past }
        return tense
    }

    /// A deadline word right before the date, or before a time of day and "on": "until March 31", "until 4pm on
    /// September 22", "by midnight on 15 May".
    private static func isDeadline(_ date: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        var index = date.lowerBound - 1
        while index >= sentence.lowerBound, date.lowerBound - index <= 5 {
            let word = tokens[index].lowercased
            if deadlineWords.contains(word) { return true }
            guard timeOfDayWords.contains(word) || word.unicodeScalars.first.map({ $0 >= "0" && $0 <= "9" }) == true else { return false }
            index -= 1
        }
        return false
    }

    /// Words of a time of day between a deadline word and its date.
    private static let timeOfDayWords: WordSet = ["on", "at", "pm", "am", "p.m.", "a.m.", "p.m", "a.m", "midnight", "noon", ":", "local", "time"]

    /// The nearest participle before `index` (at most six tokens back, in its sentence), which a participle after
    /// "and" at `index + 1` is coordinated with.
    private static func coordinatedParticiple(before index: Int, in tokens: [Token]) -> Int? {
        var candidate = index - 1
        while candidate >= 0, index - candidate <= 6, tokens[candidate].sentence == tokens[index].sentence {
            let word = tokens[candidate].lowercased
            if word == "and" || word == "or" || word == ";" { return nil }
            if pastForms.contains(word) || isEdForm(word) { return candidate }
            candidate -= 1
        }
        return nil
    }

    /// A present-tense form of an event verb: "ends", "opens", "closes", "runs".
    private static func isPresentEventVerb(_ word: String) -> Bool {
        guard word.hasSuffix("s"), word.unicodeScalars.count > 3 else { return false }
        return eventVerbs.contains(String(word.dropLast())) || (word.hasSuffix("es") && eventVerbs.contains(String(word.dropLast(2))))
    }

    /// Words after a present-tense event verb that put a time to it.
    private static let scheduleFollowers: WordSet = ["on", "in", "at", "until", "till", "through", "from", "this", "next", "tomorrow", "tonight"]
    /// Adverbs that stand between an auxiliary and its participle besides those in -ly.
    private static let insertedAdverbs: WordSet = ["then", "also", "now", "still", "already", "again", "first"]

    /// Words right before a date that make it a deadline or the end of a period.
    private static let deadlineWords: WordSet = ["until", "till", "by"]

    /// The tense of the date's clause, from the cues around it (see ``tense(of:in:sentence:)``).
    private static func clauseTense(of date: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Tense? {
        var index = date.lowerBound - 1
        var scanned = 0  // words only: commas around an inserted phrase do not count
        while index >= sentence.lowerBound, scanned < window {
            if isClauseBoundary(index, in: tokens) { break }
            if let cue = cue(at: index, in: tokens), cue.isPrimary || date.lowerBound - index <= 2 {
                return cue.tense
            }
            if tokens[index].kind == .word { scanned += 1 }
            index -= 1
        }
        // A date that opens its sentence ("On May 5, the council approved") takes the verb after it;
        // elsewhere a participle after the date counts only right after it ("on May 5 approved").
        let opensSentence = date.lowerBound - sentence.lowerBound <= 3
        index = date.upperBound
        while index < sentence.upperBound, index - date.upperBound < window {
            if isClauseBoundary(index, in: tokens) { break }
            // Elsewhere a comma after the date closes its clause: "which runs until May 25, was organized".
            if !opensSentence, tokens[index].text == "," { break }
            // (After a date that opens the sentence a reporting verb is the clause's own: "In January the trust asked for
            // it to be changed".)
            if let cue = cue(at: index, in: tokens), cue.isPrimary || opensSentence,
               !cue.isParticiple || opensSentence || index - date.upperBound < 2 {
                return cue.tense
            }
            index += 1
        }
        return nil
    }

    /// "that", "but", ";" … always end a clause; "and" only when a new subject follows ("and the
    /// council will …"), not when it joins two nouns ("open houses and consular camps").
    /// A capitalized word after "and" opens a clause only when more than names follow it: "in Hanover
    /// and Stuttgart, before September" joins two names.
    private static func isClauseBoundary(_ index: Int, in tokens: [Token]) -> Bool {
        let word = tokens[index].lowercased
        guard word == "and" else { return clauseBoundaries.contains(word) }
        let sentence = tokens[index].sentence
        guard index + 1 < tokens.count, tokens[index + 1].sentence == sentence else { return true }
        let next = tokens[index + 1]
        if determiners.contains(next.lowercased) || subjectPronouns.contains(next.lowercased) { return true }
        guard next.isCapitalized else { return false }
        var after = index + 1
        while after < tokens.count, tokens[after].sentence == sentence, tokens[after].isCapitalized { after += 1 }
        guard after < tokens.count, tokens[after].sentence == sentence else { return false }
        return tokens[after].kind == .word && !nameFollowers.contains(tokens[after].lowercased)
    }

    /// Words after a name that show it ends a list of names, not a clause's subject.
    private static let nameFollowers: WordSet = ["and", "or", "in", "on", "of", "to", "for", "before", "after", "until", "by", "at"]
    private static let modals: WordSet = ["can", "could", "may", "might", "must", "should"]

    private static let subjectPronouns: WordSet = ["i", "we", "you", "he", "she", "it", "they", "there"]
    /// Words before an attributive participle, and endings of adjectives that stand there ("temporary protected").
    private static let attributivePrepositions: WordSet = ["on", "for", "with", "of", "about", "into", "from"]
    private static let adjectiveEndings = ["ary", "ous", "ful", "ive", "ial", "ent", "ant"]
    /// Words that follow a verb, not an attributive participle: articles, prepositions, pronouns, adverbs.
    private static let nonNounFollowers: WordSet = [
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "by", "to", "in", "on",
        "at", "for", "with", "from", "of", "as", "and", "or", "it", "them", "him", "us", "me", "up", "out", "off", "over",
        "down", "back", "about", "into", "after", "before", "during", "until", "since", ",", ".",
    ]

    /// How far from the date a cue may be, in tokens.
    static let window = 12
    private static let clauseBoundaries: WordSet = ["that", "and", "but", ";", "whereas", "while"]

    private static func isEdForm(_ word: String) -> Bool {
        word.hasSuffix("ed") && word.unicodeScalars.count >= 5 && !notPastEd.contains(word)
            && word.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || $0 == "-" }
    }

    private static let futureWords: WordSet = [
        "will", "shall", "won't", "won’t", "upcoming", "next", "forthcoming", "scheduled", "planned", "plans",
        "plan", "planning", "expected", "expects", "intends", "intend", "tomorrow", "would",
        "coming", "await", "awaits", "awaited", "anticipated", "ahead",
    ]
    private static let pastOnlyWords: WordSet = [
        "was", "were", "had", "did", "last", "ago", "yesterday", "earlier", "previously", "recently", "previous",
        "been", "took", "began", "gave", "came", "went", "won", "saw", "became", "fell", "wrote", "rose",
        "ran", "spoke", "stood", "grew", "drew", "chose", "thought", "felt", "flew", "met",
    ]
    /// Irregular past forms that are also participles ("was held" / "will be held").
    private static let pastForms: WordSet = [
        "held", "made", "begun", "given", "taken", "chosen", "written", "shown", "seen", "known", "done",
        "sent", "built", "brought", "left", "led", "found", "paid", "laid", "kept", "sold", "bought",
        "taught", "caught", "fought", "sought", "struck", "broke", "broken", "spent", "lost", "won", "told",
        "hung", "drawn", "grown", "flown", "elected",
    ]
    private static let reportingVerbs: WordSet = [
        "said", "noted", "stressed", "emphasized", "emphasised", "added", "told", "stated", "underlined",
        "reported", "explained", "recalled", "remarked", "declared", "pointed", "reports", "says", "notes",
        // Announcing and appealing date the appeal, and usually name a later event: "announced a
        // tournament on Sept. 10", "called on voters to register for the October 15 elections".
        "announced", "invited", "urged", "called", "appealed", "encouraged", "asked", "reminded", "warned",
    ]
    /// Verbs of intention whose infinitive names a later act: "hoped to", "offered to", "agreed to".
    private static let intentionVerbs: WordSet = [
        "hope", "hopes", "hoped", "offer", "offers", "offered", "agree", "agrees", "agreed", "promise", "promises", "promised",
        "pledge", "pledges", "pledged", "vow", "vows", "vowed", "want", "wants", "wanted", "decide", "decides", "decided",
        "aim", "aims", "aimed", "seek", "seeks", "sought", "intended", "undertook", "undertake", "undertakes",
    ]
    private static let presentAuxiliaries: WordSet = ["is", "are", "am", "being"]
    private static let determiners: WordSet = ["the", "a", "an", "its", "their", "his", "her", "our", "this"]
    private static let prospectivePrepositions: WordSet = ["on", "for", "about", "towards", "toward"]
    private static let eventVerbs: WordSet = [
        "hold", "host", "meet", "organise", "organize", "celebrate", "mark", "open", "launch", "visit",
        "attend", "sign", "discuss", "stage", "travel", "vote", "participate", "take", "begin", "start",
        "run", "close", "end", "continue", "return", "perform", "present", "welcome", "gather", "commemorate",
        "prepare", "publish", "send", "submit", "organize", "issue", "release", "establish", "introduce", "unveil",
        "announce", "inaugurate", "convene", "resume", "extend", "award", "register", "apply", "join",
        "raise", "increase", "reduce", "build", "move", "expand", "complete", "pay", "rise", "expire",
    ]
    private static let notPastEd: WordSet = [
        "need", "indeed", "speed", "proceed", "exceed", "succeed", "united", "based", "related", "interested",
        "hundred", "sacred", "beloved", "aged", "talented", "skilled", "advanced", "limited", "kindred",
        "naked", "wicked", "unprecedented", "renowned", "distinguished", "esteemed", "respected", "so-called",
        "dedicated", "devoted", "committed", "qualified", "experienced", "educated", "concerned",
        "embed", "breed", "creed", "seed", "feed", "deed", "weed", "tweed", "steed", "greed",
    ]
}
