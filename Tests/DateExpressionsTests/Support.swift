import ArticleText
import DateExpressions

/// The mentions of `text` as (text as written, ISO value), with `anchor` as the article date.
func mentions(_ text: String, anchor: String? = "2024-01-31") -> [(text: String, iso: String)] {
    let document = TextDocument(text)
    return DateExtractor.extract(from: document, anchor: anchor.flatMap(ArticleDate.init(iso:)))
        .map { ($0.text, $0.value.iso) }
}

/// The ISO values found in `text`, in text order.
func values(_ text: String, anchor: String? = "2024-01-31") -> [String] {
    mentions(text, anchor: anchor).map(\.iso)
}
