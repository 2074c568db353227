import Foundation
import Testing
import ArticleText
@testable import Extraction

/// The shortcuts of the name mechanisms must answer exactly as the general code they skip.
@Suite struct FastPathTests {
    @Test func asciiLetterCaseAgreesWithUnicodeProperties() {
        for value in UInt8(0)...UInt8(0x7F) {
            let scalar = Unicode.Scalar(value)
            #expect(Token.isUppercase(scalar) == scalar.properties.isUppercase, "\(value)")
            #expect(Token.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "\(value)")
        }
    }

    /// The definitions the one-pass versions replace.
    private func referenceIsAcronymLike(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "&" }
    }

    @Test func acronymsAndCapitalsAsTheirDefinitions() {
        let document = TextDocument("CEC UK U.S. BAKU Baku B A&B AT&T ÖZ ÖzA US-EU X1 A.B. Über über ǅemal Σ ΣΑ 1A -- İSTANBUL")
        for token in document.tokens {
            #expect(token.isAcronymLike == referenceIsAcronymLike(token.text), "\(token.text)")
            #expect(token.startsUpper == (token.text.unicodeScalars.first?.properties.isUppercase ?? false), "\(token.text)")
            #expect(token.lower == token.text.lowercased())
        }
        #expect(document.tokens.filter(\.isAcronymLike).map(\.text) == ["CEC", "UK", "U.S.", "BAKU", "AT", "ÖZ", "US-EU", "A.B.", "ΣΑ", "İSTANBUL"])
    }

    /// The ASCII search for a trailing " in PLACE" finds what Foundation's backwards search finds.
    @Test(arguments: ["association of azerbaijanis in quebec", "union in baku in azerbaijan", "in", " in ", "in in in",
                      "council in", "a in b", "coordination council of azerbaijanis in arab countries in egypt",
                      "ministry", "", "institute in", "society in london in 2024", "kin ingrid", "i̇nstitute in i̇stanbul"])
    func trailingPlaceAsFoundationFindsIt(key: String) {
        let expected = key.range(of: " in ", options: .backwards).map { String(key[..<$0.lowerBound]) } ?? key
        #expect(NameCoreference.withoutTrailingPlace(key) == expected)
    }

    @Test func arabicArticles() {
        #expect(WordClasses.hasArabicArticle("al-Qubati"))
        #expect(WordClasses.hasArabicArticle("el-Sayed"))
        #expect(WordClasses.hasArabicArticle("ad-Din"))
        #expect(WordClasses.hasArabicArticle("ul-Haq"))
        #expect(!WordClasses.hasArabicArticle("al-Q"))
        #expect(!WordClasses.hasArabicArticle("ash-Sham"))  // two letters only
        #expect(!WordClasses.hasArabicArticle("al-qubati"))
        #expect(!WordClasses.hasArabicArticle("xl-Qubati"))
        #expect(!WordClasses.hasArabicArticle("alQubati"))
    }
}
