import Foundation
import ProceedingsKit

/// Where each record's source file is, so that the TEI written for it points there from its own
/// folder (`TEI.sourceReference`). A record names its source file by name alone; the run knows
/// where it is in two cases: the input is that file (a summary given on the command line), or the
/// input is TEI whose prefixDef says where its source is (read back and written again). A name the
/// run finds in two places is ambiguous and gets no location, and a record with none keeps its
/// source file's bare name, as before: never a guess.
final class SourceLocations: @unchecked Sendable {
    private let lock = NSLock()
    /// The inputs themselves, known before anything is read, so that they do not depend on the
    /// order in which parallel jobs read the inputs.
    private let inputs: [String: URL?]
    private var declared: [String: URL?] = [:]

    init(inputs paths: [String]) {
        var inputs: [String: URL?] = [:]
        for path in paths where path != "-" {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            let name = url.lastPathComponent
            if let known = inputs[name], known != url { inputs[name] = .some(nil) } else { inputs[name] = url }
        }
        self.inputs = inputs
    }

    /// Notes the sources a TEI input declares; called as each input is read.
    func read(_ bytes: [UInt8], path: String) {
        guard FormatRegistry.standard.recognise(bytes, fileName: path) == .tei else { return }
        let found = TEI.declaredSources(bytes, at: URL(fileURLWithPath: path))
        lock.withLock {
            for (name, url) in found {
                if let known = declared[name], known != url { declared[name] = .some(nil) } else { declared[name] = url }
            }
        }
    }

    /// The record's source file as seen from `folder`, or nil where the run does not know it.
    func reference(for record: Record, from folder: URL) -> String? {
        let name = record.document.sourceFile
        let url: URL?? = inputs[name] ?? lock.withLock { declared[name] }
        guard let url = url ?? nil else { return nil }
        return TEI.sourceReference(from: folder, to: url)
    }
}
