import Foundation
import Testing

/// `convert --authorities` as a librarian runs it.
@Suite struct AuthorityCommandTests {
    @Test func theSampleTableLinksTheSeedsAndReportsWhatMatchedNothing() throws {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--authorities", Tool.authorities, "-o", out.path, Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0)
        #expect(run.stderr == """
            \(Tool.seed(0)):10:1: warning: the event's date prints no year; 2003 is taken from the page's own date
            2010-02-23_symposium-human-security-asia.txt:36: warning: "Surin" may be "Surin Pitsuwan" (2003-02-25_international-symposium-human-security.txt); kept apart — add both to the authority table to merge them
            authorities: 1 of 31 persons, 1 of 24 organisations and 0 of 2 venues matched; unmatched names in \(out.path)/authorities-report.csv
            converted 2 records from 2 inputs into \(out.path)

            """)
        let report = try String(contentsOf: out.appendingPathComponent("authorities-report.csv"), encoding: .utf8)
        let lines = report.components(separatedBy: "\r\n")
        #expect(lines.first == "kind,id,name,variants,documents")
        #expect(lines.contains("person,surin,Surin,,2010-02-23-symposium-human-security-asia"))
        #expect(!lines.contains { $0.contains("kofi-annan") || $0.contains(",university-of-tokyo,") })
        #expect(lines.count == 1 + 30 + 23 + 2 + 1)
        let persons = try String(contentsOf: out.appendingPathComponent("csv/persons.csv"), encoding: .utf8)
        #expect(persons.contains("\r\n2003-02-25-international-symposium-human-security/person/wikidata-q1254,Kofi Annan,Kofi Annan,,Kofi,Annan,,Q1254,,,,,Kofi Annan,"
            + "2003-02-25-international-symposium-human-security:11,person/wikidata-q1254,"
            + "2003-02-25-international-symposium-human-security/mention/person/wikidata-q1254,2003-02-25-international-symposium-human-security,Kofi,Annan,"
            + "wikidata-q1254,2\r\n"))
        let xml = try String(contentsOf: out.appendingPathComponent("2010-02-23-symposium-human-security-asia.xml"), encoding: .utf8)
        #expect(xml.contains("<authority scheme=\"ror\" value=\"057zh3y96\"/>"))
    }

    @Test func errorsInTheTableArePrintedAndTheRunGoesOn() throws {
        let dir = try Tool.temporaryDirectory()
        let table = dir.appendingPathComponent("table.csv"), out = dir.appendingPathComponent("out")
        try Data("name,orcid,wikidata\nKofi Annan,0000-0002-1825-0098,Q1254\n".utf8).write(to: table)
        let run = try Tool.run(["convert", "--authorities", table.path, "-o", out.path, Tool.seed(0)])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(table.path):2:2: error: invalid orcid identifier \"0000-0002-1825-0098\": check digit is 8, expected 7\n"))
        #expect(run.stderr.contains("authorities: 1 of 16 persons"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("csv/persons.csv").path))
    }

    @Test func aMissingTableMeansTheRunCannotStart() throws {
        let dir = try Tool.temporaryDirectory()
        let run = try Tool.run(["convert", "--authorities", dir.appendingPathComponent("none.csv").path,
                                "-o", dir.appendingPathComponent("out").path, Tool.seed(0)])
        #expect(run.status == 2)
        #expect(run.stderr == "\(dir.appendingPathComponent("none.csv").path): error: cannot read the authority table\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
