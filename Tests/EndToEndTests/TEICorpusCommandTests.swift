import Foundation
import Testing

/// `validate` with the project's profile on a teiCorpus as `convert --to tei-corpus` writes it: the
/// grammar, TEI's rules, pointers and content rules, each record checked as a file of its own would be.
@Suite struct TEICorpusCommandTests {
    static let summaries = [
        ("2019-03-12_coastal-water.txt", """
            Workshop on Coastal Water Management
            12 March 2019, Harbour Hall

            Session 1: Tides and towns
            Moderator: Dr. Amara Okonjo, Professor, Lagos Institute of Marine Studies

            Dr. Amara Okonjo noted that coastal towns needed new dykes.

            """),
        ("2021-05-04_rural-schools.txt", """
            Seminar on Rural Schools
            4 May 2021

            Opening
            Prof. Henrik Saltvik, Dean, Nordfjord College, stressed that village schools kept families in the valleys.

            """),
    ]

    /// The corpus `convert --to tei-corpus` writes from the two summaries, and its text.
    private func convertedCorpus() throws -> (URL, String) {
        let directory = try Tool.temporaryDirectory()
        let inputs = try Self.summaries.map { name, text in
            let url = directory.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let out = directory.appendingPathComponent("out")
        let run = try Tool.run(["convert", "--to", "tei-corpus", "-o", out.path] + inputs)
        #expect(run.status == 0, "\(run.stderr)")
        let corpus = out.appendingPathComponent("tei-corpus/corpus.tei.xml")
        return (corpus, try String(contentsOf: corpus, encoding: .utf8))
    }

    private func line(of needle: String, in text: String) throws -> Int {
        try #require(text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }, "\(needle)") + 1
    }

    @Test func theProfileAcceptsACorpusAsConvertWritesIt() throws {
        let (corpus, _) = try convertedCorpus()
        let run = try Tool.run(["validate", corpus.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "\(corpus.path): valid\n")
    }

    /// A pointer from one record into another resolves in the corpus but not in the record, which
    /// is how a reader of that record alone would find it; TEI's rule on dates applies inside a record
    /// as in a file of its own. Each finding has the line of the record's element.
    @Test func faultsInsideOneRecordAreReportedWithTheirLines() throws {
        let (corpus, text) = try convertedCorpus()
        let speaker = ##"<persName ref="#record.2021-05-04-rural-schools.person.henrik-saltvik">"##
        let elsewhere = ##"<persName ref="#record.2019-03-12-coastal-water.person.amara-okonjo">"##
        let dated = ##"ref="#record.2021-05-04-rural-schools.org.nordfjord-college" when="2021-05-04""##
        let pointerLine = try line(of: speaker, in: text), dateLine = try line(of: dated, in: text)
        var broken = text.replacingOccurrences(of: speaker, with: elsewhere)
        broken = broken.replacingOccurrences(of: dated, with: dated + #" from="2021-05-04""#)
        #expect(text.components(separatedBy: speaker).count == 2 && !broken.contains(speaker))
        #expect(broken.contains(#"" from="2021-05-04""#))
        try broken.write(to: corpus, atomically: true, encoding: .utf8)

        let run = try Tool.run(["validate", corpus.path])
        #expect(run.status == 1)
        #expect(run.stderr == """
            \(corpus.path):\(pointerLine): error: <persName> @ref="#record.2019-03-12-coastal-water.person.amara-okonjo": no element in record.2021-05-04-rural-schools or the corpus's headers has xml:id "record.2019-03-12-coastal-water.person.amara-okonjo" [tei-reference]
            \(corpus.path):\(dateLine): error: The @when attribute cannot be used with any other att.datable.w3c attributes. [tei-att-datable-w3c-att-datable-w3c-when]
            1 file: 0 valid, 1 invalid, 0 unreadable; 2 errors, 0 warnings

            """)
    }

    /// The content rules read each record of the corpus: a person declared twice in the second
    /// record is found there, at the line of the second declaration.
    @Test func contentRulesApplyToEachRecord() throws {
        let (corpus, text) = try convertedCorpus()
        let person = #"<person xml:id="record.2021-05-04-rural-schools.person.henrik-saltvik" source="text:4,5">"#
        let personLine = try line(of: person, in: text)
        let twice = person + "\n<persName>Henrik Saltvik</persName>\n</person>\n"
            + person.replacingOccurrences(of: "person.henrik-saltvik\"", with: "person.henrik-saltvik-again\"")
        try text.replacingOccurrences(of: person, with: twice).write(to: corpus, atomically: true, encoding: .utf8)

        let run = try Tool.run(["validate", corpus.path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("""
            \(corpus.path):\(personLine + 3): error: persons "henrik-saltvik" and "henrik-saltvik-again" have the same name, "Henrik Saltvik"
            """), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("1 file: 0 valid, 1 invalid, 0 unreadable; 1 error, 0 warnings\n"), "\(run.stderr)")
    }
}
