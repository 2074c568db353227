// swift-tools-version:6.1
import PackageDescription

/// newsdex: news articles in, one SQLite entity index out.
///
/// Module map (one job each):
/// - `CSQLite`: the system SQLite library (module map + shim header).
/// - `SQLiteDB`: our thin Swift wrapper; the only module that imports `CSQLite`.
/// - `ArticleText`: article header, paragraphs, tokens, sentences — exact offsets.
/// - `DateExpressions`: calendar dates in text, normalized to ISO against the article date.
/// - `Lexicon`: gazetteers and word lists generated from open data, embedded in the binary.
/// - `NameTagger`: the averaged-perceptron BILOU tagger for PERSON / ORG / PLACE, and its training.
/// - `Extraction`: the whole analysis of one article (entities, coreference, places, affiliations, quotes).
/// - `Index`: the SQLite schema, ingest and the canned queries.
/// - `Evaluation`: the JSONL interchange format and the scorers.
/// - `Network`: the person — organisation — place graph, as Graphviz DOT and GraphML.
/// - `NewsdexCLI`: the `newsdex` command line.
/// - `Fuzz`: the libFuzzer target over the header parser and the extraction (`make fuzz`).
/// - `Bench`: `newsdex-bench`, the speed and memory benchmark (`make bench`).
let package = Package(
    name: "newsdex",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsdex", targets: ["NewsdexCLI"]),
        .executable(name: "newsdex-bench", targets: ["Bench"]),
        .executable(name: "newsdex-fuzz", targets: ["Fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "SQLiteDB", dependencies: ["CSQLite"]),
        .target(name: "ArticleText"),
        .target(name: "DateExpressions", dependencies: ["ArticleText"]),
        .target(
            name: "Lexicon",
            exclude: ["Embedded"],
            plugins: ["EmbedResourcePlugin"]
        ),
        .target(
            name: "NameTagger",
            dependencies: ["ArticleText", "Lexicon"],
            exclude: ["Embedded"],
            plugins: ["EmbedResourcePlugin"]
        ),
        .target(name: "Extraction", dependencies: ["ArticleText", "DateExpressions", "Lexicon", "NameTagger"]),
        .target(
            name: "Index",
            dependencies: ["SQLiteDB", "Extraction", "Lexicon"],
            exclude: ["Embedded"],
            plugins: ["EmbedResourcePlugin"]
        ),
        .target(name: "Evaluation", dependencies: ["Extraction", "Index", "NameTagger", "SQLiteDB"]),
        .target(name: "Network", dependencies: ["Index", "SQLiteDB"]),
        .executableTarget(
            name: "NewsdexCLI",
            dependencies: [
                "Index", "Evaluation", "Extraction", "NameTagger", "ArticleText", "SQLiteDB", "Network",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "EmbedResource"),
        .executableTarget(
            name: "Bench",
            dependencies: [
                "Index", "Extraction", "ArticleText", "Lexicon", "NameTagger", "SQLiteDB",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "Fuzz", dependencies: ["ArticleText", "Extraction"]),
        .plugin(name: "EmbedResourcePlugin", capability: .buildTool(), dependencies: ["EmbedResource"]),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB", "TestSupport"]),
        .testTarget(name: "ArticleTextTests", dependencies: ["ArticleText"]),
        .testTarget(name: "DateExpressionsTests", dependencies: ["DateExpressions", "ArticleText"]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon", "TestSupport"]),
        .testTarget(name: "NameTaggerTests", dependencies: ["NameTagger", "ArticleText"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"]),
        .testTarget(name: "IndexTests", dependencies: ["Index", "SQLiteDB", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Index", "Extraction", "NameTagger", "TestSupport"]),
        .testTarget(name: "NewsdexCLITests", dependencies: ["TestSupport"]),
        .testTarget(name: "NetworkTests", dependencies: ["Network", "Index", "SQLiteDB", "TestSupport"]),
    ]
)

for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
