import ArticleText
import Extraction
import Foundation

/// The fuzz target: bytes in, through the header parser and the whole extraction, as `newsdex ingest` runs
/// them, with the invariants the index relies on checked on the result.
enum FuzzTarget {
    /// Built once: loading the tagger and the lexicon is far slower than one input.
    static let extractor = Extractor()

    /// Parses and analyzes `bytes` (decoded as UTF-8 with replacement characters, as ingest does).
    ///
    /// Traps, naming the broken invariant, if the analysis would violate the index's schema.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let source = ArticleSource.parse(String(decoding: bytes, as: UTF8.self))
        let analysis = extractor.analyze(source)
        if let problem = firstViolation(in: analysis) {
            fatalError("extraction broke an index invariant: \(problem)")
        }
    }

    /// The first way `analysis` breaks what the index stores about it (offsets inside the text and
    /// non-empty, a mention's text equal to its span, indices that point at something), or nil.
    static func firstViolation(in analysis: ArticleAnalysis) -> String? {
        let document = analysis.document
        let length = document.scalars.count
        func span(_ range: Range<Int>, _ text: String?, _ what: String) -> String? {
            guard range.lowerBound >= 0, range.upperBound > range.lowerBound, range.upperBound <= length else {
                return "\(what) has range \(range) in a text of \(length) scalars"
            }
            if let text, text != document.string(range) {
                return "\(what) text '\(text)' differs from its span '\(document.string(range))'"
            }
            return nil
        }
        let entities = analysis.entities.indices, sentences = document.sentences.indices
        for (index, sentence) in document.sentences.enumerated() {
            if let problem = span(sentence.range, nil, "sentence \(index)") { return problem }
        }
        for mention in analysis.mentions {
            if let problem = span(mention.range, mention.text, "mention \(mention)") { return problem }
            guard entities.contains(mention.entity), sentences.contains(mention.sentence) else {
                return "mention \(mention) points at a missing entity or sentence"
            }
        }
        for quote in analysis.quotes {
            // A quote's text leaves out quotation marks inside it (a quote over two paragraphs).
            if let problem = span(quote.range, nil, "quote \(quote.range)") { return problem }
            guard sentences.contains(quote.sentence), quote.speakers.allSatisfy(entities.contains) else {
                return "quote \(quote.range) points at a missing sentence or speaker"
            }
        }
        for affiliation in analysis.affiliations
        where !(entities.contains(affiliation.person) && entities.contains(affiliation.org)
                && sentences.contains(affiliation.sentence)) {
            return "affiliation \(affiliation) points at a missing entity or sentence"
        }
        for link in analysis.orgPlaces where !(entities.contains(link.org) && entities.contains(link.place)) {
            return "organisation place \(link) points at a missing entity"
        }
        return nil
    }
}

#if NEWSDEX_FUZZ
/// libFuzzer's driver, for a program that has its own `main` (SwiftPM names the entry point of an
/// executable target itself, so libFuzzer's `main` cannot be used).
@_extern(c, "LLVMFuzzerRunDriver")
func runFuzzDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

/// `newsdex-fuzz`: built by `make fuzz` (`-D NEWSDEX_FUZZ`), libFuzzer with its usual arguments
/// (corpus folders, `-max_total_time=N`, a crash file to replay); built plainly, a replay tool that
/// runs each file named on the command line through the target and says which passed.
@main
enum FuzzMain {
    static func main() {
        #if NEWSDEX_FUZZ
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzDriver(&argc, &argv) { data, size in
            FuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
            return 0
        })
        #else
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: newsdex-fuzz FILE... (make fuzz builds the libFuzzer target)\n".utf8))
            exit(64)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("newsdex-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            data.withUnsafeBytes { FuzzTarget.run($0.bindMemory(to: UInt8.self)) }
            print("ok \(path)")
        }
        #endif
    }
}
