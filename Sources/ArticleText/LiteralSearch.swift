extension StringProtocol {
    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8.
    ///
    /// With Foundation imported, `contains(_:)` on two strings is `NSString.range(of:)`: it bridges both
    /// strings to UTF-16 and searches with Unicode rules, which cost a few percent of an article's
    /// extraction. The text the extractor looks for ("-", " ", ".", a name key) is plain, and the byte
    /// search gives the same answer for it. Inlinable, so that callers in other modules search the
    /// contiguous bytes of their `String` or `Substring` instead of walking a generic UTF-8 view.
    @inlinable
    public func containsLiterally(_ needle: some StringProtocol) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { LiteralSearch.contains(haystack, $0) }
        }
        if let found, let result = found { return result }
        return Array(utf8).withUnsafeBufferPointer { haystack in
            Array(needle.utf8).withUnsafeBufferPointer { LiteralSearch.contains(haystack, $0) }
        }
    }
}

/// The byte search behind `containsLiterally`.
public enum LiteralSearch {
    /// Whether the bytes `needle` occur in `haystack` (an empty needle occurs everywhere).
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        if needle.count == 1 { return haystack.contains(first) }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var matched = 1
            while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
    }
}
