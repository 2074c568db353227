public import Foundation

/// What a finished child process printed and how it exited.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// Runs programs for end-to-end tests: the built `newsdex` binary, the `sqlite3` shell, python3.
public enum CommandRunner {
    /// The package's root folder (this file is Tests/TestSupport/CommandRunner.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared material beside the project (`../shared`).
    public static let sharedRoot: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The built binary: `$NEWSDEX_BIN` (set by `make test`), else `.build/debug/newsdex`.
    public static var newsdexBinary: String {
        ProcessInfo.processInfo.environment["NEWSDEX_BIN"]
            ?? packageRoot.appendingPathComponent(".build/debug/newsdex").path
    }

    /// Whether an executable is on the PATH.
    public static func isInstalled(_ program: String) -> Bool {
        (try? run("/usr/bin/env", ["which", program]).status) == 0
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input, in `directory`.
    public static func run(_ executable: String, _ arguments: [String], input: String? = nil,
                           directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        let errorData = ErrorCollector()
        let thread = Thread { errorData.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        thread.start()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.done { usleep(1000) }
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errorData.data ?? Data(), as: UTF8.self))
    }

    /// Runs the built `newsdex` binary.
    public static func newsdex(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        try run(newsdexBinary, arguments, input: input)
    }

    /// Runs the `sqlite3` shell on `database` with one SQL text.
    public static func sqlite3(_ database: String, _ sql: String) throws -> CommandResult {
        try run("/usr/bin/env", ["sqlite3", database, sql])
    }
}

private final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Data?
    private var finished = false

    var data: Data? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue; finished = true } }
    }

    var done: Bool { lock.withLock { finished } }
}
