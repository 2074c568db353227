/// The gold annotation of one article, in the gold form of `eval/FORMAT.md` (e.g.
/// `../shared/dev/seed-gold.jsonl`): every item carries the list of names that count as correct.
///
/// ```swift
/// let line = #"{"id": "a1", "date": "2024-01-31", "entities": [{"type": "PERSON", "names": ["Seymur Nasirov", "Nasirov"], "optional": false}], "affiliations": [], "quotes": [{"speaker": ["Seymur Nasirov"], "start": "We are proud of our"}]}"#
/// let gold = try JSONDecoder().decode(GoldDocument.self, from: Data(line.utf8))
/// gold.entities[0].names   // ["Seymur Nasirov", "Nasirov"]
/// ```
///
/// Decoding follows the reference scorer: a name list may also be one string or null; an entity may
/// give `name` instead of `names`; `optional` is false unless present and truthy; a quote may give
/// `text` instead of `start`; missing or null lists are empty.
public struct GoldDocument: Sendable, Hashable, Decodable {
    /// An entity with every acceptable name.
    public struct Entity: Sendable, Hashable, Decodable {
        /// "PERSON", "ORG", "PLACE" or "DATE".
        public var type: String
        /// The acceptable names (for a DATE, the ISO value).
        public var names: [String]
        /// An ambiguous or borderline entity: matching it is neither a hit nor a false alarm, and missing
        /// it is no miss.
        public var optional: Bool

        public init(type: String, names: [String], optional: Bool = false) {
            self.type = type
            self.names = names
            self.optional = optional
        }

        enum CodingKeys: String, CodingKey {
            case type, names, name, optional
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if case .string(let text) = try container.looseValue(.type) { type = text } else { type = "" }
            // score.py: g.get("names", g.get("name")) — a present "names" wins even when it is null.
            names = container.contains(.names) ? try container.aliasList(.names) : try container.aliasList(.name)
            optional = try container.looseValue(.optional)?.isTruthy ?? false
        }
    }

    /// The role of a gold affiliation, as the gold line states it.
    public enum Role: Sendable, Hashable {
        /// No role (null, "" or absent): agrees with a prediction without a role.
        case unstated
        /// One role ("Chairman"): agrees with a predicted role of the same normalized form.
        case stated(String)
        /// A list of acceptable roles: agrees with a predicted role equal to one of them (never with
        /// no role).
        case anyOf([String])
    }

    /// A person's role in an organisation, with the acceptable names of both.
    public struct Affiliation: Sendable, Hashable, Decodable {
        public var person: [String]
        public var org: [String]
        public var role: Role

        public init(person: [String], org: [String], role: Role = .unstated) {
            self.person = person
            self.org = org
            self.role = role
        }

        enum CodingKeys: String, CodingKey {
            case person, org, role
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            person = try container.aliasList(.person)
            org = try container.aliasList(.org)
            let value = try container.looseValue(.role)
            switch value {
            case .array?:
                role = .anyOf(try container.aliasList(from: value, key: .role))
            case .string(let text)? where !text.isEmpty:
                role = .stated(text)
            case let other? where other.isTruthy:
                throw container.mismatch(.role, "a string, a list of strings or null", found: other)
            default:
                role = .unstated
            }
        }
    }

    /// A quote: its first words and every acceptable speaker name.
    public struct Quote: Sendable, Hashable, Decodable {
        public var speaker: [String]
        /// The first words of the quote as written (the guidelines ask for six; five are compared).
        public var start: String

        public init(speaker: [String], start: String) {
            self.speaker = speaker
            self.start = start
        }

        enum CodingKeys: String, CodingKey {
            case speaker, start, text
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            speaker = try container.aliasList(.speaker)
            // score.py: q.get("start", q.get("text", "")) — a present "start" wins even when it is null.
            start = try container.looseString(container.contains(.start) ? .start : .text) ?? ""
        }
    }

    /// The article id: its file name without the extension.
    public var id: String
    /// The publication date, YYYY-MM-DD, when the gold line gives one.
    public var date: String?
    /// Where the article was published, when the gold line gives it.
    public var sourceURL: String?
    public var entities: [Entity]
    public var affiliations: [Affiliation]
    public var quotes: [Quote]

    public init(id: String, date: String? = nil, sourceURL: String? = nil, entities: [Entity] = [],
                affiliations: [Affiliation] = [], quotes: [Quote] = []) {
        self.id = id
        self.date = date
        self.sourceURL = sourceURL
        self.entities = entities
        self.affiliations = affiliations
        self.quotes = quotes
    }

    enum CodingKeys: String, CodingKey {
        case id, date, entities, affiliations, quotes
        case sourceURL = "source_url"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.documentID(.id)
        if case .string(let text) = try container.looseValue(.date) { date = text } else { date = nil }
        if case .string(let text) = try container.looseValue(.sourceURL) { sourceURL = text } else { sourceURL = nil }
        entities = try container.looseList(.entities)
        affiliations = try container.looseList(.affiliations)
        quotes = try container.looseList(.quotes)
    }
}
