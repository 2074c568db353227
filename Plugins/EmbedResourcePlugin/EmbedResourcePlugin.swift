import Foundation
import PackagePlugin

/// Embeds every file in a target's `Embedded/` folder into the target's code.
///
/// For `Embedded/schema.sql` the target gains `embedded_schema_sql`, a `StaticString` holding the file
/// in base64. Unlike `.embedInCode`, which writes a `[UInt8]` literal the type checker cannot handle for
/// files of a few megabytes, a string literal compiles in seconds; and unlike a resource bundle, a
/// binary copied alone still carries its data. Editing the file re-runs the command.
@main
struct EmbedResourcePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let folder = target.directoryURL.appending(path: "Embedded")
        let files = (try? FileManager.default.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])) ?? []
        let tool = try context.tool(named: "EmbedResource")
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }.map { file in
            let name = "embedded_" + file.lastPathComponent.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
            let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
            return .buildCommand(
                displayName: "Embedding \(file.lastPathComponent) in \(target.name)",
                executable: tool.url,
                arguments: [file.path, output.path, name],
                inputFiles: [file],
                outputFiles: [output])
        }
    }
}
