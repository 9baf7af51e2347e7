import Foundation
import Testing

/// `proceedings validate` on what partners send: folders, every report, and hostile input.
@Suite struct SubmissionTests {
    private func folder() throws -> URL {
        let dir = try Tool.temporaryDirectory()
        let out = dir.appendingPathComponent("sub")
        #expect(try Tool.run(["convert", "--to", "xml,tei,csv", "-o", out.path, Tool.seed(0), Tool.seed(1)]).status == 0)
        try FileManager.default.createDirectory(at: out.appendingPathComponent("nested"), withIntermediateDirectories: true)
        try Data("<record xmlns=\"https://w3id.org/proceedings/ns/1.0\">\n  <document>\n</record>\n".utf8)
            .write(to: out.appendingPathComponent("nested/broken.xml"))
        try Data("hidden".utf8).write(to: out.appendingPathComponent(".DS_Store"))
        return out
    }

    @Test func aFolderIsWalkedAndEveryFormatRecognised() throws {
        let sub = try folder()
        let run = try Tool.run(["validate", "--report", "json", sub.path])
        #expect(run.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let formats = files.map { ($0["path"] as! String).replacingOccurrences(of: sub.path + "/", with: "") + " " + ($0["format"] as? String ?? "-") }
        #expect(formats == [
            "2003-02-25-international-symposium-human-security.tei.xml tei",
            "2003-02-25-international-symposium-human-security.xml interchange-xml",
            "2010-02-23-symposium-human-security-asia.tei.xml tei",
            "2010-02-23-symposium-human-security-asia.xml interchange-xml",
            "csv csv",
            "nested/broken.xml xml",
        ])
        #expect(files.map { $0["status"] as? String } == ["valid", "valid", "valid", "valid", "valid", "invalid"])
        #expect((report["summary"] as? [String: Int])?["invalid"] == 1)
    }

    @Test func jsonReportFollowsItsSchema() throws {
        let sub = try folder()
        let dir = try Tool.temporaryDirectory()
        let json = dir.appendingPathComponent("report.json")
        #expect(try Tool.run(["validate", "--report", "json=\(json.path)", sub.path]).status == 1)
        let check = try Tool.checkAgainstSchema(json, schema: "report.schema.json")
        #expect(check.stdout == "conforms\n", "\(check.stderr)")
    }

    @Test func severalReportsAtOnceAndTheirReaders() throws {
        let sub = try folder()
        let dir = try Tool.temporaryDirectory()
        let (sarif, junit, text) = (dir.appendingPathComponent("r.sarif"), dir.appendingPathComponent("r.xml"), dir.appendingPathComponent("r.txt"))
        let run = try Tool.run(["validate", "--report", "sarif=\(sarif.path)", "--report", "junit=\(junit.path)",
                                "--report", "text=\(text.path)", sub.path])
        #expect(run.status == 1)
        let written = try String(contentsOf: text, encoding: .utf8)
        #expect(written.hasPrefix("\(sub.path)/nested/broken.xml:3:10: error: "))
        #expect(written.hasSuffix("6 files: 5 valid, 1 invalid, 0 unreadable; 2 errors, 0 warnings\n"))
        // Readers nobody here wrote: junitparser for JUnit, sarif-tools' loader for SARIF.
        let read = try Tool.run(["python3", "-c", """
            import sys, junitparser
            from sarif import loader
            suite = junitparser.JUnitXml.fromfile(sys.argv[1])
            cases = [case for s in suite for case in s]
            failed = [case.name for case in cases if not case.is_passed]
            sarif = loader.load_sarif_file(sys.argv[2])
            print(len(cases), len(failed), sarif.get_result_count())
            """, junit.path, sarif.path], executable: "/usr/bin/env")
        #expect(read.stdout == "6 1 2\n", "\(read.stderr)")
    }

    @Test func quarantineKeepsEachFailingFileWithItsReport() throws {
        let sub = try folder()
        let quarantine = try Tool.temporaryDirectory().appendingPathComponent("q")
        #expect(try Tool.run(["validate", "--quarantine", quarantine.path, sub.path]).status == 1)
        let kept = try FileManager.default.contentsOfDirectory(atPath: quarantine.path).sorted()
        let name = String((sub.path + "/nested/broken.xml").unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) ? Character($0) : "_" }).drop { $0 == "_" || $0 == "." }
        #expect(kept == [String(name), String(name) + ".report.txt"])
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let dir = try Tool.temporaryDirectory()
        let summary = dir.appendingPathComponent("odd.txt")
        try Data("Seminar on Water Security\n\n1. Summary\n\nThe seminar was held in Tokyo on 12 March 2009.\n\nProjector Room B\n".utf8).write(to: summary)
        #expect(try Tool.run(["validate", summary.path]).status == 0)
        let strict = try Tool.run(["validate", "--strict", summary.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("odd.txt:7:1: warning: line not understood, kept as narrative: \"Projector Room B\" [unclassified-line]"))
    }

    @Test func jobsDoNotChangeTheReport() throws {
        let sub = try folder()
        let one = try Tool.run(["validate", "--jobs", "1", "--report", "json", sub.path])
        let two = try Tool.run(["validate", "--jobs", "2", "--report", "json", sub.path])
        #expect(one.stdout == two.stdout)
        #expect(!one.stdout.isEmpty)
    }

    /// Each hostile input: a finding, never a crash, never a local file or the network read.
    @Test func hostileInputGetsFindings() throws {
        let dir = try Tool.temporaryDirectory()
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        let ns = "https://w3id.org/proceedings/ns/1.0"
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        let inputs: [(String, [UInt8], String)] = [
            ("xxe-file.xml", Array("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><record xmlns=\"\(ns)\">&x;</record>".utf8),
             "entity declarations are not accepted"),
            ("xxe-http.xml", Array("<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/r.dtd\"><record xmlns=\"\(ns)\">&x;</record>".utf8), "[xml-"),
            ("laughs.xml", Array(("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><record xmlns=\"\(ns)\">&c;&c;&c;</record>").utf8),
             "entity declarations are not accepted"),
            ("quadratic.xml", Array(("<!DOCTYPE r [<!ENTITY a \"" + String(repeating: "x", count: 50_000) + "\">]><r>"
                + String(repeating: "&a;", count: 20_000) + "</r>").utf8), "entity declarations are not accepted"),
            ("deep.xml", Array(deep.utf8), "[xml-"),
            ("latin1.txt", Array("Symposium on Peace\nCaf".utf8) + [0xE9, 0x0A], "invalid UTF-8"),
            ("utf16.xml", [0xFF, 0xFE] + Array("<r/>".utf8).flatMap { [$0, 0] }, "UTF-16 text is not accepted"),
            ("nul.txt", Array("Symposium\u{0}\n".utf8), "binary"),
            ("truncated.xml", Array("<record xmlns=\"\(ns)\"><document sha256=\"".utf8), "[xml-syntax]"),
            ("empty.txt", [], "file is empty"),
        ]
        var paths: [String] = []
        for (name, bytes, _) in inputs { paths.append(try write(name, bytes)) }
        let emptyFolder = dir.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        let run = try Tool.run(["validate"] + paths + ["/dev/zero", emptyFolder.path])
        #expect(run.status == 1)
        for (path, (_, _, expected)) in zip(paths, inputs) {
            let lines = run.stderr.split(separator: "\n").filter { $0.hasPrefix(path + ":") }
            #expect(lines.contains { $0.contains(expected) }, "\(path): \(lines)")
        }
        #expect(run.stderr.contains("/dev/zero: error: not a regular file [input]"))
        #expect(run.stderr.contains("\(emptyFolder.path): error: the directory holds no file to validate [input]"))
        #expect(!run.stderr.contains("root:"))
        #expect(run.stderr.hasSuffix("12 files: 0 valid, 10 invalid, 2 unreadable; 12 errors, 0 warnings\n") || run.stderr.contains("12 files: 0 valid"), "\(run.stderr.suffix(200))")
    }

    @Test func aHundredMegabyteTextNodeIsBounded() throws {
        let dir = try Tool.temporaryDirectory()
        let big = dir.appendingPathComponent("big.xml")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.write(contentsOf: Data("<record xmlns=\"https://w3id.org/proceedings/ns/1.0\"><document>".utf8))
        let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<100 { try handle.write(contentsOf: chunk) }
        try handle.write(contentsOf: Data("</document></record>".utf8))
        try handle.close()
        defer { try? FileManager.default.removeItem(at: big) }
        let limited = try Tool.run(["validate", big.path])
        #expect(limited.status == 1)
        #expect(limited.stderr.contains("more than the limit of 67108864 (--max-size) [too-large]"))
        // Allowed in, the file is parsed and judged like any other, in bounded time.
        let raised = try Tool.run(["validate", "--max-size", "200M", big.path])
        #expect(raised.status == 1)
        #expect(raised.stderr.contains("The attribute 'id' is required but missing. [xsd]"), "\(raised.stderr.prefix(300))")
    }

    @Test func anyXSDWithLocalIncludes() throws {
        let dir = try Tool.temporaryDirectory()
        try Data("""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="part.xsd"/></xs:schema>
            """.utf8).write(to: dir.appendingPathComponent("main.xsd"))
        try Data("""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="note" type="xs:string"/></xs:schema>
            """.utf8).write(to: dir.appendingPathComponent("part.xsd"))
        let good = dir.appendingPathComponent("good.xml"), bad = dir.appendingPathComponent("bad.xml")
        try Data("<note>hello</note>".utf8).write(to: good)
        try Data("<memo>hello</memo>".utf8).write(to: bad)
        let run = try Tool.run(["validate", "--schema", dir.appendingPathComponent("main.xsd").path, good.path, bad.path])
        #expect(run.status == 1)
        #expect(run.stdout == "\(good.path): valid\n")
        #expect(run.stderr.contains("\(bad.path):1: error: Element 'memo': No matching global declaration available for the validation root. [xsd]"))
    }
}

@Suite struct LinkedDataSubmissionTests {
    @Test func linkedDataIsRecognisedAndChecked() throws {
        let dir = try Tool.temporaryDirectory()
        let out = dir.appendingPathComponent("out")
        #expect(try Tool.run(["convert", "--to", "ttl,nt,nq", "-o", out.path, Tool.seed(1)]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().filter { $0 != "dataset" }
            .map { out.appendingPathComponent($0).path }
        let valid = try Tool.run(["validate", "--report", "json"] + files)
        #expect(valid.status == 0, "\(valid.stdout)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(valid.stdout.utf8)) as? [String: Any])
        #expect((report["files"] as? [[String: Any]])?.map { $0["format"] as? String } == ["n-quads", "n-triples", "turtle"])

        // Renamed so that only the content can tell what it is, and broken on line 3.
        let broken = dir.appendingPathComponent("delivery.data")
        var lines = try String(contentsOfFile: files[2], encoding: .utf8).components(separatedBy: "\n")
        lines[2] += " ;;; <"
        try lines.joined(separator: "\n").write(to: broken, atomically: true, encoding: .utf8)
        let run = try Tool.run(["validate", broken.path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(broken.path):3:"))
        #expect(run.stderr.contains("[rdf-syntax]"))
    }
}
