import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The record of a committee's hearing: the committee over "EVIDENCE", the town and the day of the week, the chair in
/// the chair, members in attendance under their office in the plural, and speakers named before their words. Invented lines.
@Suite struct CommitteeEvidenceTests {
    static let page = """
        THE STANDING SENATE COMMITTEE ON COASTAL AFFAIRS

        EVIDENCE

        HALIFAX, Thursday, May 15, 2025

        Members in attendance: Senators Arkwright, Bellamy and Ostrander.

        Senator Greta Lindholm (Chair) in the chair.

        The Chair: Today we welcome Dr. Jane Okoro, Professor, Harbour University; and Tom Varga, Executive Director, Wetland Council.

        Jane Okoro: Thank you, chair. Wetlands store carbon and slow floods.
        """

    @Test func theCommitteeOverItsEvidence() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "THE STANDING SENATE COMMITTEE ON COASTAL AFFAIRS")
        #expect(record.document.documentType == "EVIDENCE")
        #expect(record.event.venue == "HALIFAX")
        #expect(record.event.startDate == "2025-05-15")
    }

    @Test func membersUnderTheirOfficeInThePlural() throws {
        let record = try Invented.record(Self.page)
        #expect(Set(record.persons.map(\.name)).isSuperset(of: ["Arkwright", "Bellamy", "Ostrander"]))
    }

    /// "The Chair:" names who speaks, not the role of those she welcomes.
    @Test func theChairSpeakingPresidesOverNoOneSheNames() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.filter { $0.role == .chair }.map(\.name) == ["Greta Lindholm"])
        #expect(Set(record.persons.map(\.name)).isSuperset(of: ["Jane Okoro", "Tom Varga"]))
    }
}

/// A parliamentary hearing's record: witnesses listed surname first, "CHAIR:" asking a question. Invented lines.
@Suite struct HearingWitnessesTests {
    static let page = """
        REGIONAL AFFAIRS REFERENCES COMMITTEE

        Regional airfares

        (Public)

        THURSDAY, 6 MARCH 2025

        CANBERRA

        Members in attendance: Senators Arkwright, Bellamy and Ostrander.

        WITNESSES

        DOE, Ms Jane, Chief Executive Officer, Regional Aviation Association [by video link]

        RIVERA, Dr Tomas Luis, Director, Network Planning, Coastline Airlines

        CHAIR: Ms Doe, would you like to make a statement to the committee?
        """

    @Test func witnessesSurnameFirstGaveEvidence() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "Regional airfares")
        #expect(!record.roles.contains { $0.role == .chair })
        #expect(record.roles.filter { $0.name.hasSuffix("DOE") || $0.name.hasSuffix("RIVERA") }.map { "\($0.name) | \($0.affiliation ?? "")" } == [
            "Jane DOE | Chief Executive Officer, Regional Aviation Association",
            "Tomas Luis RIVERA | Director, Network Planning, Coastline Airlines",
        ])
    }

    /// The day of the week in capitals is no more a place than in title case.
    @Test func aWeekdayInCapitals() throws {
        #expect(Dates.dateline("CANBERRA, THURSDAY, 6 MARCH 2025")?.rest == "CANBERRA")
    }
}
