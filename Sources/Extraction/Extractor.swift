public import ArticleText
import DateExpressions
public import Lexicon
public import NameTagger

/// Analyses one article: names, dates, coreference, places, affiliations and quotes.
///
/// The steps run in the order the published pipelines use (see EXTRACTION-NOTES.md): name tagger, boundary
/// mechanisms, organisation-name completion, propagation of names found elsewhere in the article, dates,
/// within-article coreference, GeoNames resolution, then affiliations, organisation places and quotes. Pure
/// Swift, no I/O: safe to call from several threads at once.
public final class Extractor: Sendable {
    private let tagger: NameTagger
    private let lexicon: Lexicon

    public init(tagger: NameTagger = .shared, lexicon: Lexicon = .shared) {
        self.tagger = tagger
        self.lexicon = lexicon
    }

    /// The analysis of `source`.
    public func analyze(_ source: ArticleSource) -> ArticleAnalysis {
        let document = TextDocument(source.body)
        let words = WordClasses(lexicon: lexicon)
        var spans = tagger.tag(document).map { NameSpan(EntityType($0.label), $0.tokens) }
        spans = SpanBoundaries(document: document, words: words).apply(to: spans)
        spans = OrganizationNames(document: document, words: words).complete(spans)
        spans = DatelineNames.addItemDatelines(to: DatelineNames.add(to: spans, document: document), document: document, words: words)
        spans = Mastheads.add(to: spans, document: document, words: words)
        spans = RegionAbbreviations.add(to: spans, document: document, lexicon: lexicon)
        spans = CompoundPlaces.add(to: spans, document: document, words: words)
        spans = NamePropagation(document: document, words: words).propagate(spans)
        let boundaries = SpanBoundaries(document: document, words: words)
        spans = boundaries.dropGenreLabels(boundaries.dropGenericOneWordPlaces(boundaries.dropUnsupportedOneWordPersons(boundaries.separateLines(spans))))
        spans = boundaries.venuesTakenForPeople(boundaries.dropRites(boundaries.dropDevotions(boundaries.dropFeasts(boundaries.dropNamedStorms(boundaries.dropEponyms(boundaries.dropDaysOfObservance(boundaries.retypeOrganisationsReadAsPersons(spans))))))))
        // (once more: the completions may have cut a name down to a head word, "[The Embassy's] counsellor")
        spans = spans.compactMap(boundaries.retypeGenericOrganization).map { boundaries.placeOfStreet(boundaries.placeOfAdministrativeArea(boundaries.placeOfTitle($0))) }

        var analysis = ArticleAnalysis(source: source, document: document)
        let people = PersonNames(document: document, words: words)
        NameCoreference(document: document, words: words, lexicon: lexicon, people: people)
            .resolve(spans, into: &analysis)
        DateEntities.add(DateExtractor.extract(from: document, anchor: source.date ?? DatelineDate.find(in: document)), to: &analysis)
        analysis.affiliations = AffiliationFinder.find(in: analysis, lexicon: lexicon)
        analysis.orgPlaces = OrgPlaceFinder.find(in: analysis, lexicon: lexicon)
        analysis.quotes = QuoteFinder.find(in: analysis, lexicon: lexicon)
        return analysis
    }
}

extension EntityType {
    init(_ label: NameLabel) {
        switch label {
        case .person: self = .person
        case .org: self = .org
        case .place: self = .place
        }
    }
}
