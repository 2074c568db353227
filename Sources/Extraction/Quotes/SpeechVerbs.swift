import ArticleText

/// Verbs and nouns of attribution used by the quote speaker sieves.
enum SpeechVerbs {
    /// Reporting verbs, in the forms news uses around a quotation.
    static let verbs: WordSet = [
        "said", "says", "say", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
        "emphasises", "added", "adds", "underlined", "underlines", "told", "tells", "stated", "states", "explained",
        "explains", "recalled", "recalls", "urged", "urges", "wrote", "writes", "declared", "declares", "reads",
        "described", "describes",
        "read", "commented", "comments", "remarked", "remarks", "continued", "continues", "concluded", "concludes",
        "insisted", "insists", "argued", "argues", "asserted", "asserts", "affirmed", "affirms", "observed",
        "observes", "announced", "announces", "replied", "replies", "answered", "answers", "warned", "warns",
        "acknowledged", "acknowledges", "admitted", "admits", "claimed", "claims", "highlighted", "highlights",
        "mentioned", "mentions", "assured", "assures", "reiterated", "reiterates", "recounted", "recounts",
        "quipped", "sighed", "laughed", "shouted", "posted", "tweeted", "pointed", "asked", "asks", "stated",
        "believes", "hopes", "noting", "saying", "adding", "stressing", "emphasizing", "emphasising",
        "underlining", "explaining", "calling", "called", "appealed", "appeals", "expressed", "expresses",
        "confirmed", "confirms", "reported", "reports", "cautioned", "suggested", "suggests", "proclaimed",
        "maintained", "maintains", "agreed", "agrees", "thanked", "welcomed", "urging", "assuring", "recalling",
        "summed", "went", "joked", "jokes", "laughs", "quips", "sighs", "smiled", "smiles",
    ]

    /// Verbs that cannot stand as the whole attribution without a particle ("pointed out", "went on"); "called it "…""
    /// takes the object the quotation describes.
    static let needsParticle: [String: Set<String>] = [
        "pointed": ["out"], "summed": ["up"], "went": ["on"], "called": ["on", "for", "it", "them", "this"],
        "calling": ["on", "for", "it", "them", "this"],
    ]

    static func isSpeechVerb(_ word: String) -> Bool {
        verbs.contains(word) && needsParticle[word] == nil
    }

    /// A reporting verb at `index` of `words` (lower-cased), possibly with its particle; returns the end.
    static func verb(in words: [String], at index: Int) -> Int? {
        guard index < words.count, verbs.contains(words[index]) else { return nil }
        if let particles = needsParticle[words[index]] {
            guard index + 1 < words.count, particles.contains(words[index + 1]) else { return nil }
            return index + 2
        }
        return index + 1
    }

    /// Documents issued by an organisation ("the statement reads").
    static let documents: WordSet = [
        "statement", "appeal", "letter", "message", "resolution", "declaration", "communique", "communiqué",
        "petition", "address", "release", "press-release", "open-letter", "memorandum", "note", "report", "post",
        "announcement", "call", "text", "document", "manifesto", "plea", "greeting", "greetings", "congratulation",
        "congratulations", "telegram", "post", "tweet",
        // filed or handed down in court and by authorities ("the affidavit said", "the advisory reads")
        "affidavit", "submission", "filing", "circular", "advisory", "notice", "complaint", "ruling", "judgment", "judgement", "verdict",
    ]

    /// Verb forms of the documents ("appealed", "stated").
    static let documentVerbs: WordSet = ["appealed", "stated", "wrote", "declared", "announced", "issued", "adopted", "signed", "sent", "published", "released"]

    /// Pronouns that refer to one person.
    static let singularPronouns: WordSet = ["he", "she"]
}
