/// The dateline that opens an agency article: place, date and agency before the first sentence.
///
/// ```
/// BAKU, Azerbaijan, January 31.            places "BAKU", "Azerbaijan"
/// ANKARA, Nov 12 (Anadolu) –               place "ANKARA", agency "Anadolu"
/// YEREVAN, March 3. /ARMENPRESS/.          place "YEREVAN", agency "ARMENPRESS"
/// LONDON —                                 place "LONDON"
/// ```
public struct Dateline: Sendable {
    /// The whole dateline, including the date, the agency and the final period or dash.
    public let range: Range<Int>
    /// The place names before the date, one range per comma-separated part.
    public let placeRanges: [Range<Int>]
    /// The agency's name without its parentheses or slashes; nil when the dateline names none.
    public let agencyRange: Range<Int>?
}
