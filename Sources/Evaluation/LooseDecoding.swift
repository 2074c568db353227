/// Decoding helpers that read fields as loosely as the reference scorer's Python does.
extension KeyedDecodingContainer {
    /// The raw value of `key`, or nil when the key is absent.
    func looseValue(_ key: Key) throws -> JSONValue? {
        try decodeIfPresent(JSONValue.self, forKey: key)
    }

    /// A string field: nil when absent or null; any other kind of value is an error.
    func looseString(_ key: Key) throws -> String? {
        switch try looseValue(key) {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: throw mismatch(key, "a string or null", found: other)
        }
    }

    /// A list field: empty when absent, null or another false value (score.py's `x.get(key) or []`).
    func looseList<Element: Decodable>(_ key: Key) throws -> [Element] {
        guard let value = try looseValue(key), value.isTruthy else { return [] }
        return try decode([Element].self, forKey: key)
    }

    /// A list of names: a list (non-string items are skipped), one string, or null/absent for none
    /// (score.py's `_aliases`).
    func aliasList(_ key: Key) throws -> [String] {
        try aliasList(from: looseValue(key), key: key)
    }

    func aliasList(from value: JSONValue?, key: Key) throws -> [String] {
        switch value {
        case nil, .null?: return []
        case .string(let text)?: return [text]
        case .array(let items)?:
            return items.compactMap { item in
                if case .string(let text) = item { return text }
                return nil
            }
        case let other?: throw mismatch(key, "a list of names or one name", found: other)
        }
    }

    /// The article id: required; a number is taken as Python's `str()` of it.
    func documentID(_ key: Key) throws -> String {
        guard let value = try looseValue(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "the line has no \"id\""))
        }
        guard let text = value.pythonString else { throw mismatch(key, "a string", found: value) }
        return text
    }

    func mismatch(_ key: Key, _ expected: String, found value: JSONValue) -> DecodingError {
        .dataCorruptedError(forKey: key, in: self, debugDescription: "expected \(expected), found \(value.kindName)")
    }
}
