public import Extraction

extension SystemDocument {
    /// The document of one analysed article, by the same rules as ``documents(in:)``, without an index.
    ///
    /// ```swift
    /// let analysis = Extractor().analyze(ArticleSource.parse(text))
    /// let line = SystemDocument(id: "000_8cefabb49d12b7f0", analysis: analysis).jsonLine
    /// ```
    ///
    /// - `date`: the header date of the source, as YYYY-MM-DD, or nil.
    /// - `entities`: each entity that has a mention, in order of first mention, then the entities named
    ///   only as an affiliation end or a quote speaker; the canonical name (for a DATE, its ISO value).
    ///   An entity of the same type and name as one already listed is not repeated.
    /// - `affiliations` and `quotes`: in the analysis's order.
    ///
    /// **A quote with several speakers is one line, with its first speaker.** score.py matches each
    /// predicted quote line with at most one gold quote, and each gold quote at most once; its speaker
    /// list already accepts every speaker of a group ("the activists noted" lists every activist). One
    /// line per speaker would leave all but one line unmatched: each extra line would be a false alarm
    /// in `quotes` *and* in `quote_detection` (same words), for no possible gain in recall. The first
    /// speaker is the one the most precise attribution sieve found. A quote without a speaker is still
    /// written, with a null speaker: it cannot be a quote hit (score.py never matches a null speaker)
    /// but it counts for quote detection.
    ///
    /// Indices out of range in a hand-built analysis are skipped.
    public init(id: String, analysis: ArticleAnalysis) {
        let entities = analysis.entities
        func entry(_ index: Int) -> Entity? {
            guard entities.indices.contains(index) else { return nil }
            let entity = entities[index]
            let name = entity.type == .date ? entity.date?.iso ?? entity.name : entity.name
            return Entity(type: entity.type, name: name)
        }

        var firstMention: [Int: Int] = [:]
        for mention in analysis.mentions where entities.indices.contains(mention.entity) {
            firstMention[mention.entity] = min(firstMention[mention.entity] ?? .max, mention.range.lowerBound)
        }
        var order = firstMention.keys.sorted { (firstMention[$0]!, $0) < (firstMention[$1]!, $1) }
        for affiliation in analysis.affiliations { order += [affiliation.person, affiliation.org] }
        for quote in analysis.quotes { order += quote.speakers }

        var seen: Set<Entity> = []
        var listed: [Entity] = []
        for index in order {
            if let entity = entry(index), seen.insert(entity).inserted { listed.append(entity) }
        }

        let affiliations = analysis.affiliations.compactMap { affiliation -> Affiliation? in
            guard let person = entry(affiliation.person), let org = entry(affiliation.org) else { return nil }
            return Affiliation(person: person.name, org: org.name, role: affiliation.role)
        }
        let quotes = analysis.quotes.map { quote in
            Quote(speaker: quote.speakers.lazy.compactMap(entry).first?.name, text: quote.text)
        }
        self.init(id: id, date: analysis.source.date?.iso, entities: listed, affiliations: affiliations,
                  quotes: quotes)
    }
}
