import Foundation

/// Build tool behind `EmbedResourcePlugin`: `EmbedResource INPUT OUTPUT.swift IDENTIFIER` writes a
/// Swift file declaring `let IDENTIFIER: StaticString` with INPUT's bytes in base64.
let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: EmbedResource INPUT OUTPUT.swift IDENTIFIER\n".utf8))
    exit(64)
}
let (input, output, identifier) = (arguments[1], arguments[2], arguments[3])
guard let bytes = FileManager.default.contents(atPath: input) else {
    FileHandle.standardError.write(Data("EmbedResource: cannot read \(input)\n".utf8))
    exit(1)
}
let source = """
    // Generated at build time from \(URL(fileURLWithPath: input).lastPathComponent) by EmbedResource; do not edit.
    let \(identifier): StaticString = "\(bytes.base64EncodedString())"

    """
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("EmbedResource: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
