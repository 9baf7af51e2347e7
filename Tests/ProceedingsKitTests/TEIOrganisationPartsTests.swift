import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Issue 15, expert review M8 and L4: an organisation the text names as part of another the record
/// lists is nested in it in `listOrg`, and a part's or a section's `@n` is the number its label or
/// heading prints (review 15b, N11). Names, bodies and lines invented.
@Suite(.serialized) struct TEIOrganisationPartsTests {
    static func organization(_ id: String, _ name: String, lines: [Int]) -> Organization {
        Organization(id: id, name: name, lines: lines)
    }

    static let program = organization("pier-studies-program-of-the-university-of-lenton",
                                      "Pier Studies Program of the University of Lenton", lines: [5])
    static let university = organization("university-of-lenton", "University of Lenton", lines: [9])
    static let ministry = organization("ministry-of-harbours-of-freeland", "Ministry of Harbours of Freeland", lines: [5])
    static let bureau = organization("harbour-planning-bureau", "Harbour Planning Bureau", lines: [10])
    static let state = organization("japan", "Japan", lines: [5])
    static let program2 = organization("coast-unit-of-japan", "Coast Unit of Japan", lines: [6])

    static func record(organizations: [Organization], statements: [Statement] = []) -> Record {
        var record = Record(id: "2019-05-12-harbour-forum",
                            document: Document(sourceFile: "2019-05-12_harbour-forum.txt", sha256: String(repeating: "f", count: 64)),
                            event: Event(kind: .symposium, title: "Forum on Harbour Safety", titleSpan: SourceSpan(1)))
        record.organizations = organizations
        record.statements = statements
        return record
    }

    @Test func anOrganisationWhoseNameEndsWithAnotherListedOneIsPartOfIt() {
        let parts = TEIOrganisationParts(record: Self.record(organizations: [Self.program, Self.ministry, Self.university])).parts
        #expect(parts == [.init(organization: Self.program.id, parent: Self.university.id, lines: [5])])
    }

    @Test func runningTextThatJoinsTwoListedOrganisationsByOfNamesTheParent() {
        let said = Statement(id: "s-1", kind: .statement, ordinal: 1,
                             text: "Mr. Odaka said that the Harbour Planning Bureau of the Ministry of Harbours of Freeland would publish a plan.",
                             reportedSpeech: false, span: SourceSpan(12, 13))
        let parts = TEIOrganisationParts(record: Self.record(organizations: [Self.ministry, Self.bureau], statements: [said])).parts
        #expect(parts == [.init(organization: Self.bureau.id, parent: Self.ministry.id, lines: [12, 13])])
    }

    @Test func aCountryOrAWordThatGoesOnIsNoParent() {
        // "of Japan" says whose unit it is; "the University of Lentonia" is not the University of Lenton.
        let other = Self.organization("research-office-of-the-university-of-lentonia", "Research Office of the University of Lentonia", lines: [7])
        let parts = TEIOrganisationParts(record: Self.record(organizations: [Self.state, Self.program2, other, Self.university])).parts
        #expect(parts.isEmpty)
    }

    @Test func thePartIsNestedInItsParentAndReadBackInTheRecordsOrder() throws {
        let record = Self.record(organizations: [Self.program, Self.ministry, Self.university])
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        #expect(tei.contains([
            #"          <org xml:id="org.ministry-of-harbours-of-freeland" sortKey="2" source="text:4,5">"#,
            #"            <orgName>Ministry of Harbours of Freeland</orgName>"#,
            #"          </org>"#,
            #"          <org xml:id="org.university-of-lenton" sortKey="3" source="text:8,9">"#,
            #"            <orgName>University of Lenton</orgName>"#,
            #"            <org xml:id="org.pier-studies-program-of-the-university-of-lenton" sortKey="1" source="text:4,5">"#,
            #"              <orgName>Pier Studies Program of the University of Lenton</orgName>"#,
            #"            </org>"#,
            #"          </org>"#,
            #"        </listOrg>"#,
        ].joined(separator: "\n")), "\(tei)")
        // Without a nesting, no place is written: the document's order is the record's.
        #expect(!String(decoding: TEI.export(Self.record(organizations: [Self.ministry, Self.university])), as: UTF8.self).contains("sortKey=\""))
        let (back, findings) = TEI.importRecord(bytes, fileName: "harbour.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        // The organisations in the record's order, none nested in another.
        #expect(read.organizations == record.organizations)
        #expect(TEI.export(read) == bytes)
        try TEITools.expectAccepted(bytes, name: "harbour.tei.xml")
    }

    @Test(arguments: [
        ("(2) Session One", "2"), ("Session 1:", "1"), ("Panel II", "II"), ("Session Two", "2"), ("3. Closing", "3"),
        ("Concluding Session", nil), ("Opening Remarks", nil), ("Session on Piers", nil),
    ] as [(String, String?)])
    func aPartIsNumberedAsItsLabelPrintsIt(label: String, number: String?) {
        #expect(TEI.printedNumber(ofPart: label) == number)
    }

    @Test func aPartsDivAndEventGiveThePrintedNumberAndTheEventKeepsItsPosition() throws {
        var record = Self.record(organizations: [])
        record.parts = [
            EventPart(id: "opening", kind: .opening, ordinal: 1, label: "(1) Opening Remarks", span: SourceSpan(3, 4)),
            EventPart(id: "session-1", kind: .session, ordinal: 1, label: "(2) Session One", span: SourceSpan(5, 6)),
            EventPart(id: "concluding-session", kind: .concluding, ordinal: 3, label: "Concluding Session", span: SourceSpan(7, 8)),
        ]
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        for expected in [
            #"<event xml:id="part.session-1" type="session" n="2" sortKey="1" source="text:4,6">"#,
            #"<event xml:id="part.concluding-session" type="concluding" sortKey="3" source="text:6,8">"#,
        ] {
            #expect(tei.contains(expected), "\(expected)\n\(tei)")
        }
        let read = try TEITools.readBack(bytes, name: "parts.tei.xml")
        #expect(read.parts == record.parts)
        // TEI of the previous release gave the position in @n, and still reads.
        let previous = tei.replacing(#"n="2" sortKey="1""#, with: #"n="1""#)
        #expect(TEI.importRecord(Array(previous.utf8), fileName: "parts.tei.xml").0?.parts == record.parts)
    }

    /// A section's @n is the number its heading prints, not its place among the sections, which is the document's order.
    @Test func aSectionsDivGivesThePrintedNumberAndReadsBackInItsPlace() throws {
        var record = Self.record(organizations: [])
        record.sections = [
            Section(id: "conference-goals", kind: .purpose, ordinal: 1, heading: "1. Conference Goals", line: 3),
            Section(id: "theme", kind: .other, ordinal: 2, heading: "3. Theme", line: 5),
            Section(id: "about", kind: .other, ordinal: 3, heading: "About the day", line: 7),
        ]
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        #expect(tei.contains(#"<div xml:id="section.theme" type="section" subtype="other" n="3">"#), "\(tei)")
        #expect(tei.contains(#"<div xml:id="section.about" type="section" subtype="other">"#), "\(tei)")
        #expect(try TEITools.readBack(bytes, name: "sections.tei.xml").sections == record.sections)
        // "I." at the head of a heading is a roman one, as "II." is.
        #expect(TEI.headingNumber("I. Significance") == "I" && TEI.headingNumber("II. Discussions") == "II")
    }
}
