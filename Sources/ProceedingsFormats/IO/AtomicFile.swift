public import Foundation

/// Outputs reach the disk only through here: written to a temporary file beside the target and
/// renamed over it, so that a reader never sees a half-written file, even if the run is killed.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let file = try Pending(url)
        try file.append(bytes)
        try file.commit()
    }

    /// A file written piece by piece into its temporary (`.NAME.PID.tmp` beside the target) and
    /// renamed over the target by `commit()`. One never committed is removed, by `abandon()` or
    /// when it goes away, so a run that fails halfway leaves the old file, or none.
    public final class Pending {
        public let target: URL
        private let temporary: URL
        private var descriptor: Int32
        /// Once renamed, the temporary's name may be another file's: it is never removed again.
        private var committed = false

        public init(_ target: URL) throws {
            self.target = target
            let directory = target.deletingLastPathComponent()
            temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            // The directory is made only when the file cannot be created: most writes go to one
            // that exists, and asking for it each time was a good part of writing a file.
            descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if descriptor < 0, errno == ENOENT || errno == ENOTDIR {
                do {
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                } catch {
                    throw WriteError(path: directory.path, reason: "cannot create directory (\(error.localizedDescription))")
                }
                descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            }
            guard descriptor >= 0 else {
                throw WriteError(path: target.path, reason: String(cString: strerror(errno)))
            }
        }

        deinit { abandon() }

        public func append(_ bytes: [UInt8]) throws {
            guard descriptor >= 0 else { throw WriteError(path: target.path, reason: "the file was already closed") }
            var failure: Int32 = 0
            bytes.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    written += count
                }
            }
            if failure != 0 { throw fail(failure) }
        }

        /// Moves the file into place; on failure nothing is left of it.
        public func commit() throws {
            guard descriptor >= 0 else { throw WriteError(path: target.path, reason: "the file was already closed") }
            let closed = close(descriptor)
            descriptor = -1
            if closed != 0 { throw fail(errno) }
            if rename(temporary.path, target.path) != 0 { throw fail(errno) }
            committed = true
        }

        /// Removes the temporary file; the target is left as it was.
        public func abandon() {
            guard !committed else { return }
            if descriptor >= 0 {
                close(descriptor)
                descriptor = -1
            }
            unlink(temporary.path)
        }

        private func fail(_ code: Int32) -> WriteError {
            abandon()
            return WriteError(path: target.path, reason: String(cString: strerror(code)))
        }
    }
}
