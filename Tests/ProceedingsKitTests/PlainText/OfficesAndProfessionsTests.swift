import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliament's press release: an office printed right before the name, a profession's plural before those who practise
/// it, and a discussion "led by" its moderator. Invented lines.
@Suite struct OfficesAndProfessionsTests {
    /// "Director of the Centre for Excellence X": the words of a body's name are no part of the name after it.
    @Test func anOfficeOfABodyWhoseNameEndsInACommonNoun() throws {
        let record = try Invented.record(body: """
            Director of the Baltic Centre for Excellence Marta Ozola presented the latest study on hostile information campaigns.
            """)
        #expect(record.roleLines == ["Marta Ozola presenter"])
    }

    /// "journalists A (Radio X) and B (Y)": a profession's plural, then the list it names.
    @Test func aProfessionsPluralBeforeTheNames() throws {
        let record = try Invented.record(body: """
            In the panel, journalists Ilze Vanaga (Radio North) and Daina Roze (Re:Check) discussed the role of the media.
            """)
        #expect(Set(record.persons.map(\.name)) == ["Ilze Vanaga", "Daina Roze"])
    }

    /// "In the second discussion, led by X,": who led a discussion moderated it.
    @Test func aDiscussionLedBySomeone() throws {
        let record = try Invented.record(body: """
            In the second discussion, led by Deputy Speaker Juris Kalns, the participants examined media literacy.
            """)
        #expect(record.roleLines == ["Juris Kalns moderator"])
    }
}
