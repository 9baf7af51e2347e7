import Foundation
import Testing
@testable import ProceedingsKit

/// Persons and bodies the text names that took no part: listed in `standOff`, not in `particDesc`,
/// and pointed at from the running text. Lines invented.
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
}
