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

    /// The datelines of the items of a digest or roundup: a paragraph after the first that opens with a known place in
    /// capitals, alone or before a dash or comma ("AUCKLAND – Simbang Gabi schedule", "JOHOR BAHRU", "KABUL, May 3 —").
    /// Headings lose their names to the boundary repairs; the place of such a line is a PLACE mention all the same.
    static func addItemDatelines(to spans: [NameSpan], document: TextDocument, words: WordClasses) -> [NameSpan] {
        let tokens = document.tokens
        var result = spans
        for start in tokens.indices.dropFirst() {
            let paragraph = document.sentences[tokens[start].sentence].paragraph
            guard paragraph > 0, document.sentences[tokens[start - 1].sentence].paragraph != paragraph else { continue }
            var end = start
            while end < tokens.count, end - start < 4, tokens[end].kind == .word, tokens[end].text.unicodeScalars.count >= 2,
                  tokens[end].text == tokens[end].text.uppercased(), document.sentences[tokens[end].sentence].paragraph == paragraph { end += 1 }
            let atLineEnd = end == tokens.count || document.sentences[tokens[end].sentence].paragraph != paragraph
            guard end > start, atLineEnd || tokens[end].kind == .dash || tokens[end].text == ",",
                  words.isPlacePhrase(tokens[start..<end].map(\.text).joined(separator: " ")),
                  !result.contains(where: { $0.tokens.overlaps(start..<end) && $0.type != .place }) else { continue }
            result.removeAll { $0.tokens.overlaps(start..<end) }
            result.append(NameSpan(.place, start..<end))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
