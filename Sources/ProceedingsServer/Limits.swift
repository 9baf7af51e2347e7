import Foundation
import ProceedingsKit

/// An error the client is told about: JSON with a status that means what it says.
struct ServiceError: Error {
    var status: Int
    var message: String
    var findings: [Finding] = []
}

/// Runs synchronous work on a thread of its own and waits for it at most `timeout`. The work
/// (libxml2, the importers) blocks: on the concurrency runtime's threads, one per core, a few
/// validations would stall every other request and the deadline's own timer. It cannot be
/// interrupted either: past the deadline the client gets 503 and the work finishes on its own,
/// still holding its place under the gate, and its result is dropped.
func withDeadline<T: Sendable>(_ timeout: Duration, gate: Gate, _ work: @escaping @Sendable () throws -> T) async throws -> T {
    let once = Once()
    let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<T, any Error>, Never>) in
        let timer = Task {
            try await Task.sleep(for: timeout)
            if once.claim() {
                continuation.resume(returning: .failure(ServiceError(
                    status: 503, message: "the request took longer than the timeout of \(timeout.secondsText) seconds")))
            }
        }
        Thread {
            let result = Result { try work() }
            // The place is given back before the answer is released, never after: a client that
            // sends its next request as soon as it reads this answer must find the place free.
            // (Released after resuming, it was often still taken: the woken handler took the core,
            // and the answer and the next request went through before this thread ran again.)
            gate.leave()
            if once.claim() {
                timer.cancel()
                continuation.resume(returning: result)
            }
        }.start()
    }
    return try result.get()
}

extension Duration {
    /// `60`, `0.1`: as the option was written.
    var secondsText: String {
        let (seconds, attoseconds) = components
        return String(format: "%g", Double(seconds) + Double(attoseconds) / 1e18)
    }

    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

/// The first caller of `claim` wins; a continuation must be resumed exactly once.
private final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = false

    func claim() -> Bool {
        lock.withLock {
            defer { claimed = true }
            return !claimed
        }
    }
}
