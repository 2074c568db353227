import Dispatch
import Foundation

/// Work spread over threads, for the extraction timings and the floor's untimed analyses.
enum Parallel {
    /// Calls `body` for every index in `0..<count`, on `threads` threads taking the next index as they finish.
    static func forEach(_ count: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while case let index = next.take(), index < count { body(index) }
        }
    }

    /// `transform` of every element, computed on all cores, in order.
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) throws -> U) throws -> [U] {
        let results = Slots<Result<U, Error>>(count: items.count)
        forEach(items.count, threads: ProcessInfo.processInfo.activeProcessorCount) { index in
            results.set(index, Result { try transform(items[index]) })
        }
        return try results.values.map { try $0!.get() }
    }
}

/// A shared next-index counter.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take() -> Int {
        lock.withLock {
            value += 1
            return value - 1
        }
    }
}

/// Results written by index from several threads.
private final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [T?]

    init(count: Int) {
        stored = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: T) {
        lock.withLock { stored[index] = value }
    }

    var values: [T?] { lock.withLock { stored } }
}
