import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Every file the tool writes goes through `AtomicFile`: a reader sees the old file or the whole
/// new one, and nothing is left of a write that did not finish.
@Suite struct AtomicFileTests {
    private func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func listing(_ url: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }

    @Test func aPendingFileReplacesItsTargetOnlyWhenCommitted() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.csv")
        try AtomicFile.write(Array("old".utf8), to: target)
        let file = try AtomicFile.Pending(target)
        try file.append(Array("ne".utf8))
        try file.append(Array("w".utf8))
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        try file.commit()
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        #expect(try listing(folder) == ["out.csv"])
    }

    @Test func anAbandonedOrDroppedFileLeavesNothing() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let abandoned = try AtomicFile.Pending(folder.appendingPathComponent("a.txt"))
        try abandoned.append([1, 2, 3])
        abandoned.abandon()
        do {
            let dropped = try AtomicFile.Pending(folder.appendingPathComponent("b.txt"))
            try dropped.append([1, 2, 3])
        }
        #expect(try listing(folder).isEmpty)
    }

    /// The temporary's name is the target's: once a file is committed, its going away must not
    /// remove the temporary of a later write of the same target.
    @Test func aCommittedFileDoesNotRemoveALaterWriteOfItsTarget() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("t.txt")
        var first: AtomicFile.Pending? = try AtomicFile.Pending(target)
        try first?.commit()
        let second = try AtomicFile.Pending(target)
        try second.append(Array("second".utf8))
        first = nil
        try second.commit()
        #expect(try String(contentsOf: target, encoding: .utf8) == "second")
    }

    /// A rename that fails (here the target is a folder) keeps the target as it was and takes
    /// the temporary away with it.
    @Test func aFailedCommitLeavesTheTargetAndNoTemporary() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.xml")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let file = try AtomicFile.Pending(target)
        try file.append(Array("<half".utf8))
        #expect(throws: AtomicFile.WriteError.self) { try file.commit() }
        #expect(try listing(folder) == ["out.xml"])
        #expect(try listing(target) == ["inside"])
    }

    /// A folder that cannot be made (a file stands in its way) is an error naming it; nothing
    /// is written.
    @Test func aFolderThatCannotBeMadeIsAnErrorAndWritesNothing() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try AtomicFile.write(Array("a file".utf8), to: folder.appendingPathComponent("blocker"))
        let error = #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write([1], to: folder.appendingPathComponent("blocker/sub/out.csv"))
        }
        #expect(error?.path.hasSuffix("blocker/sub") == true, "\(String(describing: error))")
        #expect(try listing(folder) == ["blocker"])
    }
}
