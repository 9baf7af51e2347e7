import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A Nordic co-operation body's news item: a photograph's credit under "Photographer", a box of stacked fields under the
/// lead ("Information" / "Published" / the date), a host "as part of" a presidency, a Faroese name with its particle.
/// Invented lines.
@Suite struct NordicNewsTests {
    static let page = """
        Ministers want joint preparedness for fish supply
        The Nordic ministers for fisheries met in Tórshavn on Thursday and agreed to map how the region can keep fish on the table.

        Photographer
        Jonas Holm/nordic.example.org
        The ministers gathered at the Nordic House in Tórshavn.

        Information
        Published
        27.06.2025
        Type
        News

        The summer meeting of the Nordic ministers for fisheries took place in Tórshavn on 26 June 2025. The meeting was hosted by the Government of the Faroe Islands as part of the Danish Presidency of the Council, and chaired by Denmark's Minister for Fisheries, Rasmus Kjærby.

        Host minister Jóhanna á Bergi Hansen, the Faroese Minister of Fisheries, stressed the role of the sea.
        """

    @Test func theBoxUnderTheLeadDatesThePage() throws {
        let record = try Invented.record(Self.page)
        #expect(record.document.issued == "2025-06-27")
        #expect(record.event.startDate == "2025-06-26")
    }

    @Test func theHostAndNotThePresidencyItActedIn() throws {
        let record = try Invented.record(Self.page)
        #expect(record.organizers == ["Government of the Faroe Islands"])
    }

    @Test func theCreditIsNoPersonAndTheParticleIsOfTheName() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roleLines == ["Rasmus Kjærby chair", "Jóhanna á Bergi Hansen speaker"])
    }

    /// The summary's own author and the sender of correspondence are spoken of, not present.
    @Test func theSummarysAuthorAndACorrespondent() throws {
        let record = try Invented.record(body: """
            This summary was written by Hannah Okoro, Research Associate, and does not attribute views to participants.

            The Chairperson advised Members of correspondence received from the Minister for Infrastructure, Mr Eoin Dalton MLA, regarding the timetable.

            Dr. Ana Ruiz opened the meeting.
            """)
        #expect(record.roleLines == ["Ana Ruiz opening-speaker"])
    }

    /// "A from the Agency (DIGG) and B from Digital Iceland": a body's short name in brackets closes where the first works;
    /// "At the end of the round table, X thanked": the one who closed it.
    @Test func aListAfterABodysShortNameAndWhoClosedTheRoundTable() throws {
        let record = try Invented.record(body: """
            The Nordic perspective was presented by Mikael Sandberg from the Swedish Agency for Digital Government (DIGG) and Sigrún Björk from Digital Iceland.

            At the end of the round table, the State Secretary of the Ministry, Aivars Zālmanis, thanked the participants.
            """)
        #expect(record.roleLines == ["Mikael Sandberg presenter", "Sigrún Björk presenter", "Aivars Zālmanis closing-speaker"])
    }

    /// "In the first part of the round table", "In the second part": the parts of this event, by their ordinal; "the first
    /// part of his speech" is none.
    @Test func thePartsOfTheRoundTableByTheirOrdinal() throws {
        let record = try Invented.record(body: """
            In the first part of the round table, Kristjan Tamm, Deputy Secretary General, presented Estonia's experience.

            In the second part, local governments shared their view. In the first part of his speech, Mr. Andris Pētersons described the challenges.
            """)
        #expect(record.parts.map(\.label) == ["First part", "Second part"])
    }

    /// "The Nordic Council’s 77th Session opened": the body whose session it was held it, named by the possessive; a member named
    /// with the country in brackets and the party group after it spoke.
    @Test func aBodysOwnSessionAndAGroupsSpeaker() throws {
        let record = try Invented.record(body: """
            The Nordic Council’s 77th Session opened in Stockholm with a theme debate on civil preparedness.

            Eerik Västilä (Åland) from the Nordic Freedom group spoke in favour of a stronger role for voluntary organisations.
            """)
        #expect(record.organizers == ["Nordic Council"])
        #expect(record.roleLines == ["Eerik Västilä speaker"])
        // Around another body's meeting, the body held none of this one.
        let beside = try Invented.record(body: """
            The seminar was held on the margins of the Nordic Council’s 77th Session in Stockholm.
            """)
        #expect(beside.organizers.isEmpty)
    }
}
