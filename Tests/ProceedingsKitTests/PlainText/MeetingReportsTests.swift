import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A parliamentary monitor's report of a committee meeting, as South African and British pages print one: members named
/// with initials that carry no stops ("Mr J Pretorius (DA)"), apologies from two people joined by "and from". Invented lines.
@Suite struct MeetingReportsTests {
    @Test func initialsWithoutStopsAndApologiesFromTwo() throws {
        let record = try Invented.record(body: """
            Opening remarks
            The Chairperson welcomed Members. She noted apologies from the Minister of Water, Ms Thandiwe Mahlangu, who was attending a Cabinet meeting, and from Mr S Ndaba (EFF).

            Discussion
            Mr J Pretorius (DA) said the report confirmed what communities had been saying for years.

            Ms M Ntuli (ANC) asked what support the Department was giving to the Free State.

            Cllr A B Smith seconded the motion.
            """)
        #expect(record.persons.map(\.name).sorted() == ["A B Smith", "J Pretorius", "M Ntuli"])
        #expect(record.persons.first { $0.name == "M Ntuli" }?.familyName == "Ntuli")
    }

    /// A capital alone is an initial only between an honorific and a name: "Ms M Ntuli" is no Monsieur.
    @Test func aCapitalAloneIsAnInitialOnlyAfterAnHonorific() {
        #expect(Names.parse("Mr J Pretorius", .builtIn)?.given == "J")
        #expect(Names.parse("Ms M Ntuli", .builtIn)?.honorific == "Ms.")
    }

    /// "Mr. A K M Shamsuzzaman Bhuiyan": a run of initials without stops opens the name.
    @Test func aRunOfInitialsWithoutStops() throws {
        let record = try Invented.record(body: """
            Discussants included Professor Farhana Chowdhury, University of Dhaka; Mr. A K M Shamsuzzaman Bhuiyan, Trade Commission; and Ms. Rubaiya Haq, Garment Association.
            """)
        #expect(record.roleLines == ["Farhana Chowdhury commentator", "A K M Shamsuzzaman Bhuiyan commentator", "Rubaiya Haq commentator"])
    }

    /// Under a session's heading, a paragraph that opens with a name and runs on past a sentence is prose, though the page
    /// was cut off before its last stop: its people are read as prose reads them.
    @Test func aParagraphCutShortUnderASessionsHeadingIsProse() throws {
        let record = try Invented.record(body: """
            Session 2: Preparing for supply disruptions
            Ms Laura White, Deputy Assistant Secretary, United States Department of Energy, and Mr Florian Baum, Director-General for Industrial Policy, opened the second session. Ministers discussed the propo
            """)
        #expect(record.roleLines == ["Laura White opening-speaker", "Florian Baum opening-speaker"])
    }

    /// "binte", "bte" as "binti": the Malay particle goes inside the name ("Nur Aisyah binte Kamaruddin").
    @Test(arguments: ["binte", "bte", "binti"])
    func aMalayParticle(_ particle: String) throws {
        #expect(Names.parse("Nur Aisyah \(particle) Kamaruddin", .builtIn)?.name == "Nur Aisyah \(particle) Kamaruddin")
    }
}
