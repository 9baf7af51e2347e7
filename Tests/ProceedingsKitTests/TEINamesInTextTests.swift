import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Names of the record's persons, organisations and venue, and dates printed with their year, in
/// the running text of paragraphs, points and `said` (Guidelines 13): the elements only wrap the
/// printed words, only where the form is certain, and read back as text. Lines invented.
@Suite(.serialized) struct TEINamesInTextTests {
    typealias Form = TEINames.Form

    static func form(_ words: String, _ kind: TEINames.Kind, lines: Set<Int> = []) -> Form {
        Form(words: Array(words), kind: kind, lines: lines)
    }

    static func marked(_ text: String, _ forms: [Form]) -> [String] {
        let characters = Array(text)
        return TEINames.mentions(in: text, forms: forms).map { "\($0.kind): \(String(characters[$0.range]))" }
    }

    @Test func wholeWordsTheLongestFirstAndNoneOverlapping() {
        let forms = [Self.form("Lenton University", .organization("lenton-university")),
                     Self.form("Lenton", .place("place.venue")),
                     Self.form("Mia Stone", .person("mia-stone"))]
        #expect(Self.marked("At Lenton University in Lenton (not Lentonville nor Lenton-on-Sea), Ms. Mia Stone spoke.", forms) == [
            #"organization("lenton-university"): Lenton University"#, #"place("place.venue"): Lenton"#,
            #"person("mia-stone"): Ms. Mia Stone"#,
        ])
    }

    /// A day, a month and a range are marked when the text prints their year; "5 June" is not.
    @Test func datesPrintedWithTheirYear() {
        #expect(Self.marked("Piers open on 3 March 2018, from 20-21 October 2019, in December 2001, or on 5 June.", []) == [
            #"date(when: Optional("2018-03-03"), from: nil, to: nil): 3 March 2018"#,
            #"date(when: nil, from: Optional("2019-10-20"), to: Optional("2019-10-21")): 20-21 October 2019"#,
            #"date(when: Optional("2001-12"), from: nil, to: nil): December 2001"#,
        ])
    }

    /// A family name alone is a form only on the person's own lines; a form two persons share is
    /// neither's, nor is a shorter form inside it.
    @Test func familyNamesOnTheirLinesAndSharedFormsNowhere() {
        var record = RecordFixture.rich
        record.persons = [
            Person(id: "ana-ruiz", name: "Ana Ruiz", variants: ["A. Ruiz"], familyName: "Ruiz", lines: [12]),
            Person(id: "luis-ruiz", name: "Luis Ruiz", variants: ["A. Ruiz"], familyName: "Ortega Ruiz", lines: [30]),
        ]
        let names = TEINames(record: record, personNames: { [$0.name] + $0.variants }, venueId: TEI.venueId)
        let text = "Dr. Ruiz thanked A. Ruiz, Luis Ruiz and the United Nations University, Tokyo (UNU)."
        #expect(Self.marked(text, names.forms(on: SourceSpan(12))) == [
            #"person("ana-ruiz"): Dr. Ruiz"#, #"person("luis-ruiz"): Luis Ruiz"#,
            #"place("place.venue"): United Nations University, Tokyo"#, #"organization("unu"): UNU"#,
        ])
        #expect(Self.marked(text, names.forms(on: SourceSpan(40))).first == #"person("luis-ruiz"): Luis Ruiz"#)
    }

    /// A page of a workshop, which `TEIAffiliationRoleTests` reads as well.
    static let summary = """
        Workshop on Coastal Towns
        12 May 2019
        Lenton Harbour Hall

        Session 1: Harbours
        Moderator: Dr. Ana Ruiz, Director, Coast Institute
        Panelists: Mr. Paul Berg, Deputy Minister of Transport, Freeland Ministry of Transport; Ms. Mia Stone, Associate Professor, Lenton University; Mr. Tom Reed, Harbour Pilot, Lenton Port Authority

        Dr. Ana Ruiz opened the session at Lenton Harbour Hall and recalled the survey that the Coast Institute published on 3 March 2018.
        Mr. Paul Berg said that the Freeland Ministry of Transport would fund new piers between 20-21 October 2019 and that Ms. Mia Stone had advised on the plan.
        Ms. Mia Stone presented the study "Coast Institute Piers in 2018" of Lenton University.
        - The Coast Institute will report by December 2020.

        Participants thanked Ms. Mia Stone and the Lenton Port Authority.

        """

    static func record() throws -> Record {
        let result = PlainTextImporter.importRecord(Array(summary.utf8), fileName: "2019-05-12_coastal-towns.txt")
        return try #require(result.record, "\(result.findings)")
    }

    @Test func theTEIMarksThemValidAndReadsBackToTheSameBytes() throws {
        let record = try Self.record()
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        #expect(tei.contains(##"<persName ref="#person.ana-ruiz">Dr. Ana Ruiz</persName> opened the session at <placeName ref="#place.venue">Lenton Harbour Hall</placeName> and recalled the survey that the <orgName ref="#org.coast-institute">Coast Institute</orgName> published on <date when="2018-03-03">3 March 2018</date>.</p>"##), "\(tei)")
        // Inside what was said, and never around the speaker's name in the reporting clause.
        #expect(tei.contains(##"<persName ref="#person.paul-berg">Mr. Paul Berg</persName> said that <said who="#person.paul-berg" direct="false">the <orgName ref="#org.freeland-ministry-of-transport">Freeland Ministry of Transport</orgName> would fund new piers between <date from="2019-10-20" to="2019-10-21">20-21 October 2019</date> and that <persName type="mention" ref="#person.mia-stone">Ms. Mia Stone</persName> had advised on the plan.</said>"##))
        // A title's words are the title's: no name or date is marked inside it.
        #expect(tei.contains(##"&quot;<title level="m">Coast Institute Piers in 2018</title>&quot; of <orgName ref="#org.lenton-university">Lenton University</orgName>.</p>"##))
        // A person the text names in no one's statement, who does not become its speaker.
        #expect(tei.contains(##"source="text:13,14">Participants thanked <persName type="mention" ref="#person.mia-stone">Ms. Mia Stone</persName> and the <orgName ref="#org.lenton-port-authority">Lenton Port Authority</orgName>.</p>"##))
        #expect(record.statements.last?.speakerId == nil)
        // A point, here a speaker's point said whole.
        #expect(tei.contains(##"cert="medium">The <orgName ref="#org.coast-institute">Coast Institute</orgName> will report by <date when="2020-12">December 2020</date>.</said></item>"##))

        let (back, findings) = TEI.importRecord(bytes, fileName: "names.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(read.statements == record.statements)
        #expect(TEI.export(read) == bytes)

        try TEITools.expectAccepted(bytes, name: "names.tei.xml")
        #expect(try SubmissionValidator().validate(bytes, name: "names.tei.xml").status(strict: false) == .valid)
    }

    /// Every element of a paragraph or point holds the printed words: the text without its tags is the statement's.
    @Test func theMarkupOnlyWrapsThePrintedWords() throws {
        let record = try Self.record()
        let (root, _) = SafeXMLParser.parse(TEI.export(record), fileName: "names.tei.xml")
        var statements: [XMLElement] = []
        func collect(_ element: XMLElement) {
            if ["p", "item"].contains(element.name), element.attribute("ana") != nil { statements.append(element) }
            element.elements.forEach(collect)
        }
        collect(try #require(root))
        #expect(statements.map(\.textContent) == record.statements.sorted { $0.span.first < $1.span.first }.map(\.text))
        #expect(statements.count == 5)
    }

    /// TEI from elsewhere: a mention does not make its person the statement's speaker, and the names
    /// and dates read as the words they wrap, without a warning.
    @Test func aMentionIsNoSpeaker() throws {
        let tei = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Ports</title></titleStmt>
            <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
            <profileDesc><particDesc><listPerson><person xml:id="person.a"><persName>Ann Lo</persName></person></listPerson>
            <listOrg><org xml:id="org.p"><orgName>Port Board</orgName></org></listOrg></particDesc></profileDesc></teiHeader>
            <text><body><p>The <orgName ref="#org.p">Port Board</orgName> thanked <persName type="mention" ref="#person.a">Ann Lo</persName> on <date when="2019-05-12">12 May 2019</date>.</p>
            <p><persName ref="#person.a">Ann Lo</persName> opened the port.</p></body></text></TEI>
            """
        let (record, findings) = TEI.importRecord(Array(tei.utf8), fileName: "ports.tei.xml")
        let statements = try #require(record?.statements)
        #expect(statements.map(\.speakerId) == [nil, "a"])
        #expect(statements.first?.text == "The Port Board thanked Ann Lo on 12 May 2019.")
        #expect(!findings.contains { $0.message.contains("kept as text") }, "\(findings)")
    }
}
