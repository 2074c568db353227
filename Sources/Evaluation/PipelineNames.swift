public import Extraction
public import NameTagger
import ArticleText

/// The whole extraction — tagger, boundary mechanisms, organisation completion, coreference — read as a
/// name tagger over text that comes already split into words, so it can be scored on token corpora
/// (`newsdex eval-ner --pipeline`).
public enum PipelineNames {
    /// The PERSON, ORG and PLACE mentions `extractor` finds in `words`, as word index ranges. The words are
    /// joined by single spaces, each sentence a paragraph of its own; a mention that does not start and
    /// end on word boundaries covers the words it overlaps.
    public static func names(words: [String], sentences: [Range<Int>], extractor: Extractor) -> [LabeledSpan] {
        var text = ""
        var starts: [Int] = [], ends: [Int] = []  // per word, in Unicode scalars (the analysis' offsets)
        var offset = 0
        for (position, sentence) in sentences.enumerated() {
            if position > 0 { text += "\n\n"; offset += 2 }
            for index in sentence {
                if index > sentence.lowerBound { text += " "; offset += 1 }
                starts.append(offset)
                text += words[index]
                offset += words[index].unicodeScalars.count
                ends.append(offset)
            }
        }
        let wordOrder = sentences.flatMap { Array($0) }  // the word index of each position in `starts`
        let analysis = extractor.analyze(ArticleSource(body: text, date: nil, headerProblem: nil))
        return analysis.mentions.compactMap { mention in
            let label: NameLabel
            switch analysis.entities[mention.entity].type {
            case .person: label = .person
            case .org: label = .org
            case .place: label = .place
            case .date: return nil
            }
            guard let first = ends.firstIndex(where: { $0 > mention.range.lowerBound }),
                  let last = starts.lastIndex(where: { $0 < mention.range.upperBound }), first <= last else { return nil }
            return LabeledSpan(label: label, range: wordOrder[first]..<(wordOrder[last] + 1))
        }
    }
}
