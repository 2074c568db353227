import ArticleText
import Lexicon

/// Where an organisation is, as the text states it.
///
/// - `.name`: a PLACE mention nested at the end of an ORG mention after "in" ("Association of Azerbaijanis
///   in Quebec").
/// - `.operating`: "ORG, operating/active/working in PLACE", or "ORG in PLACE" right after the name.
/// - `.based`: "PLACE-based ORG", "ORG, a PLACE-based …", "ORG, based in PLACE", "ORG, headquartered in PLACE".
enum OrgPlaceFinder {
    static func find(in analysis: ArticleAnalysis, lexicon: Lexicon) -> [OrgPlaceLink] {
        let view = ArticleView(analysis)
        var links: [OrgPlaceLink] = []
        var seen: Set<[Int]> = []
        func add(_ org: Int, _ place: Int, _ evidence: OrgPlaceEvidence) {
            guard analysis.entities[org].type == .org, analysis.entities[place].type == .place,
                  seen.insert([org, place]).inserted else { return }
            links.append(OrgPlaceLink(org: org, place: place, evidence: evidence))
        }
        let tokens = view.tokens

        // Nested "in PLACE" at the end of an ORG mention.
        for (index, mention) in analysis.mentions.enumerated() where view.type(ofMention: index) == .org {
            let orgTokens = view.mentionTokens[index]
            for (inner, other) in analysis.mentions.enumerated() where inner != index && view.type(ofMention: inner) == .place {
                let placeTokens = view.mentionTokens[inner]
                guard !placeTokens.isEmpty, placeTokens.upperBound == orgTokens.upperBound,
                      placeTokens.lowerBound > orgTokens.lowerBound else { continue }
                var before = placeTokens.lowerBound - 1
                if tokens[before].lowercased == "the", before > orgTokens.lowerBound { before -= 1 }
                guard tokens[before].lowercased == "in" else { continue }
                add(mention.entity, other.entity, .name)
            }
        }

        for pieces in view.sentencePieces {
            for (index, piece) in pieces.enumerated() {
                // PLACE-based ORG, as one token ("Lyon-based") or a PLACE mention followed by "-based".
                if let based = basedPlace(view, pieces, index) {
                    if let org = pieces.at(index + 1).flatMap({ view.entity($0, .org) }) {
                        add(org, based, .based)
                    } else if let org = appositiveHost(view, pieces, before: index) {
                        // "Mzeo, a Paris-based dance ensemble"
                        add(org, based, .based)
                    }
                    continue
                }
                guard let org = view.entity(piece, .org) else { continue }
                var cursor = index + 1
                // Skip "(ABC)".
                if view.word(pieces, cursor) == "(", let close = (cursor + 1..<min(pieces.count, cursor + 6)).first(where: { view.word(pieces, $0) == ")" }) {
                    cursor = close + 1
                }
                var evidence = OrgPlaceEvidence.operating
                var hadComma = false
                if view.word(pieces, cursor) == "," {
                    cursor += 1
                    hadComma = true
                }
                if let word = view.word(pieces, cursor), ["operating", "active", "working", "based", "headquartered", "located", "registered"].contains(word) {
                    evidence = ["based", "headquartered", "located", "registered"].contains(word) ? .based : .operating
                    cursor += 1
                } else if hadComma {
                    continue
                }
                guard view.word(pieces, cursor) == "in" else { continue }
                cursor += 1
                if view.word(pieces, cursor) == "the" { cursor += 1 }
                guard let placePiece = pieces.at(cursor), let place = view.entity(placePiece, .place) else { continue }
                add(org, place, evidence)
            }
        }
        return links
    }

    /// The PLACE of "PLACE-based" at piece `index`: a token "Lyon-based" whose prefix names a PLACE entity,
    /// or a PLACE mention ending in "-based".
    private static func basedPlace(_ view: ArticleView, _ pieces: [Piece], _ index: Int) -> Int? {
        let piece = pieces[index]
        let text = view.text(piece)
        guard text.lowercased().hasSuffix("-based") else { return nil }
        let prefix = NameKey.make(String(text.dropLast("-based".count)))
        if let place = view.entity(piece, .place) { return place }
        guard !prefix.isEmpty else { return nil }
        return view.analysis.entities.indices.first { entity in
            let candidate = view.analysis.entities[entity]
            return candidate.type == .place && ([candidate.name] + candidate.aliases).contains { NameKey.make($0) == prefix }
        }
    }

    /// "ORG, a X-based …": the ORG the appositive describes.
    private static func appositiveHost(_ view: ArticleView, _ pieces: [Piece], before index: Int) -> Int? {
        guard ["a", "an", "the"].contains(view.word(pieces, index - 1) ?? ""), view.word(pieces, index - 2) == ",",
              let host = pieces.at(index - 3) else { return nil }
        return view.entity(host, .org)
    }
}
