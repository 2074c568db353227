extension StringProtocol {
    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8.
    ///
    /// With Foundation imported, `contains(_:)` on two strings is `NSString.range(of:)`: it bridges both
    /// strings to UTF-16 and searches with Unicode rules, which cost a few percent of an article's
    /// extraction. The text the extractor looks for ("-", " ", ".", a name key) is plain, and the byte
    /// search gives the same answer for it.
    public func containsLiterally(_ needle: some StringProtocol) -> Bool {
        let needleUTF8 = needle.utf8
        guard let first = needleUTF8.first else { return true }
        if needleUTF8.count == 1 { return utf8.contains(first) }
        let needleBytes = Array(needleUTF8)
        let search = { (haystack: UnsafeBufferPointer<UInt8>) -> Bool in
            guard haystack.count >= needleBytes.count else { return false }
            for start in 0...(haystack.count - needleBytes.count) where haystack[start] == first {
                if needleBytes.indices.dropFirst().allSatisfy({ haystack[start + $0] == needleBytes[$0] }) { return true }
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}
