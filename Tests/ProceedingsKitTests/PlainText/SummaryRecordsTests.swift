import Foundation
import Testing
@testable import ProceedingsKit

/// Summary records of intergovernmental bodies: "SUMMARY RECORD OF THE THIRD MEETING", "Chair: A / later: B", a list of
/// contents whose agenda items the body goes through again in capitals, "The CHAIR said" for whoever presides, and
/// "B, Vice-Chair, took the Chair". Invented lines.
@Suite struct SummaryRecordsTests {
    static let record = """
        ORGANIZATION FOR COASTAL STUDIES

        SUMMARY RECORD OF THE SECOND MEETING

        Held at the Lake Hall, Nairobi, on Tuesday, 4 June 2019, at 10 a.m.

        Chair: Ms. A. LINDQVIST (Sweden)
        later: Mr. P. OKAFOR (Nigeria) (Vice-Chair)

        CONTENTS
        Agenda item 3: Coastal data
        Agenda item 4: Regional centres

        AGENDA ITEM 3: COASTAL DATA

        1. The CHAIR invited the Secretariat to introduce the document.

        2. Mr. MOREAU (Secretariat) said that fourteen Members had replied to the survey.

        Mr. Okafor (Nigeria), Vice-Chair, took the Chair.

        AGENDA ITEM 4: REGIONAL CENTRES

        3. Ms. TRAN (Viet Nam) said that training remained a priority.

        4. The CHAIR suggested that the Committee take note of the report.
        """

    @Test func theMeetingItselfIsTheTitle() throws {
        let record = try Invented.record(Self.record)
        #expect(record.event.title == "SUMMARY RECORD OF THE SECOND MEETING")
        #expect(record.event.venue == "Lake Hall, Nairobi")
    }

    @Test func theItemsListedAreThePartsTheRecordGoesThrough() throws {
        let record = try Invented.record(Self.record)
        #expect(record.parts.map { "\($0.label) | \($0.title ?? "")" } == ["Agenda item 3 | Coastal data", "Agenda item 4 | Regional centres"])
        let roles = record.participations.compactMap { participation -> String? in
            guard let part = participation.partId, let person = participation.personId.flatMap(record.person) else { return nil }
            return "\(part) \(person.name) \(participation.role.rawValue)"
        }
        #expect(roles == [
            "session-1 A. LINDQVIST chair", "session-1 MOREAU speaker", "session-1 P. OKAFOR chair",
            "session-2 TRAN speaker", "session-2 P. OKAFOR chair",
        ])
    }

    @Test func whoeverIsLaterInTheChairChairsTheMeetingToo() throws {
        let record = try Invented.record(Self.record)
        #expect(record.participations.filter { $0.partId == nil && $0.role == .chair }.compactMap { $0.personId.flatMap(record.person)?.name }
            == ["A. LINDQVIST", "P. OKAFOR"])
    }
}
