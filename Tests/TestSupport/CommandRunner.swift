public import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// Runs `executable` with `arguments`, feeding `input` on standard input, in `directory`, and waits
    /// for it to end.
    ///
    /// - Throws: ``ChildProcess/Failure`` when it cannot start, or runs past `timeout` seconds (it is
    ///   killed then) or leaves its output open.
    public static func run(_ executable: String, _ arguments: [String], input: String? = nil,
                           directory: URL? = nil,
                           timeout: TimeInterval = ChildProcess.defaultTimeout) throws -> CommandResult {
        _ = ignoreBrokenPipes
        let stdin = try PipeEnds(), stdout = try PipeEnds(), stderr = try PipeEnds()
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(executable, arguments, directory: directory ?? packageRoot,
                                           stdin: .descriptor(stdin.read), stdout: .descriptor(stdout.write),
                                           stderr: .descriptor(stderr.write))
        } catch {
            [stdin.read, stdin.write, stdout.read, stdout.write, stderr.read, stderr.write].forEach { close($0) }
            throw error
        }
        [stdin.read, stdout.write, stderr.write].forEach { close($0) }
        // Feed and read on threads of their own so a full pipe never blocks the child or us.
        let finished = DispatchGroup()
        let feeder = FileHandle(fileDescriptor: stdin.write, closeOnDealloc: true)
        let outReader = FileHandle(fileDescriptor: stdout.read, closeOnDealloc: true)
        let errReader = FileHandle(fileDescriptor: stderr.read, closeOnDealloc: true)
        let outData = Collected(), errData = Collected()
        for (reader, collected) in [(outReader, outData), (errReader, errData)] {
            finished.enter()
            Thread { collected.data = reader.readDataToEndOfFile(); finished.leave() }.start()
        }
        finished.enter()
        Thread {
            if let input { try? feeder.write(contentsOf: Data(input.utf8)) }
            try? feeder.close()
            finished.leave()
        }.start()
        let status = try child.wait(timeout: timeout)
        guard finished.wait(timeout: .now() + 60) == .success else {
            throw ChildProcess.Failure(description: "\(child.commandLine) ended but its output stayed open")
        }
        return CommandResult(status: status, stdout: String(decoding: outData.data, as: UTF8.self),
                             stderr: String(decoding: errData.data, as: UTF8.self))
    }

    /// A child that exits without reading its input makes writing it fail with EPIPE instead of ending the
    /// tests with SIGPIPE.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs the built `newsdex` binary.
    public static func newsdex(_ arguments: [String], input: String? = nil) throws -> CommandResult {
        try run(newsdexBinary, arguments, input: input)
    }

    /// Runs the `sqlite3` shell on `database` with one SQL text.
    public static func sqlite3(_ database: String, _ sql: String) throws -> CommandResult {
        try run("/usr/bin/env", ["sqlite3", database, sql])
    }
}

/// Bytes one reader thread collects and the waiting thread takes.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()

    var data: Data {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
