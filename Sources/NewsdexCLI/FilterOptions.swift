import ArgumentParser
import Index

/// The person / organisation / place / date filters shared by `query` and `graph`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only this person (any alias).")
    var person: String?
    @Option(name: [.customLong("org"), .customLong("organization")], help: "Only this organisation (any alias).")
    var organization: String?
    @Option(help: "Only organisations at this place (any alias).")
    var place: String?
    @Option(help: ArgumentHelp("Articles published on or after this date.", valueName: "YYYY-MM-DD"))
    var from: String?
    @Option(help: ArgumentHelp("Articles published on or before this date.", valueName: "YYYY-MM-DD"))
    var to: String?

    func validate() throws {
        for (option, value) in [("--from", from), ("--to", to)] {
            if let value, !value.isISODatePrefix {
                throw ValidationError("\(option) takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '\(value)'")
            }
        }
    }

    /// The filters, with `--to` made inclusive of the whole month or year it names.
    func filters(entity: String? = nil, type: String? = nil, words: String? = nil, limit: Int = 100) -> QueryFilters {
        QueryFilters(entity: entity, type: type, person: person, organization: organization, place: place,
                     from: from, to: to.map(\.inclusiveUpperBound), words: words, limit: limit)
    }
}
