import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliament's record of a sitting of the whole house: the Speaker in the Chair, members who take the floor by their style
/// ("Sen.", "Sen. (Dr.)"), a speech that goes on over several paragraphs and names people who were not in the House.
@Suite struct SittingsOfTheHouseTests {

    static let page = """
        THE SENATE

        THE HANSARD

        Tuesday, 11th March, 2025

        The House met at the Senate Chamber, Parliament Buildings, at 2.30 p.m.

        [The Speaker (Hon. Kiprono) in the Chair]

        MOTION

        Sen. Wanjiru: Mr. Speaker, Sir, I beg to move the following Motion.

        Mr. Speaker, Sir, the Committee received submissions from the Chief Executive Officer of the Supplies Authority, Dr. Mercy Otieno, and from the Council of Governors.

        I beg to move and request Sen. (Dr.) Kibet to second.

        [The Speaker (Hon. Kiprono) left the Chair]

        [The Temporary Speaker (Sen. Achieng) in the Chair]

        Sen. (Dr.) Kibet: Thank you, Mr. Temporary Speaker, Sir. I rise to second. Hon. Senators, this Report matters.
        """

    @Test func membersWhoTakeTheFloorSpeak() throws {
        let record = try Invented.record(Self.page)
        let roles = Set(record.roleLines)
        #expect(roles.isSuperset(of: ["Kiprono chair", "Achieng chair", "Wanjiru speaker", "Kibet speaker"]))
        // "Hon. Senators", "Mr. Temporary Speaker": the House addressed, no one by name.
        #expect(!record.persons.contains { ["Senators", "Temporary"].contains($0.name) })
    }

    @Test func whomAContinuedSpeechNamesWasNotInTheHouse() throws {
        let record = try Invented.record(Self.page)
        #expect(!record.roles.contains { $0.name == "Mercy Otieno" })
        #expect(Invented.explain(Self.page).contains { $0.hasPrefix("15: not-a-participant \"Mercy Otieno\" by cue mention.in-speech") })
    }

    @Test func theSittingsOwnNotes() {
        #expect(Residue.opensSittingOfTheHouse("[The Speaker (Hon. Kiprono) in the Chair]"))
        #expect(Residue.opensSittingOfTheHouse("The House met at 2.30 p.m."))
        #expect(!Residue.opensSittingOfTheHouse("[Ms Ruiz in the Chair]"))
        #expect(PlainTextReader.opensTurn("MPP Aaron Whitford: Thank you, Chair."))
        #expect(!PlainTextReader.opensTurn("Mr. Speaker, Sir, the Committee found that: first, ..."))
    }
}
