public import Foundation

/// Where `validate --quarantine` puts what failed: each failing file (a folder's files, for a
/// table group), and its findings beside it, under a name the submission cannot choose a path
/// with: the path as given, with separators and dots made harmless.
public enum Quarantine {
    public static func write(_ report: ValidationReport, strict: Bool, into target: URL) throws {
        // A partner's Schematron schema with findings is no submission: it stays where it is.
        for file in report.files where file.status(strict: strict) != .valid && file.format != SubmissionValidator.schematronFormat {
            let name = safeName(file.path)
            let source = URL(fileURLWithPath: file.path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               let data = FileManager.default.contents(atPath: source.path) {
                try AtomicFile.write([UInt8](data), to: target.appendingPathComponent(name))
            } else if isDirectory.boolValue {
                for entry in (try? FileManager.default.contentsOfDirectory(atPath: source.path)) ?? [] where !entry.hasPrefix(".") {
                    if let data = FileManager.default.contents(atPath: source.appendingPathComponent(entry).path) {
                        try AtomicFile.write([UInt8](data), to: target.appendingPathComponent(name).appendingPathComponent(entry))
                    }
                }
            }
            let single = ValidationReport(files: [file], strict: strict)
            try AtomicFile.write(Array(single.text().utf8), to: target.appendingPathComponent(name + ".report.txt"))
        }
    }

    static func safeName(_ path: String) -> String {
        let cleaned = path.unicodeScalars.map { scalar -> String in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" || scalar == "." ? String(scalar) : "_"
        }.joined()
        let trimmed = cleaned.drop { $0 == "." || $0 == "_" }
        return trimmed.isEmpty ? "input" : String(trimmed)
    }
}
