public import Extraction

/// What the system extracted from one article, in the interchange format of `eval/FORMAT.md` (the line
/// `newsdex export --format jsonl` prints and `newsdex eval --system` reads).
///
/// ```swift
/// let document = SystemDocument(
///     id: "000_8cefabb49d12b7f0", date: "2024-01-31",
///     entities: [.init(type: .person, name: "Seymur Nasirov"), .init(type: .date, name: "2024-01-31")],
///     affiliations: [.init(person: "Seymur Nasirov", org: "Patriot Association", role: "Chairman")],
///     quotes: [.init(speaker: "Seymur Nasirov", text: "We are proud of our President")])
/// document.jsonLine
/// // {"id": "000_8cefabb49d12b7f0", "date": "2024-01-31", "entities": [{"type": "PERSON", ...
/// ```
///
/// Decoding is as lenient as the reference scorer's reading: missing or null lists are empty, a
/// missing or null name or text is "", an entity type outside the four is kept (and counted apart when
/// scoring), and an empty speaker reads as none. Encoding always writes every key, with `null` for a
/// missing date, role or speaker.
public struct SystemDocument: Sendable, Hashable, Codable {
    /// One entity of the article, document level: each distinct entity once.
    public struct Entity: Sendable, Hashable, Codable {
        /// "PERSON", "ORG", "PLACE" or "DATE" (other values are read, and ignored by the scorer).
        public var type: String
        /// The canonical name; for a DATE the ISO value (YYYY-MM-DD, YYYY-MM or YYYY).
        public var name: String

        public init(type: String, name: String) {
            self.type = type
            self.name = name
        }

        public init(type: EntityType, name: String) {
            self.init(type: type.rawValue, name: name)
        }

        enum CodingKeys: String, CodingKey {
            case type, name
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // score.py compares the type with the four names; anything else is an unknown type.
            if case .string(let text) = try container.looseValue(.type) { type = text } else { type = "" }
            name = try container.looseString(.name) ?? ""
        }
    }

    /// A person holding a role in, or speaking for, an organisation.
    public struct Affiliation: Sendable, Hashable, Codable {
        public var person: String
        public var org: String
        /// The role as written ("Chairman", "the Chairman", "active member"), nil when none is stated.
        public var role: String?

        public init(person: String, org: String, role: String?) {
            self.person = person
            self.org = org
            self.role = role
        }

        enum CodingKeys: String, CodingKey {
            case person, org, role
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            person = try container.looseString(.person) ?? ""
            org = try container.looseString(.org) ?? ""
            role = try container.looseString(.role)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(person, forKey: .person)
            try container.encode(org, forKey: .org)
            try container.encode(role, forKey: .role)
        }
    }

    /// A quoted passage and who said it.
    public struct Quote: Sendable, Hashable, Codable {
        /// The name of the PERSON or ORG that said it; nil when no speaker was found. A quote without a
        /// speaker never counts as a quote hit, but can count for quote detection.
        public var speaker: String?
        /// The quoted words.
        public var text: String

        public init(speaker: String?, text: String) {
            self.speaker = speaker
            self.text = text
        }

        enum CodingKeys: String, CodingKey {
            case speaker, text
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let speaker = try container.looseString(.speaker)
            self.speaker = speaker?.isEmpty == true ? nil : speaker
            text = try container.looseString(.text) ?? ""
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(text, forKey: .text)
        }
    }

    /// The article id: its source file name without the extension.
    public var id: String
    /// The publication date, YYYY-MM-DD, or nil when the article has none.
    public var date: String?
    public var entities: [Entity]
    public var affiliations: [Affiliation]
    public var quotes: [Quote]

    public init(id: String, date: String?, entities: [Entity] = [], affiliations: [Affiliation] = [],
                quotes: [Quote] = []) {
        self.id = id
        self.date = date
        self.entities = entities
        self.affiliations = affiliations
        self.quotes = quotes
    }

    enum CodingKeys: String, CodingKey {
        case id, date, entities, affiliations, quotes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.documentID(.id)
        date = try container.looseValue(.date).flatMap { value in
            if case .string(let text) = value { return text }
            return nil
        }
        entities = try container.looseList(.entities)
        affiliations = try container.looseList(.affiliations)
        quotes = try container.looseList(.quotes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(entities, forKey: .entities)
        try container.encode(affiliations, forKey: .affiliations)
        try container.encode(quotes, forKey: .quotes)
    }

    /// The document as one JSONL line (no line break), keys in FORMAT.md's order, printed the way
    /// Python's `json.dumps(..., ensure_ascii=False)` prints.
    public var jsonLine: String {
        JSONOutput.object([
            ("id", .string(id)),
            ("date", .optionalString(date)),
            ("entities", .array(entities.map { .object([("type", .string($0.type)), ("name", .string($0.name))]) })),
            ("affiliations", .array(affiliations.map {
                .object([("person", .string($0.person)), ("org", .string($0.org)), ("role", .optionalString($0.role))])
            })),
            ("quotes", .array(quotes.map { .object([("speaker", .optionalString($0.speaker)), ("text", .string($0.text))]) })),
        ]).text
    }
}
