import Foundation
import Testing
@testable import ProceedingsKit

/// Persons and bodies the text names that took no part: listed in `standOff`, not in `particDesc`,
/// and pointed at from the running text; the venue named again by its words before its locality.
/// Lines invented.
@Suite(.serialized) struct TEINamedOnlyTests {
    static let fileName = "2019-05-12_harbour-towns.txt"
    static let summary = """
        Workshop on Harbour Towns
        Date: 12 May 2019
        Venue: Lenton Harbour Hall, Lenton

        Organized by the Coast Institute.

        Moderator: Dr. Ana Ruiz, Director, Coast Institute
        Panelists: Ms. Mia Stone, Professor, Lenton University; Mr. Tom Reed, Harbour Pilot, Lenton Port Authority

        Dr. Ana Ruiz opened the workshop at Lenton Harbour Hall and thanked the Freeland Harbour Fund and Mr. Tom Reed for the grants.
        Ms. Mia Stone presented piers built through the Freeland Harbour Fund Project and the "Pier Renewal Council" of her students.

        """

    static func record(corrections: String? = nil) throws -> Record {
        let file = corrections.map { CorrectionsFile.parse(Array($0.utf8), fileName: "corrections.csv").0 }
        let result = Batch.importAll([BatchInput(name: fileName, bytes: Array(summary.utf8))], corrections: file)
        return try #require(result.records.first, "\(result.findings)")
    }

    /// The fund is an organisation of the record that holds no role: the organisers and the roles stay as read.
    @Test func aBodyNamedInProseIsTheRecordsWithoutARole() throws {
        let record = try Self.record()
        let fund = try #require(record.organizations.first { $0.name == "Freeland Harbour Fund" })
        #expect(fund.lines == [10])
        #expect(!record.participations.contains { $0.organizationId == fund.id })
        #expect(record.participations.filter { $0.role == .organizer }.compactMap { record.organization($0.organizationId ?? "")?.name }
            == ["Coast Institute"])
        // What a body runs, and a quoted name, are no bodies.
        #expect(!record.organizations.contains { $0.name.hasSuffix("Project") || $0.name.contains("Pier Renewal") })
    }

    @Test func theTEIListsItInStandOffAndPointsAtIt() throws {
        let bytes = TEI.export(try Self.record())
        let tei = String(decoding: bytes, as: UTF8.self)
        let (header, standOff) = try Self.split(tei)
        #expect(!header.contains("org.freeland-harbour-fund"))
        #expect(standOff.contains(##"<listOrg type="named">"##), "\(tei)")
        #expect(standOff.contains(##"<org xml:id="org.freeland-harbour-fund" source="text:9,10">"##))
        #expect(tei.contains(##"thanked the <orgName ref="#org.freeland-harbour-fund">Freeland Harbour Fund</orgName> and"##))
        // The venue's words before its locality name the venue.
        #expect(tei.contains(##"opened the workshop at <placeName ref="#place.venue">Lenton Harbour Hall</placeName> and"##))
        try Self.expectReadBackAndValid(bytes)
    }

    /// A person a librarian said took no part stays the record's, in standOff, as does the body of
    /// the affiliation no role names any more; the text's mention points at the person there.
    @Test func aPersonWhoTookNoPartIsListedInStandOff() throws {
        let record = try Self.record(corrections: """
            file,sha256,line,fact,old,new,by,date,note
            \(Self.fileName),,8,not-a-participant,Tom Reed,,J. Smith,2026-12-01,
            """)
        #expect(record.person("tom-reed") != nil)
        #expect(!record.participations.contains { $0.personId == "tom-reed" })
        let bytes = TEI.export(record)
        let tei = String(decoding: bytes, as: UTF8.self)
        let (header, standOff) = try Self.split(tei)
        #expect(!header.contains(##"<person xml:id="person.tom-reed""##))
        #expect(standOff.contains(##"<listPerson type="named">"##), "\(tei)")
        #expect(standOff.contains(##"<person xml:id="person.tom-reed""##))
        #expect(standOff.contains(##"<org xml:id="org.lenton-port-authority""##))
        #expect(tei.contains(##"and <persName type="mention" ref="#person.tom-reed">Mr. Tom Reed</persName> for the grants."##))
        try Self.expectReadBackAndValid(bytes)
    }

    /// The header up to `standOff`, and the rest.
    static func split(_ tei: String) throws -> (String, String) {
        let at = try #require(tei.firstRange(of: "<standOff>"))
        return (String(tei[..<at.lowerBound]), String(tei[at.lowerBound...]))
    }

    static func expectReadBackAndValid(_ bytes: [UInt8]) throws {
        let (back, findings) = TEI.importRecord(bytes, fileName: "named.tei.xml")
        let read = try #require(back, "\(findings)")
        #expect(findings.isEmpty, "\(findings)")
        #expect(TEI.export(read) == bytes)
        try TEITools.expectAccepted(bytes, name: "named.tei.xml")
        #expect(try SubmissionValidator().validate(bytes, name: "named.tei.xml").status(strict: false) == .valid)
    }

    /// A name in capitals with a word of an institution; not a sentence's first word, a quoted title,
    /// a name without such a word, one a title or a possessive begins, one a bracket or a comma before
    /// a capital may cut, nor what a body runs.
    @Test func onlyNamesInFullWithAWordOfAnInstitution() {
        let bodies = AffiliationBodies(titleWords: GenreLexicon.builtIn.titleWords, countries: GenreLexicon.builtIn.countries)
        func named(_ text: String) -> [String] { PlainTextReader.bodiesNamed(in: text, bodies: bodies, lexicon: .builtIn) }
        #expect(named(#"Projects of the Lenton Water Trust were shown, with the "Harbour Council" and Sciences Po."#)
            == ["Lenton Water Trust"])
        #expect(named("Prof. Kato Harbour Institute thanked the Freeland Children’s Fund and the Coast Bank [of Lenton] Office.") == [])
        #expect(named("Staff of the Ministry of Piers, Docks and Harbours and the Freeland Pier Fund Project met.") == [])
        #expect(named("They met Japan and the Harbour Development Bank (HDB) in May.") == ["Harbour Development Bank (HDB)"])
    }
}
