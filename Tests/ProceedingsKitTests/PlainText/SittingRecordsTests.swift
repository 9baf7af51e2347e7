import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliament's page of a committee's sitting: the site's title and a paragraph on its records over the record's own
/// heading, members listed by party, and the votes. Invented lines.
@Suite struct SittingRecordsTests {
    static let page = """
        Parliament of Riverland
        Committees > FISH > Meetings > Meeting 12

        FISH Committee Meeting

        The Minutes of Proceedings are the official record of the business conducted by the committee at a sitting.

        For an advanced search, use the Publication Search tool.

        Minutes of Proceedings

        3rd Parliament, 1st Session
        Meeting 12
        Tuesday, February 13, 2024, 3:31 p.m. to 5:34 p.m.
        Room 415, Harbour Building, 12 Quay Street
        Hybrid
        Televised
        Presiding
        Lena Marsh, Chair (Liberal)

        Liberal Party
        • Marc Belair
        • Jasmine Gill
        Green Party
        • Gord Tenant
        Bloc Riverain
        • Yves Pelletier
        Library of Parliament
        • Maria Thibault, Analyst
        Pursuant to Standing Order 108(2), the committee resumed its study of fish prices.

        """

    /// The record's heading under the site's text says what the document is, when and where the sitting was; "Hybrid" and
    /// "Televised" say how it was held, and "Presiding" who chaired it, none of them where.
    @Test func theRecordsHeadingUnderTheSitesText() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "FISH Committee Meeting")
        #expect(record.document.documentType == "Minutes of Proceedings")
        #expect(record.event.startDate == "2024-02-13")
        #expect(record.event.venue == "Room 415, Harbour Building, 12 Quay Street")
        #expect(record.roleLines.first == "Lena Marsh chair")
    }

    /// Members under the name of their party, and staff under their body's: each group's body is where they belong; a body
    /// over names is no session.
    @Test func membersListedByParty() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.isEmpty)
        #expect(record.roles.dropFirst().map { "\($0.name) \($0.role.rawValue) \($0.affiliation ?? "")" } == [
            "Marc Belair participant Liberal Party", "Jasmine Gill participant Liberal Party", "Gord Tenant participant Green Party",
            "Yves Pelletier participant Bloc Riverain", "Maria Thibault participant Analyst, Library of Parliament",
        ])
    }

    /// "YEAS:" and "NAYS:" list the members who voted, each a member present.
    @Test func aRecordedDivision() throws {
        let record = try Invented.record(body: """
            The question was put on the amendment and it was agreed to on the following recorded division:

            YEAS: Marc Belair, Jasmine Gill — 2;

            NAYS: Gord Tenant — 1.
            """)
        #expect(record.roleLines == ["Marc Belair participant", "Jasmine Gill participant", "Gord Tenant participant"])
    }

    /// A type over a paragraph that dates nothing to the day heads a section of the text, not the document.
    @Test func aTypeOverProseIsNoHeading() throws {
        let record = try Invented.record("""
            Fisheries Forum

            The forum is held every year.

            Summary

            The forum met in Harbour Town to discuss fish prices in 2024.
            """)
        #expect(record.document.documentType == nil)
        #expect(record.event.startDate == nil)
    }
}
