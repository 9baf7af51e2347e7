import Foundation
import Testing

/// `validate` in-process, and the same files checked by xmllint, which nobody here wrote.
@Suite struct ValidationTests {
    private func converted() throws -> URL {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        #expect(try Tool.run(["convert", "--to", "xml", "-o", out.path, Tool.seed(0), Tool.seed(1)]).status == 0)
        return out
    }

    @Test func convertedFilesAreValid() throws {
        let out = try converted()
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().map { out.appendingPathComponent($0).path }
        let run = try Tool.run(["validate"] + files)
        #expect(run.status == 0)
        #expect(run.stdout == files.map { "\($0): valid\n" }.joined())
        #expect(run.stderr == "2 files: 2 valid, 0 invalid, 0 unreadable; 0 errors, 0 warnings\n")
    }

    @Test func xmllintAcceptsConvertedFiles() throws {
        let out = try converted()
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).map { out.appendingPathComponent($0).path }
        let run = try Tool.run(["--noout", "--nonet", "--schema", Tool.packageRoot.appendingPathComponent("Schemas/proceedings.xsd").path] + files,
                               executable: "/usr/bin/xmllint")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "validates").count == 3)
    }

    @Test func danglingReferenceIsReportedWithItsLine() throws {
        let out = try converted()
        let file = out.appendingPathComponent("2010-02-23-symposium-human-security-asia.xml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let original = "person=\"konuma\""
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains(original) && $0.contains("<participation") }! + 1
        text = text.replacingOccurrences(of: original, with: "person=\"kunuma\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let run = try Tool.run(["validate", file.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("\(file.path):\(line):"))
        #expect(run.stderr.contains(": error: ") && run.stderr.contains("kunuma"))
    }

    @Test func malformedAndForeignFilesAreInvalidAndTheBatchGoesOn() throws {
        let dir = try Tool.temporaryDirectory()
        let broken = dir.appendingPathComponent("broken.xml"), foreign = dir.appendingPathComponent("foreign.xml")
        try Data("<record xmlns=\"https://w3id.org/proceedings/ns/1.0\">\n  <document>\n</record>\n".utf8).write(to: broken)
        try Data("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>\n".utf8).write(to: foreign)
        let good = try converted().appendingPathComponent("2010-02-23-symposium-human-security-asia.xml")
        let run = try Tool.run(["validate", broken.path, foreign.path, good.path])
        #expect(run.status == 1)
        #expect(run.stdout == "\(good.path): valid\n")
        #expect(run.stderr.hasPrefix("\(broken.path):3:10: error: "))
        #expect(run.stderr.contains("\(foreign.path):1: error: unknown document type: <RDF> in namespace http://www.w3.org/1999/02/22-rdf-syntax-ns#"))
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let dir = try Tool.temporaryDirectory()
        let secret = dir.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET".utf8).write(to: secret)
        let attack = dir.appendingPathComponent("xxe.xml")
        try Data("<!DOCTYPE record [<!ENTITY x SYSTEM \"file://\(secret.path)\">]>\n<record xmlns=\"https://w3id.org/proceedings/ns/1.0\">&x;</record>\n".utf8).write(to: attack)
        let run = try Tool.run(["validate", attack.path])
        #expect(run.status == 1)
        #expect(!run.stderr.contains("TOP-SECRET") && !run.stdout.contains("TOP-SECRET"))
        #expect(run.stderr.contains("entity declarations are not accepted"))
    }

    @Test func missingSchemaMeansValidationCouldNotRun() throws {
        let run = try Tool.run(["validate", "--schemas", "/nonexistent", Tool.seed(0)])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("proceedings: schema proceedings.xsd not found; looked in:\n  /nonexistent\n"))
    }
}
