import Foundation
import NIOCore

/// What became of a request that asked for a place to validate or convert.
enum Admission: Sendable, Equatable {
    case entered
    /// `--queue` requests were already waiting.
    case queueFull
    /// No place came free within `--queue-wait`.
    case waitedTooLong
    /// The client closed its connection while it waited.
    case gone
}

/// Caps the requests that read and work at once (`--max-concurrent`); one over the cap waits for a
/// place in a queue of at most `queueLimit`, first come first served, for at most the queue wait.
/// It waits before any of its body is read, so that the queue holds connections, not bodies: what
/// it costs is a request head and what the socket buffers. Past the bound it is refused, at once,
/// and a refusal costs next to nothing: refusing everything over the cap at once (as this gate
/// did before it had a queue) made four clients on two cores mostly a stream of 503s.
final class Gate: @unchecked Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Admission, Never>
        var timer: Task<Void, Never>?
    }

    private let lock = NSLock()
    private var inUse = 0
    private var waiters: [Waiter] = []
    private var nextID: UInt64 = 0
    private var refusals = 0
    let limit: Int
    let queueLimit: Int

    init(limit: Int, queue: Int) {
        self.limit = limit
        self.queueLimit = queue
    }

    /// Takes a free place without waiting. Not while anyone waits: a place that comes free is
    /// theirs, in order, and a newcomer must not overtake them.
    func tryEnter() -> Bool {
        lock.withLock {
            guard inUse < limit, waiters.isEmpty else { return false }
            inUse += 1
            return true
        }
    }

    /// Takes a place, waiting for one at the end of the queue if need be. `watcher` tells that the
    /// client went away: its place in the queue is given up then, not held until the wait ends.
    func enter(waitingAtMost wait: Duration, watcher: ConnectionWatcher?) async -> Admission {
        let id = lock.withLock { nextID += 1; return nextID }
        let admission = await withCheckedContinuation { (continuation: CheckedContinuation<Admission, Never>) in
            let immediate: Admission? = lock.withLock {
                if inUse < limit, waiters.isEmpty {
                    inUse += 1
                    return .entered
                }
                guard waiters.count < queueLimit else {
                    refusals += 1
                    return .queueFull
                }
                waiters.append(Waiter(id: id, continuation: continuation))
                return nil
            }
            if let immediate {
                continuation.resume(returning: immediate)
                return
            }
            let timer = Task { [self] in
                // Cancelled (the place came, or the client left) it wakes early and does nothing.
                try? await Task.sleep(for: wait)
                if !Task.isCancelled { abandon(id, .waitedTooLong) }
            }
            lock.withLock {
                if let index = waiters.firstIndex(where: { $0.id == id }) { waiters[index].timer = timer } else { timer.cancel() }
            }
            watcher?.whenGone { [self] in abandon(id, .gone) }
        }
        // The connection may carry further requests; this one no longer waits.
        watcher?.whenGone(nil)
        return admission
    }

    /// Gives a place back: to the first in the queue if anyone waits, so that it passes from hand
    /// to hand and the count never dips for a newcomer to take.
    func leave() {
        let next: Waiter? = lock.withLock {
            guard !waiters.isEmpty else {
                inUse -= 1
                return nil
            }
            return waiters.removeFirst()
        }
        guard let next else { return }
        next.timer?.cancel()
        next.continuation.resume(returning: .entered)
    }

    /// Takes a waiter out of the queue, if it is still there: the place may have come first.
    private func abandon(_ id: UInt64, _ reason: Admission) {
        let waiter: Waiter? = lock.withLock {
            guard let index = waiters.firstIndex(where: { $0.id == id }) else { return nil }
            if reason == .waitedTooLong { refusals += 1 }
            return waiters.remove(at: index)
        }
        guard let waiter else { return }
        waiter.timer?.cancel()
        waiter.continuation.resume(returning: reason)
    }

    /// Requests working, waiting, and refused since the start (queue full or waited too long).
    var state: (working: Int, waiting: Int, refused: Int) {
        lock.withLock { (inUse, waiters.count, refusals) }
    }
}

/// Tells a request waiting for a place that its client has gone: the connection closed, its input
/// ended (the server allows half-closed connections, so a client's close arrives as that), or it
/// failed. One per connection, in the pipeline after the HTTP decoder; it only watches, and
/// passes everything on.
final class ConnectionWatcher: ChannelInboundHandler, RemovableChannelHandler, @unchecked Sendable {
    typealias InboundIn = NIOAny

    private let lock = NSLock()
    private var isGone = false
    private var action: (@Sendable () -> Void)?

    /// Runs `action` once the client has gone, at once if it already has; nil forgets it.
    func whenGone(_ action: (@Sendable () -> Void)?) {
        let runNow: Bool = lock.withLock {
            self.action = isGone ? nil : action
            return isGone && action != nil
        }
        if runNow { action?() }
    }

    private func gone() {
        let action: (@Sendable () -> Void)? = lock.withLock {
            isGone = true
            defer { self.action = nil }
            return self.action
        }
        action?()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed { gone() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        gone()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        gone()
        context.fireErrorCaught(error)
    }
}
