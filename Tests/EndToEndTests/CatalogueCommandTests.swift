import Foundation
import Testing

/// `convert --catalogue` as an archivist runs it.
@Suite struct CatalogueCommandTests {
    @Test func theSampleCatalogueDescribesTheSeedsInEveryFormat() throws {
        let out = try Tool.temporaryDirectory().appendingPathComponent("out")
        let run = try Tool.run(["convert", "--catalogue", Tool.catalogue, "-o", out.path, Tool.seed(0), Tool.seed(1)])
        #expect(run.status == 0)
        #expect(run.stderr == """
            \(Tool.seed(0)):10:1: warning: the event's date prints no year; 2003 is taken from the page's own date
            2010-02-23_symposium-human-security-asia.txt:36: warning: "Surin" may be "Surin Pitsuwan" (2003-02-25_international-symposium-human-security.txt); kept apart — add both to the authority table to merge them
            catalogue: 2 of 2 records described by \(Tool.catalogue)
            converted 2 records from 2 inputs into \(out.path)

            """)
        let id = "2003-02-25-international-symposium-human-security"
        let url = "https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html"
        let tei = try String(contentsOf: out.appendingPathComponent("\(id).tei.xml"), encoding: .utf8)
        #expect(tei.contains(##"<publisher resp="#catalogue">Ministry of Foreign Affairs of Japan</publisher>"##))
        #expect(tei.contains(##"<ref target="\##(url)" resp="#catalogue">\##(url)</ref>"##))
        let xml = try String(contentsOf: out.appendingPathComponent("\(id).xml"), encoding: .utf8)
        #expect(xml.contains("<source-url>\n      <catalogued>\(url)</catalogued>\n    </source-url>"))
        let turtle = try String(contentsOf: out.appendingPathComponent("\(id).ttl"), encoding: .utf8)
        #expect(turtle.contains("schema:url <\(url)>"))
        let documents = try String(contentsOf: out.appendingPathComponent("csv/documents.csv"), encoding: .utf8)
        #expect(documents.contains(",,,Ministry of Foreign Affairs of Japan,,,\(url),http://id.loc.gov/vocabulary/iso639-1/en,\(id)/issuer,,,,,"))
    }

    /// The text prints a URL that the catalogue corrects: the catalogue's is the one in effect, the
    /// text's is kept, and converting the export again gives the same files.
    @Test func theCatalogueIsPreferredAndTheTextKeptThroughAnotherConversion() throws {
        let dir = try Tool.temporaryDirectory()
        let summary = dir.appendingPathComponent("water.txt"), catalogue = dir.appendingPathComponent("catalogue.csv")
        try Data("""
            Seminar on Water
            Source: http://www.example.org/water.html

            March 2003

            1. Summary

            The seminar was held in Tokyo.

            Issued by the Ministry of Water

            """.utf8).write(to: summary)
        try Data("file,url\nwater.txt,https://www.example.org/water.html\n".utf8).write(to: catalogue)
        let first = dir.appendingPathComponent("first"), second = dir.appendingPathComponent("second")
        let run = try Tool.run(["convert", "--catalogue", catalogue.path, "--to", "xml,tei,ttl", "-o", first.path, summary.path])
        #expect(run.status == 0, "\(run.stderr)")
        let xml = try String(contentsOf: first.appendingPathComponent("water.xml"), encoding: .utf8)
        #expect(xml.contains("""
                <issuer>
                  <printed line="10">Ministry of Water</printed>
                </issuer>
                <source-url>
                  <printed line="2">http://www.example.org/water.html</printed>
                  <catalogued>https://www.example.org/water.html</catalogued>
                </source-url>
            """))
        for input in ["water.tei.xml", "water.ttl"] {
            let again = try Tool.run(["convert", "--to", "xml,tei,ttl", "-o", second.path, first.appendingPathComponent(input).path])
            #expect(again.status == 0 && !again.stderr.contains("warning"), "\(again.stderr)")
            // Linked data records only the source's name: its TEI points at the source by that name.
            let (written, before) = (try Tool.files(under: second), try Tool.files(under: first))
            #expect((input.hasSuffix(".ttl") ? Tool.sourcesByName(written) : written) == (input.hasSuffix(".ttl") ? Tool.sourcesByName(before) : before), "\(input)")
        }
        let valid = try Tool.run(["validate", "--schema", "tei-all", first.appendingPathComponent("water.tei.xml").path])
        #expect(valid.status == 0, "\(valid.stderr)")
    }

    @Test func errorsInTheCatalogueArePrintedAndTheRunGoesOn() throws {
        let dir = try Tool.temporaryDirectory()
        let catalogue = dir.appendingPathComponent("catalogue.csv"), out = dir.appendingPathComponent("out")
        try Data("""
            file,url,issuer,shelfmark
            2003-02-25_international-symposium-human-security.txt,mofa.go.jp/policy/human_secu/sympo0302_s.html,Ministry of Foreign Affairs of Japan,A-1
            2010-02-23_symposium-human-security-asia.txt,,,
            2010-02-23_symposium-human-security-asia.txt,,MOFA,

            """.utf8).write(to: catalogue)
        let run = try Tool.run(["convert", "--catalogue", catalogue.path, "--to", "xml", "-o", out.path, Tool.seed(0)])
        #expect(run.status == 1)
        #expect(run.stderr == """
            \(catalogue.path):1:4: warning: column "shelfmark" is not one of file, url, issuer, key; ignored
            \(catalogue.path):2:2: error: not an http or https URL: "mofa.go.jp/policy/human_secu/sympo0302_s.html"
            \(catalogue.path):4:1: error: file "2010-02-23_symposium-human-security-asia.txt" is already described on line 3; row ignored
            \(Tool.seed(0)):10:1: warning: the event's date prints no year; 2003 is taken from the page's own date
            catalogue: 1 of 1 record described by \(catalogue.path)
            converted 1 record from 1 input into \(out.path)

            """)
        // The rest of the row with the bad URL still counts.
        let xml = try String(contentsOf: out.appendingPathComponent("2003-02-25-international-symposium-human-security.xml"), encoding: .utf8)
        #expect(xml.contains("<catalogued>Ministry of Foreign Affairs of Japan</catalogued>"))
        #expect(!xml.contains("<source-url>"))
    }

    @Test func aRowForAFileNotInTheRunIsAWarningWhenAnInputHasNoRow() throws {
        let dir = try Tool.temporaryDirectory()
        let catalogue = dir.appendingPathComponent("catalogue.csv"), out = dir.appendingPathComponent("out")
        try Data("file,url\n2003-02-25_international-symposium-human-security.tx,https://www.mofa.go.jp/policy/human_secu/sympo0302_s.html\n".utf8)
            .write(to: catalogue)
        let run = try Tool.run(["convert", "--catalogue", catalogue.path, "--to", "xml", "-o", out.path, Tool.seed(0)])
        #expect(run.status == 0)
        #expect(run.stderr == """
            \(Tool.seed(0)):10:1: warning: the event's date prints no year; 2003 is taken from the page's own date
            \(catalogue.path):2:1: warning: no input of this run has the source file "2003-02-25_international-symposium-human-security.tx"; row not used
            catalogue: 0 of 1 record described by \(catalogue.path)
            converted 1 record from 1 input into \(out.path)

            """)
    }

    @Test func aCatalogueWithoutAFileColumnDescribesNothing() throws {
        let dir = try Tool.temporaryDirectory()
        let catalogue = dir.appendingPathComponent("catalogue.csv")
        try Data("source,url\n".utf8).write(to: catalogue)
        let run = try Tool.run(["convert", "--catalogue", catalogue.path, "--to", "xml", Tool.seed(1)])
        #expect(run.status == 1)
        #expect(run.stderr == """
            \(catalogue.path):1:1: warning: column "source" is not one of file, url, issuer, key; ignored
            \(catalogue.path):1: error: catalogue has no file column; the header row is "source,url"
            catalogue: 0 of 1 record described by \(catalogue.path)

            """)
        #expect(!run.stdout.contains("<source-url>"))
    }

    @Test func aMissingCatalogueMeansTheRunCannotStart() throws {
        let dir = try Tool.temporaryDirectory()
        for command in [["convert", "-o", dir.appendingPathComponent("out").path],
                        ["publish", "--base", "https://data.example.org/proceedings/", "--endpoint", "http://127.0.0.1:9/store"]] {
            let run = try Tool.run(command + ["--catalogue", dir.appendingPathComponent("none.csv").path, Tool.seed(0)])
            #expect(run.status == 2)
            #expect(run.stderr == "\(dir.appendingPathComponent("none.csv").path): error: cannot read the catalogue\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// The catalogue's key names a record instead of its file: a key the slug rules cannot use is
    /// reported with its cell, and an input whose own id is another file's key is refused at the run.
    @Test func aKeyThatCannotNameARecordIsReportedWithItsCell() throws {
        let dir = try Tool.temporaryDirectory()
        let names = ["health-final.txt", "water.txt", "forests.txt"]
        for (name, topic) in zip(names, ["Health", "Water", "Forests"]) {
            try "Seminar on \(topic)\n\nSession 1: \(topic)\n\nChair: Ken Sato, Professor, Kyoto University\n"
                .write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let inputs = names.map { dir.appendingPathComponent($0).path }
        let catalogue = dir.appendingPathComponent("bad.csv")
        try """
            file,key,issuer
            health-final.txt,Seminar Health 2009,University of Tokyo
            water.txt,forests,

            """.write(to: catalogue, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let run = try Tool.run(["convert", "--quiet", "--to", "xml", "--catalogue", catalogue.path, "-o", out.path] + inputs)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("""
            \(catalogue.path):2:2: error: key "Seminar Health 2009" is not a record id: lower-case letters and digits, words joined by single hyphens, such as "seminar-health-2009"; left out

            """), "\(run.stderr)")
        // The key "forests" is valid in the catalogue, which does not list forests.txt; in the run,
        // the key wins and forests.txt is refused, whatever the order.
        #expect(run.stderr.contains("\(inputs[2]): error: record id \"forests\" is the key that \(catalogue.path) gives \"water.txt\" (line 3)"),
                "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["forests.xml", "health-final.xml"])
        #expect(try String(contentsOf: out.appendingPathComponent("forests.xml"), encoding: .utf8).contains("water.txt"))
    }
}
