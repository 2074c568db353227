import Foundation

/// The generated article files on disk, one folder per thousand.
struct Corpus {
    let folder: String
    /// Every file, in the order `newsdex ingest` reads them.
    let files: [String]
    let bytes: Int

    /// The corpus of `articles` articles under `workdir`, generated unless a complete one is there already.
    static func prepare(in workdir: String, articles: Int, lexiconFile: String, log: (String) -> Void) throws -> Corpus {
        let folder = "\(workdir)/corpus-\(articles)"
        let marker = folder + "/.complete"
        let files = (0..<articles).map { String(format: "%@/%04d/%07d.txt", folder, $0 / 1000, $0) }
        let manager = FileManager.default
        if !manager.fileExists(atPath: marker) {
            log("generating \(articles) articles in \(folder)")
            try? manager.removeItem(atPath: folder)
            let generator = CorpusGenerator(gazetteer: try Gazetteer(lexiconFile: lexiconFile), articles: articles)
            for (number, path) in files.enumerated() {
                if number % 1000 == 0 {
                    try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                }
                try Data(generator.article(number).utf8).write(to: URL(fileURLWithPath: path))
            }
            try Data().write(to: URL(fileURLWithPath: marker))
        }
        let bytes = try files.reduce(0) { $0 + ((try manager.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        return Corpus(folder: folder, files: files, bytes: bytes)
    }
}
