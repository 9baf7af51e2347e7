import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Parliamentary minutes that list witnesses and staff run in, sorted by the body each comes from. Invented lines.
@Suite struct MinutesWitnessGroupsTests {
    @Test func aRunInListSortedByBody() throws {
        let record = try Invented.record(body: """
            In attendance: Office of the Clerk: Ruth Amberley, Analyst; Tomas Brede, Analyst. Legislative Library: Iona Vell, Researcher.

            Witnesses: Department of Lakes and Rivers: Dr. Petra Solvang, Assistant Deputy Minister, Water Science. As an individual: Capt. Owen Tarrow, Ferry Operator, Port Ellis.
            """)
        #expect(record.roles.map { "\($0.name) | \($0.affiliation ?? "")" } == [
            "Ruth Amberley | Analyst, Office of the Clerk",
            "Tomas Brede | Analyst, Office of the Clerk",
            "Iona Vell | Researcher, Legislative Library",
            "Petra Solvang | Assistant Deputy Minister, Water Science, Department of Lakes and Rivers",
            "Owen Tarrow | Ferry Operator, Port Ellis",
        ])
    }

    /// A sentence with a colon in it is no list: "Note: the committee ..." names no body before its colon.
    @Test func aColonInProseIsNoGroup() {
        #expect(RosterLines.groupedPeople("The motion: that the committee report. Members: agreed.", .builtIn) == nil)
        #expect(RosterLines.groupedPeople("Library of Parliament: the analysts spoke.", .builtIn) == nil)
    }
}
