import Foundation
import Testing

/// `--corrections` as a librarian runs it: the built binary on the seeds, every export checked by
/// tools nobody here wrote (jing with TEI All, xmllint, pySHACL, csvw), read back and converted
/// again without a correction applied twice.
@Suite struct CorrectionsCommandTests {
    static let everyFact = Tool.packageRoot.appendingPathComponent("Tests/Fixtures/corrections/every-fact.csv").path
    static let record = "2010-02-23-symposium-human-security-asia"

    static func convert(_ arguments: [String]) throws -> (out: URL, run: Tool.Result) {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        return (out, try Tool.run(["convert", "-o", out.path] + arguments))
    }

    static func env(_ arguments: [String], in directory: URL? = nil) throws -> Tool.Result {
        try Tool.run(arguments, executable: "/usr/bin/env", workingDirectory: directory)
    }

    @Test func everyExportSaysWhatWasCorrectedAndValidates() throws {
        let (out, run) = try Self.convert(["--corrections", Self.everyFact, Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("every-fact.csv:11:6: note: applied to 2010-02-23_symposium-human-security-asia.txt: role of line 74, \"respondent\" → \"commentator\""))
        #expect(run.stderr.contains("corrections: 13 applied, 0 already true, 0 no longer apply (\(Self.everyFact))"))
        let file = { (suffix: String) in out.appendingPathComponent(Self.record + suffix) }
        let tei = try String(contentsOf: file(".tei.xml"), encoding: .utf8)
        #expect(tei.contains("<change xml:id=\"correction.c-5f0c8adc\" type=\"correction\" subtype=\"role\" who=\"#corrector.f91e50ff\" when=\"2024-05-01\" n=\"10\" source=\"text:73,74\" target=\"#relation.16\">role: <del>respondent</del> <add>commentator</add></change>"))
        // The corrector is named by a digest of her ORCID iD (by_id); the change points at the role, which points back.
        #expect(tei.contains("<respStmt xml:id=\"corrector.f91e50ff\">") && tei.contains("<name type=\"corrector\" ref=\"https://orcid.org/0000-0002-1825-0097\">Jane Doe</name>"))
        #expect(tei.contains("<relation xml:id=\"relation.16\" name=\"commentator\" ana=\"#role.commentator\" active=\"#person.ueno\" passive=\"#part.session-4\" corresp=\"#aff.ueno.1\" source=\"text:73,74\" change=\"#correction.c-5f0c8adc\""))
        let turtle = try String(contentsOf: file(".ttl"), encoding: .utf8)
        #expect(turtle.contains("proceedings:corrected <https://w3id.org/proceedings/id/\(Self.record)/role/part/session-4/person/ueno/respondent>"))
        #expect(turtle.contains("<https://w3id.org/proceedings/id/\(Self.record)/correction/c-5f0c8adc>"))
        #expect(try String(contentsOf: out.appendingPathComponent("csv/corrections.csv"), encoding: .utf8).split(whereSeparator: \.isNewline).count == 14)

        let rng = ProcessInfo.processInfo.environment["PROCEEDINGS_TEI_RNG"] ?? Tool.packageRoot.appendingPathComponent(".tools/tei/tei_all.rng").path
        let jing = try Self.env(["jing", rng, file(".tei.xml").path])
        #expect(jing.status == 0, "\(jing.stdout)\(jing.stderr)")
        let profile = try Self.env(["xmllint", "--noout", "--nonet", "--schema", Tool.packageRoot.appendingPathComponent("Schemas/tei-proceedings.xsd").path, file(".tei.xml").path])
        #expect(profile.status == 0, "\(profile.stderr)")
        let interchange = try Self.env(["xmllint", "--noout", "--nonet", "--schema", Tool.packageRoot.appendingPathComponent("Schemas/proceedings.xsd").path, file(".xml").path])
        #expect(interchange.status == 0, "\(interchange.stderr)")
        let shacl = try RDFTools.check(["shacl"] + [".ttl", ".nt", ".nq"].map { file($0).path })
        #expect(shacl.status == 0, "\(shacl.stdout)")
        let csvw = try Self.env(["csvwvalidate", "-l", "csv-metadata.json"], in: out.appendingPathComponent("csv"))
        #expect(csvw.status == 0 && csvw.stdout == "OK\n", "\(csvw.stdout)\(csvw.stderr)")
        let validate = try Tool.run(["validate", file(".tei.xml").path, file(".xml").path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    /// The samples' corrections (a name, an affiliation, an organiser given to another organisation),
    /// with and without a publisher and licence: the name as printed beside the corrected one, each
    /// export accepted by the tools nobody here wrote.
    @Test(arguments: [[], ["--publisher", "Archive of Human Security Meetings", "--license", "https://creativecommons.org/licenses/by/4.0/"]])
    func theSamplesCorrectionsValidateEverywhere(_ publication: [String]) throws {
        let (out, run) = try Self.convert(publication + ["--corrections", Tool.samples.appendingPathComponent("corrections.csv").path, Tool.seed(0)])
        #expect(run.status == 0, "\(run.stderr)")
        let file = { (suffix: String) in out.appendingPathComponent("2003-02-25-international-symposium-human-security" + suffix) }
        let tei = try String(contentsOf: file(".tei.xml"), encoding: .utf8)
        #expect(tei.contains(#"<persName type="printed"><forename>Shinako</forename> <surname>Tuchiya</surname></persName>"#))
        #expect(tei.contains(publication.isEmpty ? "<p>The publisher was not given" : #"<availability status="free">"#))
        let rng = ProcessInfo.processInfo.environment["PROCEEDINGS_TEI_RNG"] ?? Tool.packageRoot.appendingPathComponent(".tools/tei/tei_all.rng").path
        let jing = try Self.env(["jing", rng, file(".tei.xml").path])
        #expect(jing.status == 0, "\(jing.stdout)\(jing.stderr)")
        for (schema, suffix) in [("tei-proceedings.xsd", ".tei.xml"), ("proceedings.xsd", ".xml")] {
            let lint = try Self.env(["xmllint", "--noout", "--nonet", "--schema", Tool.packageRoot.appendingPathComponent("Schemas/" + schema).path, file(suffix).path])
            #expect(lint.status == 0, "\(lint.stderr)")
        }
        for (syntax, suffix) in [("turtle", ".ttl"), ("ntriples", ".nt"), ("nquads", ".nq")] {
            let rapper = try Tool.run(["-i", syntax, "-c", file(suffix).path], executable: "/usr/bin/rapper")
            #expect(rapper.status == 0 && !rapper.stderr.contains("Error"), "\(rapper.stderr)")
        }
        let shacl = try RDFTools.check(["shacl"] + [".ttl", ".nq"].map { file($0).path })
        #expect(shacl.status == 0, "\(shacl.stdout)")
        let csvw = try Self.env(["csvwvalidate", "-l", "csv-metadata.json"], in: out.appendingPathComponent("csv"))
        #expect(csvw.status == 0 && csvw.stdout == "OK\n", "\(csvw.stdout)\(csvw.stderr)")
        let validate = try Tool.run(["validate", file(".tei.xml").path, file(".xml").path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test func convertingAgainWithTheSameFileGivesTheSameBytes() throws {
        let first = try Self.convert(["--corrections", Self.everyFact, Tool.seed(1)])
        let second = try Self.convert(["--corrections", Self.everyFact, Tool.seed(1)])
        #expect(first.run.status == 0 && second.run.status == 0)
        #expect(try Tool.files(under: first.out) == Tool.files(under: second.out))
        #expect(try Tool.files(under: first.out).count > 5)
    }

    /// An export read back keeps its corrections: converted again with the same file, every row is
    /// already recorded and the record is the one first written.
    @Test(arguments: [".xml", ".tei.xml", ".ttl", ".nt", ".nq", "csv"])
    func anExportReadBackIsNotCorrectedTwice(_ export: String) throws {
        let (out, run) = try Self.convert(["--corrections", Self.everyFact, Tool.seed(1)])
        #expect(run.status == 0)
        let input = export == "csv" ? out.appendingPathComponent("csv").path : out.appendingPathComponent(Self.record + export).path
        let (again, back) = try Self.convert(["--to", "xml", "--corrections", Self.everyFact, input])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stderr.contains("corrections: 0 applied, 0 already true, 0 no longer apply, 13 already recorded"), "\(back.stderr)")
        let name = Self.record + ".xml"
        #expect(try Data(contentsOf: again.appendingPathComponent(name)) == Data(contentsOf: out.appendingPathComponent(name)))
    }

    @Test func aBadRowIsAnErrorWithItsCellAndTheRunGoesOn() throws {
        let corrections = try Tool.temporaryDirectory().appendingPathComponent("corrections.csv")
        try """
            file,sha256,line,fact,old,new,by,date,note
            2010-02-23_symposium-human-security-asia.txt,,74,role,respondent,commentator,Jane Doe,2024-05-01,
            2010-02-23_symposium-human-security-asia.txt,,99,headline,a,b,Jane Doe,2024-05-01,
            2010-02-23_symposium-human-security-asia.txt,,12,venue,Komaba,Hongo,Jane Doe,2024-05-01,

            """.write(to: corrections, atomically: true, encoding: .utf8)
        let (out, run) = try Self.convert(["--to", "xml", "--corrections", corrections.path, Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(corrections.path):3:4: error: fact \"headline\" is not one of title, subtitle"))
        #expect(run.stderr.contains("\(corrections.path):4:3: warning: no longer applies to 2010-02-23_symposium-human-security-asia.txt: the venue is read from line 10, not line 12; not applied"))
        #expect(run.stderr.contains("corrections: 1 applied, 0 already true, 1 no longer applies"))
        #expect(run.stderr.contains("converted 2 records from 2 inputs"))
        #expect(try String(contentsOf: out.appendingPathComponent(Self.record + ".xml"), encoding: .utf8).contains("<new>commentator</new>"))
    }

    @Test func inspectShowsTheCorrectedRecord() throws {
        let run = try Tool.run(["inspect", "--corrections", Self.everyFact, Tool.seed(1)])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  title       Symposium on Human Security 2010   [line 1]"))
        #expect(run.stdout.contains("      c-5f0c8adc: role \"respondent\" → \"commentator\", by Jane Doe on 2024-05-01   [line 74]"))
        #expect(run.stderr.hasSuffix("corrections: 13 applied, 0 already true, 0 no longer apply (\(Self.everyFact))\n"))
    }

    @Test func aCorrectionsFileThatCannotBeReadStopsTheRun() throws {
        let run = try Tool.run(["convert", "--to", "xml", "--corrections", "/nonexistent/corrections.csv", Tool.seed(1)])
        #expect(run.status == 2)
        #expect(run.stderr == "/nonexistent/corrections.csv: error: cannot read the corrections file\n")
    }
}
