import Foundation
import ProceedingsKit

/// An error the client is told about: JSON with a status that means what it says.
struct ServiceError: Error {
    var status: Int
    var message: String
    var findings: [Finding] = []
}

/// Caps the requests that read and validate at once. A request over the cap is answered 503 at
/// once rather than queued: a queue would hold bodies in memory and hide overload from clients.
final class Gate: @unchecked Sendable {
    private let lock = NSLock()
    private var inUse = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    func tryEnter() -> Bool {
        lock.withLock {
            guard inUse < limit else { return false }
            inUse += 1
            return true
        }
    }

    func leave() { lock.withLock { inUse -= 1 } }
}

/// Runs synchronous work off the request's task and waits for it at most `timeout`. The work
/// (libxml2, the importers) cannot be interrupted; past the deadline the client gets 503 and the
/// work finishes on its own, still holding its place under the gate, and its result is dropped.
func withDeadline<T: Sendable>(_ timeout: Duration, gate: Gate, _ work: @escaping @Sendable () throws -> T) async throws -> T {
    let once = Once()
    let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<T, any Error>, Never>) in
        let timer = Task {
            try await Task.sleep(for: timeout)
            if once.claim() {
                continuation.resume(returning: .failure(ServiceError(status: 503, message: "the request took longer than the timeout of \(timeout.components.seconds) seconds")))
            }
        }
        Task.detached {
            let result = Result { try work() }
            // The place is given back before the answer is released, never after: a client that
            // sends its next request as soon as it reads this answer must find the place free.
            // (Released after resuming, it was often still taken: the woken handler took the core,
            // and the answer and the next request went through before this task ran again.)
            gate.leave()
            if once.claim() {
                timer.cancel()
                continuation.resume(returning: result)
            }
        }
    }
    return try result.get()
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
