import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// The minutes of an advisory committee on a government site: the site's banner, the committee over "Minutes", the day,
/// the hours and the hall, then who was present. Invented lines.
@Suite struct AdvisoryMinutesTests {
    static let page = """
        Skip to main content
        An official website of the United States government Here's how you know
        Office of Harbour Affairs
        Home / Advisory Board / Meetings

        Advisory Committee on Inland Waterways (ACIW)
        Minutes of the Public Meeting
        June 12, 2024
        9:00 a.m. – 12:30 p.m. EDT
        Stone Federal Building, Room 210, Richmond, VA, and virtually via Webex

        Committee Members Present
        Dr. Ada Morrow, Chair (Tidewater Institute)
        Mr. Ben Salas (River Freight LLC)

        1. Call to Order
        Dr. Morrow opened the meeting at 9:02 a.m. and welcomed the members and the public to the session.
        """

    @Test func theCommitteeOverItsMinutesIsTheTitle() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.title == "Advisory Committee on Inland Waterways (ACIW)")
        #expect(record.document.documentType == "Minutes of the Public Meeting")
        #expect(record.event.startDate == "2024-06-12")
    }

    /// The hall's address under the hours is the venue, without the way to join from afar.
    @Test func theHallUnderTheHoursIsTheVenue() throws {
        let record = try Invented.record(Self.page)
        #expect(record.event.venue == "Stone Federal Building, Room 210, Richmond, VA")
    }

    /// "Chair (Tidewater Institute)": the role, and where its holder works in brackets.
    @Test func aRoleBeforeTheBracketedBody() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roles.first { $0.name == "Ada Morrow" }.map { "\($0.role.rawValue) \($0.affiliation ?? "")" } == "chair Tidewater Institute")
        #expect(record.roles.first { $0.name == "Ben Salas" }?.role == .participant)
    }

    /// A site copied from a narrow window: its name, its department, "Search" and "Menu", then its trail a step to a line.
    /// The committee over the type is the title; the institute and the town under the date are where it met; the site's
    /// name, which the minutes speak of, is taken as the organiser.
    @Test func theSitesButtonsAndThePlaceUnderTheDate() throws {
        let record = try Invented.record("""
            National Institute of Harbour Studies
            U.S. Department of Waterways
            Search NIHS
            Menu

            Harbour Laboratory
            Advisory Committee on Inland Waterways (ACIW)
            Meetings

            ADVISORY COMMITTEE ON INLAND WATERWAYS (ACIW)
            SUMMARY MINUTES OF THE MEETING
            October 29, 2024
            National Institute of Harbour Studies
            Gaithersburg, Maryland, and via Microsoft Teams

            Committee Members Present
            Dr. Ada Morrow, Chair (Tidewater Institute)

            I. Call to Order and Welcome
            Dr. Morrow called the meeting to order at 10:00 a.m. and thanked the National Institute of Harbour Studies.
            """)
        #expect(record.event.title == "ADVISORY COMMITTEE ON INLAND WATERWAYS (ACIW)")
        #expect(record.document.documentType == "SUMMARY MINUTES OF THE MEETING")
        #expect(record.event.startDate == "2024-10-29")
        #expect(record.event.venue == "National Institute of Harbour Studies, Gaithersburg, Maryland")
        #expect(record.parts.map(\.label) == ["I. Call to Order and Welcome"])
        #expect(record.organizers == ["National Institute of Harbour Studies"])
    }

    /// "NIST Staff" among the groups of those present: a group of the list, no part of the meeting and no person "NIST".
    @Test func theStaffOfABodyAmongThosePresent() throws {
        let record = try Invented.record(body: """
            Committee Members Present
            Dr. Ada Morrow, Chair (Tidewater Institute)
            Mr. Ben Salas (River Freight LLC)

            NIHS Staff
            Ms. Deborah Ngata, Designated Federal Officer (DFO)
            Mr. Sam Okoro, Secretariat
            """)
        #expect(record.roleLines == ["Ada Morrow chair", "Ben Salas participant", "Deborah Ngata participant", "Sam Okoro participant"])
        #expect(record.parts.isEmpty)
    }

    @Test func theFederalBannerIsTheSites() {
        #expect(Residue.matches("An official website of the United States government Here's how you know"))
        #expect(Residue.matches("Here’s how you know"))
    }
}

/// A city council committee's minutes: the committee's name in capitals over its chair's, "Ald." before each member.
@Suite struct CouncilCommitteeHeadTests {
    @Test func theChairUnderTheCommitteesNameIsNoPartOfIt() throws {
        let record = try Invented.record("""
            City of Lakeport
            Meeting Minutes
            PUBLIC WORKS COMMITTEE
            ALD. MARIA CHAVEZ, CHAIR

            Thursday, March 13, 2025 9:00 AM Room 301-B, City Hall

            Present: 3 - Chavez, Olsen, Hill
            """)
        #expect(record.event.title == "PUBLIC WORKS COMMITTEE")
        #expect(Names.honorific("Ald.", .builtIn) != nil)
    }
}
