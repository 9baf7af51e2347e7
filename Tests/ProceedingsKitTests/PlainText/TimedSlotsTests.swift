import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A timed programme whose slots carry their people set in under them, and a trail of the site that ends in the page's
/// own headline. Invented lines.
@Suite struct TimedSlotsTests {
    static let page = "Workshop on Coastal Towns\n\n12 May 2022\n\nThe workshop met in the Aula Magna.\n\nProgramme\n\n"

    static func record(_ body: String) throws -> Record {
        try Invented.record(page + body + "\n")
    }

    /// "Chair: X" names the one who chairs; the lines set in under it name those who speak in the session.
    @Test func aSingularLabelNamesOnlyItsOwnLine() throws {
        let record = try Self.record("""
            11.30am  Session 2: Lessons from the buy-back program
                     Chair: Ms Dana Morrow, Executive Director, Planning Authority
                     Mr Hugo Laird, Program Director, Resilient Homes
                     Cr Joan Kerrigan, Mayor of Lisbridge (online)
            """)
        #expect(record.roleLines == ["Dana Morrow chair", "Hugo Laird speaker", "Joan Kerrigan speaker"])
    }

    /// "Speakers: A" over "B": a label in the plural promises the lines under it.
    @Test func aPluralLabelGoesOnUnderItsLine() throws {
        let record = try Self.record("""
            2.00pm   Session 3: Law and liability
                     Speakers: Dr Ines Falk, School of Law
                               Ms Rhea Sund, City Bar
            """)
        #expect(record.roleLines == ["Ines Falk speaker", "Rhea Sund speaker"])
    }

    /// A slot that no heading's word names is a part when people are set in under it, whatever closes its title;
    /// a pause with no one under it is not.
    @Test func aSlotWithItsPeopleIsAPart() throws {
        let record = try Self.record("""
            3.30pm   Small-group scenario exercise: "Old Bar, 2040"
                     Facilitators: Dr Sam Havel and Dr Emma Kettle (CCRC)

            4.30pm   Afternoon tea

            5.00pm   Synthesis and next steps
                     A/Prof Karin Wold and Dr Lena Fenn
            """)
        #expect(record.parts.map(\.label) == ["Small-group scenario exercise", "Synthesis and next steps"])
        #expect(record.roleLines == ["Sam Havel moderator", "Emma Kettle moderator", "Karin Wold speaker", "Lena Fenn speaker"])
    }

    /// "12.00 – 13.00   Session 2: Inverter Standards" over one person: who gives the session, not who chairs it.
    @Test func oneUnderATimedSessionGivesIt() throws {
        let record = try Self.record("""
            12.00 – 13.00   Session 2: Inverter Standards and Grid Code Requirements
                            Ir. Sarah Theven, Energy Commission
            """)
        #expect(record.roleLines == ["Sarah Theven speaker"])
    }

    /// A line of prose set in under a timed slot goes on with it and makes no part.
    @Test func aSlotOverItsDescriptionIsNoPart() throws {
        let record = try Self.record("""
            3.30pm   Field visit to the harbour
                     Participants walk to the old pier and back.
            """)
        #expect(record.parts.isEmpty)
        #expect(record.roleLines.isEmpty)
    }

    /// "Home / ... / Workshop report: Planning for managed retreat on the coast": a trail from the home page whose last step
    /// is the headline printed again under it.
    @Test func aTrailEndingInTheHeadline() throws {
        let record = try Invented.record("""
            Home / Research / Centre for Coastal Studies / News and events / Workshop report: Planning for managed retreat on the coast

            Workshop report: Planning for managed retreat on the coast

            Published 2 April 2024

            On 6 March 2024 the Centre for Coastal Studies brought together 54 planners in Wollongong.
            """)
        #expect(record.event.title == "Planning for managed retreat on the coast")
        #expect(record.document.documentType == "Workshop report")
    }
}
