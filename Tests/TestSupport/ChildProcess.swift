public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program the tests start and watch themselves, with `posix_spawn` and `waitpid` on its own id.
///
/// Foundation's `Process` learns that a child ended through a socket the child inherits; a descriptor that
/// leaks into another child started at the same moment, or a lost wake-up, leaves `waitUntilExit()` waiting
/// for good. Here every pipe the tests open for a child is close-on-exec before any other child starts, the
/// child starts with no blocked signals (a test thread may block SIGINT), and every wait has
/// a deadline after which the child is killed and the test fails with the command's name.
public final class ChildProcess: @unchecked Sendable {
    /// What a child's standard input, output or error is connected to.
    enum Stream {
        /// A descriptor of the test process, duplicated into the child.
        case descriptor(Int32)
        /// A file, created or truncated for output.
        case file(String)
        /// /dev/null.
        case null
    }

    /// A child that did not end in time, or could not be started.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The child's process id.
    public let pid: pid_t
    /// The command line, for messages.
    public let commandLine: String

    private let lock = NSLock()
    private var exitStatus: Int32?

    private init(pid: pid_t, commandLine: String) {
        self.pid = pid
        self.commandLine = commandLine
    }

    /// Starts `executable` with `arguments` in `directory`, its standard streams connected as given.
    ///
    /// - Throws: ``Failure`` when `posix_spawn` fails.
    static func spawn(_ executable: String, _ arguments: [String], directory: URL,
                      stdin: Stream, stdout: Stream, stderr: Stream) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            let flags = target == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC
            switch stream {
            case .descriptor(let descriptor): posix_spawn_file_actions_adddup2(&actions, descriptor, target)
            case .file(let path): posix_spawn_file_actions_addopen(&actions, target, path, flags, 0o644)
            case .null: posix_spawn_file_actions_addopen(&actions, target, "/dev/null", flags, 0)
            }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), defaults = sigset_t()
        sigemptyset(&noSignals)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let commandLine = ([executable] + arguments).joined(separator: " ")
        // env -C changes the folder: posix_spawn's own chdir action is a GNU extension Swift does not see.
        let argv: [UnsafeMutablePointer<CChar>?] = (["env", "-C", directory.path, executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let result = spawnLock.withLock {
            argv.withUnsafeBufferPointer { argvBuffer in
                posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argvBuffer.baseAddress!, environ)
            }
        }
        guard result == 0 else {
            throw Failure(description: "cannot start \(commandLine): \(String(cString: strerror(result)))")
        }
        return ChildProcess(pid: pid, commandLine: String(commandLine.prefix(200)))
    }

    /// Starts `executable` in `directory` with standard input from /dev/null and its output in two files,
    /// without waiting for it.
    public static func start(_ executable: String, _ arguments: [String], directory: URL,
                             stdoutFile: String, stderrFile: String) throws -> ChildProcess {
        try spawn(executable, arguments, directory: directory, stdin: .null, stdout: .file(stdoutFile),
                  stderr: .file(stderrFile))
    }

    /// The exit status once the child has ended, reaping it; nil while it runs.
    private func poll() -> Int32? {
        lock.withLock {
            if let exitStatus { return exitStatus }
            var status: Int32 = 0
            let waited = waitpid(pid, &status, WNOHANG)
            guard waited == pid else { return nil }
            // Exited: its exit code; killed by a signal: 128 + the signal, as a shell reports it.
            let signal = status & 0x7f
            exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
            return exitStatus
        }
    }

    /// Whether the child is still running.
    public var isRunning: Bool { poll() == nil }

    /// Sends `signal` to the child (nothing once it has been reaped).
    public func send(_ signal: Int32) {
        lock.withLock { if exitStatus == nil { _ = kill(pid, signal) } }
    }

    /// Waits for the child to end and returns its exit status (128 + the signal when a signal ended it).
    ///
    /// - Throws: ``Failure`` naming the command when it runs past `timeout` seconds; it is killed then.
    @discardableResult
    public func wait(timeout: TimeInterval = ChildProcess.defaultTimeout) throws -> Int32 {
        let deadline = Date(timeIntervalSinceNow: timeout)
        var pause: useconds_t = 200
        while true {
            if let status = poll() { return status }
            if Date() > deadline {
                send(SIGKILL)
                while poll() == nil { usleep(1000) }
                throw Failure(description: "\(commandLine) ran past \(String(format: "%g", timeout)) s and was killed")
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    /// Held while a pipe for a child is made close-on-exec and while a child starts, so no child of the tests
    /// inherits another's pipe.
    static let spawnLock = NSLock()

    /// How long a child may run before a wait gives up on it: far above any run of the suite's commands.
    public static let defaultTimeout: TimeInterval = 600
}

/// The two ends of a pipe, both close-on-exec so no other child of the tests inherits them.
struct PipeEnds {
    let read: Int32
    let write: Int32

    init() throws {
        var ends: [Int32] = [0, 0]
        let made = ChildProcess.spawnLock.withLock {
            guard pipe(&ends) == 0 else { return false }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            return true
        }
        guard made else {
            throw ChildProcess.Failure(description: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        (read, write) = (ends[0], ends[1])
    }
}
