import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who a page names as holding an office at another time, as represented by another, as the author of what was published
/// before, or as the page's own contributor: none of them took part.
@Suite struct OfficesHeldThenTests {

    @Test func anOfficeHeldThenIsAnotherMeetings() throws {
        let record = try Invented.record(body: """
            The Dialogue was co-chaired by Dr. Peter Lang, Secretary of the Ministry of Trade.

            Dr. Lang recalled that he had worked closely with then Secretary-General Dr. Tomas Reyes on the first road map.
            """)
        #expect(Set(record.participations.compactMap(\.personId)) == ["peter-lang"])
    }

    @Test func thenInTheOrderOfSpeakersIsNoPastOffice() throws {
        let record = try Invented.record(body: """
            The Chair thanked the delegations, and then Minister Ana Silva closed the meeting.

            Dr. Paul Wirth, then Dr. Eva Lind, presented the findings of the working groups.
            """)
        let ids = Set(record.participations.compactMap(\.personId))
        #expect(ids.isSuperset(of: ["ana-silva", "paul-wirth", "eva-lind"]))
    }

    @Test func oneRepresentedAtTheMeetingByAnotherWasNotThere() throws {
        let record = try Invented.record(body: """
            Commissioner Joseph Mbeki was represented at the opening by Dr. Lucy Tembo, Director for Peace, who welcomed the participants.
            """)
        #expect(Set(record.participations.compactMap(\.personId)) == ["lucy-tembo"])
    }

    @Test func theAuthorOfWhatWasPublishedBefore() throws {
        let record = try Invented.record(body: """
            Dr. Hans Ober referred to a debt report published last year by the economist Clara Voss, according to which interest costs had doubled.

            Ms. Ida Berg cited a study published in 2021 by Professor Olu Adeyemi on remittances.
            """)
        #expect(Set(record.participations.compactMap(\.personId)) == ["hans-ober", "ida-berg"])
    }

    @Test func thePagesContributorsAreClosingMatter() throws {
        let record = try #require(Invented.read("""
            Is There Room for Talks?

            4 June 2025

            On 4 June 2025, the Institute hosted an online discussion on local talks with armed groups. The discussion was moderated by Helena Kirsch, Program Director.

            Dr. Mariam Touré argued that local deals had held where the state kept its promises.

            Contributors

            Helena Kirsch
            Program Director
            Idris Kabore
            Consultant, Burkina Faso
            """).record)
        let ids = Set(record.participations.compactMap(\.personId))
        #expect(ids == ["helena-kirsch", "mariam-toure"])
    }
}
