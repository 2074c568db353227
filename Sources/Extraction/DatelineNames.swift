import ArticleText

/// The dateline's names, whatever the tagger said: its places ("BAKU, Azerbaijan, January 31.") are PLACE mentions
/// and its agency ("Cologne (dpa) -", "CHISINAU, 3 February /MOLDPRES/.") is an ORG; an agency written with its
/// kind before its name in quotation marks (`/NIAT "Khovar"/`) is the quoted name, and the name ends before a
/// lower-case word ("(BTA correspondent Petya Ivanova)").
enum DatelineNames {
    static func add(to spans: [NameSpan], document: TextDocument) -> [NameSpan] {
        guard let dateline = document.dateline else { return spans }
        var result = spans
        func replace(_ range: Range<Int>, with type: EntityType) {
            var covered = document.tokens.indices.filter { range.contains(document.tokens[$0].range.lowerBound) }
            if let open = covered.firstIndex(where: { document.tokens[$0].kind == .quote }),
               let close = covered[(open + 1)...].firstIndex(where: { document.tokens[$0].kind == .quote }) {
                covered = Array(covered[(open + 1)..<close])
            }
            covered = covered.filter { document.tokens[$0].kind == .word }
            // "(BTA correspondent Petya Ivanova)": the name ends before a lower-case word.
            if let lower = covered.dropFirst().firstIndex(where: { document.tokens[$0].text.first?.isLowercase == true }) {
                covered = Array(covered[..<lower])
            }
            guard let first = covered.first, let last = covered.last else { return }
            let tokens = first..<(last + 1)
            result.removeAll { $0.tokens.overlaps(tokens) }
            result.append(NameSpan(type, tokens))
        }
        for placeRange in dateline.placeRanges { replace(placeRange, with: .place) }
        if let agency = dateline.agencyRange { replace(agency, with: .org) }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
