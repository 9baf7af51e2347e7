import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// Who wrote the words and who read them out when a release fronts the reading ("Delivering the opening address on behalf of
/// the Minister, X, the Permanent Secretary, Y, stated ..."); a scholar quoted by a speaker; the summary's author apposed as
/// the meeting's rapporteur. Invented lines.
@Suite struct SpeechesOnBehalfAndCitedAuthorsTests {
    static func roles(_ body: String) throws -> [String] {
        try Invented.roles(of: body, under: "Consultation on Coastal Security\nAccra, 12 May 2025")
    }

    @Test func aReaderFrontedAfterTheAuthor() throws {
        let roles = try Self.roles("""
            Delivering the opening address on behalf of the Minister of the Interior, Ambassador Kofi Mensah Darko, the Chief \
            Director of the Ministry, Mrs. Efua Sarpong, stated that the coast remained a priority.
            """)
        #expect(roles == ["Kofi Mensah Darko message-author", "Efua Sarpong opening-speaker"])
    }

    @Test func aScholarQuotedIsNoParticipant() throws {
        let record = try Invented.record("Consultation on Coastal Security\nAccra, 12 May 2025\n\n" + """
            Dr. Ama Boateng described a mixed picture. She quoted the Ghanaian political scientist Kwesi Asare, who has written \
            that the coast was never governed from the capital.
            """ + "\n")
        #expect(record.roleLines == ["Ama Boateng speaker"])
        #expect(!record.persons.contains { $0.name.includes("Kwesi Asare") })
    }

    @Test func theSummarysAuthorAsTheMeetingsRapporteur() throws {
        #expect(try Self.roles("This summary was prepared by Ruth Addo, rapporteur for the consultation.") == ["Ruth Addo rapporteur"])
        #expect(try Self.roles("This summary was prepared by Ruth Addo, Research Fellow.").isEmpty)
    }

    @Test func remarksAnOfficeDeliveredOnBehalfOfAMinister() throws {
        #expect(try Self.roles("The Chair then delivered remarks on behalf of Hon Adjoa Frimpong, Minister for Fisheries, who was unable to attend.")
            == ["Adjoa Frimpong message-author"])
    }
}
