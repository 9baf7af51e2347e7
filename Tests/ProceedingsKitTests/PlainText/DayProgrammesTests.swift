import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A colloquium's day told as a programme of morning and afternoon sessions, each "chaired by" someone, a round table
/// "with" its members, and the organiser's concluding remarks after the programme. Invented lines.
@Suite struct DayProgrammesTests {
    static let page = """
        Colloquium on Urban Water

        12 May 2022

        The colloquium met under the Cupola in Paris.

        Morning session – Water as a common good: law and history
        chaired by Marie Fournel, member of the Academy (Public Law section)

        9.45 – "From the aqueduct to the municipal régie", by Pierre Daubin, Professor emeritus

        Afternoon session – Cities facing scarcity
        chaired by Jean Marchal

        15.40 – Round table: "Paris 2050: which water for which city?", with Claire Assol, Deputy Mayor of a suburb, and Antoine Roux, Director of a water operator

        In his concluding remarks, Jean Marchal underlined three points on which the speakers had converged.
        """

    /// "Morning session – Title" over "chaired by X": a part's heading, its title after the dash, and its chair under it.
    @Test func sessionsOfTheDayChairedUnderTheirHeadings() throws {
        let record = try Invented.record(Self.page)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == [
            "Morning session | Water as a common good: law and history", "Afternoon session | Cities facing scarcity",
        ])
        #expect(record.roleLines.prefix(2) == ["Marie Fournel chair", "Pierre Daubin presenter"])
    }

    /// "Round table: '...', with A and B": those the round table was held with sit on it.
    @Test func aRoundTableWithItsMembers() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roleLines.contains("Claire Assol panelist"))
        #expect(record.roleLines.contains("Antoine Roux panelist"))
    }

    /// The chair of the last session who then closes the meeting holds both roles: the close is the meeting's.
    @Test func concludingRemarksCloseTheMeeting() throws {
        let record = try Invented.record(Self.page)
        let marchal = record.participations.filter { $0.personId.flatMap(record.person)?.name == "Jean Marchal" }
        #expect(marchal.map { "\($0.role.rawValue) \($0.partId ?? "event")" } == ["chair session-2", "closing-speaker event"])
    }
}
