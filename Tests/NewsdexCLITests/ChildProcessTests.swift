import Foundation
import Testing
import TestSupport

/// The runner every end-to-end test starts programs with: it never waits for good, and a child it starts
/// answers signals whatever the starting thread blocks.
@Suite struct ChildProcessTests {
    @Test func aChildPastItsDeadlineIsKilledAndNamed() throws {
        let start = Date()
        #expect {
            try CommandRunner.run("/bin/sleep", ["30"], timeout: 0.5)
        } throws: { error in
            "\(error)".contains("/bin/sleep 30 ran past 0.5 s and was killed")
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func outputInputAndStatusComeBack() throws {
        let result = try CommandRunner.run("/bin/sh", ["-c", "cat; echo err >&2; exit 3"], input: "fed\n")
        #expect(result.status == 3)
        #expect(result.stdout == "fed\n")
        #expect(result.stderr == "err\n")
    }

    @Test func aChildStartedWhereSIGINTIsBlockedStillAnswersIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let started = Started()
        let thread = Thread {
            var blocked = sigset_t()
            sigemptyset(&blocked)
            sigaddset(&blocked, SIGINT)
            pthread_sigmask(SIG_BLOCK, &blocked, nil)
            started.child = try? ChildProcess.start("/bin/sleep", ["30"], directory: directory.url,
                                                    stdoutFile: directory.path("out"), stderrFile: directory.path("err"))
            started.done.signal()
        }
        thread.start()
        started.done.wait()
        let child = try #require(started.child)
        #expect(child.isRunning)
        child.send(SIGINT)
        #expect(try child.wait(timeout: 10) == 128 + SIGINT)
    }
}

/// The child a thread started, handed to the test.
private final class Started: @unchecked Sendable {
    var child: ChildProcess?
    let done = DispatchSemaphore(value: 0)
}
