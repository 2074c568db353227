import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timing helpers: a monotonic clock, medians and percentiles.
enum Clock {
    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its duration in seconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    /// CPU seconds the calling thread has used (user and system), which other processes on the machine do
    /// not inflate as they do wall time.
    static func threadCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its duration in seconds and the CPU seconds the calling thread spent on it.
    static func timeWithCPU(_ body: () throws -> Void) rethrows -> (seconds: Double, cpu: Double) {
        let start = now(), startCPU = threadCPU()
        try body()
        return (now() - start, threadCPU() - startCPU)
    }

    static func median(_ values: [Double]) -> Double {
        percentile(values, 0.5)
    }

    /// The nearest-rank percentile `p` (0...1) of `values`.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }
}

/// A child process run to completion, with what `wait4` says about it.
struct ChildRun {
    let status: Int32
    let seconds: Double
    /// Peak resident set size of the child (`ru_maxrss`), in bytes.
    let peakRSS: Int
    /// Standard output and standard error, merged.
    let output: String

    /// Runs `executable` with `arguments`, its output going to `logPath`.
    static func run(_ executable: String, _ arguments: [String], logPath: String) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Clock.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed for \(executable): \(String(cString: strerror(errno)))") }
        }
        let seconds = Clock.now() - start
        let output = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ChildRun(status: exitStatus, seconds: seconds, peakRSS: Int(usage.ru_maxrss) * 1024, output: output)
    }
}

/// This process's own peak resident set size in bytes (VmHWM).
func ownPeakRSS() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return 0 }
    return kib * 1024
}
