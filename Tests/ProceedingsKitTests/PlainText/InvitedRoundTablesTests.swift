import Foundation
import Testing
@testable import ProceedingsKit
@testable import ProceedingsFormats

/// A federal office's release: the offices that invited people to a round table organised it, on the day the sentence
/// says, and the list of its participants is headed by the meeting it is of; Swiss doctorates name their field. Invented lines.
@Suite struct InvitedRoundTablesTests {
    static let page = """
        Antibiotic resistance: experts discuss prescribing

        Bern, 27.02.2024 - On 26 February 2024 the Federal Office of Public Health (FOPH) and the Federal Food Safety and Veterinary Office (FSVO) invited representatives of doctors, pharmacists and the cantons to an expert round table in Bern.

        Participants in the round table (in alphabetical order):
        - Prof. Dr. med. Andrea Bürki, Swiss Society for Infectious Diseases
        - PD Dr. sc. nat. Matthias Raber, University of Bern
        - Dr. med. vet. Lukas Imhoff, FSVO
        """

    /// "X and Y invited representatives ... to an expert round table": the hosts, and the day of the round table.
    @Test func theOfficesThatInvited() throws {
        let record = try Invented.record(Self.page)
        #expect(record.organizers == ["Federal Office of Public Health (FOPH)", "Federal Food Safety and Veterinary Office (FSVO)"])
        #expect(record.event.startDate == "2024-02-26")
        #expect(record.document.issued == "2024-02-27")
    }

    /// "Participants in the round table (in alphabetical order):" heads a list of those who took part; "Dr. sc. nat.", "Dr.
    /// med. vet.": the doctorate and its field are the honorific.
    @Test func participantsOfTheRoundTable() throws {
        let record = try Invented.record(Self.page)
        #expect(record.roleLines == ["Andrea Bürki participant", "Matthias Raber participant", "Lukas Imhoff participant"])
        #expect(record.persons.map { $0.honorific ?? "" } == ["Prof. Dr. med.", "PD Dr. sc. nat.", "Dr. med. vet."])
    }

    /// "Nat" opens a name: a doctorate's field follows a doctorate.
    @Test func aFieldAloneIsAName() throws {
        let record = try Invented.record(body: "Nat Evans, a fisher from Wales, said that quotas were unfair.")
        #expect(record.persons.map(\.name) == ["Nat Evans"])
    }
}
